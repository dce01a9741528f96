// SPDX-License-Identifier: GPL-3.0-or-later
// core/platform/dummy, built on its own (as on an OS without a backend): every capability
// answers "cannot tell" or "not here", never a guess — task control (process group, process
// tree, sandbox, cgroups, signal watcher) included.
#include "platform/autostart.h"
#include "platform/cgroup.h"
#include "platform/idlesource.h"
#include "platform/nvml.h"
#include "platform/powersource.h"
#include "platform/processgroup.h"
#include "platform/proctree.h"
#include "platform/sandbox.h"
#include "platform/signalwatcher.h"
#include "platform/systemtheme.h"

#include <QDBusConnection>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace sc::core;

class TestPlatformDummy final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void idleTimeIsUnknown()
    {
        const auto idle = createPlatformIdleSource();
        QCOMPARE(idle->idleSeconds(), std::nullopt);
        QCOMPARE(idle->name(), QStringLiteral("unknown"));
        QVERIFY(!idle->pushesActivity());
    }

    void powerNeverAnswers()
    {
        const auto power = createPlatformPowerSource(QDBusConnection(QStringLiteral("none")));
        QCOMPARE(power->read().has_value(), false);
        QCOMPARE(power->name(), QStringLiteral("none"));
    }

    void thereAreNoNvidiaGpus()
    {
        const auto temps = createPlatformTemperatureSource();
        QVERIFY(!temps->isValid());
        QVERIFY(!temps->error().isEmpty());
        QVERIFY(temps->gpus().isEmpty());
        QCOMPARE(temps->hottestTemperatureC(), std::nullopt);
        QVERIFY(platform::Nvml::defaultLibrary().isEmpty());
    }

    void autostartCanOnlyBeOff()
    {
        const auto autostart = createPlatformAutostart();
        QVERIFY(!autostart->setEnabled(true, QStringLiteral("/bin/true"), {}));
        QVERIFY(!autostart->isEnabled());
        QVERIFY(autostart->setEnabled(false, {}, {}));
    }

    void theDesktopSaysNothingAboutItsPanel()
    {
        QCOMPARE(createPlatformSystemTheme()->panelIsDark(), std::nullopt);
    }

    // A real child, prepared as the executor prepares one: with a real backend it would lead
    // its own process group, so a false here means nothing was done, not "no such group".
    void taskProcessesCannotBeControlled()
    {
        const QString sleep = QStandardPaths::findExecutable(QStringLiteral("sleep"));
        if (sleep.isEmpty())
            QSKIP("no sleep program");
        QProcess child;
        platform::prepareIdleChild(child);
        child.start(sleep, { QStringLiteral("30") });
        QVERIFY(child.waitForStarted());
        const qint64 pid = child.processId();
        platform::lowerCurrentThreadPriority();
        QVERIFY(!platform::suspendGroup(pid));
        QVERIFY(!platform::resumeGroup(pid));
        QVERIFY(!platform::limitTreeToCpus(pid, 1));
        QVERIFY(!platform::terminateGroup(pid));
        QVERIFY(!platform::killGroup(pid));
        QVERIFY(!child.waitForFinished(100)); // untouched: still running
        QCOMPARE(child.state(), QProcess::Running);
        child.kill();
        QVERIFY(child.waitForFinished());
    }

    void theProcessTreeIsUnknown()
    {
        const qint64 self = QCoreApplication::applicationPid();
        QCOMPARE(platform::treeCpuSeconds(self), -1.0);
        QCOMPARE(platform::treeRssKb(self), 0);
        QVERIFY(platform::clockTicksPerSecond() > 0);
    }

    void thereIsNoSandbox()
    {
        const platform::Sandbox& s = platform::detectSandbox();
        QVERIFY(!s.available);
        QCOMPARE(s.name, QStringLiteral("none"));
        QVERIFY(!s.reason.isEmpty());
        const QStringList args { QStringLiteral("--input"), QStringLiteral("input") };
        const platform::SandboxLaunch l
            = platform::sandboxedCommand(QStringLiteral("/app/task"), args, QStringLiteral("/slot"));
        QCOMPARE(l.command, QStringList { QStringLiteral("/app/task") } + args);
        QVERIFY(l.inheritedFds.isEmpty());
    }

    void thereAreNoCgroups()
    {
        QTemporaryDir dir;
        QString why;
        QVERIFY(!platform::TaskCgroups::open(dir.path(), false, &why));
        QVERIFY(!why.isEmpty());
        why.clear();
        QCOMPARE(platform::TaskCgroups::ownDelegatedCgroup(&why), std::nullopt);
        QVERIFY(!why.isEmpty());
        why.clear();
        QCOMPARE(platform::requestDelegatedScope(
                     QDBusConnection(QStringLiteral("none")), QStringLiteral("sc-test.scope"), &why),
            std::nullopt);
        QVERIFY(!why.isEmpty());
    }

    // It installs no handler (a real one would catch SIGTERM / SIGINT) and never fires.
    void theSignalWatcherNeverFires()
    {
        const auto handler = [](int sig) {
            const auto h = std::signal(sig, SIG_DFL);
            std::signal(sig, h);
            return h;
        };
        const auto term = handler(SIGTERM);
        const auto interrupt = handler(SIGINT);
        {
            platform::SignalWatcher watcher;
            QSignalSpy spy(&watcher, &platform::SignalWatcher::terminationRequested);
            QVERIFY(handler(SIGTERM) == term);
            QVERIFY(handler(SIGINT) == interrupt);
            QTest::qWait(20);
            QCOMPARE(spy.count(), 0);
        }
        QVERIFY(handler(SIGTERM) == term);
    }
};

QTEST_GUILESS_MAIN(TestPlatformDummy)
#include "tst_platform_dummy.moc"
