// SPDX-License-Identifier: GPL-3.0-or-later
// Payouts as ERC-20 transfers on a real anvil, each exactly once (issue 10): a real hub process
// pays validated credit from its payout key; afterwards the chain's Transfer events and
// balanceOf agree with the hub's records to the base unit. The hub is killed with SIGKILL
// between signing and confirmation at each point that matters:
//  - signed, the send held back by a relay (the node never saw it), then resent after restart;
//  - signed, the held send reaching the node only after the hub died;
//  - in the node's pool, the node then forgetting it (anvil_dropAllTransactions);
//  - mined but not yet recorded as confirmed;
// and a transfer that reverts in its block puts its credit back, paid again later.
#include "chain/chainclient.h"
#include "e2e/e2e.h"
#include "e2e/localchain.h"
#include "evm/abi.h"
#include "evm/keccak.h"
#include "evm/uint256.h"
#include "hubstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QMutex>
#include <QRandomGenerator>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <atomic>

using namespace e2e;
using sc::evm::Uint256;

namespace {

QString hex0x(const QByteArray& bytes) { return QStringLiteral("0x") + QString::fromLatin1(bytes.toHex()); }

QString randomAddress()
{
    QByteArray a(20, Qt::Uninitialized);
    for (char& c : a)
        c = static_cast<char>(QRandomGenerator::global()->bounded(256));
    return hex0x(a);
}

// A relay in front of the node that, while holding, keeps every eth_sendRawTransaction to
// itself: the hub has signed and is sending, the node never sees it. release() sends the held
// requests on to the node (the request arriving after its sender died). It runs on a thread of
// its own, so it relays while the test blocks (a hub reading the chain at its start).
class HoldingRelay final : public QThread {
public:
    explicit HoldingRelay(quint16 upstream)
        : m_upstream(upstream)
    {
        start();
        m_ready.acquire();
    }
    ~HoldingRelay() override
    {
        quit();
        wait();
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port.load())); }
    void setHolding(bool holding) { m_holding = holding; }
    int held() const
    {
        const QMutexLocker lock(&m_mutex);
        return static_cast<int>(m_held.size());
    }
    // The held transactions' raw bytes go to the node, each in a request of its own.
    int release(const QUrl& node)
    {
        QList<QByteArray> held;
        {
            const QMutexLocker lock(&m_mutex);
            held.swap(m_held);
        }
        int sent = 0;
        for (const QByteArray& request : std::as_const(held)) {
            const qsizetype body = request.indexOf("\r\n\r\n");
            const QJsonObject call = QJsonDocument::fromJson(request.mid(body + 4)).object();
            if (!rpc(node, QStringLiteral("eth_sendRawTransaction"),
                    call.value(QLatin1String("params")).toArray())
                     .isUndefined())
                ++sent;
        }
        return sent;
    }

protected:
    void run() override
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this, &server] {
            while (QTcpSocket* client = server.nextPendingConnection())
                relay(client);
        });
        m_port = server.serverPort();
        m_ready.release();
        exec();
    }

private:
    void relay(QTcpSocket* client)
    {
        auto* upstream = new QTcpSocket(client);
        auto holdingThis = std::make_shared<bool>(false);
        upstream->connectToHost(QHostAddress::LocalHost, m_upstream);
        QObject::connect(client, &QTcpSocket::readyRead, client, [this, client, upstream, holdingThis] {
            const QByteArray data = client->readAll();
            if (*holdingThis)
                return; // the client waits for an answer that never comes
            if (m_holding && data.contains("eth_sendRawTransaction")) {
                *holdingThis = true;
                const QMutexLocker lock(&m_mutex);
                m_held.append(data);
                return;
            }
            upstream->write(data);
        });
        QObject::connect(upstream, &QTcpSocket::readyRead, client,
            [client, upstream] { client->write(upstream->readAll()); });
        QObject::connect(
            upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
        QObject::connect(client, &QTcpSocket::disconnected, client, [client] { client->deleteLater(); });
    }

    quint16 m_upstream;
    std::atomic<quint16> m_port { 0 };
    std::atomic<bool> m_holding { false };
    QSemaphore m_ready;
    mutable QMutex m_mutex;
    QList<QByteArray> m_held;
};

struct Transfer {
    QString to; // lowercase 0x-hex
    Uint256 value;
    QString txHash;
};

} // namespace

class TestChainPayouts final : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_case; // this test function's folder
    std::unique_ptr<LocalChain> m_chain;
    QUrl m_rpc;
    QString m_token;
    QString m_keyFile;
    QString m_sender;
    QStringList m_addresses; // the devices' payout addresses, lowercase

    QString hubDir() const { return QDir(m_case).filePath(QStringLiteral("hub")); }

    // A fresh chain and payout key for each test, so their counts never mix.
    void startChain()
    {
        static int serial = 0;
        m_case = m_dir.filePath(QStringLiteral("case%1").arg(++serial));
        QVERIFY(QDir().mkpath(m_case));
        m_keyFile = QDir(m_case).filePath(QStringLiteral("payout.key"));
        m_sender = newPayoutKey(m_keyFile).toLower();
        QCOMPARE(m_sender.size(), 42);
        const QFileDevice::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
            | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        QVERIFY((QFileInfo(m_keyFile).permissions() & others) == 0); // mode 0600
        m_chain = std::make_unique<LocalChain>(QDir(m_case).filePath(QStringLiteral("chain")));
        QByteArray out;
        QVERIFY2(m_chain->start({ QStringLiteral("--payout-key"), m_keyFile }, &out), out.constData());
        m_rpc = m_chain->rpc();
        m_token = m_chain->token().toLower();
        QCOMPARE(m_chain->payoutAddress().toLower(), m_sender);
    }

    // Validated credit for `devices` devices, `tasks` results each, written through the hub's
    // own store (quorum 1) before the hub serves: what engines would have earned.
    void seedCredit(int devices, int tasks)
    {
        sc::hub::HubStore store(
            sc::hub::HubConfig { 1, 0.0, 3600 }, [] { return QDateTime::currentSecsSinceEpoch(); },
            [] { return 0.99; });
        QString error;
        QVERIFY(QDir().mkpath(hubDir()));
        QVERIFY2(
            store.open(QDir(hubDir()).filePath(QStringLiteral("hub.sqlite")), &error), qPrintable(error));
        m_addresses.clear();
        for (int d = 0; d < devices; ++d) {
            const QString id = QString(63, QLatin1Char('a')) + QString::number(d, 16);
            const QString address = randomAddress();
            m_addresses.append(address);
            bool created = false;
            QVERIFY(store.registerDevice(id, address, "{}", 1e9, &created).ok());
            for (int t = 0; t < tasks; ++t) {
                const auto units = store.addWorkunits({ sc::hub::NewWorkunit {
                    QStringLiteral("sc-primes"), QStringLiteral("0 100"), 1'000'000'000LL * (d + 1) } });
                QVERIFY(units && units->size() == 1);
                QList<sc::hub::IssuedTask> issued;
                QVERIFY(store.assignWork(id, 1, 1, &issued).ok());
                QCOMPARE(issued.size(), 1);
                QByteArray sha;
                QVERIFY(store.storeOutput(id, issued.first().id, "25\n", &sha).ok());
                QString status;
                QVERIFY(store.reportResult(id, issued.first().id, 0, 1.0, sha, &status).ok());
                QCOMPARE(status, QStringLiteral("valid"));
            }
        }
        store.close();
    }

    QStringList hubArgs(const QUrl& rpcUrl, const QStringList& more = {}) const
    {
        return QStringList { QStringLiteral("--quorum"), QStringLiteral("1"), QStringLiteral("--chain-rpc"),
            rpcUrl.toString(), QStringLiteral("--token"), m_token, QStringLiteral("--payout-key"), m_keyFile,
            QStringLiteral("--payout-every"), QStringLiteral("1"), QStringLiteral("--payout-min"),
            QStringLiteral("1") }
        + more;
    }

    QJsonArray payouts() const
    {
        QProcess p;
        p.start(bin("sparecycles-hub"),
            { QStringLiteral("payouts"), QStringLiteral("--data-dir"), hubDir(), QStringLiteral("--json") });
        if (!p.waitForFinished(20000) || p.exitCode() != 0)
            return {};
        return QJsonDocument::fromJson(p.readAllStandardOutput()).array();
    }

    int countIn(const QString& status) const
    {
        int n = 0;
        for (const QJsonValue& v : payouts())
            n += v.toObject().value(QLatin1String("status")).toString() == status;
        return n;
    }

    // Every Transfer the payout key made, from the chain's logs.
    QList<Transfer> transfers() const
    {
        const QJsonObject filter { { QStringLiteral("address"), m_token },
            { QStringLiteral("fromBlock"), QStringLiteral("0x0") },
            { QStringLiteral("toBlock"), QStringLiteral("latest") },
            { QStringLiteral("topics"),
                QJsonArray { hex0x(sc::evm::Abi::transferTopic()),
                    hex0x(sc::evm::Abi::encodeAddress(QByteArray::fromHex(m_sender.mid(2).toLatin1()))) } } };
        QList<Transfer> list;
        for (const QJsonValue& v : rpc(m_rpc, QStringLiteral("eth_getLogs"), { filter }).toArray()) {
            const QJsonObject log = v.toObject();
            const QJsonArray topics = log.value(QLatin1String("topics")).toArray();
            Transfer t;
            t.to = QStringLiteral("0x") + topics.at(2).toString().right(40);
            t.value = Uint256::fromHex(log.value(QLatin1String("data")).toString()).value_or(Uint256());
            t.txHash = log.value(QLatin1String("transactionHash")).toString();
            list.append(t);
        }
        return list;
    }

    Uint256 balanceOf(const QString& owner) const
    {
        const QJsonObject call { { QStringLiteral("to"), m_token },
            { QStringLiteral("data"),
                hex0x(sc::evm::Abi::balanceOfCall(QByteArray::fromHex(owner.mid(2).toLatin1()))) } };
        return Uint256::fromHex(
            rpc(m_rpc, QStringLiteral("eth_call"), { call, QStringLiteral("latest") }).toString())
            .value_or(Uint256::max());
    }

    // The chain and the hub agree: one Transfer per confirmed payout (same hash, address and
    // amount), none for a failed one, and each device's balance equals what the hub paid it.
    void verifyExactlyOnce(int expectedConfirmed)
    {
        const QJsonArray rows = payouts();
        const QList<Transfer> onChain = transfers();
        QHash<QString, Uint256> paidTo;
        int confirmed = 0;
        for (const QJsonValue& v : rows) {
            const QJsonObject p = v.toObject();
            const QString status = p.value(QLatin1String("status")).toString();
            if (status != QLatin1String("confirmed")) {
                QVERIFY2(status == QLatin1String("reverted") || status == QLatin1String("dropped"),
                    qPrintable(status));
                continue;
            }
            ++confirmed;
            const QString hash = p.value(QLatin1String("tx_hash")).toString();
            const auto amount = Uint256::fromDecimal(p.value(QLatin1String("token_amount")).toString());
            QVERIFY(amount);
            // micro-tokens × 10^12 = base units of an 18-decimal token, exactly
            QCOMPARE(*amount,
                *Uint256(static_cast<quint64>(p.value(QLatin1String("amount")).toInteger()))
                     .checkedMul(1'000'000'000'000ULL));
            int matches = 0;
            for (const Transfer& t : onChain)
                matches += t.txHash == hash;
            QCOMPARE(matches, 1);
            const QString to = p.value(QLatin1String("address")).toString().toLower();
            paidTo[to] = *paidTo.value(to).checkedAdd(*amount);
        }
        QCOMPARE(confirmed, expectedConfirmed);
        QCOMPARE(onChain.size(), confirmed);
        Uint256 chainTotal;
        for (const Transfer& t : onChain)
            chainTotal = *chainTotal.checkedAdd(t.value);
        Uint256 hubTotal;
        for (const QString& a : std::as_const(m_addresses)) {
            QCOMPARE(balanceOf(a).toDecimal(), paidTo.value(a).toDecimal());
            hubTotal = *hubTotal.checkedAdd(paidTo.value(a));
        }
        QCOMPARE(chainTotal.toDecimal(), hubTotal.toDecimal());
        // The hub's paid total (micro-tokens) is what reached the chain.
        const qint64 paidMicro = Hub(hubDir(), {}).stat("paid_total");
        QCOMPARE(Uint256(static_cast<quint64>(paidMicro)).checkedMul(1'000'000'000'000ULL)->toDecimal(),
            chainTotal.toDecimal());
    }

private Q_SLOTS:
    void cleanup() { m_chain.reset(); }

    void paysEachDeviceOnceOnChain()
    {
        startChain();
        seedCredit(5, 2);
        Hub hub(hubDir(), hubArgs(m_rpc));
        QElapsedTimer sinceStart;
        sinceStart.start();
        QVERIFY(hub.start());
        QVERIFY2(waitFor([&] { return countIn(QStringLiteral("confirmed")) == 5; }, 60000),
            QJsonDocument(payouts()).toJson().constData());
        qInfo("5 payouts confirmed %lld ms after the hub started",
            static_cast<long long>(sinceStart.elapsed()));
        verifyExactlyOnce(5);
        for (const QJsonValue& v : payouts())
            qInfo("payout %lld: %lld gas",
                static_cast<long long>(v.toObject().value(QLatin1String("id")).toInteger()),
                static_cast<long long>(v.toObject().value(QLatin1String("gas_used")).toInteger()));
        // Nothing is left to pay; a hub restarted pays nothing again.
        hub.stop();
        QVERIFY(hub.start());
        QTest::qWait(3000);
        verifyExactlyOnce(5);
        QCOMPARE(hub.stat("payouts_open"), 0);
    }

    // Killed after signing, while a relay holds the send: the node never saw it, or (later)
    // the dead hub's request reaches the node after all and is mined.
    void killedAfterSigning_data()
    {
        QTest::addColumn<bool>("arrivesLater");
        QTest::newRow("the node never saw it") << false;
        QTest::newRow("the send arrives after the crash") << true;
    }
    void killedAfterSigning()
    {
        QFETCH(bool, arrivesLater);
        startChain();
        seedCredit(3, 1);
        HoldingRelay relay(static_cast<quint16>(m_rpc.port()));
        relay.setHolding(true);
        Hub hub(hubDir(), hubArgs(relay.url()));
        QVERIFY(hub.start());
        QVERIFY2(waitFor([&] { return countIn(QStringLiteral("signed")) == 3 && relay.held() == 1; }, 30000),
            QJsonDocument(payouts()).toJson().constData());
        hub.killHard();
        if (arrivesLater)
            QCOMPARE(relay.release(m_rpc), 1);
        QCOMPARE(transfers().size(), arrivesLater ? 1 : 0);
        relay.setHolding(false);
        QVERIFY(hub.start());
        QVERIFY2(waitFor([&] { return countIn(QStringLiteral("confirmed")) == 3; }, 60000),
            QJsonDocument(payouts()).toJson().constData());
        verifyExactlyOnce(3);
    }

    void killedInThePoolAndForgottenByTheNode()
    {
        startChain();
        seedCredit(3, 1);
        QVERIFY(!rpc(m_rpc, QStringLiteral("evm_setAutomine"), { false }).isUndefined());
        Hub hub(hubDir(), hubArgs(m_rpc));
        QVERIFY(hub.start());
        QVERIFY2(waitFor([&] { return countIn(QStringLiteral("sent")) == 3; }, 30000),
            QJsonDocument(payouts()).toJson().constData());
        hub.killHard();
        QVERIFY(!rpc(m_rpc, QStringLiteral("anvil_dropAllTransactions")).isUndefined());
        QVERIFY(hub.start()); // sends the same bytes again
        QVERIFY(waitFor(
            [&] {
                return rpc(m_rpc, QStringLiteral("txpool_status")).toObject().value(QLatin1String("pending"))
                    == QStringLiteral("0x3");
            },
            30000));
        hub.killHard();
        QVERIFY(!rpc(m_rpc, QStringLiteral("evm_mine")).isUndefined()); // mined while no hub runs
        QVERIFY(!rpc(m_rpc, QStringLiteral("evm_setAutomine"), { true }).isUndefined());
        QVERIFY(hub.start());
        QVERIFY2(waitFor([&] { return countIn(QStringLiteral("confirmed")) == 3; }, 60000),
            QJsonDocument(payouts()).toJson().constData());
        verifyExactlyOnce(3);
    }

    void aRevertedTransferPutsItsCreditBack()
    {
        startChain();
        seedCredit(1, 1);
        QVERIFY(!rpc(m_rpc, QStringLiteral("evm_setAutomine"), { false }).isUndefined());
        // Two confirmations: a reverted receipt one block deep is not final yet.
        Hub hub(hubDir(), hubArgs(m_rpc, { QStringLiteral("--confirmations"), QStringLiteral("2") }));
        QVERIFY(hub.start());
        QVERIFY(waitFor([&] { return countIn(QStringLiteral("sent")) == 1; }, 30000));
        // The payout key's token balance (slot keccak(key . 1) of the token) is emptied before
        // the block: the transfer reverts in it.
        const QByteArray slot = sc::evm::Keccak256::hash(
            QByteArray(sc::evm::Abi::encodeAddress(QByteArray::fromHex(m_sender.mid(2).toLatin1()))
                + sc::evm::Abi::encodeUint256(Uint256(1))));
        const QString held = rpc(
            m_rpc, QStringLiteral("eth_getStorageAt"), { m_token, hex0x(slot), QStringLiteral("latest") })
                                 .toString();
        QVERIFY(held.size() == 66);
        QVERIFY(!rpc(m_rpc, QStringLiteral("anvil_setStorageAt"),
            { m_token, hex0x(slot), hex0x(QByteArray(32, '\0')) })
                     .isUndefined());
        QVERIFY(!rpc(m_rpc, QStringLiteral("evm_mine")).isUndefined());
        QTest::qWait(3000); // a follow or two
        QCOMPARE(countIn(QStringLiteral("sent")), 1);
        QVERIFY(!rpc(m_rpc, QStringLiteral("evm_mine")).isUndefined()); // now two blocks deep
        QVERIFY2(waitFor([&] { return countIn(QStringLiteral("reverted")) == 1; }, 30000),
            QJsonDocument(payouts()).toJson().constData());
        QCOMPARE(hub.stat("paid_total"), 0);
        // Funded again, the next run pays the same credit once, under a new nonce.
        QVERIFY(
            !rpc(m_rpc, QStringLiteral("anvil_setStorageAt"), { m_token, hex0x(slot), held }).isUndefined());
        QVERIFY(!rpc(m_rpc, QStringLiteral("evm_setAutomine"), { true }).isUndefined());
        QVERIFY(waitFor([&] { return transfers().size() == 1; }, 30000));
        QVERIFY(!rpc(m_rpc, QStringLiteral("evm_mine")).isUndefined());
        QVERIFY2(waitFor([&] { return countIn(QStringLiteral("confirmed")) == 1; }, 30000),
            QJsonDocument(payouts()).toJson().constData());
        const QJsonArray rows = payouts();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).toObject().value(QLatin1String("nonce")).toInteger(), 0);
        QCOMPARE(rows.at(1).toObject().value(QLatin1String("nonce")).toInteger(), 1);
        QVERIFY(rows.at(0)
                    .toObject()
                    .value(QLatin1String("reason"))
                    .toString()
                    .contains(QLatin1String("status 0")));
        verifyExactlyOnce(1);
    }

    // The payout key sent another transaction with the payout's nonce (here anvil impersonates
    // it): the payout can never be mined, so after the nonce has looked taken for twice the
    // resend interval its credit is unpaid again, and paid under the next nonce.
    void aPayoutWhoseNonceWasTakenIsPaidAgain()
    {
        startChain();
        seedCredit(1, 1);
        HoldingRelay relay(static_cast<quint16>(m_rpc.port()));
        relay.setHolding(true);
        const QStringList fast { QStringLiteral("--resend-after"), QStringLiteral("1") };
        Hub hub(hubDir(), hubArgs(relay.url(), fast));
        QVERIFY(hub.start());
        QVERIFY(waitFor([&] { return countIn(QStringLiteral("signed")) == 1 && relay.held() == 1; }, 30000));
        hub.killHard();
        QVERIFY(!rpc(m_rpc, QStringLiteral("anvil_impersonateAccount"), { m_sender }).isUndefined());
        const QJsonObject other { { QStringLiteral("from"), m_sender }, { QStringLiteral("to"), m_sender },
            { QStringLiteral("value"), QStringLiteral("0x0") },
            { QStringLiteral("nonce"), QStringLiteral("0x0") } };
        QVERIFY(!rpc(m_rpc, QStringLiteral("eth_sendTransaction"), { other }).isUndefined());
        relay.setHolding(false);
        QVERIFY(hub.start());
        QVERIFY2(waitFor([&] { return countIn(QStringLiteral("dropped")) == 1; }, 30000),
            QJsonDocument(payouts()).toJson().constData());
        QVERIFY2(waitFor([&] { return countIn(QStringLiteral("confirmed")) == 1; }, 30000),
            QJsonDocument(payouts()).toJson().constData());
        const QJsonArray rows = payouts();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).toObject().value(QLatin1String("nonce")).toInteger(), 1);
        verifyExactlyOnce(1);
    }
};

QTEST_GUILESS_MAIN(TestChainPayouts)
#include "tst_chainpayouts.moc"
