// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/processgroup.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>
#include <sched.h>
#include <signal.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace sc::core::platform;

namespace {
// The state letter from /proc/PID/stat (R, S, T, ...).
char procState(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return '?';
    const QByteArray s = f.readAll();
    const int close = s.lastIndexOf(')');
    return close >= 0 && close + 2 < s.size() ? s.at(close + 2) : '?';
}
// Every process whose process group is pgid, from /proc/*/stat.
QList<qint64> groupMembers(qint64 pgid)
{
    QList<qint64> out;
    const QDir proc(QStringLiteral("/proc"));
    for (const QString& name : proc.entryList(QDir::Dirs)) {
        bool ok = false;
        const qint64 pid = name.toLongLong(&ok);
        if (!ok)
            continue;
        QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray s = f.readAll();
        const QList<QByteArray> rest = s.mid(s.lastIndexOf(')') + 2).split(' ');
        if (rest.size() > 2 && rest.at(2).toLongLong() == pgid)
            out.append(pid);
    }
    return out;
}
bool waitForState(qint64 pid, char want)
{
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        if (procState(pid) == want)
            return true;
        QTest::qWait(5);
    }
    return false;
}
} // namespace

class TestProcessGroup final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void childRunsIdleInItsOwnGroupAndCanBeSuspended()
    {
        QProcess p;
        prepareIdleChild(p);
        // A busy shell loop with a child of its own: both must stop with the group.
        p.start(QStringLiteral("/bin/sh"),
            { QStringLiteral("-c"), QStringLiteral("(while :; do :; done) & while :; do :; done") });
        QVERIFY(p.waitForStarted());
        const qint64 pid = p.processId();
        QCOMPARE(::getpgid(static_cast<pid_t>(pid)), static_cast<pid_t>(pid));
        QCOMPARE(::sched_getscheduler(static_cast<pid_t>(pid)), SCHED_IDLE);
        errno = 0;
        QCOMPARE(::getpriority(PRIO_PROCESS, static_cast<id_t>(pid)), 19);

        QList<qint64> members;
        QDeadlineTimer forked(10000);
        while ((members = groupMembers(pid)).size() < 2 && !forked.hasExpired())
            QTest::qWait(5);
        QCOMPARE(members.size(), 2);

        QVERIFY(suspendGroup(pid));
        QVERIFY(waitForState(pid, 'T'));
        // Every member of the group is stopped, not just the leader.
        for (qint64 member : members)
            QVERIFY(waitForState(member, 'T'));

        QVERIFY(resumeGroup(pid));
        QVERIFY(waitForState(pid, 'R'));
        ::kill(static_cast<pid_t>(-pid), SIGKILL);
        QVERIFY(p.waitForFinished());
        // Once the orphaned member is reaped too, the group is gone: reported, not ignored.
        QDeadlineTimer reaped(10000);
        while (suspendGroup(pid) && !reaped.hasExpired())
            QTest::qWait(5);
        QVERIFY(!suspendGroup(pid));
        QVERIFY(!suspendGroup(0));
    }
};

QTEST_GUILESS_MAIN(TestProcessGroup)
#include "tst_processgroup.moc"
