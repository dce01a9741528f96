// SPDX-License-Identifier: GPL-3.0-or-later
// Small helpers shared by the benchmark programs: an Xvfb server of their own, process-tree
// inspection through /proc, percentiles.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>
#include <QProcess>
#include <QStandardPaths>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <optional>
#include <spawn.h>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace bench {

// Starts Xvfb on a free display (-displayfd) and returns ":N", or empty on failure.
inline QByteArray startXvfb(QProcess& server)
{
    const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
    if (xvfb.isEmpty())
        return {};
    server.start(xvfb,
        { QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-nolisten"),
            QStringLiteral("tcp"), QStringLiteral("-screen"), QStringLiteral("0"),
            QStringLiteral("800x600x24") });
    if (!server.waitForStarted(10000))
        return {};
    QByteArray out;
    while (!out.contains('\n') && server.waitForReadyRead(10000))
        out += server.readAllStandardOutput();
    return out.contains('\n') ? ':' + out.trimmed() : QByteArray();
}

// The direct children of a process. They are listed per thread that started them, so every
// thread's list is read.
inline QList<qint64> childrenOf(qint64 pid)
{
    QList<qint64> out;
    const QDir threads(QStringLiteral("/proc/%1/task").arg(pid));
    for (const QString& tid : threads.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile f(threads.filePath(tid) + QStringLiteral("/children"));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray& c : f.readAll().split(' ')) {
            if (!c.trimmed().isEmpty())
                out.append(c.trimmed().toLongLong());
        }
    }
    return out;
}

// The process and all its descendants (the sandbox puts the task below bwrap).
inline void processTree(qint64 pid, QList<qint64>& out, int depth = 0)
{
    if (depth > 8)
        return;
    out.append(pid);
    for (qint64 child : childrenOf(pid))
        processTree(child, out, depth + 1);
}

// The state letter of a process (R, S, T, …), or 0 when it is gone.
inline char processState(qint64 pid)
{
    char path[64];
    std::snprintf(path, sizeof path, "/proc/%lld/stat", static_cast<long long>(pid));
    FILE* f = std::fopen(path, "r");
    if (!f)
        return 0;
    char buf[512];
    const size_t n = std::fread(buf, 1, sizeof buf - 1, f);
    std::fclose(f);
    buf[n] = 0;
    const char* close = std::strrchr(buf, ')');
    return close && close[1] == ' ' ? close[2] : 0;
}

// A fresh cgroup for the benchmark's tasks under a writable cgroup2 mount (root only), or
// empty. removeTestCgroup() takes it away again.
inline QString makeTestCgroup()
{
    QFile mounts(QStringLiteral("/proc/self/mountinfo"));
    if (!mounts.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray& line : mounts.readAll().split('\n')) {
        const qsizetype sep = line.indexOf(" - cgroup2 ");
        const QList<QByteArray> f = line.left(sep).split(' ');
        if (sep < 0 || f.size() < 5)
            continue;
        const QString dir = QString::fromUtf8(f.at(4)) + QStringLiteral("/sc-bench-%1").arg(::getpid());
        if (QDir().mkpath(dir) && QFile::exists(dir + QStringLiteral("/cgroup.procs")))
            return dir;
    }
    return {};
}

// The command line of the engine benchmarks: one positive number (trials, seconds…; `fallback`
// when absent, at least `minimum`) and `--cgroup` (a fresh test cgroup for the tasks, or an
// error when this machine cannot give one).
// `--screensaver`: the X11 idle source that is polled (XScreenSaver, every 50 ms) instead of
// the SYNC alarms the platform picks, for a before/after in one run.
struct EngineBenchArgs {
    int number = 0;
    bool cgroup = false;
    bool screensaver = false;
    QString cgroupDir; // set with --cgroup
};
inline std::optional<EngineBenchArgs> parseEngineBenchArgs(const QStringList& args, int fallback, int minimum)
{
    EngineBenchArgs a;
    a.number = fallback;
    for (const QString& s : args.mid(1)) {
        if (s.toInt() > 0)
            a.number = std::max(minimum, s.toInt());
    }
    a.cgroup = args.contains(QStringLiteral("--cgroup"));
    a.screensaver = args.contains(QStringLiteral("--screensaver"));
    if (a.cgroup && (a.cgroupDir = makeTestCgroup()).isEmpty()) {
        std::fprintf(stderr, "--cgroup needs root and a writable cgroup2 mount\n");
        return std::nullopt;
    }
    return a;
}

inline void removeTestCgroup(const QString& dir)
{
    const QDir tasks(dir + QStringLiteral("/tasks"));
    for (const QString& g : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        ::rmdir(QFile::encodeName(tasks.filePath(g)).constData());
    ::rmdir(QFile::encodeName(tasks.path()).constData());
    ::rmdir(QFile::encodeName(dir).constData());
}

// Runs a program (looked up in PATH) with these arguments and waits for it: no shell in
// between, so only the program's own start-up counts. Its exit status, or -1.
inline int runProgram(const std::vector<std::string>& argv)
{
    std::vector<char*> a;
    for (const auto& s : argv)
        a.push_back(const_cast<char*>(s.c_str()));
    a.push_back(nullptr);
    pid_t pid = 0;
    if (::posix_spawnp(&pid, a[0], nullptr, nullptr, a.data(), environ) != 0)
        return -1;
    int status = 0;
    if (::waitpid(pid, &status, 0) != pid)
        return -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

inline double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return NAN;
    std::sort(v.begin(), v.end());
    const double idx = p / 100.0 * static_cast<double>(v.size() - 1);
    const auto lo = static_cast<size_t>(std::floor(idx));
    const auto hi = static_cast<size_t>(std::ceil(idx));
    return v[lo] + (v[hi] - v[lo]) * (idx - static_cast<double>(lo));
}

} // namespace bench
