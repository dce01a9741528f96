// SPDX-License-Identifier: GPL-3.0-or-later
// sc-bench-app: what the tray app costs while it waits. Starts its own Xvfb and a tray host
// (trayer), launches the real `sparecycles --local --accept-defaults --minimized` on a fresh
// data folder (window closed, engine waiting for the computer to be idle), lets it settle, then
// reads its CPU time and resident memory from /proc over a window. Prints key=value lines last.
#include "../common/benchutil.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <cstdio>
#include <cstdlib>
#include <unistd.h>

namespace {
// utime + stime of a process in seconds, or -1 when it is gone.
double cpuSeconds(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray s = f.readAll();
    const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    return (fields[11].toDouble() + fields[12].toDouble()) / static_cast<double>(::sysconf(_SC_CLK_TCK));
}

double rssMb(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int settleSeconds = 20;
    const int windowSeconds = argc > 1 ? std::max(10, std::atoi(argv[1])) : 60;
    QProcess xvfb;
    const QByteArray display = bench::startXvfb(xvfb);
    if (display.isEmpty()) {
        std::fprintf(stderr, "sc-bench-app needs Xvfb (scripts/setup.sh installs it)\n");
        return 1;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), QString::fromLatin1(display));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    QProcess trayer;
    const QString trayerExe = QStandardPaths::findExecutable(QStringLiteral("trayer"));
    if (!trayerExe.isEmpty()) {
        trayer.setProcessEnvironment(env);
        trayer.start(trayerExe, {});
        trayer.waitForStarted(5000);
        QThread::msleep(500);
    }
    QTemporaryDir dir;
    QProcess gui;
    gui.setProcessEnvironment(env);
    gui.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    gui.start(QCoreApplication::applicationDirPath() + QStringLiteral("/sparecycles"),
        { QStringLiteral("--local"), QStringLiteral("--accept-defaults"), QStringLiteral("--minimized"),
            QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("data")) });
    if (!gui.waitForStarted(10000)) {
        std::fprintf(stderr, "cannot start sparecycles: %s\n", qPrintable(gui.errorString()));
        return 1;
    }
    const qint64 pid = gui.processId();
    std::printf("tray host: %s; settling %d s, then measuring %d s\n",
        trayerExe.isEmpty() ? "none" : "trayer", settleSeconds, windowSeconds);
    std::fflush(stdout);
    QThread::sleep(settleSeconds);
    const double cpu0 = cpuSeconds(pid);
    QElapsedTimer wall;
    wall.start();
    double rssMax = 0;
    while (wall.elapsed() < windowSeconds * 1000LL && gui.state() == QProcess::Running) {
        QThread::msleep(1000);
        rssMax = std::max(rssMax, rssMb(pid));
    }
    const double used = cpuSeconds(pid) - cpu0;
    const double secs = static_cast<double>(wall.elapsed()) / 1000.0;
    const double rssEnd = rssMb(pid);
    const bool alive = gui.state() == QProcess::Running && cpu0 >= 0 && used >= 0;
    gui.terminate(); // SIGTERM: quits like the tray's Quit
    if (!gui.waitForFinished(20000))
        gui.kill();
    trayer.terminate();
    trayer.waitForFinished(3000);
    xvfb.terminate();
    xvfb.waitForFinished(5000);
    if (!alive) {
        std::fprintf(stderr, "sparecycles exited during the measurement\n");
        return 1;
    }
    std::printf("window_s=%.1f\n", secs);
    std::printf("app_cpu_s=%.3f\n", used);
    std::printf("app_cpu_percent=%.3f\n", used / secs * 100.0);
    std::printf("app_rss_mb=%.1f\n", rssEnd);
    std::printf("app_rss_max_mb=%.1f\n", rssMax);
    std::printf("quit_exit_code=%d\n", gui.exitCode());
    return 0;
}
