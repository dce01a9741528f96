// SPDX-License-Identifier: GPL-3.0-or-later
// sc-bench-overhead: the engine's own CPU use while it throttles running tasks.
// Runs the real engine in-process against its own local demo hub, with a real sc-primes task
// held at a 50 % duty cycle (SIGSTOP/SIGCONT every half second) and the X11 idle watch polling
// every 50 ms (an Xvfb of its own), and measures this process's CPU time (all threads, not
// the task's) over a fixed window. Prints figures last as key=value lines.
#include "../common/benchutil.h"
#include "../common/x11idle.h"
#include "engine/engine.h"
#include "engine/localhub.h"
#include "network/httpclient.h"
#include "platform/linux/idle_linux.h"
#include "settings/settings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>
#include <sys/resource.h>

namespace {
double selfCpuSeconds()
{
    rusage u {};
    ::getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
        + static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const auto args = bench::parseEngineBenchArgs(QCoreApplication::arguments(), 30, 5);
    if (!args)
        return 1;
    const int windowSeconds = args->number;
    const bool useCgroup = args->cgroup;
    const QString cgroupDir = args->cgroupDir;
    QProcess xvfb;
    const QByteArray display = bench::startXvfb(xvfb);
    if (display.isEmpty()) {
        std::fprintf(stderr, "sc-bench-overhead needs Xvfb (scripts/setup.sh installs it)\n");
        return 1;
    }
    QTemporaryDir dir;
    sc::core::LocalHub hub;
    QString error;
    if (!hub.start(dir.filePath(QStringLiteral("hub")), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QString dataDir = dir.filePath(QStringLiteral("engine"));
    QDir().mkpath(dataDir);
    sc::core::Settings settings(dataDir + QStringLiteral("/settings.ini"));
    settings.set(QStringLiteral("cpu_share"), QStringLiteral("50"), &error);
    settings.set(QStringLiteral("suspend_when_other_cpu"), QStringLiteral("0"), &error);
    sc::core::CurlHttpClient http;
    sc::core::Engine::Config config;
    config.dataDir = dataDir;
    config.hubUrl = hub.url();
    config.cores = 1;
    config.idleSecondsOverride = 1; // Xvfb sees no input: idle after 1 s, and the watch is armed
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
    double cpu0 = -1;
    QElapsedTimer wall;
    double duty = 0;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
        const QJsonObject s = engine.status();
        if (cpu0 < 0) {
            if (s.value(QLatin1String("tasks_running")).toInt() > 0
                && s.value(QLatin1String("state")).toString() == QLatin1String("throttled")) {
                cpu0 = selfCpuSeconds();
                wall.start();
                duty = s.value(QLatin1String("duty_cycle")).toDouble();
                std::printf("task running at duty %.2f; measuring %d s\n", duty, windowSeconds);
                std::fflush(stdout);
            }
            return;
        }
        if (wall.elapsed() >= windowSeconds * 1000LL) {
            poll.stop();
            const double used = selfCpuSeconds() - cpu0;
            const double secs = static_cast<double>(wall.elapsed()) / 1000.0;
            engine.stop([&] { QCoreApplication::quit(); });
            std::printf("method=%s\n", qPrintable(s.value(QLatin1String("task_control")).toString()));
            std::printf("idle_source=%s\n", qPrintable(idle->name()));
            std::printf("window_s=%.1f\n", secs);
            std::printf("duty_cycle=%.2f\n", duty);
            std::printf("engine_cpu_s=%.3f\n", used);
            std::printf("engine_cpu_percent=%.3f\n", used / secs * 100.0);
        }
    });
    poll.start(500);
    QTimer::singleShot(180000, &app, [&] {
        std::fprintf(stderr, "no throttled task after 180 s\n");
        QCoreApplication::exit(1);
    });
    const int rc = app.exec();
    hub.stop();
    if (useCgroup)
        bench::removeTestCgroup(cgroupDir);
    xvfb.terminate();
    xvfb.waitForFinished(5000);
    return rc;
}
