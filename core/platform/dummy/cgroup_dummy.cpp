// SPDX-License-Identifier: GPL-3.0-or-later
// No cgroups on this platform: TaskCgroups never opens (the executor then controls tasks
// through processgroup.h alone) and no systemd scope can be asked for. The systemd D-Bus
// types and cpuMaxValue() in cgroup.h are Linux's alone and are not defined here.
#include "platform/cgroup.h"

namespace sc::core::platform {

namespace {
    const QString& noCgroups()
    {
        static const QString why = QStringLiteral("this operating system has no cgroups");
        return why;
    }
} // namespace

TaskCgroups::TaskCgroups(QString dir)
    : m_dir(std::move(dir))
{
}

std::unique_ptr<TaskCgroups> TaskCgroups::open(const QString&, bool, QString* why)
{
    *why = noCgroups();
    return nullptr;
}

std::optional<QString> TaskCgroups::ownDelegatedCgroup(QString* why, const QString&)
{
    *why = noCgroups();
    return std::nullopt;
}

// No instance exists (open() never makes one); these only keep the class whole.
std::optional<QString> TaskCgroups::create(const QString&, QString* why)
{
    *why = noCgroups();
    return std::nullopt;
}

bool TaskCgroups::setFrozen(const QString&, bool) { return false; }

bool TaskCgroups::isFrozen(const QString&) const { return false; }

bool TaskCgroups::kill(const QString&) { return false; }

bool TaskCgroups::holds(const QString&, qint64) const { return false; }

void TaskCgroups::remove(const QString&) { }

bool TaskCgroups::setCpuShare(double, int) { return false; }

bool TaskCgroups::setMemoryHigh(qint64) { return false; }

bool TaskCgroups::setProcessLimit(const QString&, int) { return false; }

bool TaskCgroups::hitProcessLimit(const QString&) const { return false; }

QString TaskCgroups::groupPath(const QString&) const { return {}; }

std::optional<QString> requestDelegatedScope(
    const QDBusConnection&, const QString&, QString* why, int, const QString&)
{
    *why = noCgroups();
    return std::nullopt;
}

} // namespace sc::core::platform
