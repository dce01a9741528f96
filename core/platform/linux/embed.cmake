# SPDX-License-Identifier: GPL-3.0-or-later
# Writes a C++ source that holds the file IN as bytes: cmake -DIN=… -DOUT=… -DNAME=… -P embed.cmake
file(READ "${IN}" hex HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
file(WRITE "${OUT}.tmp" "// Generated from ${IN} by embed.cmake; do not edit.\n#include <cstddef>\n\n"
    "namespace sc::core::platform {\n\nextern const unsigned char ${NAME}[];\n"
    "extern const std::size_t ${NAME}Size;\n"
    "const unsigned char ${NAME}[] = { ${bytes} };\nconst std::size_t ${NAME}Size = sizeof ${NAME};\n\n"
    "} // namespace sc::core::platform\n")
file(RENAME "${OUT}.tmp" "${OUT}")
