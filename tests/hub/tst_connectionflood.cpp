// SPDX-License-Identifier: GPL-3.0-or-later
// A real sparecycles-hub process, started with a low soft file limit (512, hard 1024: the hub
// must raise it and keep its connection cap below it), flooded by 1,000 kept-alive idle
// connections and 300 slowloris connections that drip a header byte now and then: first all
// from 127.0.0.2, then spread over 70 addresses so that together they fill the cap and the
// header check. Each time a fresh client on 127.0.0.1 must register and get work within 2 s,
// and the hub must not spin while the flood holds.
#include "crypto/devicekey.h"
#include "network/httpclient.h"
#include "network/hubclient.h"
#include "protocol/taskdescriptor.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <memory>
#include <sys/resource.h>
#include <unistd.h>
#include <vector>

namespace {

QString bin(const char* name) { return QStringLiteral(SC_BIN_DIR "/") + QLatin1String(name); }

// The hub's user plus system CPU time in seconds, from /proc/PID/stat.
double cpuSeconds(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = f.readAll();
    // Fields after the command name (which is in parentheses and may hold spaces).
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the name.
    const double ticks = static_cast<double>(fields.value(11).toLongLong() + fields.value(12).toLongLong());
    return ticks / static_cast<double>(sysconf(_SC_CLK_TCK));
}

// "Max open files  SOFT  HARD  files" from /proc/PID/limits.
QByteArray openFileLimits(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/limits").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("Max open files"))
            return line.simplified();
    }
    return {};
}

// One attacker connection: it connects from 127.0.0.2 and either completes one kept-alive
// request and then sits, or sends a header that never ends, one byte at a time.
struct Attacker {
    QTcpSocket socket;
    bool settled = false; // answered (idle) / connected and sending (slow) / refused
    bool refused = false;
};

} // namespace

class TestConnectionFlood final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_hub;
    QUrl m_url;
    int m_engines = 0;
    QByteArray m_limitsLine;
    std::vector<std::unique_ptr<Attacker>> m_idle;
    std::vector<std::unique_ptr<Attacker>> m_slow;
    QTimer m_drip; // one header byte a second on every slow connection

    static constexpr int kIdleConnections = 1000;
    static constexpr int kSlowConnections = 300;
    static constexpr int kBatch = 100;
    static constexpr rlim_t kHubSoftFiles = 512;
    static constexpr rlim_t kHubHardFiles = 1024; // as a default service may have
    using From = QHostAddress (*)(int);

    // Opens count more connections, the n-th from from(n), and sends firstBytes on each; one
    // is settled once it is answered (waitForAnswer) or sending, or refused.
    void open(std::vector<std::unique_ptr<Attacker>>& into, int count, const QByteArray& firstBytes,
        bool waitForAnswer, From from)
    {
        const quint16 port = static_cast<quint16>(m_url.port());
        for (int i = 0; i < count; ++i) {
            const QHostAddress address = from(static_cast<int>(into.size()));
            into.push_back(std::make_unique<Attacker>());
            Attacker* a = into.back().get();
            QTcpSocket* s = &a->socket;
            QVERIFY(s->bind(address, 0));
            connect(s, &QTcpSocket::connected, this, [s, a, firstBytes, waitForAnswer] {
                s->write(firstBytes);
                if (!waitForAnswer)
                    a->settled = true;
            });
            connect(s, &QTcpSocket::readyRead, this, [s, a] {
                s->readAll();
                a->settled = true;
            });
            connect(s, &QTcpSocket::errorOccurred, this, [a] {
                a->settled = true;
                a->refused = true;
            });
            s->connectToHost(QHostAddress::LocalHost, port);
        }
    }
    int perAddressLimit() const { return m_limitsLine.split(' ').value(5).toInt(); }
    static int settled(const std::vector<std::unique_ptr<Attacker>>& v)
    {
        return static_cast<int>(std::count_if(v.begin(), v.end(), [](const auto& a) { return a->settled; }));
    }
    static int holding(const std::vector<std::unique_ptr<Attacker>>& v)
    {
        return static_cast<int>(std::count_if(v.begin(), v.end(), [](const auto& a) {
            return !a->refused && a->socket.state() == QAbstractSocket::ConnectedState;
        }));
    }

    // Sends the flood; returns the hub's CPU use (share of a core) over one second of it.
    double flood(From idleFrom, From slowFrom)
    {
        QElapsedTimer flood;
        flood.start();
        // 1,000 connections that complete a kept-alive request and then sit idle (in batches,
        // as a patient attacker would, so that each batch passes the header check) ...
        for (int batch = 0; batch < kIdleConnections / kBatch; ++batch) {
            open(m_idle, kBatch, "GET /v1/network HTTP/1.1\r\nHost: hub\r\n\r\n", true, idleFrom);
            (void)QTest::qWaitFor([&] { return settled(m_idle) == (batch + 1) * kBatch; }, 3000);
        }
        // ... and 300 that never finish their header.
        open(m_slow, kSlowConnections, "POST /v1/work HTTP/1.1\r\nHost: hub\r\nX-Pad: ", false, slowFrom);
        (void)QTest::qWaitFor([&] { return settled(m_slow) == kSlowConnections; }, 5000);
        m_drip.start(1000);
        qInfo("flood of %d idle and %d slow connections sent in %lld ms", kIdleConnections, kSlowConnections,
            static_cast<long long>(flood.elapsed()));

        // The hub must wait, not spin, while the flood holds. By the end of this second the
        // attacker has also seen every refusal (a drip onto a closed socket fails too).
        const qint64 pid = m_hub->processId();
        const double cpuBefore = cpuSeconds(pid);
        QElapsedTimer wall;
        wall.start();
        QTest::qWait(1000);
        const double cpuShare
            = (cpuSeconds(pid) - cpuBefore) / (static_cast<double>(wall.elapsed()) / 1000.0);
        qInfo("hub CPU during the flood: %.1f %% of a core", cpuShare * 100.0);
        return cpuShare;
    }

    // A fresh client on 127.0.0.1 registers and asks for work, all within 2 s.
    void freshClientGetsWork()
    {
        sc::core::CurlHttpClient http;
        const sc::core::DeviceKey key = sc::core::DeviceKey::generate();
        sc::core::HubClient client(http, key, m_url, [] { return QDateTime::currentSecsSinceEpoch(); });
        QElapsedTimer took;
        took.start();
        bool registered = false;
        bool failed = false;
        QString why;
        client.registerDevice(QJsonObject { { QStringLiteral("payout_address"), QString() },
                                  { QStringLiteral("profile"), QJsonObject() } },
            [&](const QJsonObject&, const std::optional<sc::core::HubError>& e) {
                registered = !e;
                failed = e.has_value();
                if (e)
                    why = e->message;
            });
        (void)QTest::qWaitFor([&] { return registered || failed; }, 5000);
        QVERIFY2(registered,
            qPrintable(QStringLiteral("registration failed after %1 ms: %2")
                           .arg(took.elapsed())
                           .arg(why.isEmpty() ? QStringLiteral("no answer") : why)));
        const qint64 registeredAfter = took.elapsed();
        QList<sc::core::TaskDescriptor> tasks;
        bool answered = false;
        client.requestWork(1, 60, {},
            [&](const QList<sc::core::TaskDescriptor>& t, const std::optional<sc::core::HubError>& e) {
                answered = true;
                tasks = t;
                if (e)
                    why = e->message;
            });
        (void)QTest::qWaitFor([&] { return answered; }, 5000);
        const qint64 elapsed = took.elapsed();
        qInfo("fresh client on 127.0.0.1 under the flood: registered after %lld ms, %lld task(s) after "
              "%lld ms",
            static_cast<long long>(registeredAfter), static_cast<long long>(tasks.size()),
            static_cast<long long>(elapsed));
        QVERIFY2(answered && !tasks.isEmpty(), qPrintable(why));
        QVERIFY2(elapsed < 2000, "the fresh client took 2 s or more");
        QVERIFY(m_hub->state() == QProcess::Running);
    }

    // A real engine started now, on 127.0.0.1, registers and receives work within 2 s of its
    // start (process start, key, registration, the first work reply).
    void freshEngineGetsWork()
    {
        QProcess engine;
        engine.setProcessChannelMode(QProcess::MergedChannels);
        QElapsedTimer took;
        took.start();
        engine.start(bin("sparecycles-cli"),
            { QStringLiteral("run"), QStringLiteral("--hub"), m_url.toString(), QStringLiteral("--data-dir"),
                m_dir.filePath(QStringLiteral("engine%1").arg(++m_engines)), QStringLiteral("--always-run"),
                QStringLiteral("--cores"), QStringLiteral("1") });
        QByteArray log;
        const bool received = QTest::qWaitFor(
            [&] {
                log += engine.readAll();
                return log.contains("Received ") || engine.state() == QProcess::NotRunning;
            },
            10000);
        const qint64 elapsed = took.elapsed();
        engine.terminate();
        if (!engine.waitForFinished(20000))
            engine.kill();
        QVERIFY2(received && log.contains("Received "), log.right(2000).constData());
        qInfo("fresh engine on 127.0.0.1 under the flood: registered and received work %lld ms after it "
              "started",
            static_cast<long long>(elapsed));
        QVERIFY2(elapsed < 2000, "the fresh engine took 2 s or more");
    }

private Q_SLOTS:
    void initTestCase()
    {
        connect(&m_drip, &QTimer::timeout, this, [this] {
            for (const auto& a : m_slow) {
                if (a->socket.state() == QAbstractSocket::ConnectedState)
                    a->socket.write("a");
            }
        });
        // The attacker lives in this process: give it room for its 1,300 sockets.
        rlimit files {};
        QCOMPARE(getrlimit(RLIMIT_NOFILE, &files), 0);
        QVERIFY2(files.rlim_max >= 2 * (kIdleConnections + kSlowConnections), "hard file limit too low");
        files.rlim_cur = files.rlim_max;
        QCOMPARE(setrlimit(RLIMIT_NOFILE, &files), 0);

        m_hub = std::make_unique<QProcess>();
        m_hub->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_hub->setChildProcessModifier([] {
            const rlimit limit { kHubSoftFiles, kHubHardFiles };
            setrlimit(RLIMIT_NOFILE, &limit);
        });
        m_hub->start(bin("sparecycles-hub"),
            { QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("hub")),
                QStringLiteral("--demo-work"), QStringLiteral("--quorum"), QStringLiteral("1") });
        QByteArray out;
        QDeadlineTimer deadline(20000);
        while (!out.contains('\n') && !deadline.hasExpired()) {
            if (!m_hub->waitForReadyRead(200) && m_hub->state() != QProcess::Running)
                QFAIL("the hub did not start");
            out += m_hub->readAllStandardOutput();
        }
        const QByteArray line = out.left(out.indexOf('\n')).trimmed();
        QVERIFY2(line.startsWith("listening on http://"), line.constData());
        m_url = QUrl(QString::fromLatin1(line.mid(13)));
        // "connections: at most N open, M per address (open-file limit L)"
        while (out.count('\n') < 2 && !deadline.hasExpired() && m_hub->waitForReadyRead(200))
            out += m_hub->readAllStandardOutput();
        m_limitsLine = out.split('\n').value(1).trimmed();
        qInfo("hub: %s", m_limitsLine.constData());
        qInfo("hub: %s", openFileLimits(m_hub->processId()).constData());
    }

    void cleanupTestCase()
    {
        m_drip.stop();
        m_idle.clear();
        m_slow.clear();
        if (m_hub && m_hub->state() != QProcess::NotRunning) {
            m_hub->terminate();
            if (!m_hub->waitForFinished(10000))
                m_hub->kill();
            m_hub->waitForFinished(5000);
        }
    }

    // At start the hub raises its soft file limit to the hard one and keeps its connection cap
    // below it, with room for the database and the rest.
    void theHubRaisesItsFileLimitAndCapsConnectionsBelowIt()
    {
        const QList<QByteArray> f = openFileLimits(m_hub->processId()).split(' ');
        // "Max open files SOFT HARD files"
        QCOMPARE(f.value(3).toULongLong(), quint64(kHubHardFiles));
        QCOMPARE(f.value(4).toULongLong(), quint64(kHubHardFiles));
        const QList<QByteArray> words = m_limitsLine.split(' ');
        QVERIFY2(m_limitsLine.startsWith("connections: at most "), m_limitsLine.constData());
        const int cap = words.value(3).toInt();
        QVERIFY2(cap > 0 && cap <= int(kHubHardFiles) - 32, m_limitsLine.constData());
        QVERIFY(perAddressLimit() > 0);
        QVERIFY2(perAddressLimit() * 8 <= cap, "one address could take a large share of the cap");
    }

    void aFreshClientGetsWorkWhileOneAddressFloodsTheHub()
    {
        const double cpu = flood([](int) { return QHostAddress(QStringLiteral("127.0.0.2")); },
            [](int) { return QHostAddress(QStringLiteral("127.0.0.2")); });
        const int held = holding(m_idle) + holding(m_slow);
        qInfo("127.0.0.2 holds %d connections open (%d idle, %d slow); the limit per address is %d", held,
            holding(m_idle), holding(m_slow), perAddressLimit());
        freshClientGetsWork();
        if (QTest::currentTestFailed())
            return;
        freshEngineGetsWork();
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(cpu < 0.5, "the hub spins while flooded");
        QVERIFY2(held <= perAddressLimit(), "one address holds more than its limit");
    }

    // 40 addresses × 25 idle and 30 × 10 slow: each under the per-address limit, together
    // over the cap and the header check. The longest-waiting make room for the fresh client.
    void aFreshClientGetsWorkWhileManyAddressesFillTheHub()
    {
        m_idle.clear();
        m_slow.clear();
        const double cpu
            = flood([](int n) { return QHostAddress(QStringLiteral("127.0.1.%1").arg(1 + n / 25)); },
                [](int n) { return QHostAddress(QStringLiteral("127.0.2.%1").arg(1 + n / 10)); });
        qInfo("70 addresses hold %d connections open (%d idle, %d slow); the cap is %d",
            holding(m_idle) + holding(m_slow), holding(m_idle), holding(m_slow),
            m_limitsLine.split(' ').value(3).toInt());
        freshClientGetsWork();
        if (QTest::currentTestFailed())
            return;
        freshEngineGetsWork();
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(cpu < 0.5, "the hub spins while flooded");
    }
};

QTEST_GUILESS_MAIN(TestConnectionFlood)
#include "tst_connectionflood.moc"
