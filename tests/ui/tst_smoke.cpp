// SPDX-License-Identifier: GPL-3.0-or-later
// Smoke run of the real app as a user starts it: an Xvfb server, the trayer tray host, then
// `sparecycles --local --accept-defaults`. Checks that the icon is docked in the tray, the
// engine runs on its data folder, a second launch hands over to the first, and SIGTERM quits
// cleanly (engine stopped, local hub gone).
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
QString bin(const char* name) { return QStringLiteral(SC_BIN_DIR "/") + QLatin1String(name); }

QByteArray run(
    const QString& program, const QStringList& args, const QProcessEnvironment& env, int* exitCode = nullptr)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    p.waitForFinished(20000);
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return p.readAllStandardOutput();
}

bool hubRunningFor(const QString& dataDir)
{
    const QDir proc(QStringLiteral("/proc"));
    for (const QString& pid : proc.entryList(QDir::Dirs)) {
        QFile cmd(proc.filePath(pid) + QStringLiteral("/cmdline"));
        if (cmd.open(QIODevice::ReadOnly)
            && cmd.readAll().contains(QByteArray(dataDir.toUtf8() + "/local-hub")))
            return true;
    }
    return false;
}
} // namespace

class TestSmoke final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void trayAppStartsDocksAndQuits()
    {
        for (const char* tool : { "Xvfb", "trayer", "xwininfo" }) {
            if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
                QSKIP(qPrintable(
                    QStringLiteral("%1 missing (scripts/setup.sh installs it)").arg(QLatin1String(tool))));
        }
        QProcess xvfb;
        xvfb.start(QStringLiteral("Xvfb"),
            { QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-nolisten"),
                QStringLiteral("tcp"), QStringLiteral("-screen"), QStringLiteral("0"),
                QStringLiteral("1280x800x24") });
        QVERIFY(xvfb.waitForStarted());
        QByteArray number;
        QTRY_VERIFY_WITH_TIMEOUT((number += xvfb.readAllStandardOutput()).contains('\n'), 15000);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DISPLAY"), QLatin1Char(':') + QString::fromLatin1(number.trimmed()));
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the real xcb platform, not offscreen
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));

        QProcess trayer;
        trayer.setProcessEnvironment(env);
        trayer.start(QStringLiteral("trayer"),
            { QStringLiteral("--edge"), QStringLiteral("bottom"), QStringLiteral("--align"),
                QStringLiteral("right"), QStringLiteral("--widthtype"), QStringLiteral("pixel"),
                QStringLiteral("--width"), QStringLiteral("120") });
        QVERIFY(trayer.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(
            run(QStringLiteral("xwininfo"), { QStringLiteral("-root"), QStringLiteral("-tree") }, env)
                .contains("\"panel\""),
            10000);

        QTemporaryDir data;
        const QString dataDir = data.filePath(QStringLiteral("sc"));
        QProcess app;
        app.setProcessEnvironment(env);
        app.setProcessChannelMode(QProcess::MergedChannels);
        app.start(bin("sparecycles"),
            { QStringLiteral("--local"), QStringLiteral("--accept-defaults"), QStringLiteral("--minimized"),
                QStringLiteral("--data-dir"), dataDir });
        QVERIFY(app.waitForStarted());
        // Docked: a SpareCycles window inside trayer's panel.
        auto docked = [&] {
            const QList<QByteArray> lines
                = run(QStringLiteral("xwininfo"), { QStringLiteral("-root"), QStringLiteral("-tree") }, env)
                      .split('\n');
            auto indent = [](const QByteArray& l) { return l.size() - l.trimmed().size(); };
            for (qsizetype i = 0; i < lines.size(); ++i) {
                if (!lines[i].contains("(\"panel\" \"trayer\")"))
                    continue;
                // Descendants of the panel are the lines indented deeper than it.
                for (qsizetype k = i + 1; k < lines.size()
                     && (lines[k].trimmed().isEmpty() || indent(lines[k]) > indent(lines[i]));
                     ++k) {
                    if (lines[k].contains("(\"sparecycles\" \"SpareCycles\")"))
                        return true;
                }
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(docked(), 20000);
        // The engine runs on the folder (status works from another process).
        QTRY_VERIFY_WITH_TIMEOUT(
            QJsonDocument::fromJson(run(bin("sparecycles-cli"),
                                        { QStringLiteral("status"), QStringLiteral("--data-dir"), dataDir,
                                            QStringLiteral("--json") },
                                        env))
                .object()
                .value(QLatin1String("engine_running"))
                .toBool(),
            20000);
        QVERIFY(hubRunningFor(dataDir));
        // A second launch hands over to the first and exits at once.
        int second = -1;
        run(bin("sparecycles"), { QStringLiteral("--data-dir"), dataDir }, env, &second);
        QCOMPARE(second, 0);
        QCOMPARE(app.state(), QProcess::Running);
        // SIGTERM quits like the tray's Quit.
        app.terminate();
        QVERIFY(app.waitForFinished(30000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!hubRunningFor(dataDir), 10000);
        trayer.kill();
        trayer.waitForFinished();
        xvfb.terminate();
        xvfb.waitForFinished();
    }
};

QTEST_GUILESS_MAIN(TestSmoke)
#include "tst_smoke.moc"
