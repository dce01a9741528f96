// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace sc::core::platform {

// Where task programs run. Linux: bubblewrap with no network, no IPC, its own PID and user
// namespace, a read-only /usr, a small empty /tmp and only the task's slot folder writable; a
// seccomp filter; our own init inside that sets the task's limits and passes stops on
// (docs/sandbox.md).
struct Sandbox {
    bool available = false;
    QString name; // "bubblewrap" or "none"
    QString reason; // why there is none, for the user
};

// What one task may use, set inside its sandbox (0 = no limit of that kind).
struct TaskLimits {
    int processes = 0; // processes and threads together (RLIMIT_NPROC in the sandbox's user namespace)
    qint64 fileBytes = 0; // the size of any one file it writes (RLIMIT_FSIZE; beyond it, SIGXFSZ)
    int openFiles = 0; // open descriptors (RLIMIT_NOFILE)
    // Core dumps are always off (RLIMIT_CORE 0).
    // A GPU task: the GPUs' device files (/dev/dri, /dev/nvidia*, /dev/kfd), the OpenCL drivers'
    // registry (/etc/OpenCL/vendors) and the parts of /sys drivers read to find their cards.
    bool gpuDevices = false;
};

// A command ready to start in the sandbox, with the descriptors the child must inherit (the
// seccomp program, the init's file); they are closed here when this goes. Move-only.
class SandboxLaunch final {
public:
    SandboxLaunch() = default;
    ~SandboxLaunch();
    SandboxLaunch(SandboxLaunch&& other) noexcept;
    SandboxLaunch& operator=(SandboxLaunch&& other) noexcept;
    SandboxLaunch(const SandboxLaunch&) = delete;
    SandboxLaunch& operator=(const SandboxLaunch&) = delete;

    QStringList command; // program first
    QList<int> inheritedFds; // to keep open (without close-on-exec) in the child
};

// Defined once per OS: platform/{linux,dummy}/sandbox_<os>.cpp; the dummy is always "none",
// with a reason for the user.

// Probes once per process (starts a tiny sandboxed program the way tasks start) and
// remembers the answer.
const Sandbox& detectSandbox();

// The command line that runs program with args inside the sandbox, slotDir mounted as the
// working folder, under limits. Returns program + args unchanged (no descriptors) when no
// sandbox is available; an empty command and *why when one is but cannot be prepared.
SandboxLaunch sandboxedCommand(const QString& program, const QStringList& args, const QString& slotDir,
    const TaskLimits& limits = {}, QString* why = nullptr);

} // namespace sc::core::platform
