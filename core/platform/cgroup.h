// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>
#include <memory>
#include <optional>

class QDBusArgument;
class QDBusConnection;

namespace sc::core::platform {

// Task control through cgroup v2, where the engine has a cgroup of its own to manage (a
// systemd scope or service with Delegate=yes, or a folder an administrator gave it). Layout
// under that folder:
//
//   <dir>/engine/          this process, moved out of <dir> so controllers can be enabled
//   <dir>/tasks/           cpu.max (the duty cycle for all tasks together), memory.high
//   <dir>/tasks/t-<id>/    one group per task: cgroup.freeze, cgroup.kill, memory.current,
//                          pids.max (its processes and threads, where the pids controller is)
//
// Freezing a group stops every process in it at once, including any it forks while being
// frozen, and a task cannot notice or undo it (unlike SIGSTOP, which a parent in the tree can
// answer with SIGCONT). cpu.max caps CPU time smoothly without the engine waking every period.
// Everything degrades: without a delegated cgroup the executor uses process-group signals.
// Defined once per OS: platform/{linux,dummy}/cgroup_<os>.cpp; the dummy never opens, with a
// reason, and no systemd scope can be had. The systemd D-Bus types and cpuMaxValue() at the
// end of this header are Linux's alone (used by cgroup_linux.cpp and its test).
class TaskCgroups final {
public:
    // Manages `dir` (a cgroup v2 folder this process may write). With moveSelf, this process
    // is first moved into <dir>/engine (needed when it lives in <dir> itself). Task groups left
    // by an engine that died are killed and removed. nullptr and *why when unusable.
    static std::unique_ptr<TaskCgroups> open(const QString& dir, bool moveSelf, QString* why);
    // This process's own cgroup, when it is delegated to us (systemd marks delegated groups
    // with the trusted.delegate / user.delegate attribute) and writable. Never the root.
    static std::optional<QString> ownDelegatedCgroup(
        QString* why, const QString& procSelf = QStringLiteral("/proc/self"));

    const QString& dir() const { return m_dir; }
    bool cpuControl() const { return m_cpu; }
    bool memoryControl() const { return m_memory; }
    bool pidsControl() const { return m_pids; }

    // Creates the (empty) group for a task and returns the path of its cgroup.procs, which the
    // child writes "0" into before exec so the task and all it starts live there.
    std::optional<QString> create(const QString& taskId, QString* why);
    bool setFrozen(const QString& taskId, bool frozen);
    // From cgroup.events: the kernel has stopped every process of the group.
    bool isFrozen(const QString& taskId) const;
    bool kill(const QString& taskId);
    // Whether pid is a member of the task's group.
    bool holds(const QString& taskId, qint64 pid) const;
    // Removes the group once its processes are gone (kills leftovers first).
    void remove(const QString& taskId);

    // All tasks together may use `share` of `cpus` CPUs (cpu.max over a 100 ms period);
    // share >= 1 lifts the cap. False without the cpu controller.
    bool setCpuShare(double share, int cpus);
    // All tasks together are held under `bytes` (memory.high: above it the kernel reclaims
    // the tasks' memory and slows them, and kills nothing; the engine's watchdog then stops the
    // biggest at its checkpoint); 0 lifts the cap.
    bool setMemoryHigh(qint64 bytes);

    // The task's group may hold at most this many processes and threads (pids.max: a fork
    // beyond it fails with EAGAIN); false without the pids controller.
    bool setProcessLimit(const QString& taskId, int processes);
    // From pids.events: a fork in the task's group was refused at pids.max.
    bool hitProcessLimit(const QString& taskId) const;

    QString groupPath(const QString& taskId) const;

private:
    explicit TaskCgroups(QString dir);
    QString m_dir;
    bool m_cpu = false;
    bool m_memory = false;
    bool m_pids = false;
};

// Asks the user's systemd (org.freedesktop.systemd1 on this session bus) to put this process
// into a new scope with Delegate=yes, as `systemd-run --user --scope -p Delegate=yes` does,
// and waits up to `timeoutMs` until the process is in a delegated cgroup, whose folder it
// returns. nullopt and *why when there is no user systemd or it refused.
std::optional<QString> requestDelegatedScope(const QDBusConnection& sessionBus, const QString& unitName,
    QString* why, int timeoutMs = 3000, const QString& procSelf = QStringLiteral("/proc/self"));

// The D-Bus shape of a unit property (a(sv)) and of an auxiliary unit (a(sa(sv))), exposed so
// tests can act as systemd.
struct UnitProperty {
    QString name;
    QVariant value;
};
using UnitProperties = QList<UnitProperty>;
struct AuxUnit {
    QString name;
    UnitProperties properties;
};
void registerSystemdTypes();
QDBusArgument& operator<<(QDBusArgument& arg, const UnitProperty& p);
const QDBusArgument& operator>>(const QDBusArgument& arg, UnitProperty& p);
QDBusArgument& operator<<(QDBusArgument& arg, const AuxUnit& u);
const QDBusArgument& operator>>(const QDBusArgument& arg, AuxUnit& u);

// cpu.max's text for a share of some CPUs over a 100 ms period ("max 100000" for no cap).
QByteArray cpuMaxValue(double share, int cpus);

} // namespace sc::core::platform

Q_DECLARE_METATYPE(sc::core::platform::UnitProperty)
Q_DECLARE_METATYPE(sc::core::platform::AuxUnit)
