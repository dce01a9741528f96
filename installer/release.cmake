# SPDX-License-Identifier: GPL-3.0-or-later
# The release the packages describe (the version is the project's): its date in the three forms
# the Debian changelog, the RPM changelog and the AppStream metainfo want, and what it brings.
# A new release: raise project(VERSION) and set these (the changelogs then hold the new entry only).
set(SC_RELEASE_DATE 2026-12-02)
set(SC_RELEASE_DATE_RFC2822 "Wed, 02 Dec 2026 12:00:00 +0000")
set(SC_RELEASE_DATE_RPM "Wed Dec 02 2026")
# What it brings, in lines of at most 72 characters (the changelogs keep them so), no semicolons.
set(SC_RELEASE_LINES
    "The first release. Lends this computer's idle time to a compute network"
    "while nobody uses it, under a temperature limit and the limits you set."
    "Shows earnings, the wallet's balance on the blockchain and the"
    "contribution history. With a demo network that runs on this computer,"
    "and the coordinator (hub) for running a network.")
set(SC_MAINTAINER "The SpareCycles developers <dev@sparecycles.org>")
