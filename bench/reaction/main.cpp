// SPDX-License-Identifier: GPL-3.0-or-later
// sc-bench-reaction: how fast does every task stop when the user comes back?
// Starts its own Xvfb and local demo hub, runs the real engine in-process with the X11 idle
// source (idle threshold 2 s instead of minutes, so trials are quick), waits until a real
// sc-primes task runs, injects a mouse move with xdotool and measures the time until every
// process of every task is stopped (state T). Prints p50/p95/max last as key=value lines.
// With --cgroup (root with a writable cgroup2 mount) the tasks run in a cgroup of the
// benchmark's own and "stopped" means the kernel reports every task group frozen.
#include "../common/benchutil.h"
#include "../common/x11idle.h"
#include "engine/engine.h"
#include "engine/localhub.h"
#include "network/httpclient.h"
#include "platform/linux/idle_linux.h"
#include "settings/settings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTimer>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <thread>

using Clock = std::chrono::steady_clock;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const auto args = bench::parseEngineBenchArgs(QCoreApplication::arguments(), 50, 1);
    if (!args)
        return 1;
    const int trials = args->number;
    const bool useCgroup = args->cgroup;
    const QString cgroupDir = args->cgroupDir;
    QProcess xvfb;
    const QByteArray display = bench::startXvfb(xvfb);
    if (display.isEmpty() || QStandardPaths::findExecutable(QStringLiteral("xdotool")).isEmpty()) {
        std::fprintf(stderr, "sc-bench-reaction needs Xvfb and xdotool (scripts/setup.sh installs them)\n");
        return 1;
    }
    ::setenv("DISPLAY", display.constData(), 1);
    QTemporaryDir dir;
    sc::core::LocalHub hub;
    QString error;
    if (!hub.start(dir.filePath(QStringLiteral("hub")), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    // This machine may be busy with other work (builds): the benchmark is about the user's
    // return, so other programs' load must not suspend the task on its own.
    QDir().mkpath(dir.filePath(QStringLiteral("engine")));
    sc::core::Settings settings(dir.filePath(QStringLiteral("engine/settings.ini")));
    settings.set(QStringLiteral("suspend_when_other_cpu"), QStringLiteral("0"), &error);
    sc::core::CurlHttpClient http;
    sc::core::Engine::Config config;
    config.dataDir = dir.filePath(QStringLiteral("engine"));
    config.hubUrl = hub.url();
    config.cores = 1;
    config.idleSecondsOverride = 2;
    config.autoBenchmark = false;
    config.cgroupDir = useCgroup ? cgroupDir : QStringLiteral("none");
    sc::core::Engine engine(config, http, [] { return QDateTime::currentSecsSinceEpoch(); });
    const auto idle = bench::x11IdleSource(display, args->screensaver);
    if (!idle)
        return 1;
    engine.setIdleSource(idle.get());
    if (!engine.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }

    std::mutex mutex;
    QList<qint64> taskPids; // top-level task processes, refreshed from the engine's status
    bool engineSaysRunning = false;
    QTimer refresh;
    QObject::connect(&refresh, &QTimer::timeout, &refresh, [&] {
        const QJsonObject s = engine.status();
        QList<qint64> pids;
        bool anySuspended = false;
        for (const QJsonValue& t : s.value(QLatin1String("tasks")).toArray()) {
            pids.append(t.toObject().value(QLatin1String("pid")).toInteger());
            anySuspended = anySuspended || t.toObject().value(QLatin1String("suspended")).toBool();
        }
        std::lock_guard lock(mutex);
        taskPids = pids;
        engineSaysRunning = !pids.isEmpty() && !anySuspended
            && s.value(QLatin1String("state")).toString() == QLatin1String("running");
    });
    refresh.start(20);

    std::vector<double> ms;
    int timeouts = 0;
    std::atomic<bool> done { false };
    std::thread trialsThread([&] {
        for (int i = 0; i < trials; ++i) {
            // Wait until the task runs again (the user has been "away" for 2 s).
            QList<qint64> tree;
            const auto waitStart = Clock::now();
            for (;;) {
                {
                    std::lock_guard lock(mutex);
                    tree.clear();
                    if (engineSaysRunning) {
                        for (qint64 pid : taskPids)
                            bench::processTree(pid, tree);
                    }
                }
                bool allRunning = !tree.isEmpty();
                if (useCgroup) {
                    // A frozen process shows as sleeping: ask the groups themselves.
                    const QDir groups(cgroupDir + QStringLiteral("/tasks"));
                    const QStringList names = groups.entryList({ QStringLiteral("t-*") }, QDir::Dirs);
                    allRunning = allRunning && !names.isEmpty();
                    for (const QString& g : names) {
                        QFile events(groups.filePath(g) + QStringLiteral("/cgroup.events"));
                        if (!events.open(QIODevice::ReadOnly) || !events.readAll().contains("frozen 0"))
                            allRunning = false;
                    }
                }
                for (qint64 pid : tree) {
                    const char st = bench::processState(pid);
                    allRunning = allRunning && (st == 'R' || st == 'S' || st == 'D');
                }
                if (allRunning)
                    break;
                if (Clock::now() - waitStart > std::chrono::seconds(120)) {
                    std::fprintf(stderr, "no task running after 120 s\n");
                    done = true;
                    return;
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(300)); // let it settle in "running"
            {
                // The processes as they are now: the task may have finished and the next started.
                std::lock_guard lock(mutex);
                tree.clear();
                for (qint64 pid : taskPids)
                    bench::processTree(pid, tree);
            }
            const std::vector<std::string> cmd = { "xdotool", "mousemove",
                std::to_string(100 + (i % 2) * 200), std::to_string(100 + (i % 3) * 100) };
            const auto t0 = Clock::now(); // before xdotool starts: its own start-up time counts against us
            if (bench::runProgram(cmd) != 0)
                std::fprintf(stderr, "xdotool failed\n");
            for (;;) {
                bool allStopped = true;
                if (useCgroup) {
                    const QDir groups(cgroupDir + QStringLiteral("/tasks"));
                    for (const QString& g : groups.entryList({ QStringLiteral("t-*") }, QDir::Dirs)) {
                        QFile events(groups.filePath(g) + QStringLiteral("/cgroup.events"));
                        if (events.open(QIODevice::ReadOnly) && !events.readAll().contains("frozen 1"))
                            allStopped = false;
                    }
                }
                for (qint64 pid : tree) {
                    if (useCgroup)
                        break;
                    const char st = bench::processState(pid);
                    // Stopped, or no longer running at all (exited: zombie or gone).
                    allStopped = allStopped && (st == 'T' || st == 't' || st == 'Z' || st == 'X' || st == 0);
                }
                const double elapsed = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
                if (allStopped) {
                    ms.push_back(elapsed);
                    break;
                }
                if (elapsed > 2000) {
                    ++timeouts;
                    ms.push_back(elapsed);
                    break;
                }
                std::this_thread::sleep_for(std::chrono::microseconds(200));
            }
            std::fprintf(stdout, "trial %d: %.1f ms\n", i + 1, ms.back());
            std::fflush(stdout);
        }
        done = true;
    });
    QTimer finish;
    QObject::connect(&finish, &QTimer::timeout, &finish, [&] {
        if (!done)
            return;
        finish.stop();
        trialsThread.join();
        engine.stop([&] { QCoreApplication::quit(); });
    });
    finish.start(50);
    app.exec();
    hub.stop();
    xvfb.terminate();
    xvfb.waitForFinished(5000);
    if (useCgroup)
        bench::removeTestCgroup(cgroupDir);
    if (ms.empty())
        return 1;
    std::printf("method=%s\n", useCgroup ? "cgroup-freeze" : "signals");
    std::printf("idle_source=%s\n", qPrintable(idle->name()));
    std::printf("trials=%zu\n", ms.size());
    std::printf("timeouts=%d\n", timeouts);
    std::printf("p50_ms=%.1f\n", bench::percentile(ms, 50));
    std::printf("p95_ms=%.1f\n", bench::percentile(ms, 95));
    std::printf("max_ms=%.1f\n", bench::percentile(ms, 100));
    return 0;
}
