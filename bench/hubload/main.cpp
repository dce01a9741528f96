// SPDX-License-Identifier: GPL-3.0-or-later
// sc-bench-hubload: a load generator for the hub (docs/benchmarks.md "The hub at network
// scale"). N simulated devices, each with its own Ed25519 key, speak the real signed protocol
// through the client's own stack (HubClient, libcurl): register, ask for work, compute the
// real sc-primes answer in process (workloads/primes/sieve.h), upload it, report it. Two
// devices answering one workunit agree, so the hub's quorum validation runs for real.
//   sc-bench-hubload --hub URL[,URL…] --devices N --seconds S [--concurrency C]
//                    [--seconds-per-request T]
// The hub runs with --demo-work and a small --demo-span (2000: a task of 10,000 operations),
// and trusts every device (--trust-first N), or nothing validates under quorum 2.
// Prints results credited per second, requests per second, p50/p99 latency per endpoint and
// errors by code; the last line is one JSON object of the same figures.
#include "../common/benchutil.h"
#include "crypto/devicekey.h"
#include "network/httpclient.h"
#include "network/hubclient.h"
#include "primes/sieve.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace sc::core;

namespace {

struct Device {
    DeviceKey key = DeviceKey::generate();
    std::unique_ptr<HubClient> client;
};

struct Endpoint {
    std::vector<double> ms;
};

class Load final : public QObject {
public:
    Load(QList<QUrl> hubs, int devices, int concurrency, int secondsPerRequest)
        : m_hubs(std::move(hubs))
        , m_concurrency(concurrency)
        , m_secondsPerRequest(secondsPerRequest)
    {
        m_devices.resize(static_cast<size_t>(devices));
        const auto clock = [] { return QDateTime::currentSecsSinceEpoch(); };
        for (size_t i = 0; i < m_devices.size(); ++i)
            m_devices[i].client = std::make_unique<HubClient>(
                m_http, m_devices[i].key, m_hubs.at(static_cast<qsizetype>(i) % m_hubs.size()), clock);
    }

    // Registers every device, C at a time; returns the seconds it took (-1 on failure).
    double registerAll()
    {
        QElapsedTimer t;
        t.start();
        m_next = 0;
        m_running = 0;
        QEventLoop loop;
        std::function<void()> one = [&] {
            if (m_next >= m_devices.size()) {
                if (m_running == 0)
                    loop.quit();
                return;
            }
            Device& d = m_devices[m_next++];
            ++m_running;
            const QJsonObject body { { QStringLiteral("payout_address"), QString() },
                { QStringLiteral("profile"), QJsonObject { { QStringLiteral("ops_per_second"), 10000 } } } };
            timed(
                "register",
                [&d, body](auto done) {
                    d.client->registerDevice(
                        body, [done](const QJsonObject&, const std::optional<HubError>& e) { done(e); });
                },
                [&](const std::optional<HubError>&) {
                    --m_running;
                    one();
                });
        };
        for (int i = 0; i < m_concurrency; ++i)
            QTimer::singleShot(0, this, [&one] { one(); });
        loop.exec();
        return static_cast<double>(t.nsecsElapsed()) / 1e9;
    }

    // Work cycles on C workers for the given seconds (no new request after them); returns
    // the seconds from the first request to the last reply.
    double run(int seconds)
    {
        m_endpoints.clear();
        QElapsedTimer t;
        t.start();
        m_deadline.setRemainingTime(seconds * 1000LL);
        m_running = 0;
        m_next = 0;
        QEventLoop loop;
        m_quit = [&] {
            if (m_running == 0)
                loop.quit();
        };
        for (int i = 0; i < m_concurrency; ++i)
            QTimer::singleShot(0, this, [this] { cycle(); });
        loop.exec();
        return static_cast<double>(t.nsecsElapsed()) / 1e9;
    }

    const QMap<QString, Endpoint>& endpoints() const { return m_endpoints; }
    const QMap<QString, qint64>& errors() const { return m_errors; }
    qint64 credited() const { return m_credited; }
    qint64 validations() const { return m_validations; }
    qint64 invalid() const { return m_invalid; }
    qint64 requests() const
    {
        qint64 n = 0;
        for (const Endpoint& e : m_endpoints)
            n += static_cast<qint64>(e.ms.size());
        return n;
    }

private:
    using Done = std::function<void(const std::optional<HubError>&)>;

    // Calls the hub, records the latency under name and any error by its code.
    template <typename Call> void timed(const char* name, Call call, Done done)
    {
        auto t = std::make_shared<QElapsedTimer>();
        t->start();
        auto finish = [this, name, t, done](const std::optional<HubError>& e) {
            m_endpoints[QLatin1String(name)].ms.push_back(static_cast<double>(t->nsecsElapsed()) / 1e6);
            if (e)
                ++m_errors[QLatin1String(name) + QLatin1Char(' ')
                    + (e->code.isEmpty() ? QStringLiteral("transport") : e->code)];
            done(e);
        };
        call(finish);
    }

    // One device's turn: ask for work, then compute, upload and report each task.
    void cycle()
    {
        if (m_deadline.hasExpired()) {
            m_quit();
            return;
        }
        Device& d = m_devices[m_next++ % m_devices.size()];
        ++m_running;
        const QString requestId = QString::number(QRandomGenerator::global()->generate64(), 16);
        auto tasks = std::make_shared<QList<TaskDescriptor>>();
        timed(
            "work",
            [&d, requestId, tasks, this](auto done) {
                d.client->requestWork(1, m_secondsPerRequest, requestId,
                    [tasks, done](const QList<TaskDescriptor>& list, const std::optional<HubError>& e) {
                        *tasks = list;
                        done(e);
                    });
            },
            [this, &d, tasks](const std::optional<HubError>& e) {
                if (e || tasks->isEmpty())
                    return endCycle();
                doTasks(d, tasks, 0);
            });
    }

    void endCycle()
    {
        --m_running;
        if (m_deadline.hasExpired())
            return m_quit();
        cycle();
    }

    void doTasks(Device& d, std::shared_ptr<QList<TaskDescriptor>> tasks, qsizetype i)
    {
        if (i >= tasks->size())
            return endCycle();
        const TaskDescriptor& task = tasks->at(i);
        const QList<QByteArray> range = task.input.trimmed().split(' ');
        const std::string text = range.size() == 2
            ? sc::primes::answer(range.at(0).toULongLong(), range.at(1).toULongLong())
            : std::string("bad input\n");
        const QByteArray output = QByteArray::fromStdString(text);
        const QByteArray sha = QCryptographicHash::hash(output, QCryptographicHash::Sha256).toHex();
        const QString id = task.id;
        const QByteArray input = task.input;
        timed(
            "output",
            [&d, id, output](auto done) {
                d.client->uploadOutput(
                    id, output, [done](const QJsonObject&, const std::optional<HubError>& e) { done(e); });
            },
            [this, &d, tasks, i, id, sha, input](const std::optional<HubError>& e) {
                if (e)
                    return doTasks(d, tasks, i + 1);
                auto status = std::make_shared<QString>();
                timed(
                    "result",
                    [&d, id, sha, status](auto done) {
                        d.client->reportResult(id, 0, 0.001, sha,
                            [status, done](const QJsonObject& reply, const std::optional<HubError>& err) {
                                *status = reply.value(QLatin1String("status")).toString();
                                done(err);
                            });
                    },
                    [this, &d, tasks, i, input, status](const std::optional<HubError>& err) {
                        if (!err)
                            count(input, *status);
                        doTasks(d, tasks, i + 1);
                    });
            });
    }

    // Every device is ours: a report judged valid credits itself and the pending reports of
    // the same workunit (its input) that were waiting for it.
    void count(const QByteArray& input, const QString& status)
    {
        if (status == QLatin1String("pending")) {
            ++m_pending[input];
        } else if (status == QLatin1String("valid")) {
            m_credited += 1 + m_pending.take(input);
            ++m_validations;
        } else {
            ++m_invalid;
            m_pending.remove(input);
        }
    }

    QList<QUrl> m_hubs;
    int m_concurrency;
    int m_secondsPerRequest;
    CurlHttpClient m_http;
    std::vector<Device> m_devices;
    size_t m_next = 0;
    int m_running = 0;
    QDeadlineTimer m_deadline;
    std::function<void()> m_quit;
    QMap<QString, Endpoint> m_endpoints;
    QMap<QString, qint64> m_errors;
    QHash<QByteArray, qint64> m_pending;
    qint64 m_credited = 0;
    qint64 m_validations = 0;
    qint64 m_invalid = 0;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Load generator for sparecycles-hub (docs/benchmarks.md)."));
    p.addHelpOption();
    const QCommandLineOption hubs(
        QStringLiteral("hub"), QStringLiteral("Hub address(es), comma-separated."), QStringLiteral("url"));
    const QCommandLineOption devices(QStringLiteral("devices"),
        QStringLiteral("Simulated devices (default 1000)."), QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption seconds(QStringLiteral("seconds"),
        QStringLiteral("Seconds of load (default 20)."), QStringLiteral("s"), QStringLiteral("20"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"),
        QStringLiteral("Requests in flight (default 16)."), QStringLiteral("c"), QStringLiteral("16"));
    const QCommandLineOption perRequest(QStringLiteral("seconds-per-request"),
        QStringLiteral("Seconds of work each request asks for at 10,000 operations a second (default 4: four "
                       "tasks with --demo-span 2000)."),
        QStringLiteral("s"), QStringLiteral("4"));
    p.addOptions({ hubs, devices, seconds, concurrency, perRequest });
    p.process(app);
    QList<QUrl> urls;
    for (const QString& u : p.value(hubs).split(QLatin1Char(','), Qt::SkipEmptyParts))
        urls.append(QUrl(u));
    const int n = p.value(devices).toInt();
    const int s = p.value(seconds).toInt();
    const int c = p.value(concurrency).toInt();
    const int t = p.value(perRequest).toInt();
    if (urls.isEmpty() || n < 2 || s < 1 || c < 1 || t < 1) {
        std::fprintf(
            stderr, "sc-bench-hubload: --hub URL, --devices >= 2, --seconds >= 1, --concurrency >= 1\n");
        return 2;
    }
    QElapsedTimer keys;
    keys.start();
    Load load(urls, n, c, t);
    std::printf("%d device keys made in %.1f s\n", n, static_cast<double>(keys.nsecsElapsed()) / 1e9);
    const double reg = load.registerAll();
    const auto regErrors = load.errors();
    const auto regMs = load.endpoints().value(QStringLiteral("register")).ms;
    std::printf("registered %d devices in %.1f s (%.0f a second, p50 %.1f ms, p99 %.1f ms)\n", n, reg,
        n / reg, bench::percentile(regMs, 50), bench::percentile(regMs, 99));
    const double wall = load.run(s);
    std::printf("load: %d s on %lld hub address(es), %d in flight, %d devices\n", s,
        static_cast<long long>(urls.size()), c, n);
    std::printf("results credited: %lld (%.0f a second); reports judged valid at once (a workunit's "
                "deciding answer or a canary): %lld; invalid: %lld\n",
        static_cast<long long>(load.credited()), static_cast<double>(load.credited()) / wall,
        static_cast<long long>(load.validations()), static_cast<long long>(load.invalid()));
    std::printf("requests: %lld (%.0f a second)\n", static_cast<long long>(load.requests()),
        static_cast<double>(load.requests()) / wall);
    std::printf("%-10s %8s %9s %9s\n", "endpoint", "requests", "p50 ms", "p99 ms");
    QJsonObject latency;
    double worstP99 = 0;
    for (auto it = load.endpoints().cbegin(); it != load.endpoints().cend(); ++it) {
        const double p50 = bench::percentile(it.value().ms, 50);
        const double p99 = bench::percentile(it.value().ms, 99);
        worstP99 = std::max(worstP99, p99);
        std::printf("%-10s %8zu %9.1f %9.1f\n", qPrintable(it.key()), it.value().ms.size(), p50, p99);
        latency.insert(
            it.key(), QJsonObject { { QStringLiteral("p50_ms"), p50 }, { QStringLiteral("p99_ms"), p99 } });
    }
    QJsonObject errors;
    for (auto it = regErrors.cbegin(); it != regErrors.cend(); ++it)
        errors.insert(it.key(), it.value());
    for (auto it = load.errors().cbegin(); it != load.errors().cend(); ++it)
        errors.insert(it.key(), it.value());
    if (errors.isEmpty())
        std::printf("errors: none\n");
    for (auto it = errors.begin(); it != errors.end(); ++it)
        std::printf("error %s: %lld\n", qPrintable(it.key()), static_cast<long long>(it.value().toInteger()));
    const QJsonObject summary { { QStringLiteral("devices"), n },
        { QStringLiteral("addresses"), urls.size() }, { QStringLiteral("registrations_per_s"), n / reg },
        { QStringLiteral("credited_per_s"), static_cast<double>(load.credited()) / wall },
        { QStringLiteral("requests_per_s"), static_cast<double>(load.requests()) / wall },
        { QStringLiteral("worst_p99_ms"), worstP99 }, { QStringLiteral("latency"), latency },
        { QStringLiteral("errors"), errors } };
    std::printf("%s\n", QJsonDocument(summary).toJson(QJsonDocument::Compact).constData());
    return 0;
}
