// SPDX-License-Identifier: GPL-3.0-or-later
// The credit feed (core/engine/creditfeed.*) as the engine runs it: a fresh data folder, a
// HubClient and HubSession registered with a scripted hub, then the real CreditFeed polling
// GET /v1/account/credits and GET /v1/account, whose replies come from the input, and the
// balance the ledger kept from an earlier run (also from the input: a damaged file).
// Input: a flags byte (the network pays on a chain; HTTP status of each reply), then the
// credits reply, NUL, the account reply, NUL, the stored balance.
#include "crypto/devicekey.h"
#include "engine/creditfeed.h"
#include "engine/datafolder.h"
#include "engine/hubsession.h"
#include "fuzzhelpers.h"
#include "ledger/history.h"
#include "ledger/ledger.h"
#include "network/hubclient.h"
#include "protocol/messages.h"

#include <QDir>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace sc::core;

namespace {

constexpr qint64 kNow = 1'800'000'000;

const DeviceKey& networkKey()
{
    static const DeviceKey key = DeviceKey::generate();
    return key;
}

HttpResponse reply(int status, const QByteArray& body)
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    r.headers.append(qMakePair(QByteArray("x-sc-time"), QByteArray::number(kNow)));
    return r;
}

QByteArray compact(const QJsonObject& o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

int statusOf(std::uint8_t bits)
{
    static constexpr int kStatuses[] = { 200, 200, 500, 404 };
    return kStatuses[bits & 3];
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    sc::fuzz::initQt(argc, argv);
    networkKey();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    sc::fuzz::Input in(data, size);
    const std::uint8_t flags = in.byte();
    const QList<QByteArray> parts = in.rest().split('\0');
    const QByteArray credits = parts.value(0);
    const QByteArray account = parts.value(1);
    const QByteArray stored = parts.value(2);

    static const QString base = QDir::temp().filePath(QStringLiteral("sc-fuzz-creditfeed"));
    QTemporaryDir dir(base + QStringLiteral("-XXXXXX"));
    QString error;
    auto folder = DataFolder::open(dir.filePath(QStringLiteral("engine")), &error);
    SC_FUZZ_CHECK(folder != nullptr);
    if (parts.size() > 2)
        folder->ledger().setMeta(QStringLiteral("balance"), QString::fromUtf8(stored));

    NetworkInfo network;
    network.codeSigningKey = networkKey().publicKey();
    if (flags & 1) {
        ChainInfo chain;
        chain.chainId = 31337;
        chain.token = QStringLiteral("0x5fbdb2315678afecb367f032d93f642f64180aa3");
        chain.symbol = QStringLiteral("SCT");
        network.chain = chain;
    }
    sc::fuzz::ScriptedTransport http;
    const auto answer = [&](const HttpRequest& r) {
        const QString route = QString::fromLatin1(r.method) + QLatin1Char(' ') + r.url.path();
        if (route == QLatin1String("GET /v1/network"))
            return reply(200, compact(network.toJson()));
        if (route == QLatin1String("POST /v1/devices"))
            return reply(200, compact(RegisterReply { QStringLiteral("device") }.toJson()));
        if (route == QLatin1String("GET /v1/account/credits"))
            return reply(statusOf(flags >> 1), credits);
        if (route == QLatin1String("GET /v1/account"))
            return reply(statusOf(flags >> 3), account);
        return reply(404, "{}");
    };
    qint64 monoMs = 1000;
    const MonoClock mono = [&monoMs] { return monoMs; };
    const WallClock wall = [] { return kNow; };
    HubClient hub(http, folder->key(), QUrl(QStringLiteral("http://127.0.0.1:9")), wall, nullptr, mono);
    HubSession session(hub, folder->ledger(), folder->path(), mono, [] {
        return HubSession::Registration { QJsonObject { { QStringLiteral("cores"), 1 } },
            QStringLiteral("fp1"), QStringLiteral("0x0000000000000000000000000000000000000001") };
    });
    session.connectIfNeeded();
    for (int i = 0; i < 4 && !session.registered(); ++i)
        http.answerAll(answer);
    SC_FUZZ_CHECK(session.registered());

    CreditFeed feed(hub, session, folder->ledger(), wall, mono);
    for (int round = 0; round < 2; ++round) {
        feed.poll();
        http.answerAll(answer);
        monoMs += CreditFeed::kAccountPollMs + 1;
    }
    // What the app then shows: the balance, its payouts, the ledger's totals.
    if (const auto balance = feed.balance()) {
        SC_FUZZ_CHECK(balance->pending >= 0 && balance->paid >= 0);
        history::formatTokens(balance->pending);
        history::formatTokens(balance->paid);
        for (const PayoutEntry& p : balance->payouts)
            history::formatTokens(p.amount);
        SC_FUZZ_CHECK(HubBalance::fromJson(balance->toJson()).has_value());
    }
    SC_FUZZ_CHECK(folder->ledger().creditCursor() >= 0);
    history::formatTokens(folder->ledger().earnedTotal());
    return 0;
}
