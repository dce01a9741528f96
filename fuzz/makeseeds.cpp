// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the seed corpus of the fuzz targets (tests/data/fuzz/<target>/): real messages as
// the hub, the engine, the chain and the wallet write them, made with the project's own
// toJson, signing and encoding code, so a seed is exactly what the parser meets in use.
// Usage: sc-fuzz-makeseeds <folder>. Run again after a wire format changes.
#include "crypto/devicekey.h"
#include "engine/enginestatus.h"
#include "evm/abi.h"
#include "evm/rlp.h"
#include "evm/secp256k1key.h"
#include "evm/transaction.h"
#include "protocol/errorcode.h"
#include "protocol/messages.h"
#include "protocol/taskdescriptor.h"
#include "wallet/keystore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <cstdio>

using namespace sc::core;

namespace {

QString g_root;

void write(const char* target, const char* name, const QByteArray& bytes)
{
    const QString dir = g_root + QLatin1Char('/') + QLatin1String(target);
    QDir().mkpath(dir);
    QFile f(dir + QLatin1Char('/') + QLatin1String(name));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(f.fileName()));
        std::exit(1);
    }
}

QByteArray compact(const QJsonObject& o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }
QByteArray compact(const QJsonValue& v)
{
    // A JSON value as text: wrapped in an array, then unwrapped.
    const QByteArray a = QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact);
    return a.mid(1, a.size() - 2);
}
QByteArray sel(int selector) { return QByteArray(1, static_cast<char>(selector)); }

const QString kTokenHex = QStringLiteral("0x5fbdb2315678afecb367f032d93f642f64180aa3");
const QString kPayout = QStringLiteral("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");

struct Hub {
    DeviceKey key = DeviceKey::generate();
    QByteArray program = "#!/bin/sh\necho progress 1\n";
    QString sha = QString::fromLatin1(QCryptographicHash::hash(program, QCryptographicHash::Sha256).toHex());

    TaskDescriptor task(const QString& id, const QByteArray& input) const
    {
        TaskDescriptor t { id, QStringLiteral("sc-primes"), sha,
            key.sign("sc-app-v1\nsc-primes\n" + sha.toLatin1()), QStringLiteral("/v1/apps/sc-primes/") + sha,
            input, 1'800'003'600, 2'000'000'000, 1500, {} };
        t.signature = key.sign(taskSigningText(t));
        return t;
    }
    NetworkInfo network(bool chain) const
    {
        NetworkInfo n;
        n.name = QStringLiteral("SpareCycles local");
        n.codeSigningKey = key.publicKey();
        if (chain) {
            ChainInfo c;
            c.chainId = 31337;
            c.token = kTokenHex;
            c.symbol = QStringLiteral("SCT");
            c.rpcHint = QStringLiteral("http://127.0.0.1:8545");
            c.explorerTxUrl = QStringLiteral("https://explorer.example/tx/{tx}");
            n.chain = c;
        }
        return n;
    }
};

Account account(bool confirmed)
{
    Account a;
    a.deviceId = QStringLiteral("9f2c") + QString(60, QLatin1Char('1'));
    a.pending = 1500;
    a.paid = 3000;
    a.total = 4500;
    PayoutEntry p;
    p.id = 2;
    p.amount = 3000;
    p.address = kPayout;
    p.time = 1'800'000'100;
    p.status = confirmed ? QStringLiteral("confirmed") : QStringLiteral("sent");
    p.txHash = QStringLiteral("0x") + QString(64, QLatin1Char('b'));
    if (confirmed)
        p.block = 42;
    a.payouts = { p };
    a.awaitingValidation = 1;
    a.valid = 3;
    a.invalid = 1;
    return a;
}

CreditPage credits()
{
    CreditPage page;
    page.credits = { { 1, QStringLiteral("t1"), QStringLiteral("valid"), 1500, 1'800'000'000 },
        { 2, QStringLiteral("t2"), QStringLiteral("invalid"), 0, 1'800'000'050 } };
    page.next = 2;
    page.paid = 3000;
    return page;
}

void protocolSeeds(const Hub& hub)
{
    write("protocol", "network", compact(hub.network(false).toJson()));
    write("protocol", "network-chain", compact(hub.network(true).toJson()));
    write(
        "protocol", "work", compact(WorkReply { { hub.task(QStringLiteral("t1"), "0 1000000") } }.toJson()));
    write("protocol", "work-empty", compact(WorkReply {}.toJson()));
    write("protocol", "held",
        compact(
            HeldWork { { hub.task(QStringLiteral("t1"), "0 1000"), hub.task(QStringLiteral("t2"), "5 9") },
                1'800'000'000 }
                .toJson()));
    write("protocol", "register-reply", compact(RegisterReply { QStringLiteral("dev1") }.toJson()));
    write("protocol", "release", compact(ReleaseReply { QStringLiteral("released") }.toJson()));
    write("protocol", "output-receipt", compact(OutputReceipt { QString(64, QLatin1Char('c')) }.toJson()));
    write("protocol", "result-reply", compact(ResultReply { QStringLiteral("pending") }.toJson()));
    write("protocol", "account", compact(account(true).toJson()));
    write("protocol", "credits", compact(credits().toJson()));
    History h;
    h.days = { { QStringLiteral("2026-12-01"), 1500, 1 }, { QStringLiteral("2026-12-02"), 0, 0 } };
    write("protocol", "history", compact(h.toJson()));
    write("protocol", "error",
        compact(ErrorReply { ErrorCode::ClockSkew, QStringLiteral("X-SC-Timestamp is off") }.toJson()));
}

void hubClientSeeds(const Hub& hub)
{
    const QByteArray time = "1800000000\n";
    write("hubclient", "network", sel(0) + time + compact(hub.network(true).toJson()));
    write(
        "hubclient", "register", sel(1) + time + compact(RegisterReply { QStringLiteral("dev1") }.toJson()));
    write("hubclient", "work",
        sel(2) + time + compact(WorkReply { { hub.task(QStringLiteral("t1"), "0 1000000") } }.toJson()));
    write("hubclient", "held",
        sel(3) + time
            + compact(HeldWork { { hub.task(QStringLiteral("t1"), "0 1000") }, 1'800'000'000 }.toJson()));
    write("hubclient", "release",
        sel(4) + time + compact(ReleaseReply { QStringLiteral("released") }.toJson()));
    write("hubclient", "download", sel(5) + time + hub.program);
    write("hubclient", "output",
        sel(6) + time + compact(OutputReceipt { QString(64, QLatin1Char('c')) }.toJson()));
    write("hubclient", "result", sel(7) + time + compact(ResultReply { QStringLiteral("valid") }.toJson()));
    write("hubclient", "account", sel(8) + time + compact(account(false).toJson()));
    write("hubclient", "credits", sel(9) + time + compact(credits().toJson()));
    // HTTP 401 clock_skew: the client signs again with the hub's time.
    write("hubclient", "skew",
        sel(2 | (5 << 4)) + time
            + compact(QJsonObject { { QStringLiteral("error"),
                ErrorReply { ErrorCode::ClockSkew, QStringLiteral("skew") }.toJson() } }));
}

void hubRequestSeeds(const Hub& hub)
{
    write("hubrequest", "header-work",
        sel(0)
            + "POST /v1/work HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nContent-Type: application/json\r\n"
              "Content-Length: 27\r\n\r\n{\"cores\":2,\"seconds\":3600}");
    write("hubrequest", "header-output",
        sel(0) + "PUT /v1/tasks/t1/output?x=1 HTTP/1.1\r\nHost: x\r\nContent-Length: 1048576\r\n\r\n");
    write("hubrequest", "header-chunked",
        sel(0) + "POST /v1/devices HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n");
    const QByteArray body = "{\"cores\":2,\"seconds\":3600}";
    const DeviceKey device = DeviceKey::generate();
    const QByteArray nonce(32, 'e');
    const QByteArray target = "/v1/work";
    const QByteArray signature
        = device.sign(canonicalRequest("POST", target, 1'800'000'000, nonce, body)).toHex();
    write("hubrequest", "signed",
        sel(1) + device.publicKey().toHex() + "\n1800000000\n" + signature + '\n' + nonce + '\n' + target
            + '\n' + body);
    write("hubrequest", "query", sel(2) + "after=25&days=30");
    RegisterRequest reg;
    reg.payoutAddress = kPayout;
    reg.profile = QJsonObject { { QStringLiteral("ops_per_second"), 2.5e9 }, { QStringLiteral("cores"), 8 },
        { QStringLiteral("fingerprint"), QStringLiteral("fp1") } };
    write("hubrequest", "register", sel(3) + compact(reg.toJson()));
    write("hubrequest", "work",
        sel(3) + compact(WorkRequest { 2, 3600, QStringLiteral("req-0001-abcd") }.toJson()));
    write("hubrequest", "result",
        sel(3) + compact(ResultReport { 0, 12.5, QString(64, QLatin1Char('d')) }.toJson()));
    Q_UNUSED(hub);
}

void creditFeedSeeds()
{
    HubBalance stored { 100, 200, 1'799'990'000, account(false).payouts };
    const QByteArray nul(1, '\0');
    write("creditfeed", "page-and-account",
        sel(0) + compact(credits().toJson()) + nul + compact(account(false).toJson()) + nul
            + compact(stored.toJson()));
    write("creditfeed", "chain-confirmed",
        sel(1) + compact(credits().toJson()) + nul + compact(account(true).toJson()) + nul
            + compact(stored.toJson()));
    write("creditfeed", "errors", sel(4 | (3 << 3)) + "{\"error\":{\"code\":\"internal\"}}" + nul + "{}");
}

void statusSeeds()
{
    EngineStatus s;
    s.state = EngineState::Running;
    s.reason.code = StateReason::Code::Running;
    s.reason.count = 1;
    s.hub = QStringLiteral("http://127.0.0.1:8080");
    s.pid = 4242;
    s.updated = 1'800'000'000;
    s.tasks = { { QStringLiteral("t1"), 4243, 0.42, 12.5, 10'000'000, false } };
    s.cores = 8;
    s.allowedCores = 4;
    s.sandbox = QStringLiteral("bubblewrap");
    s.taskControl = QStringLiteral("signals");
    s.idleSource = QStringLiteral("x11");
    s.powerSource = QStringLiteral("ac");
    s.dutyCycle = 1;
    s.idleSeconds = 300;
    s.cpuTempC = 55.5;
    s.balance = HubBalance { 1500, 3000, 1'800'000'000, account(true).payouts };
    WalletStatus w;
    w.address = kPayout;
    w.chainId = 31337;
    w.token = kTokenHex;
    w.symbol = QStringLiteral("SCT");
    w.balance = QStringLiteral("3000000000000000000");
    w.nativeBalance = QStringLiteral("10000000000000000000000");
    w.block = 44;
    w.payouts
        = { { QStringLiteral("0x") + QString(64, QLatin1Char('b')), PayoutCheck::State::Succeeded, 42 } };
    w.asOf = 1'800'000'000;
    s.wallet = w;
    write("statusfile", "running", QJsonDocument(s.toJson()).toJson());
    write("statusfile", "stopped", compact(EngineStatus {}.toJson()));
}

void settingsSeeds()
{
    // value(): the selector byte (even), the key's index in the registry, the text.
    write("settings", "idle-minutes", sel(0) + sel(1) + "5");
    write("settings", "schedule", sel(0) + sel(15) + "mon-fri 18-8, sat-sun 0-24");
    write("settings", "bool", sel(0) + sel(0) + "yes");
    write("settings", "programs", sel(0) + sel(12) + "steam, blender ,make");
    write("settings", "hub-url", sel(0) + sel(22) + "https://hub.example:8443/");
    write("settings", "payout", sel(0) + sel(23) + "0x70997970c51812dc3a010c7d01b50e0d17dc79c8");
    write("settings", "rpc", sel(0) + sel(24) + "http://127.0.0.1:8545");
    write("settings", "file",
        sel(1)
            + "[General]\nversion=1\nidle_minutes=5\nschedule=\"mon-fri 9-17, sat 10-12\"\n"
              "payout_address=0x70997970c51812dc3a010c7d01b50e0d17dc79c8\nhub_url=http://127.0.0.1:8080\n"
              "exclusive_programs=\"steam, blender\"\ncpu_share=50\nrun_always=true\n");
    write("settings", "file-old", sel(1) + "[General]\nsetup_done=true\nidle_minutes=abc\n");
}

void chainSeeds()
{
    // The selector's bit 0: the whole reply; otherwise the result, wrapped. Bits 1..: the call.
    const auto call = [](int n, bool whole) { return sel((n << 1) | (whole ? 1 : 0)); };
    write("chainclient", "chainid", call(0, false) + "\"0x7a69\"");
    write("chainclient", "chainid-whole",
        call(0, true) + "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"0x7a69\"}");
    write("chainclient", "rpc-error",
        call(1, true)
            + "{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":-32000,\"message\":\"header not found\"}}");
    write("chainclient", "blocknumber", call(1, false) + "\"0x2a\"");
    write("chainclient", "call",
        call(2, false) + "\"0x" + sc::evm::Abi::encodeUint256(sc::evm::Uint256(3000)).toHex() + "\"");
    write("chainclient", "balance", call(3, false) + "\"0xde0b6b3a7640000\"");
    write("chainclient", "nonce", call(4, false) + "\"0x5\"");
    write("chainclient", "gas", call(5, false) + "\"0xcb0e\"");
    write("chainclient", "tip", call(6, false) + "\"0x3b9aca00\"");
    write("chainclient", "feehistory",
        call(7, false)
            + "{\"oldestBlock\":\"0x2a\",\"baseFeePerGas\":[\"0x3b9aca00\",\"0x342770c0\"],\"gasUsedRatio\":["
              "0.5]}");
    write("chainclient", "sendraw", call(8, false) + "\"0x" + QByteArray(64, 'a') + "\"");
    const QByteArray from
        = QByteArray(12, '\0') + QByteArray::fromHex("f39fd6e51aad88f6f4ce6ab8827279cfffb92266");
    const QByteArray to
        = QByteArray(12, '\0') + QByteArray::fromHex("70997970c51812dc3a010c7d01b50e0d17dc79c8");
    const QJsonObject log { { QStringLiteral("address"), kTokenHex },
        { QStringLiteral("topics"),
            QJsonArray { QString::fromLatin1("0x" + sc::evm::Abi::transferTopic().toHex()),
                QString::fromLatin1("0x" + from.toHex()), QString::fromLatin1("0x" + to.toHex()) } },
        { QStringLiteral("data"),
            QString::fromLatin1("0x" + sc::evm::Abi::encodeUint256(sc::evm::Uint256(3000)).toHex()) },
        { QStringLiteral("blockNumber"), QStringLiteral("0x7b") },
        { QStringLiteral("transactionHash"),
            QStringLiteral("0x88df016429689c079f3b2f6ad39fa052532c56795b733da78a91ebe6a713944b") },
        { QStringLiteral("logIndex"), QStringLiteral("0x0") } };
    const QJsonObject receipt {
        { QStringLiteral("transactionHash"),
            QStringLiteral("0x88df016429689c079f3b2f6ad39fa052532c56795b733da78a91ebe6a713944b") },
        { QStringLiteral("blockNumber"), QStringLiteral("0x7b") },
        { QStringLiteral("status"), QStringLiteral("0x1") },
        { QStringLiteral("gasUsed"), QStringLiteral("0xcb0e") },
        { QStringLiteral("effectiveGasPrice"), QStringLiteral("0x3b9aca07") },
        { QStringLiteral("logs"), QJsonArray { log } }
    };
    write("chainclient", "receipt", call(9, false) + compact(receipt));
    write("chainclient", "receipt-pending", call(9, false) + "null");
    write("chainclient", "logs", call(11, false) + compact(QJsonArray { log }));
}

void evmSeeds()
{
    write("evm", "units", sel(0) + sel(18) + "1.5");
    write("evm", "quantity", sel(0) + sel(0) + "0xde0b6b3a7640000");
    write("evm", "decimal",
        sel(0) + sel(6) + "115792089237316195423570985008687907853269984665640564039457584007913129639935");
    write("evm", "arithmetic",
        sel(1) + QByteArray::fromHex(QByteArray(64, 'f')) + QByteArray(31, '\0') + "\x07");
    QString error;
    const auto key = sc::evm::Secp256k1Key::fromBytes(QByteArray(32, '\x11'), &error);
    sc::evm::Eip1559Transaction tx;
    tx.chainId = 31337;
    tx.nonce = 3;
    tx.maxPriorityFeePerGas = sc::evm::Uint256(1'000'000'000);
    tx.maxFeePerGas = sc::evm::Uint256(3'000'000'000);
    tx.gasLimit = 60'000;
    tx.to = QByteArray::fromHex("5fbdb2315678afecb367f032d93f642f64180aa3");
    tx.data = sc::evm::Abi::transferCall(
        QByteArray::fromHex("70997970c51812dc3a010c7d01b50e0d17dc79c8"), sc::evm::Uint256(3000));
    const auto raw = tx.sign(*key, &error);
    write("evm", "rlp-list", sel(2) + raw->mid(1));
    write("evm", "rlp-string", sel(2) + sc::evm::Rlp::encodeBytes("dog"));
    write("evm", "tx1559", sel(3) + *raw);
    const QByteArray from
        = QByteArray(12, '\0') + QByteArray::fromHex("f39fd6e51aad88f6f4ce6ab8827279cfffb92266");
    const QByteArray to
        = QByteArray(12, '\0') + QByteArray::fromHex("70997970c51812dc3a010c7d01b50e0d17dc79c8");
    write("evm", "transfer-log",
        sel(4) + sel(3) + sc::evm::Abi::transferTopic() + from + to
            + sc::evm::Abi::encodeUint256(sc::evm::Uint256(3000)));
    // symbol(): offset 32, length 3, "SCT" padded.
    write("evm", "abi-string",
        sel(4) + sel(0) + sc::evm::Abi::encodeUint256(sc::evm::Uint256(32))
            + sc::evm::Abi::encodeUint256(sc::evm::Uint256(3)) + "SCT" + QByteArray(29, '\0'));
}

void walletSeeds()
{
    write("wallet", "words-test", sel(0) + "test test test test test test test test test test test junk");
    write("wallet", "words-abandon",
        sel(0)
            + "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon "
              "about");
    write("wallet", "path", sel(1) + "m/44'/60'/0'/0/0");
    write("wallet", "address", sel(2) + "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");
    Keystore::Error error;
    const auto file = Keystore::encrypt(
        QByteArray::fromHex("4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"),
        QStringLiteral("fuzz"), Keystore::ScryptParams { 16, 1, 1 }, &error);
    write("wallet", "keystore-scrypt", sel(3) + "fuzz\n" + *file);
    // The Web3 Secret Storage Definition's pbkdf2 example with its rounds lowered (the mac no
    // longer matches: a wrong-password file).
    write("wallet", "keystore-pbkdf2",
        sel(3)
            + "testpassword\n{\"crypto\":{\"cipher\":\"aes-128-ctr\",\"cipherparams\":{\"iv\":"
              "\"6087dab2f9fdbbfaddc31a909735c1e6\"},\"ciphertext\":"
              "\"5318b4d5bcd28de64ee5559e671353e16f075ecae9f99c7a79a38af5f869aa46\",\"kdf\":\"pbkdf2\","
              "\"kdfparams\":{\"c\":16,\"dklen\":32,\"prf\":\"hmac-sha256\",\"salt\":"
              "\"ae3cd4e7013836a3df6bd7241b12db061dbe2c6785853cce422d148a624ce0bd\"},\"mac\":"
              "\"517ead924a9d0dc3124507e3393d175ce3ff7c1e96529c6c555ce9e51205e9b2\"},\"id\":"
              "\"3198bc9c-6672-5ab3-d995-4942343ae5b6\",\"version\":3}");
}

void taskOutputSeeds()
{
    write("taskoutput", "primes",
        sel(3) + "progress 0.0000\nprogress 0.2500\nprogress 0.5000\nprogress 1.0000\ndone 78498\n");
    write("taskoutput", "resumed", sel(0) + "resumed 500000\nprogress 0.5000\nstopped 600000\n");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s <folder>\n", argv[0]);
        return 2;
    }
    g_root = QString::fromLocal8Bit(argv[1]);
    const Hub hub;
    protocolSeeds(hub);
    hubClientSeeds(hub);
    hubRequestSeeds(hub);
    creditFeedSeeds();
    statusSeeds();
    settingsSeeds();
    chainSeeds();
    evmSeeds();
    walletSeeds();
    taskOutputSeeds();
    return 0;
}
