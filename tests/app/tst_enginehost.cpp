// SPDX-License-Identifier: GPL-3.0-or-later
// The engine host both executables share: the engine's configuration from the command line and
// the settings, and moving to another network with the real local demo hub (sparecycles-hub)
// — a switch that cannot start goes back to the network before, and the setting with it.
#include "common/enginehost.h"
#include "engine/localhub.h"
#include "network/httpclient.h"
#include "settings/settings.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using sc::app::EngineHost;
using sc::app::LaunchOptions;
using sc::core::Engine;
using sc::core::Settings;

namespace {

const QString kHubUrl = QStringLiteral("hub_url");

qint64 now() { return QDateTime::currentSecsSinceEpoch(); }

// A host as the apps build one, without the system's cgroups and the speed test.
std::unique_ptr<EngineHost> makeHost(const QString& dataDir, sc::core::HttpTransport& http)
{
    LaunchOptions launch;
    launch.dataDir = dataDir;
    launch.cores = 1;
    launch.cgroupDir = QStringLiteral("none");
    Engine::Config config = EngineHost::engineConfig(launch);
    config.requestCgroupScope = false;
    config.autoBenchmark = false;
    return std::make_unique<EngineHost>(config, http, now);
}

// True when something answers HTTP at url.
bool answers(sc::core::HttpTransport& http, const QUrl& url)
{
    sc::core::HttpRequest request;
    request.url = url.resolved(QUrl(QStringLiteral("/v1/health")));
    std::optional<sc::core::HttpResponse> response;
    http.send(request, [&](sc::core::HttpResponse r) { response = r; });
    if (!QTest::qWaitFor([&] { return response.has_value(); }, 15000))
        return false;
    return response->error == sc::core::HttpResponse::Error::None;
}

void stopHost(EngineHost& host)
{
    bool stopped = false;
    host.stop([&] { stopped = true; });
    QTRY_VERIFY_WITH_TIMEOUT(stopped, 15000);
}

} // namespace

class TestEngineHost final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void buildsTheEngineConfigFromTheCommandLine()
    {
        LaunchOptions launch;
        launch.dataDir = QStringLiteral("/data");
        launch.cores = 3;
        launch.alwaysRun = true;
        launch.payoutAddress = QStringLiteral("0x52908400098527886E0F7030069857D2E4169EE7");
        launch.cgroupDir = QStringLiteral("none");
        const Engine::Config c = EngineHost::engineConfig(launch);
        QCOMPARE(c.dataDir, QStringLiteral("/data"));
        QCOMPARE(c.cores, 3);
        QVERIFY(c.alwaysRun);
        QCOMPARE(c.payoutAddress, launch.payoutAddress);
        QCOMPARE(c.cgroupDir, QStringLiteral("none"));
        QVERIFY(c.requestCgroupScope);
        QVERIFY(c.hubUrl.isEmpty()); // the network comes with start()
        // No --cores: every logical CPU; no --always-run: only when idle.
        const Engine::Config d = EngineHost::engineConfig({ QStringLiteral("/data"), {}, false, {}, {} });
        QCOMPARE(d.cores, QThread::idealThreadCount());
        QVERIFY(!d.alwaysRun);
        QVERIFY(d.cgroupDir.isEmpty());
    }

    void choosesTheNetworkFromTheCommandLineThenTheSettingThenAnOlderVersion()
    {
        QTemporaryDir d;
        Settings settings(d.filePath(QStringLiteral("settings.ini")));
        const QString legacy = QStringLiteral("https://old.example.org");
        // Setting still at its default: what an older version remembered.
        QCOMPARE(EngineHost::chooseNetwork(QString(), settings, legacy), legacy);
        QCOMPARE(
            EngineHost::chooseNetwork(QString(), settings, QStringLiteral("local")), QStringLiteral("local"));
        QString error;
        QVERIFY(settings.set(kHubUrl, QStringLiteral("https://hub.example.org/"), &error));
        QCOMPARE(EngineHost::chooseNetwork(QString(), settings, legacy),
            QStringLiteral("https://hub.example.org"));
        // --hub or --local for this start win over the setting.
        QCOMPARE(
            EngineHost::chooseNetwork(QStringLiteral("local"), settings, legacy), QStringLiteral("local"));
        QCOMPARE(EngineHost::chooseNetwork(QStringLiteral("http://127.0.0.1:8080"), settings, legacy),
            QStringLiteral("http://127.0.0.1:8080"));
    }

    void movesFromTheLocalHubToAnotherAndStopsTheLocalOne()
    {
        QTemporaryDir d;
        sc::core::LocalHub other;
        QString error;
        QVERIFY2(other.start(d.filePath(QStringLiteral("other-hub")), &error), qPrintable(error));
        sc::core::CurlHttpClient http;
        const QString dataDir = d.filePath(QStringLiteral("data"));
        const auto host = makeHost(dataDir, http);
        QSignalSpy localHub(host.get(), &EngineHost::localHubStarted);
        EngineHost::Error startError;
        QVERIFY2(host->start(QStringLiteral("local"), &startError), qPrintable(startError.text()));
        QCOMPARE(localHub.size(), 1);
        const QUrl localUrl = localHub.first().first().toUrl();
        QVERIFY(answers(http, localUrl));
        Settings settings(QDir(dataDir).filePath(QStringLiteral("settings.ini")));
        host->followNetworkSetting(&settings);
        host->applyNetworkSetting(); // unchanged: stays
        QVERIFY(!host->isSwitching());

        QSignalSpy aboutToGo(host.get(), &EngineHost::engineAboutToGo);
        QSignalSpy failed(host.get(), &EngineHost::switchFailed);
        QSignalSpy switched(host.get(), &EngineHost::switched);
        QVERIFY(settings.set(kHubUrl, other.url().toString(), &error));
        host->applyNetworkSetting();
        QVERIFY(host->isSwitching());
        QTRY_COMPARE_WITH_TIMEOUT(switched.size(), 1, 20000);
        QCOMPARE(aboutToGo.size(), 1);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(host->network(), other.url().toString());
        QVERIFY(host->engine());
        QVERIFY(!answers(http, localUrl)); // the demo hub went with the demo network
        stopHost(*host);
    }

    void aSwitchThatCannotStartReturnsToThePreviousNetworkAndSetting()
    {
        QTemporaryDir d;
        sc::core::LocalHub previous;
        QString error;
        QVERIFY2(previous.start(d.filePath(QStringLiteral("previous-hub")), &error), qPrintable(error));
        const QString previousUrl = previous.url().toString();
        sc::core::CurlHttpClient http;
        const QString dataDir = d.filePath(QStringLiteral("data"));
        const QString settingsPath = QDir(dataDir).filePath(QStringLiteral("settings.ini"));
        Settings settings(settingsPath);
        QVERIFY(settings.set(kHubUrl, previousUrl, &error));
        const auto host = makeHost(dataDir, http);
        EngineHost::Error startError;
        QVERIFY2(host->start(previousUrl, &startError), qPrintable(startError.text()));
        host->followNetworkSetting(&settings);

        // The demo network cannot start: its folder is taken by a file.
        QFile blocker(QDir(dataDir).filePath(QStringLiteral("local-hub")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QSignalSpy failed(host.get(), &EngineHost::switchFailed);
        QSignalSpy fatal(host.get(), &EngineHost::fatal);
        QSignalSpy switched(host.get(), &EngineHost::switched);
        QVERIFY(settings.set(kHubUrl, QStringLiteral("local"), &error));
        host->applyNetworkSetting();
        QTRY_COMPARE_WITH_TIMEOUT(switched.size(), 1, 30000);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(0).toString(), QStringLiteral("local"));
        QVERIFY2(
            failed.first().at(1).toString().startsWith(QLatin1String("The demo network could not start: ")),
            qPrintable(failed.first().at(1).toString()));
        QCOMPARE(fatal.size(), 0);
        // Back on the network before, with the setting reverted on disk.
        QCOMPARE(host->network(), previousUrl);
        QCOMPARE(host->appliedNetworkSetting(), previousUrl);
        QCOMPARE(settings.value(kHubUrl), previousUrl);
        QCOMPARE(Settings(settingsPath).value(kHubUrl), previousUrl);
        QVERIFY(host->engine());
        QVERIFY(host->engine()->state() != Engine::State::Error);
        QVERIFY(!host->isSwitching());

        // A hub address that is none: the same way back.
        host->switchNetwork(QStringLiteral("ftp://nowhere"));
        QTRY_COMPARE_WITH_TIMEOUT(switched.size(), 2, 30000);
        QCOMPARE(failed.size(), 2);
        QCOMPARE(host->network(), previousUrl);
        QCOMPARE(Settings(settingsPath).value(kHubUrl), previousUrl);
        stopHost(*host);
    }
};

QTEST_GUILESS_MAIN(TestEngineHost)
#include "tst_enginehost.moc"
