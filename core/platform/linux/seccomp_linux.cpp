// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/linux/seccomp_linux.h"

#include <cerrno>
#include <fcntl.h>
#include <sched.h>
#include <seccomp.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <unistd.h>

namespace sc::core::platform {

namespace {
    // What a compute task never needs. Everything else is allowed (the default), because a
    // task is an ordinary program (threads, memory, files in its slot, pipes, clocks) and the
    // namespaces of bubblewrap already hide the rest of the system. Each of these is either a
    // way out of the sandbox, a door into the kernel's less-trodden code, or reaches other
    // processes; refused with EPERM, so a program sees a plain failure.
    //
    // Kept in this one place; docs/sandbox.md repeats it for users.
    constexpr const char* kRefused[] = {
        // Other processes' memory
        "ptrace",
        "process_vm_readv",
        "process_vm_writev",
        // File systems and the root
        "mount",
        "umount",
        "umount2",
        "pivot_root",
        "chroot",
        "move_mount",
        "open_tree",
        "fsopen",
        "fsconfig",
        "fsmount",
        "fspick",
        "mount_setattr",
        // Namespaces (clone with namespace flags is refused below)
        "unshare",
        "setns",
        // Leaving the process group: the engine suspends, cycles and stops a task through it
        "setsid",
        "setpgid",
        // The kernel keyring
        "keyctl",
        "add_key",
        "request_key",
        // Kernel programs, performance counters, page-fault handling, io_uring
        "bpf",
        "perf_event_open",
        "userfaultfd",
        "io_uring_setup",
        "io_uring_enter",
        "io_uring_register",
        // Modules, kexec, swap, reboot, process accounting
        "init_module",
        "finit_module",
        "delete_module",
        "kexec_load",
        "kexec_file_load",
        "swapon",
        "swapoff",
        "reboot",
        "acct",
    };

    // Namespace flags for clone(): a task makes no namespaces of its own.
    constexpr unsigned long kNamespaceFlags[] = { CLONE_NEWUSER, CLONE_NEWNS, CLONE_NEWPID, CLONE_NEWNET,
        CLONE_NEWIPC, CLONE_NEWUTS, CLONE_NEWCGROUP };

    // One argument comparison, spelled out: libseccomp's SCMP_A* macros are C compound literals,
    // which C++ compilers other than g++ refuse under -Wpedantic.
    scmp_arg_cmp argument(unsigned int arg, scmp_compare op, scmp_datum_t a, scmp_datum_t b = 0)
    {
        scmp_arg_cmp cmp {};
        cmp.arg = arg;
        cmp.op = op;
        cmp.datum_a = a;
        cmp.datum_b = b;
        return cmp;
    }

    struct Context {
        scmp_filter_ctx ctx;
        ~Context() { seccomp_release(ctx); }
    };
} // namespace

std::optional<QByteArray> taskSeccompProgram(QString* why)
{
    Context c { seccomp_init(SCMP_ACT_ALLOW) };
    if (!c.ctx) {
        *why = QStringLiteral("seccomp_init failed");
        return std::nullopt;
    }
    // Only this machine's native architecture is in the filter: a system call made through
    // another ABI (i386's int 0x80 or x32 on x86_64) ends the process (SIGSYS), since the
    // filter's numbers would not mean the same calls there.
    int rc = seccomp_attr_set(c.ctx, SCMP_FLTATR_ACT_BADARCH, SCMP_ACT_KILL_PROCESS);
    for (const char* name : kRefused) {
        const int nr = seccomp_syscall_resolve_name(name);
        if (rc == 0 && nr != __NR_SCMP_ERROR)
            rc = seccomp_rule_add(c.ctx, SCMP_ACT_ERRNO(EPERM), nr, 0);
    }
    // Sockets: only AF_UNIX (a program's own socketpair, as thread pools and runtimes use).
    // No network exists in the sandbox anyway; this also closes the kernel's protocol code.
    if (rc == 0)
        rc = seccomp_rule_add(
            c.ctx, SCMP_ACT_ERRNO(EAFNOSUPPORT), SCMP_SYS(socket), 1, argument(0, SCMP_CMP_NE, AF_UNIX));
    for (const unsigned long flag : kNamespaceFlags) {
        if (rc == 0)
            rc = seccomp_rule_add(c.ctx, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(clone), 1,
                argument(0, SCMP_CMP_MASKED_EQ, flag, flag));
    }
    // clone3 passes its flags in memory, which a filter cannot read: "not here" makes the C
    // library fall back to clone(), whose flags are checked above.
    if (rc == 0)
        rc = seccomp_rule_add(c.ctx, SCMP_ACT_ERRNO(ENOSYS), SCMP_SYS(clone3), 0);
    // A bigger pipe would let a task make the engine read more of its stderr at once.
    if (rc == 0)
        rc = seccomp_rule_add(
            c.ctx, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(fcntl), 1, argument(1, SCMP_CMP_EQ, F_SETPIPE_SZ));
    if (rc != 0) {
        *why = QStringLiteral("cannot build the seccomp filter (error %1)").arg(-rc);
        return std::nullopt;
    }
    // seccomp_export_bpf writes to a descriptor: a memfd, read back whole.
    const int fd = ::memfd_create("sc-seccomp", MFD_CLOEXEC);
    if (fd < 0) {
        *why = QStringLiteral("memfd_create failed");
        return std::nullopt;
    }
    rc = seccomp_export_bpf(c.ctx, fd);
    QByteArray program;
    if (rc == 0) {
        const off_t size = ::lseek(fd, 0, SEEK_END);
        program.resize(size > 0 ? size : 0);
        if (size <= 0 || ::pread(fd, program.data(), program.size(), 0) != size)
            rc = -EIO;
    }
    ::close(fd);
    if (rc != 0) {
        *why = QStringLiteral("cannot export the seccomp filter (error %1)").arg(-rc);
        return std::nullopt;
    }
    return program;
}

} // namespace sc::core::platform
