// SPDX-License-Identifier: GPL-3.0-or-later
// GPU work in the store (docs/protocol.md "GPU work"): who gets sc-matmul workunits, how many,
// and how their outputs are judged (Freivalds' check, then the quorum) and credited; on SQLite
// and, as tst_gpuwork_postgres, on PostgreSQL.
#include "demowork.h"
#include "hubstore.h"
#include "matmulfixture.h"
#include "postgres/testdatabase.h"
#include "taskapps.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace sc::hub;
using Resource = sc::core::TaskDescriptor::Resource;

namespace {

QString device(char c) { return QString(64, QLatin1Char(c)); }

// A registered profile naming one OpenCL device of this type and memory (none for "").
QByteArray profile(const QString& type, double memoryBytes)
{
    QJsonArray devices;
    if (!type.isEmpty())
        devices.append(
            QJsonObject { { QStringLiteral("type"), type }, { QStringLiteral("name"), QStringLiteral("dev") },
                { QStringLiteral("memory_bytes"), memoryBytes } });
    return QJsonDocument(QJsonObject { { QStringLiteral("opencl_devices"), devices } })
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestGpuWork final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    int m_serial = 0;
    qint64 m_now = 1'700'000'000;
    std::unique_ptr<HubStore> m_store;

    void openStore(int quorum, bool gpuWorkOnCpuOpenCl = false)
    {
        HubConfig config { quorum, 0.0, 3600 };
        config.gpuWorkOnCpuOpenCl = gpuWorkOnCpuOpenCl;
        m_store = std::make_unique<HubStore>(
            config, [this] { return m_now; }, [] { return 0.99; });
        QString error;
        QVERIFY2(m_store->open(m_path, &error), qPrintable(error));
    }
    void registerDevice(char c, const QByteArray& profileJson)
    {
        bool created = false;
        const StoreResult r = m_store->registerDevice(device(c), QString(), profileJson, 1e9, &created);
        QVERIFY2(r.ok(), qPrintable(r.message));
    }
    QList<IssuedTask> work(char dev, int cores, qint64 seconds, int gpus)
    {
        QList<IssuedTask> tasks;
        const StoreResult r = m_store->assignWork(
            device(dev), sc::core::WorkRequest { cores, seconds, QString(), gpus }, &tasks);
        return r.ok() ? tasks : QList<IssuedTask> {};
    }
    static qsizetype count(const QList<IssuedTask>& tasks, Resource resource)
    {
        return std::count_if(
            tasks.cbegin(), tasks.cend(), [&](const IssuedTask& t) { return t.resource == resource; });
    }
    void queue(const QString& app, const QString& input, int copies = 1)
    {
        const auto unit = TaskApps::workunit(app, input);
        QVERIFY(std::holds_alternative<NewWorkunit>(unit));
        QVERIFY(m_store->addWorkunits({ std::get<NewWorkunit>(unit) }, copies));
    }
    QString report(char dev, const QString& task, const QByteArray& output)
    {
        QByteArray sha;
        const StoreResult up = m_store->storeOutput(device(dev), task, output, &sha);
        if (!up.ok())
            return QStringLiteral("<upload %1: %2>").arg(int(up.code)).arg(up.message);
        QString status;
        const StoreResult r = m_store->reportResult(device(dev), task, 0, 1.0, sha, &status);
        return r.ok() ? status : QStringLiteral("<report %1: %2>").arg(int(r.code)).arg(r.message);
    }
    qint64 total(char dev)
    {
        QJsonObject a;
        return m_store->account(device(dev), &a).ok() ? a.value(QLatin1String("total")).toInteger(-1) : -1;
    }

private Q_SLOTS:
    void init()
    {
        m_store.reset();
        m_path = sc::test::freshDatabase(m_dir, QStringLiteral("gpu%1").arg(++m_serial));
    }
    void cleanup() { m_store.reset(); }

    void gpuWorkGoesOnlyToGpuSlotsOfDevicesWithASuitableOpenClDevice()
    {
        openStore(1);
        registerDevice('g', profile(QStringLiteral("gpu"), 8e9));
        registerDevice('x', profile(QStringLiteral("accelerator"), 8e9));
        registerDevice('p', profile(QStringLiteral("cpu"), 8e9)); // PoCL only
        registerDevice('n', "{}");
        for (int i = 0; i < 10; ++i)
            queue(QStringLiteral("sc-matmul"), QStringLiteral("16 %1").arg(i));
        // A request without gpus never gets GPU work, whatever the device has.
        QCOMPARE(work('g', 4, 3600, 0).size(), 0);
        // One GPU slot: at most two unfinished GPU tasks, each marked gpu.
        const auto first = work('g', 1, 1, 1);
        QCOMPARE(first.size(), 2);
        QCOMPARE(count(first, Resource::Gpu), 2);
        QCOMPARE(first.first().app, QStringLiteral("sc-matmul"));
        QCOMPARE(work('g', 1, 1, 1).size(), 0); // still holds two
        QCOMPARE(work('g', 1, 1, 3).size(), 4); // room for three GPUs
        QCOMPARE(work('x', 1, 1, 1).size(), 2); // an accelerator is as good as a GPU
        QCOMPARE(work('p', 1, 1, 16).size(), 0);
        QCOMPARE(work('n', 1, 1, 16).size(), 0);
    }

    void cpuOpenClDevicesGetGpuWorkWhenTheHubAllowsIt()
    {
        openStore(1, true);
        registerDevice('p', profile(QStringLiteral("cpu"), 8e9));
        registerDevice('n', profile(QString(), 0));
        queue(QStringLiteral("sc-matmul"), QStringLiteral("16 1"), 3);
        QCOMPARE(count(work('p', 1, 1, 1), Resource::Gpu), 2);
        QCOMPARE(work('n', 1, 1, 1).size(), 0);
    }

    void gpuWorkNeedsRoomForItsThreeMatrices()
    {
        openStore(1);
        // 3 · 1024² · 4 bytes = 12 MiB for n = 1024; 3 KiB for n = 16.
        registerDevice('s', profile(QStringLiteral("gpu"), 4 * 1024 * 1024));
        registerDevice('b', profile(QStringLiteral("gpu"), 12 * 1024 * 1024));
        queue(QStringLiteral("sc-matmul"), QStringLiteral("1024 1"));
        queue(QStringLiteral("sc-matmul"), QStringLiteral("16 1"));
        const auto small = work('s', 1, 1, 1);
        QCOMPARE(small.size(), 1);
        QCOMPARE(small.first().input, QStringLiteral("16 1"));
        const auto big = work('b', 1, 1, 1); // quorum 1: the small one wants no second replica
        QCOMPARE(big.size(), 1);
        QCOMPARE(big.first().input, QStringLiteral("1024 1"));
    }

    void cpuWorkIsHandedOutAsBeforeAndApartFromGpuWork()
    {
        openStore(1);
        registerDevice('g', profile(QStringLiteral("gpu"), 8e9));
        registerDevice('h', profile(QStringLiteral("gpu"), 8e9));
        // 1e9 ops/s: one core-second is 200 ranges of 1e6 numbers (5e6 ops each).
        for (int i = 0; i < 300; ++i)
            queue(QStringLiteral("sc-primes"),
                QStringLiteral("%1 %2").arg(i * 1'000'000).arg((i + 1) * 1'000'000));
        for (int i = 0; i < 4; ++i)
            queue(QStringLiteral("sc-matmul"), QStringLiteral("4096 %1").arg(i)); // 6.9e10 ops each
        const auto cpuOnly = work('h', 1, 1, 0);
        QCOMPARE(cpuOnly.size(), HubStore::kMaxInProgressPerCore);
        QCOMPARE(count(cpuOnly, Resource::Cpu), HubStore::kMaxInProgressPerCore);
        // The same CPU request with a GPU slot: the same CPU tasks, and GPU tasks beside them that
        // the CPU's budget (1 core-second, far below one n = 4096 product) does not limit.
        const auto both = work('g', 1, 1, 1);
        QCOMPARE(count(both, Resource::Cpu), HubStore::kMaxInProgressPerCore);
        QCOMPARE(count(both, Resource::Gpu), 2);
        // Holding GPU tasks leaves the CPU cap alone, and the other way round.
        QCOMPARE(count(work('g', 2, 1, 0), Resource::Cpu), HubStore::kMaxInProgressPerCore);
        QCOMPARE(count(work('h', 1, 1, 1), Resource::Gpu), 2);
        QList<IssuedTask> held;
        QVERIFY(m_store->heldWork(device('g'), &held).ok());
        QCOMPARE(count(held, Resource::Gpu), 2);
        QCOMPARE(count(held, Resource::Cpu), 2 * HubStore::kMaxInProgressPerCore);
    }

    void neverTwoReplicasOfOneGpuWorkunitToOneDevice()
    {
        openStore(3);
        registerDevice('g', profile(QStringLiteral("gpu"), 8e9));
        queue(QStringLiteral("sc-matmul"), QStringLiteral("16 1"));
        QCOMPARE(work('g', 1, 1, 16).size(), 1);
        QVERIFY(m_store->setTrusted(device('g'), true));
        QCOMPARE(work('g', 1, 1, 16).size(), 0);
    }

    void aTrueProductValidatesByQuorumAndIsCreditedOnce()
    {
        openStore(2);
        registerDevice('a', profile(QStringLiteral("gpu"), 8e9));
        registerDevice('b', profile(QStringLiteral("gpu"), 8e9));
        QVERIFY(m_store->setTrusted(device('a'), true));
        queue(QStringLiteral("sc-matmul"), QStringLiteral("32 5"));
        const auto ta = work('a', 1, 1, 1);
        const auto tb = work('b', 1, 1, 1);
        QCOMPARE(ta.size(), 1);
        QCOMPARE(tb.size(), 1);
        QCOMPARE(ta.first().estimatedOps, 32 * 32 * 32);
        const QByteArray right = sc::test::matmulOutput(32, 5);
        QCOMPARE(report('a', ta.first().id, right), QStringLiteral("pending"));
        QCOMPARE(report('b', tb.first().id, right), QStringLiteral("valid"));
        QCOMPARE(total('a'), ta.first().reward);
        QCOMPARE(total('b'), tb.first().reward);
        QVERIFY(ta.first().reward > 0);
        // Once: a second report is refused and credits nothing.
        QString status;
        const QByteArray sha = QCryptographicHash::hash(right, QCryptographicHash::Sha256).toHex();
        QCOMPARE(m_store->reportResult(device('b'), tb.first().id, 0, 1.0, sha, &status).code,
            StoreResult::Code::AlreadyReported);
        QCOMPARE(total('b'), tb.first().reward);
        QCOMPARE(m_store->stats().value(QLatin1String("workunits_validated")).toInteger(), 1);
        QString error;
        const auto books = m_store->checkInvariants(&error);
        QVERIFY2(books, qPrintable(error));
        for (const InvariantResult& r : *books)
            QVERIFY2(r.violations == 0, qPrintable(r.name));
    }

    void aProductFailingFreivaldsIsInvalidEvenWhenDevicesAgreeOnIt()
    {
        openStore(2);
        for (char c : { 'a', 'b', 'c' })
            registerDevice(c, profile(QStringLiteral("gpu"), 8e9));
        QVERIFY(m_store->setTrusted(device('a'), true));
        QVERIFY(m_store->setTrusted(device('b'), true));
        queue(QStringLiteral("sc-matmul"), QStringLiteral("16 9"));
        const auto ta = work('a', 1, 1, 1);
        const auto tb = work('b', 1, 1, 1);
        QCOMPARE(ta.size() + tb.size(), 2);
        // Two trusted devices agreeing on the same wrong product validate nothing: each answer
        // is invalid at once and the workunit wants replacements.
        const QByteArray wrong = sc::test::wrongMatmulOutput(16, 9, 7);
        QCOMPARE(report('a', ta.first().id, wrong), QStringLiteral("invalid"));
        QCOMPARE(report('b', tb.first().id, wrong), QStringLiteral("invalid"));
        QCOMPARE(report('a', ta.first().id, wrong).left(9), QStringLiteral("<report 5")); // already reported
        QCOMPARE(total('a'), 0);
        QCOMPARE(total('b'), 0);
        // Garbage that is no sc-matmul output at all is invalid the same way.
        const auto tc = work('c', 1, 1, 1);
        QCOMPARE(tc.size(), 1);
        QCOMPARE(report('c', tc.first().id, "not a product\n"), QStringLiteral("invalid"));
        QCOMPARE(m_store->stats().value(QLatin1String("workunits_validated")).toInteger(), 0);
    }

    void outputsOverTheCpuLimitAreForGpuTasksOnly()
    {
        openStore(1);
        registerDevice('g', profile(QStringLiteral("gpu"), 8e9));
        queue(QStringLiteral("sc-primes"), QStringLiteral("0 100"));
        queue(QStringLiteral("sc-matmul"), QStringLiteral("600 1"));
        const auto tasks = work('g', 1, 1, 1);
        QCOMPARE(tasks.size(), 2);
        const QString cpuTask = tasks.at(0).resource == Resource::Cpu ? tasks.at(0).id : tasks.at(1).id;
        const QString gpuTask = tasks.at(0).resource == Resource::Gpu ? tasks.at(0).id : tasks.at(1).id;
        QVERIFY(!m_store->takesLargeOutput(cpuTask));
        QVERIFY(m_store->takesLargeOutput(gpuTask));
        QVERIFY(!m_store->takesLargeOutput(QStringLiteral("t-nope")));
        const QByteArray big(TaskApps::kMaxCpuOutputBytes + 1, 'x');
        QByteArray sha;
        QCOMPARE(m_store->storeOutput(device('g'), cpuTask, big, &sha).code, StoreResult::Code::TooLarge);
        QCOMPARE(
            m_store->storeOutput(
                       device('g'), gpuTask, QByteArray(TaskApps::kMaxGpuOutputBytes + 1, 'x'), &sha)
                .code,
            StoreResult::Code::TooLarge);
        // 600² entries: 1.4 MB, over the CPU limit; wrong, so invalid.
        QCOMPARE(report('g', gpuTask, sc::test::wrongMatmulOutput(600, 1).left(600 * 600 * 4 + 20)),
            QStringLiteral("invalid"));
        m_now += 7200; // past its deadline, a GPU task takes no large output either
        QVERIFY(!m_store->takesLargeOutput(gpuTask));
    }

    void demoGpuWorkContinuesFromItsOwnStoredSeed()
    {
        openStore(1);
        registerDevice('g', profile(QStringLiteral("gpu"), 8e9));
        QCOMPARE(DemoWork(*m_store, 1000, 0, 2, 16).topUp(), 2);
        QCOMPARE(DemoWork(*m_store, 1000, 0, 2, 16).topUp(), 0);
        QCOMPARE(m_store->openWorkunits(Resource::Gpu), 2);
        QCOMPARE(m_store->openWorkunits(Resource::Cpu), 0);
        const auto first = work('g', 1, 1, 1);
        QCOMPARE(first.size(), 2);
        QCOMPARE(first.at(0).input, QStringLiteral("16 1"));
        QCOMPARE(first.at(1).input, QStringLiteral("16 2"));
        QCOMPARE(first.at(0).resource, Resource::Gpu);
        m_store->close();
        openStore(1);
        QCOMPARE(DemoWork(*m_store, 1000, 0, 2, 16).topUp(), 2); // both taken: two new seeds
        QCOMPARE(report('g', first.at(0).id, sc::test::matmulOutput(16, 1)), QStringLiteral("valid"));
        const auto next = work('g', 1, 1, 1);
        QCOMPARE(next.size(), 1);
        QCOMPARE(next.first().input, QStringLiteral("16 3"));
    }
};

QTEST_GUILESS_MAIN(TestGpuWork)
#include "tst_gpuwork.moc"
