// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox for real: bubblewrap, the seccomp filter and sc-sandbox-init, through the real
// Executor, against sc-hostile-task (hostiletask.cpp) and sc-primes. Skipped with the reason
// where bubblewrap cannot make a sandbox.
#include "core/primestask.h"
#include "platform/proctree.h"
#include "platform/sandbox.h"
#include "tasks/executor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <csignal>
#include <optional>
#include <sys/resource.h>
#include <unistd.h>
#include <utility>

using sc::core::Executor;
using sc::test::primesTask;

namespace {

constexpr int kTaskTimeoutMs = 20000;

// A program as built, or, in the run as nobody, the copy the parent made in a folder every user
// can read (the build tree may sit in a folder only its owner can enter).
QString programPath(const char* built)
{
    const QString dir = qEnvironmentVariable("SC_SANDBOX_BIN_DIR");
    return dir.isEmpty() ? QString::fromLocal8Bit(built)
                         : dir + QLatin1Char('/') + QFileInfo(QString::fromLocal8Bit(built)).fileName();
}

Executor::Spec hostileTask(const QTemporaryDir& dir, const QString& id, const QByteArray& input)
{
    Executor::Spec s = primesTask(dir, id, input);
    s.program = programPath(SC_HOSTILE_BIN);
    return s;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// "name value" lines.
QHash<QByteArray, int> readPairs(const QString& path)
{
    QHash<QByteArray, int> out;
    for (const QByteArray& line : readAll(path).split('\n')) {
        const QList<QByteArray> f = line.split(' ');
        if (f.size() == 2)
            out.insert(f.at(0), f.at(1).toInt());
    }
    return out;
}

qint64 statusKb(const char* field)
{
    for (const QByteArray& line : readAll(QStringLiteral("/proc/self/status")).split('\n')) {
        if (line.startsWith(field))
            return line.mid(static_cast<qsizetype>(qstrlen(field))).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

double ownCpuSeconds()
{
    rusage u {};
    ::getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
        + static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// pid and its descendants.
QList<qint64> tree(qint64 pid)
{
    QList<qint64> out;
    QList<qint64> todo { pid };
    while (!todo.isEmpty()) {
        const qint64 p = todo.takeFirst();
        out.append(p);
        for (const QString& tid :
            QDir(QStringLiteral("/proc/%1/task").arg(p)).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            for (const QByteArray& c :
                readAll(QStringLiteral("/proc/%1/task/%2/children").arg(p).arg(tid)).split(' ')) {
                if (!c.trimmed().isEmpty())
                    todo.append(c.trimmed().toLongLong());
            }
        }
    }
    return out;
}

QByteArray procState(qint64 pid)
{
    const QByteArray s = readAll(QStringLiteral("/proc/%1/stat").arg(pid));
    return s.mid(s.lastIndexOf(')') + 2, 1);
}

bool alive(qint64 pid) { return ::kill(static_cast<pid_t>(pid), 0) == 0 && procState(pid) != "Z"; }

// The exit of one task, from a spy on taskExited.
struct Exit {
    int code = -1;
    bool crashed = false;
    bool stopped = false;
    QString reason;
};

std::optional<Exit> exitOf(const QSignalSpy& spy, const QString& id)
{
    for (const QList<QVariant>& a : spy) {
        if (a.at(0).toString() == id)
            return Exit { a.at(1).toInt(), a.at(2).toBool(), a.at(3).toBool(), a.at(5).toString() };
    }
    return std::nullopt;
}

// The engine that tst_sandbox kills with SIGKILL (engineKilledStopsItsTasksAtACheckpoint).
int childEngine(const QString& root)
{
    Executor ex;
    Executor::Spec s;
    s.taskId = QStringLiteral("orphan");
    s.program = QStringLiteral(SC_PRIMES_BIN);
    s.slotDir = root + QStringLiteral("/orphan");
    s.input = "0 1000000000000";
    s.checkpointSeconds = 3600;
    QString err;
    if (!ex.start(s, &err)) {
        std::fprintf(stderr, "%s\n", qPrintable(err));
        return 1;
    }
    std::printf("started %lld\n", ex.tasks().first().pid);
    std::fflush(stdout);
    return QCoreApplication::exec();
}

} // namespace

class TestSandbox final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const auto& s = sc::core::platform::detectSandbox();
        if (!s.available)
            QSKIP(qPrintable(QStringLiteral("no sandbox on this machine: ") + s.reason));
    }

    void refusesTheSystemCallsComputeNeverNeeds()
    {
        QTemporaryDir d;
        Executor ex;
        QVERIFY(ex.sandboxed());
        QSignalSpy exited(&ex, &Executor::taskExited);
        QString err;
        QVERIFY2(ex.start(hostileTask(d, QStringLiteral("calls"), "syscalls"), &err), qPrintable(err));
        QVERIFY(exited.wait(kTaskTimeoutMs));
        QCOMPARE(exitOf(exited, QStringLiteral("calls"))->code, 0);
        const auto r = readPairs(d.filePath(QStringLiteral("calls/output")));
        for (const char* eperm :
            { "ptrace", "ptrace_traceme", "process_vm_readv", "mount", "unshare", "setns", "keyctl", "bpf",
                "perf_event_open", "userfaultfd", "io_uring_setup", "init_module", "kexec_load", "swapon",
                "reboot", "acct", "chroot", "clone_newuser", "fcntl_setpipe_sz", "setsid", "setpgid" })
            QVERIFY2(r.value(eperm, -1) == EPERM, eperm);
        QCOMPARE(r.value("clone3", -1), ENOSYS); // the C library falls back to clone()
        for (const char* net : { "socket_inet", "socket_inet6", "socket_netlink" })
            QVERIFY2(r.value(net, -1) == EAFNOSUPPORT, net);
        // What programs need still works.
        QCOMPARE(r.value("socket_unix", -1), 0);
        QCOMPARE(r.value("socketpair_unix", -1), 0);
        QCOMPARE(r.value("fork", -1), 0);
        QCOMPARE(r.value("thread", -1), 0);
    }

    void aForeignArchitectureEndsTheTask_data()
    {
        QTest::addColumn<QByteArray>("mode");
        QTest::newRow("i386") << QByteArray("i386");
        QTest::newRow("x32") << QByteArray("x32");
    }
    void aForeignArchitectureEndsTheTask()
    {
        QFETCH(QByteArray, mode);
        QTemporaryDir d;
        Executor ex;
        QSignalSpy exited(&ex, &Executor::taskExited);
        QString err;
        QVERIFY(ex.start(hostileTask(d, QStringLiteral("abi"), mode), &err));
        QVERIFY(exited.wait(kTaskTimeoutMs));
        const Exit e = *exitOf(exited, QStringLiteral("abi"));
        QVERIFY(e.crashed);
        QCOMPARE(e.code, SIGSYS);
        QVERIFY2(e.reason.contains(QStringLiteral("system call")), qPrintable(e.reason));
        QVERIFY(!QFile::exists(d.filePath(QStringLiteral("abi/output"))));
    }

    void aForkBombIsRefusedAndEndedAloneAtTheProcessLimit()
    {
        if (::geteuid() == 0 && !qEnvironmentVariableIsSet("SC_SANDBOX_AS_NOBODY")) {
            // Root is exempt from RLIMIT_NPROC even in a user namespace: the kernel's refusal is
            // checked as an ordinary user (this same test, run again as nobody), the engine's
            // own count here.
            const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
            if (!setpriv.isEmpty()) {
                // The programs, copied where nobody can read and run them.
                QTemporaryDir bins(QStringLiteral("/tmp/sc-sandbox-bins-XXXXXX"));
                QVERIFY(bins.isValid());
                QFile::setPermissions(bins.path(),
                    QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                        | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
                const QString self = bins.filePath(QStringLiteral("tst_sandbox"));
                for (const auto& [from, to] : { std::pair { QCoreApplication::applicationFilePath(), self },
                         std::pair { QStringLiteral(SC_HOSTILE_BIN),
                             bins.filePath(QFileInfo(QStringLiteral(SC_HOSTILE_BIN)).fileName()) },
                         std::pair { QStringLiteral(SC_PRIMES_BIN),
                             bins.filePath(QFileInfo(QStringLiteral(SC_PRIMES_BIN)).fileName()) } }) {
                    QVERIFY2(QFile::copy(from, to), qPrintable(from));
                    QFile::setPermissions(to,
                        QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                            | QFile::ReadOther | QFile::ExeOther);
                }
                QProcess p;
                QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
                env.insert(QStringLiteral("SC_SANDBOX_AS_NOBODY"), QStringLiteral("1"));
                env.insert(QStringLiteral("SC_SANDBOX_BIN_DIR"), bins.path());
                env.insert(QStringLiteral("HOME"), QStringLiteral("/tmp"));
                env.insert(QStringLiteral("TMPDIR"), QStringLiteral("/tmp"));
                p.setProcessEnvironment(env);
                p.setProcessChannelMode(QProcess::MergedChannels);
                p.setWorkingDirectory(QStringLiteral("/tmp"));
                p.start(setpriv,
                    { QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                        QStringLiteral("--clear-groups"), self,
                        QStringLiteral("aForkBombIsRefusedAndEndedAloneAtTheProcessLimit") });
                QVERIFY(p.waitForFinished(60000));
                const QByteArray log = p.readAll();
                qInfo("as nobody:\n%s", log.constData());
                QVERIFY2(
                    p.exitCode() == 0 && log.contains("PASS   : TestSandbox::aForkBomb"), log.constData());
            }
        }
        QTemporaryDir d;
        Executor ex;
        const int limit = ex.taskLimits().processes;
        QSignalSpy exited(&ex, &Executor::taskExited);
        QString err;
        QVERIFY2(
            ex.start(hostileTask(d, QStringLiteral("bomb"), "fork " + QByteArray::number(limit + 200)), &err),
            qPrintable(err));
        Executor::Spec fine = primesTask(d, QStringLiteral("fine"), "0 3000000");
        fine.program = programPath(SC_PRIMES_BIN);
        QVERIFY2(ex.start(fine, &err), qPrintable(err));
        QElapsedTimer t;
        t.start();
        QTRY_VERIFY_WITH_TIMEOUT(exitOf(exited, QStringLiteral("bomb")), kTaskTimeoutMs);
        const Exit e = *exitOf(exited, QStringLiteral("bomb"));
        qInfo("fork bomb ended after %lld ms with: %s; its report: %s", t.elapsed(), qPrintable(e.reason),
            readAll(d.filePath(QStringLiteral("bomb/forked"))).replace('\n', ' ').constData());
        QVERIFY(e.crashed);
        QVERIFY(!e.stopped);
        QVERIFY2(e.reason.contains(QStringLiteral("processes")), qPrintable(e.reason));
        const auto forked = readPairs(d.filePath(QStringLiteral("bomb/forked")));
        if (::geteuid() != 0) {
            // The kernel refused the fork beyond the limit: init, the task and its children
            // together are `limit`.
            QCOMPARE(forked.value("refused", -1), EAGAIN);
            QCOMPARE(forked.value("made", -1), limit - 2);
        }
        // The task beside it finished as if nothing happened.
        QTRY_VERIFY_WITH_TIMEOUT(exitOf(exited, QStringLiteral("fine")), kTaskTimeoutMs);
        QCOMPARE(exitOf(exited, QStringLiteral("fine"))->code, 0);
        QVERIFY(exitOf(exited, QStringLiteral("fine"))->reason.isEmpty());
        QVERIFY(readAll(d.filePath(QStringLiteral("fine/output"))).startsWith("216816 "));
    }

    void fillingItsSlotEndsTheTaskAtItsQuota()
    {
        QTemporaryDir d;
        Executor ex;
        constexpr qint64 quota = 8 << 20;
        ex.setSlotQuota(quota);
        QSignalSpy exited(&ex, &Executor::taskExited);
        QString err;
        QVERIFY(ex.start(hostileTask(d, QStringLiteral("filler"), "fill 20"), &err));
        QVERIFY(ex.start(primesTask(d, QStringLiteral("fine"), "0 3000000"), &err));
        QTRY_VERIFY_WITH_TIMEOUT(exitOf(exited, QStringLiteral("filler")), kTaskTimeoutMs);
        const Exit e = *exitOf(exited, QStringLiteral("filler"));
        QVERIFY(e.crashed);
        QVERIFY2(e.reason.contains(QStringLiteral("more than 8 MB into its folder")), qPrintable(e.reason));
        qint64 bytes = 0;
        for (const QFileInfo& fi : QDir(d.filePath(QStringLiteral("filler"))).entryInfoList(QDir::Files))
            bytes += fi.size();
        qInfo("slot quota 8 MiB: the task had written %lld MiB when it was ended", bytes >> 20);
        QVERIFY(bytes > quota);
        QTRY_VERIFY_WITH_TIMEOUT(exitOf(exited, QStringLiteral("fine")), kTaskTimeoutMs);
        QCOMPARE(exitOf(exited, QStringLiteral("fine"))->code, 0);
    }

    void aFileOverItsLimitEndsTheTask_data()
    {
        QTest::addColumn<bool>("sandboxed");
        QTest::newRow("sandboxed") << true;
        QTest::newRow("without the sandbox") << false; // the child sets the limit itself
    }
    void aFileOverItsLimitEndsTheTask()
    {
        QFETCH(bool, sandboxed);
        QTemporaryDir d;
        Executor ex;
        ex.setSandboxed(sandboxed);
        ex.setSlotQuota(8 << 20);
        QCOMPARE(ex.taskLimits().fileBytes, 8 << 20);
        QSignalSpy exited(&ex, &Executor::taskExited);
        QString err;
        QVERIFY(ex.start(hostileTask(d, QStringLiteral("big"), "bigfile"), &err));
        QVERIFY(exited.wait(kTaskTimeoutMs));
        const Exit e = *exitOf(exited, QStringLiteral("big"));
        QVERIFY(e.crashed);
        QCOMPARE(e.code, SIGXFSZ);
        QVERIFY2(e.reason.contains(QStringLiteral("file larger than 8 MB")), qPrintable(e.reason));
        QCOMPARE(QFileInfo(d.filePath(QStringLiteral("big/big"))).size(), 8 << 20);
    }

    void aStderrFloodKeepsOnlyItsEnd()
    {
        QTemporaryDir d;
        Executor ex;
        QSignalSpy exited(&ex, &Executor::taskExited);
        // What an earlier run, before this limit, may have left.
        QVERIFY(QDir().mkpath(d.filePath(QStringLiteral("flood"))));
        {
            QFile old(d.filePath(QStringLiteral("flood/stderr.txt")));
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write(QByteArray(200 * 1024, 'o'));
        }
        const qint64 rssBefore = statusKb("VmRSS:");
        const double cpuBefore = ownCpuSeconds();
        QElapsedTimer t;
        t.start();
        QString err;
        QVERIFY(ex.start(hostileTask(d, QStringLiteral("flood"), "stderr 100"), &err));
        qint64 rssPeak = 0;
        while (!exitOf(exited, QStringLiteral("flood")) && t.elapsed() < 60000) {
            exited.wait(50);
            rssPeak = std::max(rssPeak, statusKb("VmRSS:"));
        }
        const Exit e = *exitOf(exited, QStringLiteral("flood"));
        QCOMPARE(e.code, 0);
        const QByteArray kept = readAll(d.filePath(QStringLiteral("flood/stderr.txt")));
        qInfo("100 MiB of stderr in %lld ms; the engine used %.2f s CPU, its RSS %lld -> peak %lld KiB; "
              "%lld bytes kept",
            t.elapsed(), ownCpuSeconds() - cpuBefore, rssBefore, rssPeak, static_cast<qint64>(kept.size()));
        QCOMPARE(kept.size(), Executor::kStderrKeepBytes);
        QVERIFY(kept.endsWith("e\nlast line\n"));
        QVERIFY(rssPeak - rssBefore < 16 * 1024); // never the flood in memory
    }

    void theTaskSeesNothingOutsideItsSlotAndItsLinksAreNotFollowed()
    {
        QTemporaryDir d;
        const QString secret = d.filePath(QStringLiteral("secret"));
        {
            QFile f(secret);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("secret\n");
        }
        Executor ex;
        QSignalSpy exited(&ex, &Executor::taskExited);
        QString err;
        const QByteArray paths = QFile::encodeName(QDir::homePath()) + ' ' + QFile::encodeName(secret)
            + " /etc/passwd /root /home /run /var /sys/fs/cgroup /proc/1/root/etc/passwd";
        QVERIFY(ex.start(hostileTask(d, QStringLiteral("peek"), "peek " + paths), &err));
        QVERIFY(exited.wait(kTaskTimeoutMs));
        QCOMPARE(exitOf(exited, QStringLiteral("peek"))->code, 0);
        const auto seen = readPairs(d.filePath(QStringLiteral("peek/output")));
        const QList<QByteArray> asked = paths.split(' ');
        QCOMPARE(seen.size(), QSet<QByteArray>(asked.begin(), asked.end()).size());
        for (auto it = seen.cbegin(); it != seen.cend(); ++it)
            QVERIFY2(it.value() != 0, it.key().constData()); // none could be opened

        // Links the task leaves for the engine to follow: stderr.txt is replaced, not written
        // through; the output link is the task runner's to refuse (it is a link, not a file).
        QVERIFY(
            ex.start(hostileTask(d, QStringLiteral("links"), "links " + QFile::encodeName(secret)), &err));
        QVERIFY(exited.wait(kTaskTimeoutMs));
        QCOMPARE(exitOf(exited, QStringLiteral("links"))->code, 0);
        QCOMPARE(readAll(secret), QByteArray("secret\n"));
        const QFileInfo kept(d.filePath(QStringLiteral("links/stderr.txt")));
        QVERIFY(!kept.isSymLink());
        QCOMPARE(readAll(kept.filePath()), QByteArray("written through a link\n"));
    }

    void aGpuTaskReachesOpenClAndACpuTaskDoesNot()
    {
        // A CPU task sees neither the OpenCL drivers' registry nor a GPU's device files.
        QTemporaryDir d;
        Executor ex;
        QSignalSpy exited(&ex, &Executor::taskExited);
        QString err;
        QVERIFY(ex.start(
            hostileTask(d, QStringLiteral("peek"), "peek /etc/OpenCL/vendors /sys/class/drm"), &err));
        QVERIFY(exited.wait(kTaskTimeoutMs));
        QCOMPARE(exitOf(exited, QStringLiteral("peek"))->code, 0);
        for (const int error : readPairs(d.filePath(QStringLiteral("peek/output"))))
            QCOMPARE(error, ENOENT);
        // A GPU task computes through the OpenCL loader inside the same sandbox (on PoCL here:
        // its kernel compiler runs in the task, its cache goes to the slot).
        if (!QFileInfo::exists(QStringLiteral("/etc/OpenCL/vendors/pocl.icd")))
            QSKIP("no PoCL here (pocl-opencl-icd, scripts/setup.sh with SC_WITH_TEST_TOOLS=1)");
        Executor::Spec gpu = primesTask(d, QStringLiteral("gpu"), "64 5");
        gpu.program = programPath(SC_MATMUL_BIN);
        gpu.gpu = true;
        QVERIFY2(ex.start(gpu, &err), qPrintable(err));
        QVERIFY(exited.wait(60000));
        const auto gpuExit = exitOf(exited, QStringLiteral("gpu"));
        QVERIFY(gpuExit);
        QVERIFY2(gpuExit->code == 0, readAll(d.filePath(QStringLiteral("gpu/stderr.txt"))).constData());
        QVERIFY(readAll(d.filePath(QStringLiteral("gpu/output"))).startsWith("sc-matmul 1 64 2147483647\n"));
        // The same program as a CPU task finds no OpenCL driver and says so (exit 6).
        Executor::Spec cpu = gpu;
        cpu.taskId = QStringLiteral("cpu");
        cpu.slotDir = d.filePath(QStringLiteral("cpu"));
        cpu.gpu = false;
        QVERIFY(ex.start(cpu, &err));
        QVERIFY(exited.wait(60000));
        QCOMPARE(exitOf(exited, QStringLiteral("cpu"))->code, 6);
    }

    void aStopReachesTheTaskInsideWhichCheckpoints()
    {
        QTemporaryDir d;
        Executor ex;
        QSignalSpy exited(&ex, &Executor::taskExited);
        Executor::Spec s = primesTask(d, QStringLiteral("long"), "0 1000000000000");
        s.checkpointSeconds = 3600; // only the stop writes one
        QString err;
        QVERIFY(ex.start(s, &err));
        const qint64 bwrap = ex.tasks().first().pid;
        QTRY_VERIFY_WITH_TIMEOUT(tree(bwrap).size() >= 3, 5000); // bwrap, init, sc-primes
        const QList<qint64> all = tree(bwrap);
        const qint64 program = all.last();
        QTest::qWait(1500);
        // Suspension stops the program inside too, and it sees its stop once continued.
        ex.suspendAll();
        QTRY_COMPARE_WITH_TIMEOUT(procState(program), QByteArray("T"), 5000);
        const double cpu = sc::core::platform::treeCpuSeconds(bwrap);
        QTest::qWait(300);
        QCOMPARE(sc::core::platform::treeCpuSeconds(bwrap), cpu);
        QVERIFY(!QFile::exists(d.filePath(QStringLiteral("long/checkpoint"))));
        const QDateTime stopAt = QDateTime::currentDateTimeUtc();
        QElapsedTimer t;
        t.start();
        ex.stopTask(QStringLiteral("long"), std::chrono::seconds(10));
        QVERIFY(exited.wait(15000));
        const qint64 tookMs = t.elapsed();
        const Exit e = *exitOf(exited, QStringLiteral("long"));
        QVERIFY(e.stopped);
        QVERIFY(!e.crashed);
        QCOMPARE(e.code, 143); // the program's own exit after its checkpoint, through init and bwrap
        const QFileInfo cp(d.filePath(QStringLiteral("long/checkpoint")));
        QVERIFY(cp.exists());
        const qint64 ageMs = stopAt.msecsTo(cp.lastModified().toUTC());
        qInfo("stopped in %lld ms; the checkpoint was written %lld ms after the stop", tookMs, ageMs);
        QVERIFY(tookMs < 2000); // not the 10 s grace
        QVERIFY(ageMs > -50 && ageMs < 1000);
        for (const qint64 pid : all)
            QVERIFY(!alive(pid));
    }

    void theDutyCycleStopsAndContinuesTheProgramInside()
    {
        QTemporaryDir d;
        Executor ex;
        QString err;
        QVERIFY(ex.start(primesTask(d, QStringLiteral("cycled"), "0 1000000000000"), &err));
        const qint64 bwrap = ex.tasks().first().pid;
        QTRY_VERIFY_WITH_TIMEOUT(tree(bwrap).size() >= 3, 5000);
        const qint64 program = tree(bwrap).last();
        ex.setDutyCycle(0.3); // 30 ms running, 70 ms stopped
        int stopped = 0;
        int samples = 0;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 2000) {
            QTest::qWait(7);
            ++samples;
            stopped += procState(program) == "T" ? 1 : 0;
        }
        const double share = static_cast<double>(stopped) / samples;
        qInfo(
            "duty cycle 0.3: the program inside was stopped in %.0f %% of %d samples", share * 100, samples);
        QVERIFY(share > 0.4 && share < 0.95);
        ex.setDutyCycle(1.0);
        QTRY_VERIFY_WITH_TIMEOUT(procState(program) != "T", 1000);
        QTest::qWait(300);
        QVERIFY(procState(program) != "T");
        bool done = false;
        ex.stopAll(std::chrono::seconds(10), [&] { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
    }

    void engineKilledStopsItsTasksAtACheckpoint()
    {
        QTemporaryDir d;
        QProcess engine;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SC_SANDBOX_CHILD_ENGINE"), d.path());
        engine.setProcessEnvironment(env);
        engine.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(engine.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(engine.canReadLine(), 10000);
        const QByteArray line = engine.readLine().trimmed();
        QVERIFY2(line.startsWith("started "), line.constData());
        const qint64 bwrap = line.mid(8).toLongLong();
        QTRY_VERIFY_WITH_TIMEOUT(tree(bwrap).size() >= 3, 5000);
        const QList<qint64> all = tree(bwrap);
        QTest::qWait(1000);
        const QDateTime killAt = QDateTime::currentDateTimeUtc();
        ::kill(static_cast<pid_t>(engine.processId()), SIGKILL);
        QVERIFY(engine.waitForFinished(5000));
        QElapsedTimer t;
        t.start();
        QTRY_VERIFY_WITH_TIMEOUT(
            std::none_of(all.begin(), all.end(), [](qint64 pid) { return alive(pid); }), 5000);
        const QFileInfo cp(d.filePath(QStringLiteral("orphan/checkpoint")));
        QVERIFY(cp.exists());
        const qint64 ageMs = killAt.msecsTo(cp.lastModified().toUTC());
        qInfo("engine killed: its task was gone after %lld ms, its checkpoint written %lld ms after the kill",
            t.elapsed(), ageMs);
        QVERIFY(ageMs > -50 && ageMs < 2000);
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QString child = qEnvironmentVariable("SC_SANDBOX_CHILD_ENGINE");
    if (!child.isEmpty())
        return childEngine(child);
    TestSandbox t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_sandbox.moc"
