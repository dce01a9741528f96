// SPDX-License-Identifier: GPL-3.0-or-later
// sc-bench-loop: the local loop as a user starts it (`sparecycles-cli run --local --always-run`)
// for a fixed time: tasks completed and credited per minute, and the engine's memory (RSS of
// the sparecycles-cli process, sampled every second; the tasks are separate processes).
#include "../common/benchutil.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThread>
#include <cstdio>

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
    while (t.elapsed() < seconds * 1000LL) {
        QThread::msleep(1000); // sampling period of the measurement, not a wait for the engine
        lastRss = rssKb(engine.processId());
        maxRss = std::max(maxRss, lastRss);
        engine.readAll();
    }
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
    return 0;
}
