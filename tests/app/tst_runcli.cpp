// SPDX-License-Identifier: GPL-3.0-or-later
// sparecycles-cli run: which network it works for (the systemd user unit runs it with no
// --hub and no --local: the network chosen in the app's settings).
#include "clienvironment.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestRunCli final : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;

    QProcessEnvironment environment() const { return cliEnvironment(m_home); }

    int cli(const QStringList& args, QString* err = nullptr)
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral(SC_CLI_BIN), args);
        p.waitForFinished(60000);
        if (err)
            *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

private Q_SLOTS:
    void withoutHubOrLocalItWorksForTheNetworkInTheSettings()
    {
        QTemporaryDir d;
        const QString data = d.filePath(QStringLiteral("engine"));
        // A hub nobody answers on: the engine says it cannot reach that one.
        QCOMPARE(cli({ QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("hub_url"),
                     QStringLiteral("http://127.0.0.1:9"), QStringLiteral("--data-dir"), data }),
            0);
        QProcess run;
        run.setProcessEnvironment(environment());
        run.start(QStringLiteral(SC_CLI_BIN),
            { QStringLiteral("run"), QStringLiteral("--data-dir"), data, QStringLiteral("--quiet") });
        QVERIFY(run.waitForStarted());
        QString hub;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QFile f(QDir(data).filePath(QStringLiteral("status.json")));
                if (!f.open(QIODevice::ReadOnly))
                    return false;
                hub = QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("hub")).toString();
                return !hub.isEmpty();
            }(),
            20000);
        QCOMPARE(hub, QStringLiteral("http://127.0.0.1:9"));
        run.terminate();
        QVERIFY(run.waitForFinished(20000));
        QCOMPARE(run.exitCode(), 0);
    }

    void hubAndLocalTogetherAreRefused()
    {
        QString err;
        QCOMPARE(cli({ QStringLiteral("run"), QStringLiteral("--local"), QStringLiteral("--hub"),
                         QStringLiteral("http://127.0.0.1:9") },
                     &err),
            2);
        QVERIFY2(err.contains(QLatin1String("not both")), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestRunCli)
#include "tst_runcli.moc"
