// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace sc::core::platform {

// Where task programs run. Linux: bubblewrap with no network, no IPC, its own PID namespace,
// a read-only /usr, an empty /tmp and only the task's slot folder writable.
struct Sandbox {
    bool available = false;
    QString name; // "bubblewrap" or "none"
    QString reason; // why there is none, for the user
};

// Defined once per OS: platform/{linux,dummy}/sandbox_<os>.cpp; the dummy is always "none",
// with a reason for the user.

// Probes once per process (starts a tiny sandboxed program) and remembers the answer.
const Sandbox& detectSandbox();

// The command line that runs program with args inside the sandbox, slotDir mounted as the
// working folder. Returns program + args unchanged when no sandbox is available.
QStringList sandboxedCommand(const QString& program, const QStringList& args, const QString& slotDir);

} // namespace sc::core::platform
