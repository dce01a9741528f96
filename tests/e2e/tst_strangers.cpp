// SPDX-License-Identifier: GPL-3.0-or-later
// Bad luck between a device and its hub, with real processes on loopback (issue 16): a work
// reply lost on the wire, a task store lost with the tasks the hub still counts, and this
// computer's clock jumping a day ahead and back under libfaketime. In each case every
// workunit is credited and nothing is left orphaned until its deadline.
#include "e2e.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <functional>

using namespace e2e;

namespace {

// A TCP relay in front of the hub that loses the reply to the first POST /v1/work: the request
// reaches the hub (which hands the tasks out), the answer never reaches the engine.
class LosingProxy final : public QObject {
public:
    explicit LosingProxy(quint16 upstream)
        : m_upstream(upstream)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* client = m_server.nextPendingConnection())
                relay(client);
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    bool lost() const { return m_lost; }
    qint64 msSinceLoss() const { return m_sinceLoss.elapsed(); }

private:
    void relay(QTcpSocket* client)
    {
        auto* upstream = new QTcpSocket(client);
        auto dropNext = std::make_shared<bool>(false);
        upstream->connectToHost(QHostAddress::LocalHost, m_upstream);
        connect(client, &QTcpSocket::readyRead, client, [this, client, upstream, dropNext] {
            const QByteArray data = client->readAll();
            if (!m_lost && !*dropNext && data.contains("POST /v1/work "))
                *dropNext = true;
            upstream->write(data); // buffered until connected
        });
        connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream, dropNext] {
            const QByteArray data = upstream->readAll();
            if (*dropNext) {
                m_lost = true;
                m_sinceLoss.start();
                upstream->abort();
                client->abort();
                client->deleteLater();
                return;
            }
            client->write(data);
        });
        connect(upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
        connect(client, &QTcpSocket::disconnected, client, [client] { client->deleteLater(); });
    }

    QTcpServer m_server;
    quint16 m_upstream;
    bool m_lost = false;
    QElapsedTimer m_sinceLoss;
};

QStringList quorumOne()
{
    return { QStringLiteral("--quorum"), QStringLiteral("1"), QStringLiteral("--canary-rate"),
        QStringLiteral("0") };
}

} // namespace

class TestStrangers final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // The reply to a work request is lost after the hub handed out every workunit it has: the
    // engine asks again with the same request id and gets the same tasks.
    void aLostWorkReplyIsRecoveredWithinAMinute()
    {
        QTemporaryDir dir;
        const QString hubDir = dir.filePath(QStringLiteral("hub"));
        for (int i = 0; i < 2; ++i)
            QVERIFY(submit(hubDir, i * 40'000'000LL, (i + 1) * 40'000'000LL));
        Hub hub(hubDir, quorumOne());
        QVERIFY(hub.start());
        LosingProxy proxy(static_cast<quint16>(hub.url().port()));
        Engine e(dir.filePath(QStringLiteral("engine")), proxy.url());
        QVERIFY(e.start());
        QVERIFY2(waitFor([&] { return proxy.lost(); }, 60000), e.output().right(3000).constData());
        QVERIFY2(waitFor([&] { return hub.stat("tasks_credited") == 2; }, 60000),
            e.output().right(3000).constData());
        qInfo("all work credited %.1f s after its reply was lost", proxy.msSinceLoss() / 1000.0);
        QCOMPARE(e.stop(), 0);
        QCOMPARE(hub.stat("tasks_expired"), 0);
        QCOMPARE(hub.stat("tasks_in_progress"), 0);
    }

    // The engine is killed and its task store lost while the hub counts two tasks against it:
    // on the next start the held list brings them back.
    void aLostTaskStoreGetsItsTasksBack()
    {
        QTemporaryDir dir;
        const QString hubDir = dir.filePath(QStringLiteral("hub"));
        for (int i = 0; i < 2; ++i)
            QVERIFY(
                submit(hubDir, 1'000'000'000LL + i * 40'000'000LL, 1'000'000'000LL + (i + 1) * 40'000'000LL));
        Hub hub(hubDir, quorumOne());
        QVERIFY(hub.start());
        Engine e(dir.filePath(QStringLiteral("engine")), hub.url());
        QVERIFY(e.start());
        QVERIFY(waitFor([&] { return hub.stat("tasks_in_progress") == 2; }, 60000));
        e.killHard();
        for (const char* f : { "tasks.sqlite", "tasks.sqlite-wal", "tasks.sqlite-shm" })
            QFile::remove(QDir(e.dataDir()).filePath(QLatin1String(f)));
        QDir(QDir(e.dataDir()).filePath(QStringLiteral("slots"))).removeRecursively();
        QVERIFY(e.start());
        QVERIFY2(waitFor([&] { return hub.stat("tasks_credited") == 2; }, 60000),
            e.output().right(3000).constData());
        QCOMPARE(e.stop(), 0);
        QVERIFY2(e.output().contains("never arrived"), e.output().right(3000).constData());
        QCOMPARE(hub.stat("tasks_expired"), 0);
    }

    // This computer's clock jumps a day ahead, then a day back, while it holds work: requests
    // are still let in (signed on the hub's clock), no task is dropped as late, all credited.
    void aClockJumpOfADayOrphansNothing()
    {
        const QString faketime = QStringLiteral(SC_LIBFAKETIME);
        if (!QFile::exists(faketime))
            QFAIL("libfaketime is missing: scripts/setup.sh installs it for the tests");
        QTemporaryDir dir;
        const QString hubDir = dir.filePath(QStringLiteral("hub"));
        // Tasks of a second or two each, with an hour to their deadlines: a day's jump would
        // put every one of them past it on this computer's clock.
        constexpr int kWorkunits = 6;
        for (int i = 0; i < kWorkunits; ++i)
            QVERIFY(submit(hubDir, i * 500'000'000LL, (i + 1) * 500'000'000LL));
        Hub hub(hubDir,
            quorumOne() + QStringList { QStringLiteral("--deadline-seconds"), QStringLiteral("3600") });
        QVERIFY(hub.start());
        const QString offsetFile = dir.filePath(QStringLiteral("faketime"));
        auto setOffset = [&](const char* offset) {
            QFile f(offsetFile);
            return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(offset) > 0;
        };
        QVERIFY(setOffset("+0"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LD_PRELOAD"), faketime);
        env.insert(QStringLiteral("FAKETIME_TIMESTAMP_FILE"), offsetFile);
        env.insert(QStringLiteral("FAKETIME_CACHE_DURATION"), QStringLiteral("1"));
        // A real clock jump moves the wall clock only.
        env.insert(QStringLiteral("FAKETIME_DONT_FAKE_MONOTONIC"), QStringLiteral("1"));
        Engine e(dir.filePath(QStringLiteral("engine")), hub.url(), {}, env);
        QVERIFY(e.start());
        QVERIFY2(waitFor([&] { return hub.stat("tasks_credited") >= 1; }, 90000),
            e.output().right(3000).constData());
        QVERIFY(setOffset("+1d"));
        const qint64 atAhead = hub.stat("tasks_credited");
        QVERIFY(atAhead < kWorkunits - 2);
        // The clock of a process started like the engine did jump.
        QProcess probe;
        probe.setProcessEnvironment(env);
        probe.start(QStringLiteral("date"), { QStringLiteral("+%s") });
        QVERIFY(probe.waitForFinished(10000));
        const qint64 seen = probe.readAllStandardOutput().trimmed().toLongLong();
        QVERIFY2(
            qAbs(seen - QDateTime::currentSecsSinceEpoch() - 86'400) < 60, qPrintable(QString::number(seen)));
        QVERIFY2(waitFor([&] { return hub.stat("tasks_credited") >= atAhead + 2; }, 90000),
            e.output().right(3000).constData());
        QVERIFY(setOffset("-1d"));
        QVERIFY2(waitFor([&] { return hub.stat("tasks_credited") == kWorkunits; }, 120000),
            e.output().right(3000).constData());
        QCOMPARE(e.stop(), 0);
        const QByteArray log = e.output();
        QVERIFY2(!log.contains("deadline passed"), log.right(3000).constData());
        QVERIFY2(!log.contains("no longer expects"), log.right(3000).constData());
        QCOMPARE(hub.stat("tasks_expired"), 0);
        QCOMPARE(hub.stat("tasks_in_progress"), 0);
    }
};

QTEST_GUILESS_MAIN(TestStrangers)
#include "tst_strangers.moc"
