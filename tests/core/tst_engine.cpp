// SPDX-License-Identifier: GPL-3.0-or-later
// The engine's state machine with a hub that cannot be reached, a fake idle source and the
// real settings file: what the user sees and what `status` says, without any network.
#include "engine/engine.h"
#include "engine/localhub.h"
#include "fakes/fakeidlesource.h"
#include "network/httpclient.h"
#include "settings/settings.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace sc::core;
using State = Engine::State;

namespace {
class RefusingTransport final : public HttpTransport {
public:
    int requests = 0;
    quint64 send(HttpRequest, Callback done) override
    {
        ++requests;
        HttpResponse r;
        r.error = HttpResponse::Error::Connect;
        r.errorText = QStringLiteral("Could not connect to 127.0.0.1:9: connection refused");
        QTimer::singleShot(0, this, [r, done] { done(r); });
        return static_cast<quint64>(requests);
    }
    void cancel(quint64) override { }
};

// The real HTTP client, remembering what went to the hub.
class RecordingTransport final : public HttpTransport {
public:
    CurlHttpClient real;
    QList<HttpRequest> sent;
    quint64 send(HttpRequest r, Callback done) override
    {
        sent.append(r);
        return real.send(std::move(r), std::move(done));
    }
    void cancel(quint64 id) override { real.cancel(id); }
    QList<QJsonObject> registrations() const
    {
        QList<QJsonObject> out;
        for (const HttpRequest& r : sent) {
            if (r.method == "POST" && r.url.path() == QLatin1String("/v1/devices"))
                out.append(QJsonDocument::fromJson(r.body).object());
        }
        return out;
    }
};

Engine::Config config(const QTemporaryDir& d)
{
    Engine::Config c;
    c.dataDir = d.filePath(QStringLiteral("engine"));
    c.hubUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
    c.cores = 1;
    c.sysRoot = QStringLiteral(SC_TEST_DATA "/sys-amd-desktop");
    c.autoBenchmark = false; // measured in its own test
    return c;
}
} // namespace

class TestEngine final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void followsIdleTimePauseAndSettings()
    {
        QTemporaryDir d;
        RefusingTransport http;
        FakeIdleSource idle;
        idle.value = 5;
        Engine engine(config(d), http, [] { return QDateTime::currentSecsSinceEpoch(); });
        engine.setIdleSource(&idle);
        QString err;
        QVERIFY2(engine.start(&err), qPrintable(err));
        QTRY_COMPARE(engine.state(), State::WaitingForIdle);
        QVERIFY(engine.reason().contains(QLatin1String("idle for 3 minute")));
        QJsonObject s = engine.status();
        QCOMPARE(s.value(QLatin1String("idle_seconds")).toDouble(), 5.0);
        QCOMPARE(s.value(QLatin1String("idle_source")).toString(), QStringLiteral("fake"));
        QCOMPARE(s.value(QLatin1String("cpu_temp_c")).toDouble(), 65.3); // k10temp Tctl from the fixture
        QCOMPARE(s.value(QLatin1String("allowed_cores")).toInt(), 0);

        idle.value = 600; // away for ten minutes: allowed to run, but the hub is down
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), State::Offline, 5000);
        QVERIFY(engine.reason().contains(QLatin1String("connection refused")));
        QVERIFY(http.requests > 0);

        engine.pauseByUser(QDateTime::currentSecsSinceEpoch() + 3600);
        QCOMPARE(engine.state(), State::Paused);
        engine.resumeByUser();
        QCOMPARE(engine.state(), State::Offline);

        // Another front end (the CLI's `config set`) changes a setting: applied within a second.
        Settings other(d.filePath(QStringLiteral("engine/settings.ini")));
        QVERIFY(other.set(QStringLiteral("exclusive_programs"), QStringLiteral("tst_engine"), &err));
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), State::Suspended, 8000);
        QVERIFY(engine.reason().contains(QLatin1String("tst_engine is running")));

        idle.value.reset(); // the source cannot tell any more: treated as "user here"
        QVERIFY(other.set(QStringLiteral("exclusive_programs"), QString(), &err));
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), State::WaitingForIdle, 5000);
        QCOMPARE(
            engine.status().value(QLatin1String("policy_reason")).toString(), QStringLiteral("idle_unknown"));
        QVERIFY(engine.status().value(QLatin1String("idle_seconds")).isNull());

        bool stopped = false;
        engine.stop([&] { stopped = true; });
        QTRY_VERIFY(stopped);
        QCOMPARE(Engine::readStatus(d.filePath(QStringLiteral("engine")), &err)
                     .value(QLatin1String("state"))
                     .toString(),
            QStringLiteral("stopped"));
    }
    void holdsTheCpuTemperatureLimit()
    {
        // A copy of the AMD desktop's sysfs whose Tctl we heat up and cool down.
        QTemporaryDir d;
        const QString sys = d.filePath(QStringLiteral("sys"));
        QVERIFY(QDir().mkpath(sys + QStringLiteral("/class/hwmon/hwmon0")));
        QDir().mkpath(sys + QStringLiteral("/class/power_supply"));
        auto write = [&](const QString& name, const QByteArray& v) {
            QFile f(sys + QStringLiteral("/class/hwmon/hwmon0/") + name);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(v);
        };
        write(QStringLiteral("name"), "k10temp\n");
        write(QStringLiteral("temp1_label"), "Tctl\n");
        write(QStringLiteral("temp1_input"), "60000\n");
        RefusingTransport http;
        FakeIdleSource idle;
        idle.value = 3600;
        Engine::Config c = config(d);
        c.sysRoot = sys;
        Engine engine(c, http, [] { return QDateTime::currentSecsSinceEpoch(); });
        engine.setIdleSource(&idle);
        QString err;
        QVERIFY(engine.start(&err));
        QTRY_COMPARE_WITH_TIMEOUT(
            engine.status().value(QLatin1String("thermal")).toString(), QStringLiteral("full"), 5000);
        write(QStringLiteral("temp1_input"), "90000\n"); // above 80 + 5: everything stops at once
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), State::Throttled, 5000);
        QVERIFY2(engine.reason().contains(QStringLiteral("CPU at 90 °C, limit 80 °C")),
            qPrintable(engine.reason()));
        QCOMPARE(engine.status().value(QLatin1String("duty_cycle")).toDouble(), 0.0);
        QCOMPARE(engine.status().value(QLatin1String("cpu_temp_c")).toDouble(), 90.0);
        write(QStringLiteral("temp1_input"), "79000\n"); // not yet 3 °C under the limit
        QTest::qWait(1500);
        QCOMPARE(engine.state(), State::Throttled);
        write(QStringLiteral("temp1_input"), "70000\n");
        QTRY_VERIFY_WITH_TIMEOUT(engine.state() != State::Throttled, 5000);
        engine.stop([] {});
    }
    void readsNvidiaGpuTemperaturesThroughNvml()
    {
        QTemporaryDir d;
        const QString gpus = d.filePath(QStringLiteral("gpus"));
        auto setGpu = [&](const QByteArray& line) {
            QFile f(gpus);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(line);
        };
        setGpu("83 NVIDIA GeForce RTX 4070\n");
        qputenv("SC_FAKE_NVML", QFile::encodeName(gpus));
        RefusingTransport http;
        FakeIdleSource idle;
        idle.value = 3600;
        Engine::Config c = config(d);
        c.sysRoot = QStringLiteral(SC_TEST_DATA "/sys-vm-nothing"); // no hwmon GPU: NVML alone
        c.nvmlLibrary = QStringLiteral(SC_FAKE_NVML_LIB);
        Engine engine(c, http, [] { return QDateTime::currentSecsSinceEpoch(); });
        engine.setIdleSource(&idle);
        QString err;
        QVERIFY2(engine.start(&err), qPrintable(err));
        QTRY_COMPARE(engine.status().value(QLatin1String("gpu_temp_c")).toDouble(), 83.0);
        QCOMPARE(engine.status().value(QLatin1String("gpu_too_hot")).toBool(), true); // limit 80 °C
        QCOMPARE(engine.status().value(QLatin1String("gpu_allowed")).toBool(), false);
        setGpu("61 NVIDIA GeForce RTX 4070\n");
        QTRY_COMPARE_WITH_TIMEOUT(engine.status().value(QLatin1String("gpu_temp_c")).toDouble(), 61.0, 5000);
        QCOMPARE(engine.status().value(QLatin1String("gpu_too_hot")).toBool(), false);
        QCOMPARE(engine.status().value(QLatin1String("gpu_allowed")).toBool(), true);
        engine.stop([] {});
        qunsetenv("SC_FAKE_NVML");
    }
    void tellsTheHubWhenTheHardwareChanges()
    {
        // A copy of the AMD desktop's /proc whose RAM grows while the engine runs, and the
        // real local hub.
        QTemporaryDir d;
        const QString proc = d.filePath(QStringLiteral("proc"));
        QVERIFY(QDir().mkpath(proc));
        QVERIFY(QFile::copy(
            QStringLiteral(SC_TEST_DATA "/proc-amd-desktop/cpuinfo"), proc + QStringLiteral("/cpuinfo")));
        auto setRamKb = [&](qint64 kb) {
            QFile f(proc + QStringLiteral("/meminfo"));
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("MemTotal: " + QByteArray::number(kb) + " kB\nMemAvailable: 1000000 kB\n");
        };
        setRamKb(16 * 1024 * 1024);
        LocalHub hub;
        QString err;
        QVERIFY2(hub.start(d.filePath(QStringLiteral("hub")), &err), qPrintable(err));
        RecordingTransport http;
        FakeIdleSource idle;
        idle.value = 5; // someone is here: no task starts, but the device joins the network
        Engine::Config c = config(d);
        c.hubUrl = hub.url();
        c.procRoot = proc;
        c.hardwareCheckSeconds = 1;
        Engine engine(c, http, [] { return QDateTime::currentSecsSinceEpoch(); });
        engine.setIdleSource(&idle);
        QVERIFY2(engine.start(&err), qPrintable(err));
        QTRY_COMPARE_WITH_TIMEOUT(http.registrations().size(), 1, 10000);
        auto ram = [](const QJsonObject& reg) {
            return reg.value(QLatin1String("profile"))
                .toObject()
                .value(QLatin1String("ram_total_bytes"))
                .toInteger();
        };
        QCOMPARE(ram(http.registrations().first()), 16LL << 30);
        QTest::qWait(2500); // unchanged hardware: nothing more is sent
        QCOMPARE(http.registrations().size(), 1);
        setRamKb(32 * 1024 * 1024);
        QTRY_COMPARE_WITH_TIMEOUT(http.registrations().size(), 2, 10000);
        QCOMPARE(ram(http.registrations().last()), 32LL << 30);
        bool stopped = false;
        engine.stop([&] { stopped = true; });
        QTRY_VERIFY(stopped);
        hub.stop();
    }
    void measuresTheSpeedWhenIdleBeforeTheFirstTask()
    {
        QTemporaryDir d;
        LocalHub hub;
        QString err;
        QVERIFY2(hub.start(d.filePath(QStringLiteral("hub")), &err), qPrintable(err));
        RecordingTransport http;
        FakeIdleSource idle;
        idle.value = 5;
        Engine::Config c = config(d);
        c.hubUrl = hub.url();
        c.autoBenchmark = true;
        c.benchmarkSliceSeconds = 0.05;
        Engine engine(c, http, [] { return QDateTime::currentSecsSinceEpoch(); });
        engine.setIdleSource(&idle);
        QSignalSpy activity(&engine, &Engine::activity);
        QVERIFY2(engine.start(&err), qPrintable(err));
        QTRY_COMPARE_WITH_TIMEOUT(http.registrations().size(), 1, 10000);
        QTest::qWait(500);
        const QString saved = c.dataDir + QStringLiteral("/benchmark.json");
        QVERIFY(!QFile::exists(saved)); // the user is here: nothing is measured
        idle.value = 3600;
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(saved), 15000);
        // The hub hears the result with the profile, and the first task starts after it.
        QTRY_COMPARE_WITH_TIMEOUT(http.registrations().size(), 2, 10000);
        const QJsonObject bench = http.registrations()
                                      .last()
                                      .value(QLatin1String("profile"))
                                      .toObject()
                                      .value(QLatin1String("benchmark"))
                                      .toObject();
        QVERIFY(bench.value(QLatin1String("int_mops_all")).toDouble() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(engine.status().value(QLatin1String("tasks_running")).toInt() > 0, 20000);
        // The task's measured processor use (one task of the computer's CPUs) shows in status.
        QTRY_VERIFY_WITH_TIMEOUT(
            engine.status().value(QLatin1String("tasks_cpu_percent")).toDouble() > 5, 20000);
        QVERIFY(engine.status().value(QLatin1String("tasks_cpu_percent")).toDouble() <= 100);
        bool measuredLogged = false;
        for (const auto& a : activity)
            measuredLogged
                = measuredLogged || a.at(0).toString().startsWith(QLatin1String("Speed measured: score "));
        QVERIFY(measuredLogged);
        bool stopped = false;
        engine.stop([&] { stopped = true; });
        QTRY_VERIFY_WITH_TIMEOUT(stopped, 15000);
        hub.stop();
    }
    // Issue 17: where no sandbox can run, tasks wait for the user's yes (run_without_sandbox),
    // and the status says why; once allowed, they run.
    void withoutASandboxTasksWaitForTheUsersPermission()
    {
        QTemporaryDir d;
        LocalHub hub;
        QString err;
        QVERIFY2(hub.start(d.filePath(QStringLiteral("hub")), &err), qPrintable(err));
        RecordingTransport http;
        FakeIdleSource idle;
        idle.value = 3600;
        Engine::Config c = config(d);
        c.hubUrl = hub.url();
        platform::Sandbox none;
        none.name = QStringLiteral("none");
        none.reason = QStringLiteral("bubblewrap (bwrap) is not installed");
        c.sandbox = none;
        Engine engine(c, http, [] { return QDateTime::currentSecsSinceEpoch(); });
        engine.setIdleSource(&idle);
        QVERIFY2(engine.start(&err), qPrintable(err));
        QTRY_COMPARE_WITH_TIMEOUT(http.registrations().size(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), State::Suspended, 5000);
        QVERIFY2(engine.reason().contains(QLatin1String("bwrap")), qPrintable(engine.reason()));
        QTest::qWait(2000);
        QJsonObject s = engine.status();
        QCOMPARE(s.value(QLatin1String("tasks_running")).toInt(), 0);
        QCOMPARE(s.value(QLatin1String("sandbox")).toString(), QStringLiteral("none"));
        QCOMPARE(s.value(QLatin1String("reason_code")).toString(), QStringLiteral("no_sandbox"));
        QVERIFY(engine.settings()->set(QStringLiteral("run_without_sandbox"), QStringLiteral("true"), &err));
        QTRY_VERIFY_WITH_TIMEOUT(engine.status().value(QLatin1String("tasks_running")).toInt() > 0, 20000);
        bool stopped = false;
        engine.stop([&] { stopped = true; });
        QTRY_VERIFY_WITH_TIMEOUT(stopped, 15000);
        hub.stop();
    }
    void oneEnginePerDataFolder()
    {
        QTemporaryDir d;
        RefusingTransport http;
        Engine a(config(d), http, [] { return QDateTime::currentSecsSinceEpoch(); });
        Engine b(config(d), http, [] { return QDateTime::currentSecsSinceEpoch(); });
        QString err;
        QVERIFY(a.start(&err));
        QVERIFY(!b.start(&err));
        QVERIFY(err.contains(QLatin1String("already using")));
        const QJsonObject s = Engine::readStatus(d.filePath(QStringLiteral("engine")), &err);
        QCOMPARE(s.value(QLatin1String("engine_running")).toBool(), true);
        QCOMPARE(s.value(QLatin1String("earned_total")).toInteger(-1), 0);
        bool stopped = false;
        a.stop([&] { stopped = true; });
        QTRY_VERIFY(stopped);
        QVERIFY(b.start(&err)); // free again
        b.stop([] {});
    }
    void unusableDataFolderIsAClearError()
    {
        RefusingTransport http;
        Engine::Config c;
        c.dataDir = QStringLiteral("/proc/forbidden/engine");
        c.hubUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
        Engine e(c, http, [] { return QDateTime::currentSecsSinceEpoch(); });
        QString err;
        QVERIFY(!e.start(&err));
        QVERIFY(err.contains(QLatin1String("/proc/forbidden/engine")));
    }
};

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
