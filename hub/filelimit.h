// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace sc::hub {

// Raises this process's soft limit on open files (RLIMIT_NOFILE) to its hard limit, which a
// service manager often sets far higher (systemd: soft 1024, hard 524288), and returns the
// soft limit now in force; 0 when it cannot be read. Each connection costs one descriptor.
quint64 raiseOpenFileLimit();

} // namespace sc::hub
