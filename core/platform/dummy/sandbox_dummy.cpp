// SPDX-License-Identifier: GPL-3.0-or-later
// No sandbox on this platform yet (Windows: AppContainer or a restricted token; macOS has no
// good one): task programs run as they are, and the reason says so to the user.
#include "platform/sandbox.h"

namespace sc::core::platform {

const Sandbox& detectSandbox()
{
    static const Sandbox s { false, QStringLiteral("none"),
        QStringLiteral("SpareCycles has no sandbox for this operating system yet") };
    return s;
}

SandboxLaunch::~SandboxLaunch() = default;
SandboxLaunch::SandboxLaunch(SandboxLaunch&& other) noexcept = default;
SandboxLaunch& SandboxLaunch::operator=(SandboxLaunch&& other) noexcept = default;

SandboxLaunch sandboxedCommand(
    const QString& program, const QStringList& args, const QString&, const TaskLimits&, QString*)
{
    SandboxLaunch l;
    l.command = QStringList { program } + args;
    return l;
}

} // namespace sc::core::platform
