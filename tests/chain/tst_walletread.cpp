// SPDX-License-Identifier: GPL-3.0-or-later
// The wallet's balance is the chain's word, end to end on a real anvil: a hub announces the
// chain and token (read from the chain at its start) and pays the engine's validated credit as
// transfers from its payout key; the engine reads its payout address's balance from the chain
// itself, and it equals what an independent eth_call says and what the hub paid, to the base
// unit; `wallet balance` reads the same; with the chain gone, the last balance stays and the
// status says why.
#include "chain/chainclient.h"
#include "e2e/e2e.h"
#include "e2e/localchain.h"
#include "evm/abi.h"
#include "evm/uint256.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace e2e;

namespace {

// The device's payout address (any address will do: it holds nothing until the hub pays it).
const QString kPayout = QStringLiteral("0x52908400098527886E0F7030069857D2E4169EE7");

// balanceOf(owner) straight from the node, not through any code under test but the client.
QString chainBalance(const QUrl& rpc, const QString& token, const QString& owner)
{
    sc::core::CurlHttpClient http;
    sc::chain::ChainClient client(http, rpc);
    QString result;
    bool done = false;
    client.call(QByteArray::fromHex(token.mid(2).toLatin1()),
        sc::evm::Abi::balanceOfCall(QByteArray::fromHex(owner.mid(2).toLatin1())),
        [&](const QByteArray& word, const std::optional<sc::chain::ChainError>& e) {
            done = true;
            QString why;
            if (!e)
                if (const auto v = sc::evm::Abi::decodeUint256(word, &why))
                    result = v->toDecimal();
        });
    (void)QTest::qWaitFor([&] { return done; }, 15000);
    return result;
}

} // namespace

class TestWalletRead final : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void theBalanceIsReadFromTheChain()
    {
        LocalChain chainProcess(m_dir.filePath(QStringLiteral("chain")));
        const QString key = m_dir.filePath(QStringLiteral("payout.key"));
        QVERIFY(!newPayoutKey(key).isEmpty());
        QByteArray out;
        QVERIFY2(chainProcess.start({ QStringLiteral("--payout-key"), key }, &out), out.constData());
        const QUrl rpc = chainProcess.rpc();
        const QString token = chainProcess.token();

        const QString hubDir = m_dir.filePath(QStringLiteral("hub"));
        for (int i = 0; i < 3; ++i)
            QVERIFY(submit(hubDir, 100'000 * i, 100'000 * i + 50'000));
        Hub hub(hubDir,
            { QStringLiteral("--quorum"), QStringLiteral("1"), QStringLiteral("--canary-rate"),
                QStringLiteral("0"), QStringLiteral("--chain-rpc"), rpc.toString(), QStringLiteral("--token"),
                token, QStringLiteral("--payout-key"), key, QStringLiteral("--payout-every"),
                QStringLiteral("2"), QStringLiteral("--payout-min"), QStringLiteral("1") });
        QVERIFY(hub.start());
        // The hub says which chain and token, as the chain described them.
        const QJsonObject network = runJson(QStringLiteral("curl"),
            { QStringLiteral("-sf"), hub.url().toString() + QStringLiteral("/v1/network") });
        const QJsonObject announced = network.value(QLatin1String("chain")).toObject();
        QCOMPARE(announced.value(QLatin1String("chain_id")).toInteger(), 31337);
        QCOMPARE(announced.value(QLatin1String("symbol")).toString(), QStringLiteral("SCT"));
        QCOMPARE(announced.value(QLatin1String("decimals")).toInt(), 18);
        QCOMPARE(announced.value(QLatin1String("token")).toString(), token);

        Engine e(m_dir.filePath(QStringLiteral("engine")), hub.url(),
            { QStringLiteral("--payout-address"), kPayout });
        QVERIFY(e.start());
        // The engine earns; the hub pays all of it on the chain.
        QElapsedTimer sinceStart;
        sinceStart.start();
        QVERIFY2(waitFor(
                     [&] {
                         return hub.stat("tasks_credited") == 3 && hub.stat("payouts") >= 1
                             && hub.stat("payouts_open") == 0
                             && hub.stat("paid_total") == hub.stat("credit_total");
                     },
                     120000),
            e.output().right(2000).constData());
        const qint64 paid = hub.stat("paid_total");
        QVERIFY(paid > 0);
        const QString expected = chainBalance(rpc, token, kPayout);
        // micro-tokens × 10^12: base units of the 18-decimal token, exactly
        QCOMPARE(expected,
            sc::evm::Uint256(static_cast<quint64>(paid)).checkedMul(1'000'000'000'000ULL)->toDecimal());
        QVERIFY2(waitFor(
                     [&] {
                         return e.status()
                                    .value(QLatin1String("wallet"))
                                    .toObject()
                                    .value(QLatin1String("balance"))
                             == expected;
                     },
                     60000),
            e.output().right(2000).constData());
        qInfo("engine started to the paid balance seen by the engine on the chain: %lld ms",
            static_cast<long long>(sinceStart.elapsed()));
        // The engine looked each payout up on the chain itself: the receipts the hub's hashes name.
        QProcess list;
        list.start(bin("sparecycles-hub"),
            { QStringLiteral("payouts"), QStringLiteral("--data-dir"), hubDir, QStringLiteral("--json") });
        QVERIFY(list.waitForFinished(20000));
        const QJsonArray hubPayouts = QJsonDocument::fromJson(list.readAllStandardOutput()).array();
        QVERIFY(!hubPayouts.isEmpty());
        QVERIFY2(waitFor(
                     [&] {
                         const QJsonArray checks = e.status()
                                                       .value(QLatin1String("wallet"))
                                                       .toObject()
                                                       .value(QLatin1String("payouts"))
                                                       .toArray();
                         int succeeded = 0;
                         for (const QJsonValue& p : hubPayouts)
                             for (const QJsonValue& c : checks)
                                 succeeded += c.toObject().value(QLatin1String("tx_hash"))
                                         == p.toObject().value(QLatin1String("tx_hash"))
                                     && c.toObject().value(QLatin1String("state"))
                                         == QStringLiteral("succeeded");
                         return succeeded == hubPayouts.size();
                     },
                     60000),
            QJsonDocument(e.status()).toJson().constData());
        const QJsonObject wallet = e.status().value(QLatin1String("wallet")).toObject();
        QCOMPARE(wallet.value(QLatin1String("native_balance")).toString(), QStringLiteral("0"));
        QCOMPARE(wallet.value(QLatin1String("address")).toString(), kPayout);
        QCOMPARE(wallet.value(QLatin1String("symbol")).toString(), QStringLiteral("SCT"));
        QVERIFY(wallet.value(QLatin1String("as_of")).toInteger() > 0);
        QVERIFY(wallet.value(QLatin1String("error")).isNull());

        // The command line reads the chain itself, and says the same.
        const QJsonObject cli = runJson(bin("sparecycles-cli"),
            { QStringLiteral("wallet"), QStringLiteral("balance"), QStringLiteral("--data-dir"), e.dataDir(),
                QStringLiteral("--json") });
        QCOMPARE(cli.value(QLatin1String("balance")).toString(), expected);

        // The chain goes away: the last balance stays, with the reason beside it.
        QVERIFY(chainProcess.stop());
        QVERIFY2(waitFor(
                     [&] {
                         const QJsonObject w = e.status().value(QLatin1String("wallet")).toObject();
                         return w.value(QLatin1String("error")).isString()
                             && w.value(QLatin1String("balance")) == expected;
                     },
                     90000),
            QJsonDocument(e.status()).toJson().constData());
        qInfo("with the chain stopped the wallet says: %s",
            qPrintable(e.status()
                           .value(QLatin1String("wallet"))
                           .toObject()
                           .value(QLatin1String("error"))
                           .toString()));
        QCOMPARE(e.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestWalletRead)
#include "tst_walletread.moc"
