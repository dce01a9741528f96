// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/statusfile.h"

#include "engine/datafolder.h"
#include "ledger/ledger.h"
#include "tasks/taskstore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLockFile>
#include <QSaveFile>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif
namespace sc::core {

namespace {
    constexpr qint64 kDriftWriteMs = 5000;
}

StatusFile::StatusFile(QString path, MonoClock mono)
    : m_path(std::move(path))
    , m_mono(std::move(mono))
{
}

void StatusFile::write(const QJsonObject& status, bool force)
{
    QJsonObject o = status;
    o.remove(QStringLiteral("updated"));
    QJsonObject stable = o;
    for (const char* k : { "idle_seconds", "cpu_temp_c", "gpu_temp_c", "tasks" })
        stable.remove(QLatin1String(k));
    const QByteArray key = QJsonDocument(stable).toJson(QJsonDocument::Compact);
    const qint64 now = m_mono();
    if (!force && key == m_lastKey && now - m_lastWriteMs < kDriftWriteMs)
        return;
    const QByteArray json = QJsonDocument(o).toJson(QJsonDocument::Compact);
    if (json == m_lastJson)
        return;
    QSaveFile f(m_path);
    if (f.open(QIODevice::WriteOnly) && f.write(json) == json.size() && f.commit()) {
        m_lastJson = json;
        m_lastKey = key;
        m_lastWriteMs = now;
    }
}

bool StatusFile::engineHoldsLock(const QString& dataDir)
{
    // Only look: taking the lock to probe it, even for a moment, made an engine starting at
    // that instant refuse with "another engine (process N)", N being this reader.
    QLockFile lock(DataFolder::lockPath(dataDir));
    qint64 pid = 0;
    QString host;
    QString app;
    if (!lock.getLockInfo(&pid, &host, &app) || pid <= 0)
        return false;
    if (!host.isEmpty() && host != QSysInfo::machineHostName())
        return true; // another machine's engine on a shared folder: cannot tell, assume so
#ifdef Q_OS_UNIX
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
#else
    return true; // the lock file exists and names a process: treat it as held
#endif
}

QJsonObject StatusFile::read(const QString& dataDir, QString* error)
{
    QDir dir(dataDir);
    if (!dir.exists()) {
        *error = tr("%1 does not exist; no engine has used it yet.").arg(dataDir);
        return {};
    }
    QJsonObject o;
    QFile f(DataFolder::statusPath(dataDir));
    if (f.open(QIODevice::ReadOnly))
        o = QJsonDocument::fromJson(f.readAll()).object();
    o.insert(QStringLiteral("engine_running"), engineHoldsLock(dataDir));
    QString err;
    qint64 earned = 0;
    int completed = 0, queued = 0, unreported = 0, valid = 0, invalid = 0;
    if (QFile::exists(dir.filePath(QStringLiteral("tasks.sqlite")))) {
        if (auto tasks = TaskStore::open(dir.filePath(QStringLiteral("tasks.sqlite")), &err)) {
            for (const auto state : { TaskStore::State::Reported, TaskStore::State::Finished }) {
                for (const auto& r : tasks->inState(state))
                    completed += r.exitCode == 0 ? 1 : 0;
            }
            queued = tasks->count(TaskStore::State::Queued);
            unreported = tasks->count(TaskStore::State::Finished);
        }
    }
    if (QFile::exists(dir.filePath(QStringLiteral("ledger.sqlite")))) {
        if (auto ledger = Ledger::open(dir.filePath(QStringLiteral("ledger.sqlite")), &err)) {
            earned = ledger->earnedTotal();
            if (const auto balance = ledger->meta(QStringLiteral("balance"));
                balance && !o.contains(QLatin1String("balance")))
                o.insert(QStringLiteral("balance"), QJsonDocument::fromJson(balance->toUtf8()).object());
            valid = ledger->creditedTasks(QStringLiteral("valid"));
            invalid = ledger->creditedTasks(QStringLiteral("invalid"));
        }
    }
    if (!err.isEmpty())
        *error = err;
    o.insert(QStringLiteral("tasks_completed"), completed);
    o.insert(QStringLiteral("tasks_queued"), queued);
    o.insert(QStringLiteral("results_waiting_to_report"), unreported);
    o.insert(QStringLiteral("tasks_valid"), valid);
    o.insert(QStringLiteral("tasks_invalid"), invalid);
    o.insert(QStringLiteral("earned_total"), earned);
    return o;
}

} // namespace sc::core
