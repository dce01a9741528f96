// SPDX-License-Identifier: GPL-3.0-or-later
// The --local demo network (core/engine/localhub.*): its own chain beside the demo hub, which
// announces it (and pays on it with the demo's payout key: tst_chainpayouts covers paying),
// both stopped with it; the chain's state and the demo payout address kept across restarts;
// and without a chain the hub still starts and says why.
#include "e2e/localchain.h"
#include "engine/localhub.h"
#include "wallet/evmaddress.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using sc::core::LocalHub;

namespace {

QJsonObject network(const QUrl& hub)
{
    QProcess curl;
    curl.start(
        QStringLiteral("curl"), { QStringLiteral("-sf"), hub.toString() + QStringLiteral("/v1/network") });
    if (!curl.waitForFinished(20000) || curl.exitCode() != 0)
        return {};
    return QJsonDocument::fromJson(curl.readAllStandardOutput()).object();
}

bool running(qint64 pid) { return pid > 0 && QFile::exists(QStringLiteral("/proc/%1").arg(pid)); }

QJsonObject chainInfo(const QString& dir)
{
    QFile f(QDir(dir).filePath(QStringLiteral("chain/chain.json")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

// One JSON-RPC call to the demo chain; the result, or undefined.
QJsonValue rpc(const QString& dir, const QString& method, const QJsonArray& params = {})
{
    return e2e::rpc(QUrl(chainInfo(dir).value(QLatin1String("rpc")).toString()), method, params);
}

} // namespace

class TestLocalHub final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theDemoRunsOnItsOwnChainKeptAcrossRestarts()
    {
        QTemporaryDir dir;
        QString error;
        QString address;
        qint64 firstPid = 0;
        for (int start = 0; start < 2; ++start) {
            LocalHub hub;
            QVERIFY2(hub.start(dir.path(), &error), qPrintable(error));
            QVERIFY2(hub.chainError().isEmpty(), qPrintable(hub.chainError()));
            const QJsonObject chain = network(hub.url()).value(QLatin1String("chain")).toObject();
            QCOMPARE(chain.value(QLatin1String("chain_id")).toInteger(), 31337);
            QCOMPARE(chain.value(QLatin1String("symbol")).toString(), QStringLiteral("SCT"));
            QString invalid;
            QVERIFY2(sc::core::EvmAddress::validate(hub.demoPayoutAddress(), &invalid), qPrintable(invalid));
            if (start == 0)
                address = hub.demoPayoutAddress();
            QCOMPARE(hub.demoPayoutAddress(), address); // made once, kept
            const qint64 pid = chainInfo(dir.path()).value(QLatin1String("pid")).toInteger();
            QVERIFY(running(pid));
            QVERIFY(QFile::exists(QDir(dir.path()).filePath(QStringLiteral("payout.key"))));
            const qint64 height
                = rpc(dir.path(), QStringLiteral("eth_blockNumber")).toString().toLongLong(nullptr, 16);
            if (start == 0) {
                firstPid = pid;
                QCOMPARE(height, 3); // deployed and funded: three transactions, three blocks
                // One more block in this session, from anvil's first dev account.
                const QJsonObject tx { { QStringLiteral("from"),
                                           QStringLiteral("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266") },
                    { QStringLiteral("to"), hub.demoPayoutAddress() },
                    { QStringLiteral("value"), QStringLiteral("0x1") } };
                QVERIFY(!rpc(dir.path(), QStringLiteral("eth_sendTransaction"), { tx }).isUndefined());
            } else {
                // The chain went on from where the first session left it: nothing deployed again.
                QCOMPARE(height, 4);
                const QJsonValue balance = rpc(dir.path(), QStringLiteral("eth_getBalance"),
                    { hub.demoPayoutAddress(), QStringLiteral("latest") });
                QCOMPARE(balance.toString(), QStringLiteral("0x1"));
            }
            hub.stop();
            QVERIFY(!hub.isRunning());
            QTRY_VERIFY_WITH_TIMEOUT(!running(pid), 15000); // the chain goes with it
        }
        QVERIFY(firstPid > 0);
        // Its state is kept for the next start, with the token deployed once.
        QVERIFY(QFile::exists(QDir(dir.path()).filePath(QStringLiteral("chain/state.json"))));
        QVERIFY(QFile::exists(QDir(dir.path()).filePath(QStringLiteral("chain/deployment.json"))));
    }

    void withoutAChainTheDemoStillRunsAndSaysWhy()
    {
        QTemporaryDir dir;
        qputenv("SPARECYCLES_LOCALCHAIN", QByteArray("/nonexistent/localchain.sh"));
        LocalHub hub;
        QString error;
        QVERIFY2(hub.start(dir.path(), &error), qPrintable(error));
        qunsetenv("SPARECYCLES_LOCALCHAIN");
        QVERIFY(!hub.chainError().isEmpty());
        qInfo("without its chain the demo says: %s", qPrintable(hub.chainError()));
        const QJsonObject info = network(hub.url());
        QVERIFY(!info.isEmpty());
        QVERIFY(info.value(QLatin1String("chain")).isNull());
        hub.stop();
    }
};

QTEST_GUILESS_MAIN(TestLocalHub)
#include "tst_localhub.moc"
