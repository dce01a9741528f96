# SPDX-License-Identifier: GPL-3.0-or-later
# Read by cpack for each generator (CPACK_PROJECT_CONFIG_FILE). CPackDeb puts the project's
# summary in front of every component's description; each package here names its own synopsis
# in CPACK_DEBIAN_<COMPONENT>_DESCRIPTION, so the DEB generator gets no project summary.
if(CPACK_GENERATOR STREQUAL "DEB")
    set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "")
endif()
