// SPDX-License-Identifier: GPL-3.0-or-later
// sc-bench-hub: request latency of the reference hub over loopback, through the real client
// stack (libcurl, signing, the hub's signature and replay checks, SQLite). Starts its own hub.
#include "../common/benchutil.h"
#include "crypto/devicekey.h"
#include "engine/localhub.h"
#include "network/httpclient.h"
#include "network/hubclient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QTemporaryDir>
#include <cstdio>
#include <functional>

using namespace sc::core;

namespace {
// Runs one asynchronous call to completion and returns its latency in ms (-1 on error).
double timed(const std::function<void(std::function<void(bool)>)>& call)
{
    QEventLoop loop;
    bool ok = false;
    QElapsedTimer t;
    t.start();
    call([&](bool success) {
        ok = success;
        loop.quit();
    });
    loop.exec();
    const double ms = static_cast<double>(t.nsecsElapsed()) / 1e6;
    return ok ? ms : -1;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? std::max(10, std::atoi(argv[1])) : 500;
    QTemporaryDir dir;
    LocalHub hub;
    QString error;
    if (!hub.start(dir.filePath(QStringLiteral("hub")), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    CurlHttpClient http;
    const DeviceKey key = DeviceKey::generate();
    HubClient client(http, key, hub.url(), [] { return QDateTime::currentSecsSinceEpoch(); });
    const double reg = timed([&](auto done) {
        client.registerDevice(QJsonObject { { QStringLiteral("payout_address"), QString() },
                                  { QStringLiteral("profile"), QJsonObject() } },
            [done](const QJsonObject&, const std::optional<HubError>& e) { done(!e); });
    });
    if (reg < 0) {
        std::fprintf(stderr, "registration failed\n");
        return 1;
    }
    std::vector<double> network, account, work;
    int errors = 0;
    for (int i = 0; i < n; ++i) {
        const double a = timed([&](auto done) {
            client.getNetwork([done](const QJsonObject&, const std::optional<HubError>& e) { done(!e); });
        });
        const double b = timed([&](auto done) {
            client.account([done](const QJsonObject&, const std::optional<HubError>& e) { done(!e); });
        });
        (a < 0 ? errors++ : (network.push_back(a), 0));
        (b < 0 ? errors++ : (account.push_back(b), 0));
    }
    for (int i = 0; i < n / 10; ++i) {
        const double w = timed([&](auto done) {
            client.requestWork(1, 1, {},
                [done](const QList<TaskDescriptor>&, const std::optional<HubError>& e) { done(!e); });
        });
        (w < 0 ? errors++ : (work.push_back(w), 0));
    }
    hub.stop();
    std::printf("requests=%zu\n", network.size() + account.size() + work.size());
    std::printf("errors=%d\n", errors);
    std::printf("network_p50_ms=%.2f\nnetwork_p95_ms=%.2f\n", bench::percentile(network, 50),
        bench::percentile(network, 95));
    std::printf("account_signed_p50_ms=%.2f\naccount_signed_p95_ms=%.2f\n", bench::percentile(account, 50),
        bench::percentile(account, 95));
    std::printf("work_signed_p50_ms=%.2f\nwork_signed_p95_ms=%.2f\n", bench::percentile(work, 50),
        bench::percentile(work, 95));
    return errors == 0 ? 0 : 1;
}
