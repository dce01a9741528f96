// SPDX-License-Identifier: GPL-3.0-or-later
// The engine's side of the hub protocol (core/network/hubclient.*): every call's reply as the
// HubClient checks it before anything else sees it — status, the X-SC-Time header that moves
// the engine's idea of the hub's clock, error bodies, and each reply's typed message (network,
// registration, work and held lists with their task descriptors, release, output receipt,
// result, account, credits).
// Input: a selector byte (which call; the HTTP status), the X-SC-Time value, a newline, the
// body. Checked: each callback runs exactly once, with a result or an error, and an accepted
// task list is what the protocol allows.
#include "crypto/devicekey.h"
#include "fuzzhelpers.h"
#include "network/hubclient.h"
#include "protocol/taskdescriptor.h"

using namespace sc::core;

namespace {

const DeviceKey& deviceKey()
{
    static const DeviceKey key = DeviceKey::generate();
    return key;
}

void checkTasks(const QList<TaskDescriptor>& tasks)
{
    SC_FUZZ_CHECK(tasks.size() <= kMaxTasksPerReply);
    for (const TaskDescriptor& t : tasks)
        SC_FUZZ_CHECK(!t.id.isEmpty() && t.appUrl.startsWith(QLatin1String("/v1/"))
            && !t.appUrl.contains(QLatin1String("..")) && t.input.size() <= kMaxInlineInput);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    sc::fuzz::initQt(argc, argv);
    deviceKey();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    sc::fuzz::Input in(data, size);
    const std::uint8_t selector = in.byte();
    const QByteArray time = in.line();
    const QByteArray body = in.rest();
    static constexpr int kStatuses[] = { 200, 200, 200, 201, 400, 401, 409, 500 };
    const int status = kStatuses[(selector >> 4) & 7];

    sc::fuzz::ScriptedTransport http;
    qint64 steadyMs = 5000;
    HubClient hub(
        http, deviceKey(), QUrl(QStringLiteral("http://127.0.0.1:9")), [] { return qint64(1'800'000'000); },
        nullptr, [&steadyMs] { return steadyMs; });
    int calls = 0;
    const auto json = [&calls](const QJsonObject&, const std::optional<HubError>& e) {
        ++calls;
        SC_FUZZ_CHECK(!e || !e->code.isEmpty());
        if (e)
            e->retryable();
    };
    switch (selector % 10) {
    case 0:
        hub.getNetwork(json);
        break;
    case 1:
        hub.registerDevice(QJsonObject { { QStringLiteral("payout_address"), QString() } }, json);
        break;
    case 2:
        hub.requestWork(2, 3600, QStringLiteral("request-0001"),
            [&calls](const QList<TaskDescriptor>& tasks, const std::optional<HubError>& e) {
                ++calls;
                SC_FUZZ_CHECK(!e || tasks.isEmpty());
                checkTasks(tasks);
            });
        break;
    case 3:
        hub.heldWork([&calls](const QList<TaskDescriptor>& tasks, qint64, const std::optional<HubError>& e) {
            ++calls;
            SC_FUZZ_CHECK(!e || tasks.isEmpty());
            checkTasks(tasks);
        });
        break;
    case 4:
        hub.releaseTask(QStringLiteral("t1"), json);
        break;
    case 5:
        hub.download(QStringLiteral("/v1/apps/sc-primes/00"), 1024 * 1024,
            [&calls](const QByteArray&, const std::optional<HubError>&) { ++calls; });
        break;
    case 6:
        hub.uploadOutput(QStringLiteral("t1"), "output", json);
        break;
    case 7:
        hub.reportResult(QStringLiteral("t1"), 0, 1.5, QByteArray(64, 'a'), json);
        break;
    case 8:
        hub.account(json);
        break;
    default:
        hub.credits(0, json);
        break;
    }
    // A reply that asks the client to sign again (clock skew) makes it send once more.
    for (int round = 0; round < 3; ++round)
        http.answerAll([&](const HttpRequest&) {
            HttpResponse r;
            r.status = status;
            r.body = body;
            r.headers.append(qMakePair(QByteArray("x-sc-time"), time));
            return r;
        });
    SC_FUZZ_CHECK(calls == 1);
    if (const auto t = hub.hubTime())
        SC_FUZZ_CHECK(*t > 1'000'000'000 && *t < 10'000'000'000);
    return 0;
}
