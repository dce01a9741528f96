// SPDX-License-Identifier: GPL-3.0-or-later
// scripts/localchain.sh for real (docs/localchain.md): it starts anvil, deploys the SpareCycles
// token compiled from source, funds the payout key, and says so in chain.json; every claim is
// checked over JSON-RPC against the running chain, and the key file against its address with
// this project's own secp256k1 (OpenSSL) and Keccak (Crypto++); the token's ERC-20 behaviour
// is checked with anvil's unlocked dev accounts. Missing node, npm packages or anvil make the
// script, and so this test, fail with the script's message: never a skip.
#include "wallet/evmaddress.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <cerrno>
#include <csignal>
#include <memory>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/obj_mac.h>

using sc::core::EvmAddress;

namespace {

const QString kScript = QStringLiteral(SC_SOURCE_DIR "/scripts/localchain.sh");
// What tools/localchain/deploy.mjs gives the payout address: 1,000,000 SCT and 10 ETH, in wei.
const QByteArray kPayoutTokensHex = "d3c21bcecceda1000000";
const QByteArray kPayoutGasHex = "8ac7230489e80000";

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run script(const QStringList& args, int timeoutMs = 90000)
{
    QProcess p;
    p.start(QStringLiteral("bash"), QStringList { kScript } + args);
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        r.err = "timed out: " + p.readAllStandardError();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QJsonObject readJson(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

bool alive(qint64 pid) { return pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH); }

// A 32-byte ABI word holding an address, without 0x.
QByteArray addressWord(const QString& address)
{
    return address.mid(2).toLower().toLatin1().rightJustified(64, '0');
}

// The uint256 in an eth_call result as hex without 0x or leading zeros ("0" for zero).
QByteArray uintHex(const QJsonValue& result)
{
    QByteArray h = result.toString().toLatin1().mid(2);
    while (h.size() > 1 && h.startsWith('0'))
        h.remove(0, 1);
    return h;
}

// An ABI-encoded string return value, decoded.
QString abiString(const QJsonValue& result)
{
    const QByteArray raw = QByteArray::fromHex(result.toString().toLatin1().mid(2));
    if (raw.size() < 64)
        return {};
    const int length = raw.mid(32, 32).toHex().toInt(nullptr, 16);
    return QString::fromUtf8(raw.mid(64, length));
}

// A mined transaction that did not revert. (anvil mines a reverting transaction too, with
// status 0x0, or refuses it at once.)
bool succeeded(const QJsonObject& receipt)
{
    return receipt.value(QStringLiteral("status")) == QStringLiteral("0x1");
}

// The Ethereum address of a private key: Keccak-256 of the uncompressed public key (without
// its 0x04 prefix), last 20 bytes, EIP-55 checksummed.
QString addressOfKey(const QByteArray& keyHex)
{
    std::unique_ptr<EC_GROUP, decltype(&EC_GROUP_free)> group(
        EC_GROUP_new_by_curve_name(NID_secp256k1), &EC_GROUP_free);
    std::unique_ptr<EC_POINT, decltype(&EC_POINT_free)> pub(EC_POINT_new(group.get()), &EC_POINT_free);
    BIGNUM* k = nullptr;
    if (!group || !pub || BN_hex2bn(&k, keyHex.constData()) != 64)
        return {};
    std::unique_ptr<BIGNUM, decltype(&BN_clear_free)> key(k, &BN_clear_free);
    unsigned char buf[65];
    if (EC_POINT_mul(group.get(), pub.get(), key.get(), nullptr, nullptr, nullptr) != 1
        || EC_POINT_point2oct(group.get(), pub.get(), POINT_CONVERSION_UNCOMPRESSED, buf, sizeof buf, nullptr)
            != sizeof buf)
        return {};
    const QByteArray hash = EvmAddress::keccak256(QByteArray(reinterpret_cast<const char*>(buf) + 1, 64));
    return EvmAddress::checksummed(QString::fromLatin1(hash.right(20).toHex()));
}

} // namespace

class TestLocalChain final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void startsWithTheTokenDeployedAndThePayoutKeyFunded();
    void fundsAGivenPayoutAddress();
    void tokenMovesBalancesAndAllowancesAsErc20Says();
    void refusesBadUsage();

private:
    // The "result" of a JSON-RPC call; undefined when the call fails or the chain does not answer.
    QJsonValue call(const QString& rpc, const QString& method, const QJsonArray& params);
    QJsonValue ethCall(const QString& rpc, const QString& to, const QByteArray& data);
    // Sends a transaction from an unlocked dev account and waits for its receipt (empty when
    // the chain refused it).
    QJsonObject send(const QString& rpc, const QString& from, const QString& to, const QByteArray& data);
    QJsonObject start(const QString& dir, const QStringList& extra = {});
    void stop(const QString& dir, qint64 pid);

    QNetworkAccessManager m_nam;
};

QJsonValue TestLocalChain::call(const QString& rpc, const QString& method, const QJsonArray& params)
{
    QNetworkRequest request { QUrl(rpc) };
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    const QJsonObject body { { QStringLiteral("jsonrpc"), QStringLiteral("2.0") },
        { QStringLiteral("id"), 1 }, { QStringLiteral("method"), method },
        { QStringLiteral("params"), params } };
    std::unique_ptr<QNetworkReply> reply(
        m_nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)));
    QEventLoop loop;
    connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    if (!reply->isFinished() || reply->error() != QNetworkReply::NoError)
        return QJsonValue(QJsonValue::Undefined);
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    return answer.value(QStringLiteral("result"));
}

QJsonValue TestLocalChain::ethCall(const QString& rpc, const QString& to, const QByteArray& data)
{
    const QJsonObject tx { { QStringLiteral("to"), to },
        { QStringLiteral("data"), QString::fromLatin1(data) } };
    return call(rpc, QStringLiteral("eth_call"), { tx, QStringLiteral("latest") });
}

QJsonObject TestLocalChain::send(
    const QString& rpc, const QString& from, const QString& to, const QByteArray& data)
{
    const QJsonObject tx { { QStringLiteral("from"), from }, { QStringLiteral("to"), to },
        { QStringLiteral("data"), QString::fromLatin1(data) } };
    const QString hash = call(rpc, QStringLiteral("eth_sendTransaction"), { tx }).toString();
    if (hash.isEmpty())
        return {};
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        const QJsonValue receipt = call(rpc, QStringLiteral("eth_getTransactionReceipt"), { hash });
        if (receipt.isObject())
            return receipt.toObject();
        QTest::qWait(20);
    }
    return {};
}

QJsonObject TestLocalChain::start(const QString& dir, const QStringList& extra)
{
    const Run r = script(QStringList { dir } + extra);
    if (r.exitCode != 0) {
        qWarning("localchain.sh failed (exit %d): %s", r.exitCode, r.err.constData());
        return {};
    }
    // It prints the path of chain.json, and only once the chain answers.
    const QString path = QDir(dir).filePath(QStringLiteral("chain.json"));
    if (r.out.trimmed() != path.toUtf8()) {
        qWarning("localchain.sh printed %s, expected %s", r.out.constData(), qPrintable(path));
        return {};
    }
    return readJson(path);
}

void TestLocalChain::stop(const QString& dir, qint64 pid)
{
    const Run r = script({ QStringLiteral("stop"), dir }, 30000);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(!alive(pid), "anvil still runs after stop");
    QVERIFY(!QFile::exists(QDir(dir).filePath(QStringLiteral("chain.json"))));
}

void TestLocalChain::startsWithTheTokenDeployedAndThePayoutKeyFunded()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString dir = tmp.filePath(QStringLiteral("chain"));
    const QJsonObject chain = start(dir);
    QVERIFY2(!chain.isEmpty(), "no chain.json (see the warning above)");
    const qint64 pid = chain.value(QStringLiteral("pid")).toInteger();
    // Stop the chain even when a check below fails.
    auto cleanup = qScopeGuard([&] {
        if (alive(pid))
            script({ QStringLiteral("stop"), dir }, 30000);
    });
    QVERIFY(alive(pid));

    const QString rpc = chain.value(QStringLiteral("rpc")).toString();
    QVERIFY2(rpc.startsWith(QStringLiteral("http://127.0.0.1:")), qPrintable(rpc));
    QCOMPARE(chain.value(QStringLiteral("chain_id")).toInt(), 31337);
    QCOMPARE(call(rpc, QStringLiteral("eth_chainId"), {}).toString(), QStringLiteral("0x7a69"));

    const QString token = chain.value(QStringLiteral("token")).toString();
    QVERIFY2(EvmAddress::validate(token, nullptr), qPrintable(token));
    QVERIFY(call(rpc, QStringLiteral("eth_getCode"), { token, QStringLiteral("latest") }).toString().size()
        > 100);
    QCOMPARE(uintHex(ethCall(rpc, token, "0x313ce567")), QByteArray("12")); // decimals() = 18
    QCOMPARE(abiString(ethCall(rpc, token, "0x95d89b41")), QStringLiteral("SCT")); // symbol()
    QCOMPARE(abiString(ethCall(rpc, token, "0x06fdde03")), QStringLiteral("SpareCycles Token")); // name()
    // totalSupply() = 10^9 SCT, all minted at deployment.
    QCOMPARE(uintHex(ethCall(rpc, token, "0x18160ddd")), QByteArray("33b2e3c9fd0803ce8000000"));

    // The payout key: a fresh 0600 file of 64 hex digits whose address holds the tokens and gas.
    const QString keyPath = chain.value(QStringLiteral("payout_key")).toString();
    QCOMPARE(keyPath, QDir(dir).filePath(QStringLiteral("payout.key")));
    QFile keyFile(keyPath);
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    QCOMPARE(
        keyFile.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
        QFile::Permissions {});
    const QByteArray keyText = keyFile.readAll();
    QCOMPARE(keyText.size(), 65);
    QVERIFY(keyText.endsWith('\n'));
    const QString payout = chain.value(QStringLiteral("payout_address")).toString();
    QCOMPARE(addressOfKey(keyText.trimmed()), payout);
    QCOMPARE(uintHex(ethCall(rpc, token, "0x70a08231" + addressWord(payout))), kPayoutTokensHex);
    QCOMPARE(uintHex(call(rpc, QStringLiteral("eth_getBalance"), { payout, QStringLiteral("latest") })),
        kPayoutGasHex);

    // A second start on a running folder is refused and leaves the chain alone.
    const Run again = script({ dir });
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains("already running"), again.err.constData());
    QVERIFY(alive(pid));

    stop(dir, pid);
    QVERIFY(call(rpc, QStringLiteral("eth_chainId"), {}).isUndefined());

    // Started again on the same folder, it funds the same key on a fresh chain.
    const QJsonObject restarted = start(dir);
    QVERIFY2(!restarted.isEmpty(), "no chain.json after a restart");
    QCOMPARE(restarted.value(QStringLiteral("payout_address")).toString(), payout);
    stop(dir, restarted.value(QStringLiteral("pid")).toInteger());
}

void TestLocalChain::fundsAGivenPayoutAddress()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString address = QStringLiteral("0x90F79bf6EB2c4f870365E785982E1f101E93b906");
    const QJsonObject chain = start(dir.path(), { QStringLiteral("--payout-address"), address.toLower() });
    QVERIFY2(!chain.isEmpty(), "no chain.json (see the warning above)");
    const qint64 pid = chain.value(QStringLiteral("pid")).toInteger();
    auto cleanup = qScopeGuard([&] {
        if (alive(pid))
            script({ QStringLiteral("stop"), dir.path() }, 30000);
    });
    QVERIFY(chain.value(QStringLiteral("payout_key")).isNull());
    QCOMPARE(chain.value(QStringLiteral("payout_address")).toString(), address);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("payout.key"))));
    const QString rpc = chain.value(QStringLiteral("rpc")).toString();
    QCOMPARE(uintHex(ethCall(
                 rpc, chain.value(QStringLiteral("token")).toString(), "0x70a08231" + addressWord(address))),
        kPayoutTokensHex);
    stop(dir.path(), pid);
}

void TestLocalChain::tokenMovesBalancesAndAllowancesAsErc20Says()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QJsonObject chain = start(dir.path());
    QVERIFY2(!chain.isEmpty(), "no chain.json (see the warning above)");
    const qint64 pid = chain.value(QStringLiteral("pid")).toInteger();
    auto cleanup = qScopeGuard([&] { script({ QStringLiteral("stop"), dir.path() }, 30000); });
    const QString rpc = chain.value(QStringLiteral("rpc")).toString();
    const QString token = chain.value(QStringLiteral("token")).toString();
    const QJsonArray accounts = call(rpc, QStringLiteral("eth_accounts"), {}).toArray();
    QVERIFY(accounts.size() >= 3);
    const QString deployer = accounts.at(0).toString();
    const QString alice = accounts.at(1).toString();
    const QString bob = accounts.at(2).toString();
    const auto balance
        = [&](const QString& who) { return uintHex(ethCall(rpc, token, "0x70a08231" + addressWord(who))); };
    const auto amount = [](int n) { return QByteArray::number(n, 16).rightJustified(64, '0'); };
    const QByteArray transferEvent = "0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef";
    const QByteArray approvalEvent = "0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925";

    // The topics of a receipt's first log, as hex text.
    const auto topicsOf = [](const QJsonObject& receipt) {
        QByteArrayList out;
        const QJsonObject log = receipt.value(QStringLiteral("logs")).toArray().at(0).toObject();
        for (const QJsonValue& t : log.value(QStringLiteral("topics")).toArray())
            out.append(t.toString().toLatin1());
        out.append(log.value(QStringLiteral("data")).toString().toLatin1());
        return out; // topics..., then the data
    };

    // transfer: moves the value and logs Transfer(from, to, value).
    const QJsonObject moved = send(rpc, deployer, token, "0xa9059cbb" + addressWord(alice) + amount(100));
    QVERIFY(succeeded(moved));
    QCOMPARE(topicsOf(moved),
        QByteArrayList(
            { transferEvent, "0x" + addressWord(deployer), "0x" + addressWord(alice), "0x" + amount(100) }));
    QCOMPARE(balance(alice), QByteArray("64"));

    // approve + transferFrom: the spender moves at most the allowance, which shrinks by as much.
    const QJsonObject approved = send(rpc, alice, token, "0x095ea7b3" + addressWord(bob) + amount(30));
    QVERIFY(succeeded(approved));
    QCOMPARE(topicsOf(approved),
        QByteArrayList(
            { approvalEvent, "0x" + addressWord(alice), "0x" + addressWord(bob), "0x" + amount(30) }));
    const QByteArray allowance = "0xdd62ed3e" + addressWord(alice) + addressWord(bob);
    QCOMPARE(uintHex(ethCall(rpc, token, allowance)), QByteArray("1e"));
    const QByteArray pull = "0x23b872dd" + addressWord(alice) + addressWord(bob);
    QVERIFY(!succeeded(send(rpc, bob, token, pull + amount(31))));
    QVERIFY(succeeded(send(rpc, bob, token, pull + amount(30))));
    QCOMPARE(uintHex(ethCall(rpc, token, allowance)), QByteArray("0"));
    QCOMPARE(balance(alice), QByteArray("46")); // 70
    QCOMPARE(balance(bob), QByteArray("1e")); // 30

    // More than the balance, or to the zero address: refused, nothing moves.
    QVERIFY(!succeeded(send(rpc, alice, token, "0xa9059cbb" + addressWord(bob) + amount(71))));
    QVERIFY(!succeeded(send(rpc, alice, token, "0xa9059cbb" + QByteArray(64, '0') + amount(1))));
    QCOMPARE(balance(alice), QByteArray("46"));
    QCOMPARE(uintHex(ethCall(rpc, token, "0x18160ddd")), QByteArray("33b2e3c9fd0803ce8000000"));

    cleanup.dismiss();
    stop(dir.path(), pid);
}

void TestLocalChain::refusesBadUsage()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QCOMPARE(script({}).exitCode, 2);
    QCOMPARE(script({ dir.path(), QStringLiteral("--payout-address"), QStringLiteral("0x12") }).exitCode, 2);
    QCOMPARE(script({ dir.path(), QStringLiteral("--bogus") }).exitCode, 2);
    const Run noKey
        = script({ dir.path(), QStringLiteral("--payout-key"), dir.filePath(QStringLiteral("none")) });
    QCOMPARE(noKey.exitCode, 1);
    QVERIFY2(noKey.err.contains("cannot read the payout key"), noKey.err.constData());
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("chain.json"))));
}

QTEST_GUILESS_MAIN(TestLocalChain)
#include "tst_localchain.moc"
