// SPDX-License-Identifier: GPL-3.0-or-later
// GPU work end to end (issue 15): a real sparecycles-hub process hands an sc-matmul workunit to
// an engine in this process (its idle source and its NVML are the test's), which runs it in its
// GPU slot, in the sandbox, on Debian's PoCL (the CPU as an OpenCL device), and is credited
// once. On the way the card is too hot (GPU work waits), then the user comes back (it stops at
// once) and leaves again (it goes on from where it was).
#include "e2e.h"
#include "engine/engine.h"
#include "fakes/fakeidlesource.h"
#include "network/httpclient.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

using namespace e2e;
using CoreEngine = sc::core::Engine;

namespace {

bool submitProduct(const QString& hubDir, int n, int seed)
{
    return submitWork(hubDir, QStringLiteral("sc-matmul"), QStringLiteral("%1 %2").arg(n).arg(seed));
}

// The engine's GPU tasks as its status lists them.
QList<QJsonObject> gpuTasks(const CoreEngine& engine)
{
    QList<QJsonObject> out;
    for (const QJsonValue& v : engine.status().value(QLatin1String("tasks")).toArray()) {
        if (v.toObject().value(QLatin1String("gpu")).toBool())
            out.append(v.toObject());
    }
    return out;
}

} // namespace

class TestGpuEndToEnd final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aGpuWorkunitRunsInTheGpuSlotUnderItsRulesAndIsCreditedOnce()
    {
        if (!QFileInfo::exists(QStringLiteral("/etc/OpenCL/vendors/pocl.icd")))
            QSKIP("no PoCL here (pocl-opencl-icd, scripts/setup.sh with SC_WITH_TEST_TOOLS=1)");
        QTemporaryDir dir;
        const QString hubDir = dir.filePath(QStringLiteral("hub"));
        // About 3 s on PoCL with two cores: long enough to be seen stopping and going on.
        QVERIFY(submitProduct(hubDir, 1536, 42));
        Hub hub(hubDir,
            { QStringLiteral("--quorum"), QStringLiteral("1"), QStringLiteral("--canary-rate"),
                QStringLiteral("0"), QStringLiteral("--gpu-work-on-cpu-opencl") });
        QVERIFY(hub.start());

        // The card reads 95 °C through NVML (the fake library), over the 80 °C limit and its
        // 5 °C hard margin.
        const QString gpuFile = dir.filePath(QStringLiteral("nvml-gpus"));
        auto setGpu = [&](const QByteArray& line) {
            QFile f(gpuFile);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(line);
        };
        setGpu("95 NVIDIA GeForce RTX 4070\n");
        qputenv("SC_FAKE_NVML", QFile::encodeName(gpuFile));
        sc::core::CurlHttpClient http;
        sc::core::FakeIdleSource idle;
        idle.value = 3600; // nobody here
        CoreEngine::Config c;
        c.dataDir = dir.filePath(QStringLiteral("engine"));
        c.hubUrl = hub.url();
        c.cores = 1;
        c.sysRoot = QStringLiteral(SC_TEST_DATA "/sys-vm-nothing"); // no hwmon: NVML alone
        c.nvmlLibrary = QStringLiteral(SC_FAKE_NVML_LIB);
        c.gpuProbe = bin("sc-gpu-probe");
        c.gpuWorkOnCpuOpenCl = true; // PoCL opens the GPU slot here
        c.cgroupDir = QStringLiteral("none");
        c.autoBenchmark = false;
        CoreEngine engine(c, http, [] { return QDateTime::currentSecsSinceEpoch(); });
        engine.setIdleSource(&idle);
        QString err;
        QVERIFY2(engine.start(&err), qPrintable(err));
        auto status = [&] { return engine.status(); };
        QVERIFY(waitFor([&] { return status().value(QLatin1String("gpu_slots")).toInt() == 1; }, 30000));
        QVERIFY(waitFor([&] { return status().value(QLatin1String("gpu_too_hot")).toBool(); }, 10000));
        QVERIFY2(status().value(QLatin1String("gpu_reason")).toString().contains(QStringLiteral("95 °C")),
            qPrintable(status().value(QLatin1String("gpu_reason")).toString()));
        QTest::qWait(3000); // the work is here, the card too hot: nothing starts
        QVERIFY(gpuTasks(engine).isEmpty());

        // Cooled down: the task starts in the GPU slot.
        setGpu("60 NVIDIA GeForce RTX 4070\n");
        QVERIFY2(waitFor([&] { return gpuTasks(engine).size() == 1; }, 20000, 50),
            QJsonDocument(status()).toJson().constData());
        // The user comes back: the 50 ms watch sees it and the task stops at once.
        idle.value = 0.5;
        QVERIFY(waitFor(
            [&] {
                const auto t = gpuTasks(engine);
                return t.size() == 1 && t.first().value(QLatin1String("suspended")).toBool()
                    && !status().value(QLatin1String("gpu_allowed")).toBool();
            },
            2000, 20));
        QTest::qWait(1500);
        QCOMPARE(hub.stat("tasks_credited"), 0);
        // Away again: it goes on and its result is credited, once.
        idle.value = 3600;
        QVERIFY(waitFor([&] { return hub.stat("tasks_credited") == 1; }, 120000));
        // What the app shows: the data folder's stores (the credit feed brought it).
        auto stored = [&] {
            QString e;
            return CoreEngine::readStatus(c.dataDir, &e);
        };
        QVERIFY(waitFor([&] { return stored().value(QLatin1String("tasks_valid")).toInt() == 1; }, 30000));
        const QJsonObject s = hub.stats();
        QCOMPARE(s.value(QLatin1String("tasks_invalid")).toInt(), 0);
        QVERIFY(s.value(QLatin1String("credit_total")).toInteger() > 0);
        QCOMPARE(stored().value(QLatin1String("earned_total")).toInteger(),
            s.value(QLatin1String("credit_total")).toInteger());
        bool stopped = false;
        engine.stop([&] { stopped = true; });
        QVERIFY(waitFor([&] { return stopped; }, 20000));
        qunsetenv("SC_FAKE_NVML");
        hub.stop();
        // The hub's own invariants: every credit belongs to exactly one valid result.
        QProcess check;
        check.start(bin("sparecycles-hub"),
            QStringList { QStringLiteral("check"), QStringLiteral("--data-dir"), hubDir } + dbArgs(hubDir));
        QVERIFY(check.waitForFinished(30000));
        QVERIFY2(check.exitCode() == 0, check.readAll().constData());
        QCOMPARE(hub.stat("tasks_credited"), 1);
    }
};

QTEST_GUILESS_MAIN(TestGpuEndToEnd)
#include "tst_gpue2e.moc"
