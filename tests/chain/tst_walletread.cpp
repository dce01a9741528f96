// SPDX-License-Identifier: GPL-3.0-or-later
// The wallet's balance is the chain's word, end to end on a real anvil: a hub announces the
// chain and token (read from the chain at its start), an engine with a payout address reads
// that address's token and gas-coin balances from the chain itself, and they equal what an
// independent eth_call says; `wallet balance` reads the same; with the chain gone, the last
// balance stays and the status says why.
#include "chain/chainclient.h"
#include "e2e/e2e.h"
#include "evm/abi.h"
#include "evm/uint256.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace e2e;

namespace {

const QString kScript = QStringLiteral(SC_SOURCE_DIR "/scripts/localchain.sh");
// The device's payout address (any address will do: the chain funds it directly).
const QString kPayout = QStringLiteral("0x52908400098527886E0F7030069857D2E4169EE7");

int runScript(const QStringList& args, QByteArray* output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("bash"), QStringList { kScript } + args);
    if (!p.waitForFinished(120000))
        return -1;
    *output = p.readAll();
    return p.exitCode();
}

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
    QString m_chainDir;

private Q_SLOTS:
    void cleanupTestCase()
    {
        QByteArray out;
        if (!m_chainDir.isEmpty())
            runScript({ QStringLiteral("stop"), m_chainDir }, &out);
    }

    void theBalanceIsReadFromTheChain()
    {
        m_chainDir = m_dir.filePath(QStringLiteral("chain"));
        QByteArray out;
        const int rc = runScript({ m_chainDir, QStringLiteral("--payout-address"), kPayout }, &out);
        QVERIFY2(rc == 0, out.constData());
        QFile f(QDir(m_chainDir).filePath(QStringLiteral("chain.json")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject chain = QJsonDocument::fromJson(f.readAll()).object();
        const QUrl rpc(chain.value(QLatin1String("rpc")).toString());
        const QString token = chain.value(QLatin1String("token")).toString();
        QVERIFY(rpc.isValid() && token.startsWith(QLatin1String("0x")));

        Hub hub(m_dir.filePath(QStringLiteral("hub")),
            { QStringLiteral("--quorum"), QStringLiteral("1"), QStringLiteral("--chain-rpc"), rpc.toString(),
                QStringLiteral("--token"), token });
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
        const QString expected = chainBalance(rpc, token, kPayout);
        QCOMPARE(expected, QStringLiteral("1000000000000000000000000")); // 1,000,000 SCT
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
        const QJsonObject wallet = e.status().value(QLatin1String("wallet")).toObject();
        QCOMPARE(
            wallet.value(QLatin1String("native_balance")).toString(), QStringLiteral("10000000000000000000"));
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
        QVERIFY(runScript({ QStringLiteral("stop"), m_chainDir }, &out) == 0);
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
