// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/cgroup.h"

#include <QCryptographicHash>
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusVariant>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QThread>
#include <algorithm>
#include <cmath>
#include <sys/xattr.h>
#include <unistd.h>

namespace sc::core::platform {

namespace {
    constexpr int kCpuPeriodUs = 100000;

    QByteArray readSmall(const QString& path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return f.read(64 * 1024);
    }

    // Control files take one write per value; a short write or EINVAL means "refused".
    bool writeValue(const QString& path, const QByteArray& value)
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Unbuffered | QIODevice::ExistingOnly))
            return false;
        return f.write(value) == value.size();
    }

    bool writable(const QString& path) { return ::access(QFile::encodeName(path).constData(), W_OK) == 0; }

    bool delegatedAttr(const QString& dir)
    {
        const QByteArray p = QFile::encodeName(dir);
        for (const char* name : { "trusted.delegate", "user.delegate" }) {
            char v[8] = {};
            const ssize_t n = ::getxattr(p.constData(), name, v, sizeof v - 1);
            if (n > 0 && v[0] == '1')
                return true;
        }
        return false;
    }

    // Group names come from task ids the hub chose: keep them readable when they are plain,
    // hash them otherwise so no id can name a path outside tasks/.
    QString groupName(const QString& taskId)
    {
        static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_.-]{1,64}$"));
        if (plain.match(taskId).hasMatch() && !taskId.startsWith(QLatin1Char('.')))
            return QStringLiteral("t-") + taskId;
        return QStringLiteral("t-")
            + QString::fromLatin1(
                QCryptographicHash::hash(taskId.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
    }

    void killAndRemove(const QString& group)
    {
        if (!QFileInfo::exists(group))
            return;
        writeValue(group + QStringLiteral("/cgroup.freeze"), "0");
        writeValue(group + QStringLiteral("/cgroup.kill"), "1");
        // rmdir succeeds once the kernel has reaped the group's processes (a few ms after kill).
        const QByteArray p = QFile::encodeName(group);
        for (int i = 0; i < 50; ++i) {
            if (::rmdir(p.constData()) == 0 || errno == ENOENT)
                return;
            if (errno != EBUSY)
                return;
            QThread::msleep(10);
        }
    }
} // namespace

QByteArray cpuMaxValue(double share, int cpus)
{
    if (!(share < 1.0) || cpus <= 0)
        return QByteArrayLiteral("max 100000");
    // The kernel refuses quotas under 1 ms; below that the executor freezes the tasks instead.
    const double quota = std::max(1000.0, std::round(std::max(0.0, share) * kCpuPeriodUs * cpus));
    return QByteArray::number(static_cast<qint64>(quota)) + ' ' + QByteArray::number(kCpuPeriodUs);
}

TaskCgroups::TaskCgroups(QString dir)
    : m_dir(std::move(dir))
{
}

std::optional<QString> TaskCgroups::ownDelegatedCgroup(QString* why, const QString& procSelf)
{
    QString rel;
    for (const QByteArray& line : readSmall(procSelf + QStringLiteral("/cgroup")).split('\n')) {
        if (line.startsWith("0::"))
            rel = QString::fromUtf8(line.mid(3));
    }
    if (rel.isEmpty()) {
        *why = QStringLiteral("no cgroup v2 hierarchy");
        return std::nullopt;
    }
    if (rel == QLatin1String("/")) {
        *why = QStringLiteral("this process is in the root cgroup, which is never ours to manage");
        return std::nullopt;
    }
    QString mount;
    for (const QByteArray& line : readSmall(procSelf + QStringLiteral("/mountinfo")).split('\n')) {
        const qsizetype sep = line.indexOf(" - cgroup2 ");
        if (sep < 0)
            continue;
        const QList<QByteArray> f = line.left(sep).split(' ');
        if (f.size() >= 5)
            mount = QString::fromUtf8(f.at(4));
    }
    if (mount.isEmpty()) {
        *why = QStringLiteral("cgroup v2 is not mounted");
        return std::nullopt;
    }
    QString dir = QDir::cleanPath(mount + rel);
    // An earlier engine in this process (before the network changed) moved us into
    // <delegated>/engine: the delegated folder is its parent.
    if (dir.endsWith(QLatin1String("/engine")) && !delegatedAttr(dir) && delegatedAttr(QFileInfo(dir).path()))
        dir = QFileInfo(dir).path();
    if (!delegatedAttr(dir)) {
        *why = QStringLiteral("the cgroup %1 is not delegated to this process").arg(dir);
        return std::nullopt;
    }
    if (!writable(dir) || !writable(dir + QStringLiteral("/cgroup.subtree_control"))) {
        *why = QStringLiteral("the cgroup %1 is not writable").arg(dir);
        return std::nullopt;
    }
    return dir;
}

std::unique_ptr<TaskCgroups> TaskCgroups::open(const QString& dir, bool moveSelf, QString* why)
{
    if (!QFileInfo::exists(dir + QStringLiteral("/cgroup.procs"))) {
        *why = QStringLiteral("%1 is not a cgroup").arg(dir);
        return nullptr;
    }
    if (!writable(dir)) {
        *why = QStringLiteral("the cgroup %1 is not writable").arg(dir);
        return nullptr;
    }
    if (!QFileInfo::exists(dir + QStringLiteral("/cgroup.freeze"))) {
        *why = QStringLiteral("this kernel's cgroups cannot freeze (Linux 5.2 or later needed)");
        return nullptr;
    }
    std::unique_ptr<TaskCgroups> cg(new TaskCgroups(dir));
    if (moveSelf) {
        const QString engine = dir + QStringLiteral("/engine");
        QDir().mkpath(engine);
        if (!writeValue(engine + QStringLiteral("/cgroup.procs"), QByteArray::number(::getpid()))) {
            *why = QStringLiteral("cannot move the engine into %1").arg(engine);
            return nullptr;
        }
    }
    // Controllers are optional: freezing needs none. Enabling them fails while processes
    // other than ours live in <dir>; then tasks are only frozen, and cycled with signals.
    const QList<QByteArray> available
        = readSmall(dir + QStringLiteral("/cgroup.controllers")).simplified().split(' ');
    const QString subtree = dir + QStringLiteral("/cgroup.subtree_control");
    for (const char* c : { "cpu", "memory", "pids" }) {
        if (available.contains(QByteArray(c)))
            writeValue(subtree, QByteArray("+") + c);
    }
    const QString tasks = dir + QStringLiteral("/tasks");
    if (!QDir().mkpath(tasks)) {
        *why = QStringLiteral("cannot create %1").arg(tasks);
        return nullptr;
    }
    if (QFileInfo::exists(tasks + QStringLiteral("/memory.high")))
        writeValue(tasks + QStringLiteral("/cgroup.subtree_control"), "+memory");
    if (QFileInfo::exists(tasks + QStringLiteral("/pids.max")))
        writeValue(tasks + QStringLiteral("/cgroup.subtree_control"), "+pids");
    cg->m_cpu = QFileInfo::exists(tasks + QStringLiteral("/cpu.max"));
    cg->m_memory = QFileInfo::exists(tasks + QStringLiteral("/memory.high"));
    cg->m_pids = QFileInfo::exists(tasks + QStringLiteral("/pids.max"));
    // Groups of an engine that died: their tasks were told to stop by the kernel's parent-death
    // signal, but anything they started is only certainly gone once the group is killed.
    for (const QString& left : QDir(tasks).entryList({ QStringLiteral("t-*") }, QDir::Dirs))
        killAndRemove(tasks + QLatin1Char('/') + left);
    cg->setCpuShare(1.0, 0);
    return cg;
}

QString TaskCgroups::groupPath(const QString& taskId) const
{
    return m_dir + QStringLiteral("/tasks/") + groupName(taskId);
}

std::optional<QString> TaskCgroups::create(const QString& taskId, QString* why)
{
    const QString group = groupPath(taskId);
    killAndRemove(group); // a previous run of the same task that did not clean up
    if (!QDir().mkpath(group)) {
        *why = QStringLiteral("cannot create the cgroup %1").arg(group);
        return std::nullopt;
    }
    const QString procs = group + QStringLiteral("/cgroup.procs");
    if (!writable(procs)) {
        *why = QStringLiteral("cannot write %1").arg(procs);
        return std::nullopt;
    }
    return procs;
}

bool TaskCgroups::setFrozen(const QString& taskId, bool frozen)
{
    return writeValue(groupPath(taskId) + QStringLiteral("/cgroup.freeze"), frozen ? "1" : "0");
}

bool TaskCgroups::isFrozen(const QString& taskId) const
{
    const QByteArray events = readSmall(groupPath(taskId) + QStringLiteral("/cgroup.events"));
    return events.contains("frozen 1");
}

bool TaskCgroups::kill(const QString& taskId)
{
    return writeValue(groupPath(taskId) + QStringLiteral("/cgroup.kill"), "1");
}

bool TaskCgroups::holds(const QString& taskId, qint64 pid) const
{
    const QByteArray want = QByteArray::number(pid);
    const QList<QByteArray> members
        = readSmall(groupPath(taskId) + QStringLiteral("/cgroup.procs")).split('\n');
    return members.contains(want);
}

void TaskCgroups::remove(const QString& taskId) { killAndRemove(groupPath(taskId)); }

bool TaskCgroups::setProcessLimit(const QString& taskId, int processes)
{
    return m_pids
        && writeValue(groupPath(taskId) + QStringLiteral("/pids.max"),
            processes > 0 ? QByteArray::number(processes) : QByteArrayLiteral("max"));
}

bool TaskCgroups::hitProcessLimit(const QString& taskId) const
{
    for (const QByteArray& line : readSmall(groupPath(taskId) + QStringLiteral("/pids.events")).split('\n')) {
        if (line.startsWith("max "))
            return line.mid(4).trimmed().toLongLong() > 0;
    }
    return false;
}

bool TaskCgroups::setCpuShare(double share, int cpus)
{
    return m_cpu && writeValue(m_dir + QStringLiteral("/tasks/cpu.max"), cpuMaxValue(share, cpus));
}

bool TaskCgroups::setMemoryHigh(qint64 bytes)
{
    return m_memory
        && writeValue(m_dir + QStringLiteral("/tasks/memory.high"),
            bytes > 0 ? QByteArray::number(bytes) : QByteArrayLiteral("max"));
}

} // namespace sc::core::platform

// --- A delegated scope from the user's systemd -------------------------------------------

namespace sc::core::platform {

QDBusArgument& operator<<(QDBusArgument& arg, const UnitProperty& p)
{
    arg.beginStructure();
    arg << p.name << QDBusVariant(p.value);
    arg.endStructure();
    return arg;
}

const QDBusArgument& operator>>(const QDBusArgument& arg, UnitProperty& p)
{
    QDBusVariant v;
    arg.beginStructure();
    arg >> p.name >> v;
    arg.endStructure();
    p.value = v.variant();
    return arg;
}

QDBusArgument& operator<<(QDBusArgument& arg, const AuxUnit& u)
{
    arg.beginStructure();
    arg << u.name << u.properties;
    arg.endStructure();
    return arg;
}

const QDBusArgument& operator>>(const QDBusArgument& arg, AuxUnit& u)
{
    arg.beginStructure();
    arg >> u.name >> u.properties;
    arg.endStructure();
    return arg;
}

void registerSystemdTypes()
{
    qDBusRegisterMetaType<UnitProperty>();
    qDBusRegisterMetaType<UnitProperties>();
    qDBusRegisterMetaType<AuxUnit>();
    qDBusRegisterMetaType<QList<AuxUnit>>();
}

std::optional<QString> requestDelegatedScope(const QDBusConnection& sessionBus, const QString& unitName,
    QString* why, int timeoutMs, const QString& procSelf)
{
    if (!sessionBus.isConnected()) {
        *why = QStringLiteral("no D-Bus session bus");
        return std::nullopt;
    }
    registerSystemdTypes();
    QDBusMessage call = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.systemd1"),
        QStringLiteral("/org/freedesktop/systemd1"), QStringLiteral("org.freedesktop.systemd1.Manager"),
        QStringLiteral("StartTransientUnit"));
    const UnitProperties props {
        { QStringLiteral("Description"), QStringLiteral("SpareCycles and its tasks") },
        { QStringLiteral("PIDs"), QVariant::fromValue(QList<uint> { static_cast<uint>(::getpid()) }) },
        { QStringLiteral("Delegate"), true },
        // Stopping the scope (logout) gives the engine SIGTERM and time to checkpoint its tasks.
        { QStringLiteral("TimeoutStopUSec"), QVariant::fromValue(quint64(15'000'000)) },
    };
    call << unitName << QStringLiteral("fail") << QVariant::fromValue(props)
         << QVariant::fromValue(QList<AuxUnit> {});
    const QDBusMessage reply = sessionBus.call(call, QDBus::Block, timeoutMs);
    if (reply.type() == QDBusMessage::ErrorMessage) {
        *why = QStringLiteral("systemd did not create a scope: %1").arg(reply.errorMessage());
        return std::nullopt;
    }
    // systemd moves the process when the job runs, just after the reply.
    QDeadlineTimer deadline(timeoutMs);
    QString last;
    do {
        if (const auto dir = TaskCgroups::ownDelegatedCgroup(&last, procSelf))
            return dir;
        QThread::msleep(10);
    } while (!deadline.hasExpired());
    *why = QStringLiteral("systemd created the scope but this process is not in a delegated cgroup (%1)")
               .arg(last);
    return std::nullopt;
}

} // namespace sc::core::platform
