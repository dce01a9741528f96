// SPDX-License-Identifier: GPL-3.0-or-later
// sc-bench-loop: the local loop as a user starts it (`sparecycles-cli run --local --always-run`)
// for a fixed time: tasks completed and credited per minute, and the engine's memory (RSS of
// the sparecycles-cli process, sampled every second; the tasks are separate processes), and how
// much of the allowed cores the tasks used: task CPU seconds ÷ (cores × wall seconds), from
// the first task's start to the end (registration, the speed measurement of a fresh folder and
// the first download come before; they are printed apart as first_task_s).
#include "../common/benchutil.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThread>
#include <cstdio>
#include <optional>
#include <unistd.h>

namespace {
qint64 rssKb(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}
struct ProcTimes {
    QByteArray comm;
    double own = 0; // utime + stime, seconds
    double reaped = 0; // cutime + cstime: children it waited for
};

std::optional<ProcTimes> procTimes(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray line = f.readAll();
    const qsizetype open = line.indexOf('('), close = line.lastIndexOf(')');
    if (open < 0 || close < open)
        return std::nullopt;
    // After ")": state(3) ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt
    // utime(14) stime(15) cutime(16) cstime(17).
    const QList<QByteArray> f2 = line.mid(close + 2).split(' ');
    if (f2.size() < 15)
        return std::nullopt;
    static const double hz = static_cast<double>(::sysconf(_SC_CLK_TCK));
    ProcTimes t;
    t.comm = line.mid(open + 1, close - open - 1);
    t.own = (f2.at(11).toDouble() + f2.at(12).toDouble()) / hz;
    t.reaped = (f2.at(13).toDouble() + f2.at(14).toDouble()) / hz;
    return t;
}

// CPU seconds used so far, in one pass over the engine's children. A task is a child started
// as bwrap (or as sc-primes where there is no sandbox); the demo hub and the local chain, also
// the engine's children, live until the end.
struct LoopCpu {
    double tasks = 0; // what the engine reaped of finished tasks + every process of live ones
    double busiestTask = 0; // the most one live task has used (the engine's sandbox check at
                            // start-up is a bwrap too, of a few ms)
    double engine = 0; // the engine's own threads
    double others = 0; // its other children and theirs: the demo hub, the local chain
};

LoopCpu loopCpu(qint64 engine)
{
    LoopCpu c;
    const auto self = procTimes(engine);
    if (!self)
        return c;
    c.tasks = self->reaped;
    c.engine = self->own;
    for (qint64 child : bench::childrenOf(engine)) {
        const auto t = procTimes(child);
        if (!t)
            continue;
        QList<qint64> tree;
        bench::processTree(child, tree);
        double used = 0;
        for (qint64 pid : tree) {
            if (const auto p = procTimes(pid))
                used += p->own;
        }
        if (t->comm == "bwrap" || t->comm.startsWith("sc-primes")) {
            c.tasks += used;
            c.busiestTask = std::max(c.busiestTask, used);
        } else {
            c.others += used;
        }
    }
    return c;
}
// Seconds all CPUs together spent idle (idle + iowait in /proc/stat): cores nobody used.
double idleCoreSeconds()
{
    QFile f(QStringLiteral("/proc/stat"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> v = f.readLine().simplified().split(' ');
    if (v.size() < 6 || v.at(0) != "cpu")
        return 0;
    return (v.at(4).toDouble() + v.at(5).toDouble()) / static_cast<double>(::sysconf(_SC_CLK_TCK));
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int seconds = argc > 1 ? std::max(10, std::atoi(argv[1])) : 120;
    const QString cores
        = argc > 2 ? QString::fromLatin1(argv[2]) : QString::number(QThread::idealThreadCount());
    QTemporaryDir dir;
    const QString cli = QCoreApplication::applicationDirPath() + QStringLiteral("/sparecycles-cli");
    QProcess engine;
    engine.setProcessChannelMode(QProcess::MergedChannels);
    engine.start(cli,
        { QStringLiteral("run"), QStringLiteral("--local"), QStringLiteral("--always-run"),
            QStringLiteral("--quiet"), QStringLiteral("--cores"), cores, QStringLiteral("--data-dir"),
            dir.path() });
    if (!engine.waitForStarted(10000)) {
        std::fprintf(stderr, "cannot start %s\n", qPrintable(cli));
        return 1;
    }
    QElapsedTimer t;
    t.start();
    qint64 maxRss = 0, lastRss = 0;
    qint64 firstTaskMs = -1, lastSampleMs = 0;
    LoopCpu atFirst, atEnd;
    double idleAtFirst = 0, idleNow = 0;
    qint64 nextRssMs = 1000;
    while (t.elapsed() < seconds * 1000LL) {
        // 20 ms: when the first task starts is part of the figure; RSS every second.
        QThread::msleep(20);
        if (firstTaskMs < 0) {
            // The first task is computing (0.1 s of CPU, so no start-up check counts).
            const LoopCpu now = loopCpu(engine.processId());
            if (now.busiestTask >= 0.1) {
                firstTaskMs = t.elapsed();
                atFirst = now;
                idleAtFirst = idleCoreSeconds();
            }
        }
        if (t.elapsed() >= nextRssMs) {
            nextRssMs += 1000;
            lastRss = rssKb(engine.processId());
            maxRss = std::max(maxRss, lastRss);
            engine.readAll();
        }
    }
    // The end of the window: the tasks' CPU until now, before anything is stopped.
    lastSampleMs = t.elapsed();
    atEnd = loopCpu(engine.processId());
    idleNow = idleCoreSeconds();
    engine.terminate();
    engine.waitForFinished(30000);
    QProcess status;
    status.start(cli,
        { QStringLiteral("status"), QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--json") });
    status.waitForFinished(20000);
    const QJsonObject s = QJsonDocument::fromJson(status.readAllStandardOutput()).object();
    const double minutes = static_cast<double>(t.elapsed()) / 60000.0;
    std::printf("seconds=%.0f\ncores=%s\n", minutes * 60, qPrintable(cores));
    std::printf("tasks_completed=%lld\ntasks_valid=%lld\nearned_total=%lld\n",
        s.value(QLatin1String("tasks_completed")).toInteger(),
        s.value(QLatin1String("tasks_valid")).toInteger(),
        s.value(QLatin1String("earned_total")).toInteger());
    std::printf("tasks_per_min=%.2f\n",
        static_cast<double>(s.value(QLatin1String("tasks_completed")).toInteger()) / minutes);
    std::printf("engine_rss_max_kb=%lld\nengine_rss_last_kb=%lld\n", maxRss, lastRss);
    std::printf("engine_exit_code=%d\n", engine.exitCode());
    if (firstTaskMs >= 0) {
        const double window = static_cast<double>(lastSampleMs - firstTaskMs) / 1000.0;
        const double used = atEnd.tasks - atFirst.tasks;
        std::printf(
            "first_task_s=%.2f\nwindow_s=%.1f\ntask_cpu_s=%.1f\n", firstTaskMs / 1000.0, window, used);
        std::printf("core_use_percent=%.2f\n", used / (cores.toDouble() * window) * 100.0);
        // Where the rest went: the engine's threads, the demo hub and chain, and what neither
        // the tasks nor the loop used (gaps, and the machine's other programs).
        const double engineCpu = atEnd.engine - atFirst.engine;
        const double othersCpu = atEnd.others - atFirst.others;
        const double unused = cores.toDouble() * window - used - engineCpu - othersCpu;
        const double idle = idleNow - idleAtFirst;
        std::printf("engine_cpu_s=%.2f\nhub_and_chain_cpu_s=%.2f\nunused_core_s=%.2f\n", engineCpu, othersCpu,
            unused);
        // Of those: cores that stood idle (a gap in the loop), and the rest, which the kernel,
        // other programs and a VM's hypervisor (steal) took. Whole machine: meaningful when
        // cores is every CPU.
        std::printf("idle_core_s=%.2f\nother_programs_kernel_steal_s=%.2f\n", idle, unused - idle);
    }
    return 0;
}
