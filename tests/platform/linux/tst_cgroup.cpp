// SPDX-License-Identifier: GPL-3.0-or-later
// cgroup v2 task control: the file layout against a fixture folder, and freezing, killing and
// cleaning up for real where this machine lets the test create a cgroup (root with a writable
// cgroup2 mount, as on the CI machine); skipped with the reason elsewhere. The request for a
// delegated scope goes to a fake systemd on a private session bus (dbus-run-session), which
// does what systemd does: creates the scope's cgroup, marks it delegated, moves the process.
#include "core/primestask.h"
#include "platform/cgroup.h"
#include "platform/proctree.h"
#include "tasks/executor.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusVirtualObject>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <atomic>
#include <csignal>
#include <sys/xattr.h>
#include <unistd.h>

using sc::core::Executor;
using sc::core::platform::TaskCgroups;

namespace {
QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// A writable cgroup2 mount where a fresh child may be created, or empty.
QString cgroup2Mount()
{
    for (const QByteArray& line : readAll(QStringLiteral("/proc/self/mountinfo")).split('\n')) {
        const qsizetype sep = line.indexOf(" - cgroup2 ");
        if (sep < 0)
            continue;
        const QList<QByteArray> f = line.left(sep).split(' ');
        if (f.size() >= 5 && ::access(f.at(4).constData(), W_OK) == 0)
            return QString::fromUtf8(f.at(4));
    }
    return {};
}

// org.freedesktop.systemd1.Manager.StartTransientUnit, as far as scopes with Delegate go.
class FakeSystemd final : public QDBusVirtualObject {
public:
    explicit FakeSystemd(QString mount)
        : m_mount(std::move(mount))
    {
    }
    QString scopeDir;
    QString unitName;
    std::atomic<bool> delegateAsked { false };
    std::atomic<int> calls { 0 };

    QString introspect(const QString&) const override { return {}; }
    bool handleMessage(const QDBusMessage& message, const QDBusConnection& connection) override
    {
        if (message.member() != QLatin1String("StartTransientUnit"))
            return false;
        ++calls;
        const QList<QVariant> args = message.arguments();
        unitName = args.value(0).toString();
        const auto props = qdbus_cast<sc::core::platform::UnitProperties>(args.value(2));
        QList<uint> pids;
        for (const auto& p : props) {
            if (p.name == QLatin1String("PIDs"))
                pids = qdbus_cast<QList<uint>>(p.value);
            if (p.name == QLatin1String("Delegate"))
                delegateAsked = p.value.toBool();
        }
        scopeDir = m_mount + QLatin1Char('/') + unitName;
        QDir().mkpath(scopeDir);
        ::setxattr(QFile::encodeName(scopeDir).constData(), "trusted.delegate", "1", 1, 0);
        for (uint pid : pids) {
            QFile procs(scopeDir + QStringLiteral("/cgroup.procs"));
            if (procs.open(QIODevice::WriteOnly))
                procs.write(QByteArray::number(pid));
        }
        connection.send(message.createReply(
            QVariant::fromValue(QDBusObjectPath(QStringLiteral("/org/freedesktop/systemd1/job/1")))));
        return true;
    }

private:
    QString m_mount;
};

class FakeSystemdThread final : public QThread {
public:
    explicit FakeSystemdThread(FakeSystemd* fake)
        : m_fake(fake)
    {
        // Messages reach a virtual object in its own thread: this one, not the test's (which
        // blocks in the call).
        m_fake->moveToThread(this);
    }
    ~FakeSystemdThread() override
    {
        quit();
        wait();
    }
    std::atomic<bool> ready { false };

protected:
    void run() override
    {
        QDBusConnection bus
            = QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("fake-systemd"));
        bus.registerVirtualObject(QStringLiteral("/org/freedesktop/systemd1"), m_fake);
        bus.registerService(QStringLiteral("org.freedesktop.systemd1"));
        ready = true;
        exec();
        bus.unregisterService(QStringLiteral("org.freedesktop.systemd1"));
        bus.unregisterObject(QStringLiteral("/org/freedesktop/systemd1"));
        QDBusConnection::disconnectFromBus(QStringLiteral("fake-systemd"));
    }

private:
    FakeSystemd* m_fake;
};

using sc::test::primesTask;
} // namespace

class TestCgroup final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cpuMaxText()
    {
        using sc::core::platform::cpuMaxValue;
        QCOMPARE(cpuMaxValue(1.0, 4), QByteArray("max 100000"));
        QCOMPARE(cpuMaxValue(0.5, 0), QByteArray("max 100000"));
        QCOMPARE(cpuMaxValue(0.25, 1), QByteArray("25000 100000"));
        QCOMPARE(cpuMaxValue(0.25, 2), QByteArray("50000 100000"));
        QCOMPARE(cpuMaxValue(0.001, 1), QByteArray("1000 100000")); // the kernel's minimum
    }

    void layoutAgainstAFixtureFolder()
    {
        // A folder shaped like a delegated cgroup with the cpu and memory controllers.
        QTemporaryDir d;
        const QString dir = d.path();
        QVERIFY(writeFile(dir + QStringLiteral("/cgroup.procs"), ""));
        QString why;
        QVERIFY(!TaskCgroups::open(dir, false, &why)); // no cgroup.freeze: a kernel before 5.2
        QVERIFY2(why.contains(QStringLiteral("cannot freeze")), qPrintable(why));
        QVERIFY(writeFile(dir + QStringLiteral("/cgroup.freeze"), "0"));
        QVERIFY(writeFile(dir + QStringLiteral("/cgroup.controllers"), "cpuset cpu io memory pids\n"));
        QVERIFY(writeFile(dir + QStringLiteral("/cgroup.subtree_control"), ""));
        QVERIFY(writeFile(dir + QStringLiteral("/tasks/cpu.max"), "max 100000\n"));
        QVERIFY(writeFile(dir + QStringLiteral("/tasks/memory.high"), "max\n"));
        QVERIFY(writeFile(dir + QStringLiteral("/tasks/pids.max"), "max\n"));
        QVERIFY(writeFile(dir + QStringLiteral("/tasks/cgroup.subtree_control"), ""));
        // A group left by an engine that died is removed on open.
        QVERIFY(QDir().mkpath(dir + QStringLiteral("/tasks/t-old")));
        auto cg = TaskCgroups::open(dir, false, &why);
        QVERIFY2(cg, qPrintable(why));
        QVERIFY(cg->cpuControl());
        QVERIFY(cg->memoryControl());
        QVERIFY(cg->pidsControl());
        QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/tasks/t-old")));
        QCOMPARE(readAll(dir + QStringLiteral("/cgroup.subtree_control")), QByteArray("+pids")); // last write
        QCOMPARE(readAll(dir + QStringLiteral("/tasks/cgroup.subtree_control")), QByteArray("+pids"));
        // A task's process limit, and the kernel's count of forks it refused.
        QVERIFY(writeFile(dir + QStringLiteral("/tasks/t-p/pids.max"), "max\n"));
        QVERIFY(cg->setProcessLimit(QStringLiteral("p"), 72));
        QCOMPARE(readAll(dir + QStringLiteral("/tasks/t-p/pids.max")), QByteArray("72"));
        QVERIFY(writeFile(dir + QStringLiteral("/tasks/t-p/pids.events"), "max 0\n"));
        QVERIFY(!cg->hitProcessLimit(QStringLiteral("p")));
        QVERIFY(writeFile(dir + QStringLiteral("/tasks/t-p/pids.events"), "max 3\n"));
        QVERIFY(cg->hitProcessLimit(QStringLiteral("p")));
        QVERIFY(cg->setCpuShare(0.3, 2));
        QCOMPARE(readAll(dir + QStringLiteral("/tasks/cpu.max")), QByteArray("60000 100000"));
        QVERIFY(cg->setCpuShare(1.0, 2));
        QCOMPARE(readAll(dir + QStringLiteral("/tasks/cpu.max")), QByteArray("max 100000"));
        QVERIFY(cg->setMemoryHigh(3LL << 30));
        QCOMPARE(readAll(dir + QStringLiteral("/tasks/memory.high")), QByteArray("3221225472"));
        QVERIFY(cg->setMemoryHigh(0));
        QCOMPARE(readAll(dir + QStringLiteral("/tasks/memory.high")), QByteArray("max"));
        // Task ids become group names only when they are plain; anything else is hashed, so no
        // id from the network names a path outside tasks/.
        QCOMPARE(cg->groupPath(QStringLiteral("wu-17_a.2")), dir + QStringLiteral("/tasks/t-wu-17_a.2"));
        const QString evil = cg->groupPath(QStringLiteral("../../etc"));
        QVERIFY(evil.startsWith(dir + QStringLiteral("/tasks/t-")));
        QVERIFY(!evil.mid(dir.size()).contains(QStringLiteral("..")));
        QCOMPARE(evil.size(), QString(dir + QStringLiteral("/tasks/t-")).size() + 32);
    }

    void refusesWhatIsNotACgroup()
    {
        QTemporaryDir d;
        QString why;
        QVERIFY(!TaskCgroups::open(d.path(), false, &why));
        QVERIFY(why.contains(QStringLiteral("not a cgroup")));
    }

    void ownCgroupMustBeDelegated()
    {
        QTemporaryDir d;
        const QString self = d.filePath(QStringLiteral("self"));
        const QString mount = d.filePath(QStringLiteral("cg"));
        const QString scope = mount + QStringLiteral("/user.slice/app.scope");
        QVERIFY(QDir().mkpath(scope));
        QVERIFY(writeFile(scope + QStringLiteral("/cgroup.subtree_control"), ""));
        QVERIFY(writeFile(self + QStringLiteral("/mountinfo"),
            "22 1 0:21 / /proc rw - proc proc rw\n30 25 0:26 / " + QFile::encodeName(mount)
                + " rw,nosuid - cgroup2 cgroup2 rw\n"));
        QString why;
        // In the root cgroup: never ours.
        QVERIFY(writeFile(self + QStringLiteral("/cgroup"), "0::/\n"));
        QVERIFY(!TaskCgroups::ownDelegatedCgroup(&why, self));
        QVERIFY(why.contains(QStringLiteral("root cgroup")));
        // cgroup v1 only.
        QVERIFY(writeFile(self + QStringLiteral("/cgroup"), "4:memory:/x\n1:name=systemd:/x\n"));
        QVERIFY(!TaskCgroups::ownDelegatedCgroup(&why, self));
        QVERIFY(why.contains(QStringLiteral("no cgroup v2")));
        // Writable but not delegated by systemd: left alone.
        QVERIFY(writeFile(self + QStringLiteral("/cgroup"), "0::/user.slice/app.scope\n"));
        QVERIFY(!TaskCgroups::ownDelegatedCgroup(&why, self));
        QVERIFY2(why.contains(QStringLiteral("not delegated")), qPrintable(why));
        // Marked delegated the way systemd marks it (user.delegate where this file system
        // takes user attributes; tmpfs does since Linux 6.6).
        if (::setxattr(QFile::encodeName(scope).constData(), "user.delegate", "1", 1, 0) != 0)
            QSKIP("this file system takes no user.* attributes; the positive case is not checked here");
        const auto found = TaskCgroups::ownDelegatedCgroup(&why, self);
        QVERIFY2(found, qPrintable(why));
        QCOMPARE(*found, scope);
        // An engine before this one (the network changed) moved the process into <scope>/engine:
        // the delegated folder is still the scope.
        QVERIFY(QDir().mkpath(scope + QStringLiteral("/engine")));
        QVERIFY(writeFile(scope + QStringLiteral("/engine/cgroup.subtree_control"), ""));
        QVERIFY(writeFile(self + QStringLiteral("/cgroup"), "0::/user.slice/app.scope/engine\n"));
        const auto again = TaskCgroups::ownDelegatedCgroup(&why, self);
        QVERIFY2(again, qPrintable(why));
        QCOMPARE(*again, scope);
    }

    void freezesKillsAndCleansUpForReal()
    {
        const QString mount = cgroup2Mount();
        if (mount.isEmpty() || ::geteuid() != 0)
            QSKIP("needs root and a writable cgroup2 mount to create a test cgroup");
        const QString dir = mount + QStringLiteral("/sc-test-%1").arg(::getpid());
        QVERIFY(QDir().mkpath(dir));
        auto cleanup = qScopeGuard([&] {
            for (const QString& g :
                QDir(dir + QStringLiteral("/tasks")).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
                ::rmdir(QFile::encodeName(dir + QStringLiteral("/tasks/") + g).constData());
            ::rmdir(QFile::encodeName(dir + QStringLiteral("/tasks")).constData());
            ::rmdir(QFile::encodeName(dir).constData());
        });
        QString why;
        auto opened = TaskCgroups::open(dir, false, &why);
        QVERIFY2(opened, qPrintable(why));
        std::shared_ptr<TaskCgroups> cg = std::move(opened);

        QTemporaryDir d;
        Executor ex;
        ex.setCgroups(cg);
        QVERIFY(ex.controlMethod().startsWith(QStringLiteral("cgroup")));
        QSignalSpy exited(&ex, &Executor::taskExited);
        QVERIFY2(ex.start(primesTask(d, QStringLiteral("long"), "0 1000000000000"), &why), qPrintable(why));
        const auto info = ex.tasks().first();
        QVERIFY(info.inCgroup);
        QVERIFY(cg->holds(QStringLiteral("long"), info.pid));

        // Frozen: the group reports it, and the task's CPU time stands still.
        ex.suspendAll();
        QTRY_VERIFY_WITH_TIMEOUT(cg->isFrozen(QStringLiteral("long")), 2000);
        QVERIFY(ex.tasks().first().suspended);
        const double before = sc::core::platform::treeCpuSeconds(info.pid);
        QTest::qWait(300);
        QCOMPARE(sc::core::platform::treeCpuSeconds(info.pid), before);
        ex.resumeAll();
        QTRY_VERIFY_WITH_TIMEOUT(!cg->isFrozen(QStringLiteral("long")), 2000);
        QTRY_VERIFY_WITH_TIMEOUT(sc::core::platform::treeCpuSeconds(info.pid) > before, 3000);

        // Stopping a frozen task still lets it checkpoint and exit; the group goes with it.
        ex.suspendAll();
        QTRY_VERIFY_WITH_TIMEOUT(cg->isFrozen(QStringLiteral("long")), 2000);
        ex.stopTask(QStringLiteral("long"), std::chrono::seconds(10));
        QVERIFY(exited.wait(15000));
        QCOMPARE(exited.at(0).at(3).toBool(), true); // stopped, resumes from its checkpoint
        QVERIFY(!QFileInfo::exists(cg->groupPath(QStringLiteral("long"))));
    }

    void asksSystemdForADelegatedScope()
    {
        if (!QDBusConnection::sessionBus().isConnected())
            QSKIP("no D-Bus session bus (run under dbus-run-session)");
        QString why;
        // No systemd on this bus yet: a clear refusal, quickly.
        QVERIFY(!sc::core::platform::requestDelegatedScope(
            QDBusConnection::sessionBus(), QStringLiteral("sc-none.scope"), &why, 2000));
        QVERIFY2(why.contains(QStringLiteral("systemd did not create a scope")), qPrintable(why));

        const QString mount = cgroup2Mount();
        if (mount.isEmpty() || ::geteuid() != 0)
            QSKIP("the fake systemd needs root and a writable cgroup2 mount to move this process");
        QFile original(QStringLiteral("/proc/self/cgroup"));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QByteArray originalGroup;
        for (const QByteArray& line : original.readAll().split('\n')) {
            if (line.startsWith("0::"))
                originalGroup = line.mid(3);
        }
        FakeSystemd fake(mount);
        FakeSystemdThread thread(&fake);
        thread.start();
        QTRY_VERIFY(thread.ready);
        const QString unit = QStringLiteral("sc-test-%1.scope").arg(::getpid());
        auto restore = qScopeGuard([&] {
            // Back to where the test started, then the scope's folders go.
            QFile procs(mount + QString::fromUtf8(originalGroup) + QStringLiteral("/cgroup.procs"));
            if (procs.open(QIODevice::WriteOnly))
                procs.write(QByteArray::number(::getpid()));
            procs.close();
            for (const char* sub : { "/tasks", "/engine", "" })
                ::rmdir(QFile::encodeName(mount + QLatin1Char('/') + unit + QLatin1String(sub)).constData());
        });
        const auto dir
            = sc::core::platform::requestDelegatedScope(QDBusConnection::sessionBus(), unit, &why, 3000);
        QVERIFY2(dir, qPrintable(why));
        QCOMPARE(fake.calls.load(), 1);
        QVERIFY(fake.delegateAsked);
        QCOMPARE(fake.unitName, unit);
        QCOMPARE(*dir, mount + QLatin1Char('/') + unit);
        // The engine then moves itself into <scope>/engine and runs tasks beside it.
        auto cg = TaskCgroups::open(*dir, true, &why);
        QVERIFY2(cg, qPrintable(why));
        QVERIFY(readAll(*dir + QStringLiteral("/engine/cgroup.procs"))
                    .split('\n')
                    .contains(QByteArray::number(::getpid())));
        QVERIFY(readAll(*dir + QStringLiteral("/cgroup.procs")).trimmed().isEmpty());
        QVERIFY(QFileInfo::exists(*dir + QStringLiteral("/tasks/cgroup.procs")));
    }

    void aDaemonisedChildDiesWithItsTask()
    {
        // A task that escapes its process group (setsid + background) outlives SIGKILL of the
        // group; it cannot outlive its cgroup.
        const QString mount = cgroup2Mount();
        if (mount.isEmpty() || ::geteuid() != 0)
            QSKIP("needs root and a writable cgroup2 mount to create a test cgroup");
        const QString dir = mount + QStringLiteral("/sc-test-d%1").arg(::getpid());
        QVERIFY(QDir().mkpath(dir));
        auto cleanup = qScopeGuard([&] {
            ::rmdir(QFile::encodeName(dir + QStringLiteral("/tasks")).constData());
            ::rmdir(QFile::encodeName(dir).constData());
        });
        QString why;
        std::shared_ptr<TaskCgroups> cg = TaskCgroups::open(dir, false, &why);
        QVERIFY2(cg, qPrintable(why));
        QTemporaryDir d;
        const QString script = d.filePath(QStringLiteral("escape.sh"));
        QVERIFY(writeFile(script,
            "#!/bin/sh\nsetsid sleep 600 </dev/null >/dev/null 2>&1 &\necho $! > daemon.pid\n"
            "echo 42 > output\nexit 0\n"));
        QFile::setPermissions(script, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        Executor ex;
        ex.setSandboxed(false); // its own PID namespace would hide the daemon's pid from us
        ex.setCgroups(cg);
        QSignalSpy exited(&ex, &Executor::taskExited);
        Executor::Spec spec;
        spec.taskId = QStringLiteral("escape");
        spec.program = script;
        spec.slotDir = d.filePath(QStringLiteral("slot"));
        QVERIFY2(ex.start(spec, &why), qPrintable(why));
        QVERIFY(exited.wait(10000));
        QCOMPARE(exited.at(0).at(1).toInt(), 0);
        const pid_t daemon = readAll(d.filePath(QStringLiteral("slot/daemon.pid"))).trimmed().toInt();
        QVERIFY(daemon > 0);
        QTRY_VERIFY_WITH_TIMEOUT(::kill(daemon, 0) != 0, 3000);
        QVERIFY(!QFileInfo::exists(cg->groupPath(QStringLiteral("escape"))));
    }
};

QTEST_GUILESS_MAIN(TestCgroup)
#include "tst_cgroup.moc"
