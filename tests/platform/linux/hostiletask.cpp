// SPDX-License-Identifier: GPL-3.0-or-later
// sc-hostile-task: a task program that does what a hostile or broken one would, for
// tst_sandbox (test-only, never shipped). Started like any task (docs/workloads.md):
//   sc-hostile-task --input FILE --output FILE [--checkpoint FILE] [--checkpoint-seconds N]
// FILE input holds one mode and its arguments:
//   fork N          fork N children that wait; "made K" (and "refused errno") into ./forked
//   fill MS         write 1 MiB files, one every MS milliseconds, until stopped
//   bigfile         grow one file until stopped (RLIMIT_FSIZE: SIGXFSZ)
//   stderr MB       write MB MiB to stderr, then "last line" and exit 0 (output "done")
//   peek PATH...    try to open each PATH; output: "PATH errno" (0 = it could be read)
//   links PATH      make ./output and ./stderr.txt links to PATH, exit 0
//   syscalls        try what the seccomp filter refuses; output: "name errno" per call
//   i386 | x32      a system call through a foreign ABI (the filter ends the process)
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <pthread.h>
#include <sched.h>
#include <string>
#include <sys/mount.h>
#include <sys/ptrace.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

std::string g_output = "output";

void writeOutput(const std::string& text)
{
    const std::string tmp = g_output + ".tmp";
    FILE* f = std::fopen(tmp.c_str(), "w");
    if (!f)
        std::exit(4);
    std::fputs(text.c_str(), f);
    std::fclose(f);
    std::rename(tmp.c_str(), g_output.c_str());
}

int result(long rc) { return rc < 0 ? errno : 0; }

int forkMode(int n)
{
    int made = 0;
    int refused = 0;
    for (; made < n; ++made) {
        const pid_t p = ::fork();
        if (p < 0) {
            refused = errno;
            break;
        }
        if (p == 0) {
            ::pause();
            ::_exit(0);
        }
    }
    FILE* f = std::fopen("forked", "w");
    if (f) {
        std::fprintf(f, "made %d\nrefused %d\n", made, refused);
        std::fclose(f);
    }
    // A bomb keeps what it has and tries again.
    for (;;) {
        if (::fork() == 0) {
            ::pause();
            ::_exit(0);
        }
        ::usleep(10000);
    }
}

int fillMode(int ms)
{
    std::vector<char> mib(1 << 20, 'x');
    for (int i = 0;; ++i) {
        const std::string name = "fill-" + std::to_string(i);
        FILE* f = std::fopen(name.c_str(), "w");
        if (!f)
            return 4;
        std::fwrite(mib.data(), 1, mib.size(), f);
        std::fclose(f);
        if (ms > 0)
            ::usleep(static_cast<useconds_t>(ms) * 1000);
    }
}

int bigfileMode()
{
    std::vector<char> mib(1 << 20, 'x');
    FILE* f = std::fopen("big", "w");
    if (!f)
        return 4;
    for (;;) {
        if (std::fwrite(mib.data(), 1, mib.size(), f) != mib.size())
            return 4; // only if SIGXFSZ were ignored
        std::fflush(f);
    }
}

int stderrMode(long mib)
{
    std::vector<char> chunk(1 << 20, 'e');
    for (long i = 0; i < mib; ++i) {
        size_t done = 0;
        while (done < chunk.size()) {
            const ssize_t w = ::write(2, chunk.data() + done, chunk.size() - done);
            if (w <= 0)
                return 4;
            done += static_cast<size_t>(w);
        }
    }
    const char last[] = "\nlast line\n";
    [[maybe_unused]] const ssize_t w = ::write(2, last, sizeof last - 1);
    writeOutput("done\n");
    return 0;
}

int peekMode(const std::vector<std::string>& paths)
{
    std::string out;
    for (const std::string& p : paths) {
        const int fd = ::open(p.c_str(), O_RDONLY);
        out += p + ' ' + std::to_string(fd < 0 ? errno : 0) + '\n';
        if (fd >= 0)
            ::close(fd);
    }
    writeOutput(out);
    return 0;
}

int linksMode(const std::string& target)
{
    ::unlink("output");
    ::unlink("stderr.txt");
    if (::symlink(target.c_str(), "output") != 0 || ::symlink(target.c_str(), "stderr.txt") != 0)
        return 4;
    std::fputs("written through a link\n", stderr);
    return 0;
}

int syscallsMode()
{
    std::string out;
    auto add
        = [&](const char* name, int err) { out += std::string(name) + ' ' + std::to_string(err) + '\n'; };
    add("ptrace", result(::ptrace(PTRACE_ATTACH, 1, nullptr, nullptr)));
    add("ptrace_traceme", result(::ptrace(PTRACE_TRACEME, 0, nullptr, nullptr)));
    char buf[16];
    iovec local { buf, sizeof buf };
    iovec remote { buf, sizeof buf };
    add("process_vm_readv", result(::process_vm_readv(1, &local, 1, &remote, 1, 0)));
    add("mount", result(::mount("none", "/tmp", "tmpfs", 0, nullptr)));
    add("unshare", result(::unshare(CLONE_NEWUSER)));
    add("setns", result(::setns(0, 0)));
    add("keyctl", result(::syscall(SYS_keyctl, 0, 0, 0, 0, 0)));
    add("bpf", result(::syscall(SYS_bpf, 0, nullptr, 0)));
    add("perf_event_open", result(::syscall(SYS_perf_event_open, nullptr, 0, -1, -1, 0)));
    add("userfaultfd", result(::syscall(SYS_userfaultfd, 0)));
    add("io_uring_setup", result(::syscall(SYS_io_uring_setup, 1, nullptr)));
    add("init_module", result(::syscall(SYS_init_module, nullptr, 0, "")));
    add("kexec_load", result(::syscall(SYS_kexec_load, 0, 0, nullptr, 0)));
    add("swapon", result(::syscall(SYS_swapon, "/slot/x", 0)));
    add("reboot", result(::syscall(SYS_reboot, 0, 0, 0, nullptr)));
    add("acct", result(::syscall(SYS_acct, nullptr)));
    add("chroot", result(::chroot("/tmp")));
    add("setsid", result(::setsid()));
    add("setpgid", result(::setpgid(0, 0)));
    add("clone3", result(::syscall(SYS_clone3, nullptr, 0)));
    add("clone_newuser", result(::syscall(SYS_clone, CLONE_NEWUSER | SIGCHLD, nullptr, nullptr, nullptr, 0)));
    add("fcntl_setpipe_sz", result(::fcntl(1, F_SETPIPE_SZ, 1 << 20)));
    const int inet = ::socket(AF_INET, SOCK_STREAM, 0);
    add("socket_inet", inet < 0 ? errno : 0);
    add("socket_inet6", result(::socket(AF_INET6, SOCK_DGRAM, 0)));
    add("socket_netlink", result(::socket(AF_NETLINK, SOCK_RAW, 0)));
    add("socket_unix", result(::socket(AF_UNIX, SOCK_STREAM, 0)));
    int sv[2];
    add("socketpair_unix", result(::socketpair(AF_UNIX, SOCK_STREAM, 0, sv)));
    // What a compute task does need still works: a thread-like child, a pipe.
    const pid_t child = ::fork();
    if (child == 0)
        ::_exit(7);
    int status = 0;
    ::waitpid(child, &status, 0);
    add("fork", WIFEXITED(status) && WEXITSTATUS(status) == 7 ? 0 : -1);
    pthread_t thread;
    const int made = ::pthread_create(
        &thread, nullptr, [](void*) -> void* { return nullptr; }, nullptr);
    if (made == 0)
        ::pthread_join(thread, nullptr);
    add("thread", made);
    writeOutput(out);
    return 0;
}

int foreignAbi(bool x32)
{
#if defined(__x86_64__)
    long rc = 0;
    if (x32) {
        // getpid through the x32 ABI (__X32_SYSCALL_BIT | 39).
        long nr = 0x40000000L | 39;
        asm volatile("syscall" : "=a"(rc) : "a"(nr) : "rcx", "r11", "memory");
    } else {
        // getpid through the i386 ABI (int 0x80, number 20).
        long nr = 20;
        asm volatile("int $0x80" : "=a"(rc) : "a"(nr) : "memory");
    }
    writeOutput("survived " + std::to_string(rc) + '\n');
    return 0;
#else
    (void)x32;
    writeOutput("not x86_64\n");
    return 0;
#endif
}

} // namespace

int main(int argc, char** argv)
{
    std::string input;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--input") == 0)
            input = argv[i + 1];
        else if (std::strcmp(argv[i], "--output") == 0)
            g_output = argv[i + 1];
    }
    std::vector<std::string> words;
    if (FILE* f = std::fopen(input.c_str(), "r")) {
        char word[4096];
        while (std::fscanf(f, "%4095s", word) == 1)
            words.emplace_back(word);
        std::fclose(f);
    }
    if (words.empty())
        return 3;
    const std::string& mode = words[0];
    const std::vector<std::string> rest(words.begin() + 1, words.end());
    const long n = rest.empty() ? 0 : std::atol(rest[0].c_str());
    if (mode == "fork")
        return forkMode(static_cast<int>(n));
    if (mode == "fill")
        return fillMode(static_cast<int>(n));
    if (mode == "bigfile")
        return bigfileMode();
    if (mode == "stderr")
        return stderrMode(n);
    if (mode == "peek")
        return peekMode(rest);
    if (mode == "links" && !rest.empty())
        return linksMode(rest[0]);
    if (mode == "syscalls")
        return syscallsMode();
    if (mode == "i386" || mode == "x32")
        return foreignAbi(mode == "x32");
    return 2;
}
