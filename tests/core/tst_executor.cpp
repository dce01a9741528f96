// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/sandbox.h"
#include "primestask.h"
#include "tasks/executor.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using sc::core::Executor;

namespace {
QByteArray procState(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray s = f.readAll();
    return s.mid(s.lastIndexOf(')') + 2, 1);
}

using sc::test::primesTask;
} // namespace

class TestExecutor final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void runsATaskToItsOutput()
    {
        QTemporaryDir d;
        Executor ex;
        QSignalSpy exited(&ex, &Executor::taskExited);
        QSignalSpy progress(&ex, &Executor::progressChanged);
        QString err;
        QVERIFY2(ex.start(primesTask(d, QStringLiteral("t1"), "0 1000000"), &err), qPrintable(err));
        QCOMPARE(ex.runningCount(), 1);
        QVERIFY(exited.wait(20000));
        QCOMPARE(exited.at(0).at(0).toString(), QStringLiteral("t1"));
        QCOMPARE(exited.at(0).at(1).toInt(), 0);
        QCOMPARE(exited.at(0).at(2).toBool(), false);
        QCOMPARE(exited.at(0).at(3).toBool(), false);
        QFile out(d.filePath(QStringLiteral("t1/output")));
        QVERIFY(out.open(QIODevice::ReadOnly));
        QVERIFY(out.readAll().startsWith("78498 "));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(ex.runningCount(), 0);
    }
    void suspendsTheWholeGroupAndStopsWithACheckpoint()
    {
        QTemporaryDir d;
        Executor ex;
        QSignalSpy exited(&ex, &Executor::taskExited);
        QString err;
        QVERIFY(ex.start(primesTask(d, QStringLiteral("long"), "0 1000000000000"), &err));
        const qint64 pid = ex.tasks().first().pid;
        ex.suspendAll();
        QTRY_COMPARE_WITH_TIMEOUT(procState(pid), QByteArray("T"), 5000);
        QVERIFY(ex.tasks().first().suspended);
        ex.resumeAll();
        QTRY_VERIFY_WITH_TIMEOUT(procState(pid) != "T", 5000);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(d.filePath(QStringLiteral("long/checkpoint"))), 10000);
        ex.sampleCpu();
        // Stopping while suspended must still end the task (SIGTERM reaches it once continued).
        ex.suspendAll();
        bool done = false;
        ex.stopAll(std::chrono::seconds(10), [&] { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        QCOMPARE(exited.size(), 1);
        QCOMPARE(exited.at(0).at(3).toBool(), true); // stopped, will resume
        QVERIFY(QFile::exists(d.filePath(QStringLiteral("long/checkpoint"))));
    }
    void gpuTasksAreSuspendedAndCycledOnTheirOwn()
    {
        QTemporaryDir d;
        Executor ex;
        QString err;
        QVERIFY(ex.start(primesTask(d, QStringLiteral("cpu"), "0 1000000000000"), &err));
        auto gpuSpec = primesTask(d, QStringLiteral("gpu"), "0 1000000000000");
        gpuSpec.gpu = true; // the program does not matter: the executor's rules do
        QVERIFY(ex.start(gpuSpec, &err));
        QCOMPARE(ex.runningCount(true), 1);
        QCOMPARE(ex.runningCount(false), 1);
        auto pidOf = [&](const QString& id) {
            for (const auto& t : ex.tasks())
                if (t.taskId == id)
                    return t.pid;
            return qint64(0);
        };
        const qint64 cpuPid = pidOf(QStringLiteral("cpu")), gpuPid = pidOf(QStringLiteral("gpu"));
        // GPU work held back (the user came back, the card is hot): CPU work goes on.
        ex.setSuspended(true, true);
        QTRY_COMPARE_WITH_TIMEOUT(procState(gpuPid), QByteArray("T"), 5000);
        QVERIFY(procState(cpuPid) != "T");
        QVERIFY(ex.isSuspended(true) && !ex.isSuspended(false) && !ex.suspended());
        // A CPU duty cycle leaves the suspended GPU task stopped; resuming it lets it run.
        ex.setDutyCycle(0.5);
        QTest::qWait(300);
        QCOMPARE(procState(gpuPid), QByteArray("T"));
        ex.setDutyCycle(1.0);
        ex.setSuspended(true, false);
        QTRY_VERIFY_WITH_TIMEOUT(procState(gpuPid) != "T", 5000);
        // The GPU's duty cycle stops only GPU tasks, for (1 − duty) of each 1 s period.
        ex.setGpuDutyCycle(0.3);
        int gpuStopped = 0, cpuStopped = 0;
        for (int i = 0; i < 40; ++i) {
            QTest::qWait(50);
            gpuStopped += procState(gpuPid) == "T";
            cpuStopped += procState(cpuPid) == "T";
        }
        QCOMPARE(cpuStopped, 0);
        QVERIFY2(gpuStopped >= 20 && gpuStopped <= 36, qPrintable(QString::number(gpuStopped)));
        ex.setGpuDutyCycle(1.0);
        QTRY_VERIFY_WITH_TIMEOUT(procState(gpuPid) != "T", 5000);
        // suspendAll still means every task.
        ex.suspendAll();
        QTRY_COMPARE_WITH_TIMEOUT(procState(cpuPid), QByteArray("T"), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(procState(gpuPid), QByteArray("T"), 5000);
        bool done = false;
        ex.stopAll(std::chrono::seconds(10), [&] { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
    }
    void aFailingProgramIsReportedAsSuch()
    {
        QTemporaryDir d;
        Executor ex;
        QSignalSpy exited(&ex, &Executor::taskExited);
        QString err;
        QVERIFY(ex.start(primesTask(d, QStringLiteral("bad"), "not numbers"), &err));
        QVERIFY(exited.wait(10000));
        QCOMPARE(exited.at(0).at(1).toInt(), 3); // sc-primes: bad input
        QCOMPARE(exited.at(0).at(3).toBool(), false);
    }
    void sandboxHidesTheHomeAndTheNetwork()
    {
        if (!sc::core::platform::detectSandbox().available)
            QSKIP(qPrintable(
                QStringLiteral("no sandbox on this machine: ") + sc::core::platform::detectSandbox().reason));
        QTemporaryDir d;
        // A "task program" that reports what it can see.
        const QString program = d.filePath(QStringLiteral("probe.sh"));
        QFile script(program);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\n"
                     "{ ls /; echo ifaces; tail -n +3 /proc/net/dev | cut -d: -f1; echo pid $$; "
                     "touch /usr/x 2>/dev/null && echo usr-writable; true; } > output\n");
        script.close();
        QFile::setPermissions(program, QFile::ReadOwner | QFile::ExeOwner);
        Executor ex;
        QVERIFY(ex.sandboxed());
        QSignalSpy exited(&ex, &Executor::taskExited);
        Executor::Spec s = primesTask(d, QStringLiteral("probe"), "x");
        s.program = program;
        QString err;
        QVERIFY2(ex.start(s, &err), qPrintable(err));
        QVERIFY(exited.wait(10000));
        QCOMPARE(exited.at(0).at(1).toInt(), 0);
        QFile out(d.filePath(QStringLiteral("probe/output")));
        QVERIFY(out.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = out.readAll().split('\n');
        QVERIFY(lines.contains("slot"));
        QVERIFY(!lines.contains("home"));
        QVERIFY(!lines.contains("root"));
        QVERIFY(!lines.contains("etc"));
        QVERIFY(!lines.contains("usr-writable"));
        const qsizetype i = lines.indexOf("ifaces");
        QVERIFY(i >= 0);
        QCOMPARE(lines.at(i + 1).trimmed(), QByteArray("lo")); // loopback only
        QVERIFY(lines.at(i + 2).startsWith("pid ")); // nothing else
        QVERIFY(lines.at(i + 2).mid(4).toInt() < 10); // its own PID namespace
    }
    void cpuLimitPinsTheWholeTask()
    {
        if (QThread::idealThreadCount() < 2)
            QSKIP("needs at least 2 CPUs to see a limit");
        QTemporaryDir d;
        Executor ex;
        QString err;
        QVERIFY(ex.start(primesTask(d, QStringLiteral("pinned"), "0 1000000000000"), &err));
        const qint64 pid = ex.tasks().first().pid;
        auto allowedLists = [&] {
            // Cpus_allowed_list of every thread of every process in the task's tree.
            QStringList lists;
            QList<qint64> todo { pid };
            while (!todo.isEmpty()) {
                const qint64 p = todo.takeFirst();
                const QDir tasks(QStringLiteral("/proc/%1/task").arg(p));
                for (const QString& tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
                    QFile st(tasks.filePath(tid) + QStringLiteral("/status"));
                    if (st.open(QIODevice::ReadOnly)) {
                        for (const QByteArray& l : st.readAll().split('\n')) {
                            if (l.startsWith("Cpus_allowed_list:"))
                                lists << QString::fromLatin1(l.mid(18).trimmed());
                        }
                    }
                    QFile ch(tasks.filePath(tid) + QStringLiteral("/children"));
                    if (ch.open(QIODevice::ReadOnly)) {
                        for (const QByteArray& c : ch.readAll().split(' '))
                            if (!c.trimmed().isEmpty())
                                todo << c.trimmed().toLongLong();
                    }
                }
            }
            return lists;
        };
        QTRY_VERIFY(allowedLists().size() >= 1);
        ex.setCpuLimit(1);
        const QStringList pinned = allowedLists();
        QVERIFY(!pinned.isEmpty());
        for (const QString& l : pinned)
            QVERIFY2(
                !l.contains(QLatin1Char('-')) && !l.contains(QLatin1Char(',')), qPrintable(l)); // one CPU
        ex.setCpuLimit(0);
        for (const QString& l : allowedLists())
            QVERIFY2(
                l.contains(QLatin1Char('-')) || l.contains(QLatin1Char(',')), qPrintable(l)); // all again
        bool done = false;
        ex.stopAll(std::chrono::seconds(10), [&] { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
    }
    void aMissingProgramIsAnErrorNotACrash()
    {
        QTemporaryDir d;
        Executor ex;
        Executor::Spec s = primesTask(d, QStringLiteral("x"), "0 10");
        s.program = d.filePath(QStringLiteral("does-not-exist"));
        QString err;
        QVERIFY(!ex.start(s, &err));
        QVERIFY(!err.isEmpty());
        QCOMPARE(ex.runningCount(), 0);
    }
    void stopsOneTaskAndMeasuresItsMemory()
    {
        QTemporaryDir d;
        Executor ex;
        QCOMPARE(ex.controlMethod(), QStringLiteral("signals"));
        QSignalSpy exited(&ex, &Executor::taskExited);
        QString err;
        QVERIFY2(ex.start(primesTask(d, QStringLiteral("big"), "0 1000000000000"), &err), qPrintable(err));
        QVERIFY(ex.start(primesTask(d, QStringLiteral("small"), "0 1000000000000"), &err));
        // A real program holds at least some hundred KiB once it runs (the sandbox's bwrap and
        // the program together, read from /proc).
        auto allHoldMemory = [&] {
            ex.sampleCpu();
            const auto tasks = ex.tasks();
            return std::all_of(
                tasks.begin(), tasks.end(), [](const auto& t) { return t.rssBytes > 500 * 1024; });
        };
        QTRY_VERIFY_WITH_TIMEOUT(allHoldMemory(), 5000);
        ex.suspendAll(); // the watchdog stops tasks the policy has suspended
        ex.stopTask(QStringLiteral("big"), std::chrono::seconds(10));
        QVERIFY(exited.wait(15000));
        QCOMPARE(exited.at(0).at(0).toString(), QStringLiteral("big"));
        QCOMPARE(exited.at(0).at(3).toBool(), true); // stopped: resumes from its checkpoint
        QCOMPARE(ex.runningCount(), 1);
        QVERIFY(ex.tasks().first().suspended); // the other one stays suspended
        bool done = false;
        ex.stopAll(std::chrono::seconds(10), [&] { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
    }
    void stopAllWithNothingRunningCompletes()
    {
        Executor ex;
        bool done = false;
        ex.stopAll(std::chrono::seconds(1), [&] { done = true; });
        QTRY_VERIFY(done);
    }
};

QTEST_GUILESS_MAIN(TestExecutor)
#include "tst_executor.moc"
