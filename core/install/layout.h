// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace sc::core {

// Where the programs find what was installed with them, relative to the running executable, so
// the same binaries work from /usr, from any other prefix and from the build tree (which
// mirrors the installed layout: bin/, lib/sparecycles/, share/sparecycles/; docs/packaging.md).
namespace layout {

    // The reverse-DNS id of the desktop app: its .desktop file, icon, AppStream id, Wayland
    // app_id and the XDG autostart entry it writes are all named after it.
    QString appId();
    // The folder of the running executable (bin/).
    QString programDir();
    // Task programs and helpers (lib/sparecycles): sc-primes; the demo chain in localchain/.
    QString libDir();
    // Architecture-independent data (share/sparecycles): translations/.
    QString dataDir();
    // A file that is installed in libDir(), or next to the executable in a build tree where it
    // is built into bin/: the first of the two that exists (libDir()'s when neither does).
    QString findProgram(const QString& name);

} // namespace layout

} // namespace sc::core
