// SPDX-License-Identifier: GPL-3.0-or-later
// sc-sandbox-init: the first process inside a task's sandbox (bwrap --as-pid-1), embedded in
// the engine and handed to bubblewrap as a file (docs/sandbox.md). It exists because some
// things can only be done from inside the new namespaces:
//
//  - RLIMIT_NPROC is counted per user namespace and uid (Linux 5.14 "ucounts"); set here,
//    after bwrap made the namespace, it counts this task's processes and threads alone,
//    where set before bwrap it would count every process of the user's desktop.
//  - A stop reaches the task: the engine's SIGTERM/SIGINT to the task's process group is
//    ignored by the outer bwrap (so it no longer dies and takes the sandbox with it) and
//    reaches the task directly; this init forwards it to a task that left the group, reaps
//    orphans, and exits with the task's status, so bwrap exits with it too.
//  - The engine's death (bwrap gets SIGKILL from --die-with-parent) arrives here as SIGHUP
//    (the parent-death signal): every process in the sandbox is asked to checkpoint and
//    exit (SIGTERM) and killed 10 s later.
//
//   sc-sandbox-init [--nproc N] [--fsize BYTES] [--nofile N] -- PROGRAM [ARGS...]
//
// Exit status: the task's own, or 128 + the signal that ended it (pid 1 of a namespace cannot
// die of a signal it sends itself). Uses the C library only: it runs under the sandbox's
// seccomp filter, with nothing but /usr.
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <initializer_list>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

constexpr unsigned kOrphanGraceSeconds = 10;

void onSignal(int) { }

bool setLimit(int resource, rlim_t value)
{
    const rlimit r { value, value };
    return ::setrlimit(resource, &r) == 0;
}

bool parseNumber(const char* text, rlim_t* out)
{
    char* end = nullptr;
    errno = 0;
    const unsigned long long v = std::strtoull(text, &end, 10);
    if (errno != 0 || end == text || *end != '\0')
        return false;
    *out = static_cast<rlim_t>(v);
    return true;
}

[[noreturn]] void fail(const char* what)
{
    std::fprintf(stderr, "sc-sandbox-init: %s: %s\n", what, std::strerror(errno));
    std::_Exit(127);
}

[[noreturn]] void execTask(char** argv, const sigset_t& empty)
{
    // The task starts as any program would: default dispositions, nothing blocked, no
    // descriptor of ours or of bwrap's beyond stdin/stdout/stderr.
    struct sigaction dfl { };
    dfl.sa_handler = SIG_DFL;
    for (int s = 1; s < NSIG; ++s) {
        if (s != SIGKILL && s != SIGSTOP)
            ::sigaction(s, &dfl, nullptr);
    }
    ::sigprocmask(SIG_SETMASK, &empty, nullptr);
    ::prctl(PR_SET_PDEATHSIG, 0);
    ::syscall(SYS_close_range, 3U, ~0U, 0U);
    ::execv(argv[0], argv);
    fail("cannot start the task program");
}

} // namespace

int main(int argc, char** argv)
{
    int i = 1;
    while (i < argc) { // "--OPTION VALUE" pairs, then "--", then the program
        if (std::strcmp(argv[i], "--") == 0) {
            ++i;
            break;
        }
        rlim_t v = 0;
        if (i + 1 >= argc || !parseNumber(argv[i + 1], &v)) {
            std::fprintf(stderr, "sc-sandbox-init: bad argument %s\n", argv[i]);
            return 127;
        }
        int resource = -1;
        if (std::strcmp(argv[i], "--nproc") == 0)
            resource = RLIMIT_NPROC;
        else if (std::strcmp(argv[i], "--fsize") == 0)
            resource = RLIMIT_FSIZE;
        else if (std::strcmp(argv[i], "--nofile") == 0)
            resource = RLIMIT_NOFILE;
        if (resource < 0) {
            std::fprintf(stderr, "sc-sandbox-init: unknown option %s\n", argv[i]);
            return 127;
        }
        if (!setLimit(resource, v))
            fail(argv[i]);
        i += 2;
    }
    if (i >= argc) {
        std::fprintf(stderr, "sc-sandbox-init: no program\n");
        return 127;
    }
    if (!setLimit(RLIMIT_CORE, 0))
        fail("RLIMIT_CORE");
    ::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
    ::prctl(PR_SET_DUMPABLE, 0);

    // Handlers (not SIG_DFL): pid 1 of a namespace never receives a signal left at its
    // default disposition. Blocked and taken with sigwaitinfo, so nothing runs in a handler.
    sigset_t waited;
    sigemptyset(&waited);
    struct sigaction sa { };
    sa.sa_handler = onSignal;
    for (const int s : { SIGTERM, SIGINT, SIGHUP, SIGCHLD, SIGALRM }) {
        ::sigaction(s, &sa, nullptr);
        sigaddset(&waited, s);
    }
    sigset_t empty;
    sigemptyset(&empty);
    ::sigprocmask(SIG_BLOCK, &waited, nullptr);
    // bwrap's --die-with-parent set SIGKILL; the engine's death becomes a request to stop.
    ::prctl(PR_SET_PDEATHSIG, SIGHUP);

    const pid_t task = ::fork();
    if (task < 0)
        fail("fork");
    if (task == 0)
        execTask(argv + i, empty);

    for (;;) {
        siginfo_t info;
        const int s = ::sigwaitinfo(&waited, &info);
        if (s < 0)
            continue;
        if (s == SIGTERM || s == SIGINT) {
            // The engine signals the task's process group; a task that left it (setsid,
            // setpgid) is reached through this forward.
            const pid_t group = ::getpgid(task);
            if (group > 0 && group != ::getpgrp())
                ::kill(-group, s);
        } else if (s == SIGHUP) {
            ::kill(-1, SIGTERM);
            ::kill(-1, SIGCONT);
            ::alarm(kOrphanGraceSeconds);
        } else if (s == SIGALRM) {
            ::kill(-1, SIGKILL);
        } else if (s == SIGCHLD) {
            int status = 0;
            pid_t pid;
            while ((pid = ::waitpid(-1, &status, WNOHANG)) > 0) {
                if (pid != task)
                    continue;
                // Leaving ends everything else in the namespace (the kernel kills the rest).
                if (WIFEXITED(status))
                    return WEXITSTATUS(status);
                return 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 127);
            }
        }
    }
}
