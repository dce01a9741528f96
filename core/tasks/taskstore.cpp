// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskstore.h"

#include "storage/sqlite.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace sc::core {

namespace {
    // steps[v]: from schema version v to v + 1.
    const QList<QStringList>& taskSchema()
    {
        static const QList<QStringList> steps {
            { QStringLiteral(
                "CREATE TABLE tasks (id TEXT PRIMARY KEY, app TEXT NOT NULL, "
                "app_sha256 TEXT NOT NULL, app_signature BLOB NOT NULL, app_url TEXT NOT NULL, "
                "input BLOB NOT NULL, deadline INTEGER NOT NULL, estimated_ops INTEGER NOT NULL, "
                "reward INTEGER NOT NULL, state INTEGER NOT NULL, output_hash BLOB)") },
            // v2: what the report needs (exit code, CPU time), crash count and the hub's verdict.
            { QStringLiteral("ALTER TABLE tasks ADD COLUMN exit_code INTEGER NOT NULL DEFAULT 0"),
                QStringLiteral("ALTER TABLE tasks ADD COLUMN cpu_seconds REAL NOT NULL DEFAULT 0"),
                QStringLiteral("ALTER TABLE tasks ADD COLUMN failures INTEGER NOT NULL DEFAULT 0"),
                QStringLiteral("ALTER TABLE tasks ADD COLUMN outcome TEXT") },
            // v3: the hub's signature of the task (a row without one never runs).
            { QStringLiteral("ALTER TABLE tasks ADD COLUMN task_signature BLOB NOT NULL DEFAULT x''") },
            // v4: whose tasks these are (the device's public key, hex): a task is never run or
            // reported under another identity (DeviceIdentity).
            { QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)") },
            // v5: what the task runs on (cpu | gpu; signed with the task).
            { QStringLiteral("ALTER TABLE tasks ADD COLUMN resource TEXT NOT NULL DEFAULT 'cpu'") },
        };
        return steps;
    }
} // namespace

TaskStore::TaskStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

TaskStore::~TaskStore() { storage::close(m_db); }

std::unique_ptr<TaskStore> TaskStore::open(const QString& path, QString* error)
{
    std::unique_ptr<TaskStore> store;
    if (auto db = storage::open(path, QStringLiteral("task database"), error))
        store.reset(new TaskStore(*db));
    // Only the store holds the connection now: when it goes below (a damaged file), it closes
    // and removes the connection with no other handle alive, so Qt prints no warning of its
    // own before this error ("connection ... is still in use").
    if (!store)
        return nullptr;
    if (!storage::migrate(store->m_db, taskSchema(), QStringLiteral("task database"), path, error))
        return nullptr;
    return store;
}

int TaskStore::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

int TaskStore::addQueued(const QList<TaskDescriptor>& tasks)
{
    if (!m_db.transaction())
        return 0;
    int added = 0;
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT OR IGNORE INTO tasks (id, app, app_sha256, app_signature, app_url, input, "
                       "deadline, estimated_ops, reward, state, task_signature, resource) VALUES "
                       "(?,?,?,?,?,?,?,?,?,?,?,?)"));
    for (const TaskDescriptor& t : tasks) {
        q.addBindValue(t.id);
        q.addBindValue(t.app);
        q.addBindValue(t.appSha256);
        q.addBindValue(t.appSignature);
        q.addBindValue(t.appUrl);
        q.addBindValue(t.input);
        q.addBindValue(t.deadline);
        q.addBindValue(t.estimatedOps);
        q.addBindValue(t.reward);
        q.addBindValue(static_cast<int>(State::Queued));
        q.addBindValue(t.signature.isNull() ? QByteArray("") : t.signature);
        q.addBindValue(resourceName(t.resource));
        if (!q.exec()) {
            m_db.rollback();
            return 0;
        }
        added += q.numRowsAffected();
    }
    return m_db.commit() ? added : 0;
}

bool TaskStore::transition(const QString& id, State from, State to)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE tasks SET state=? WHERE id=? AND state=?"));
    q.addBindValue(static_cast<int>(to));
    q.addBindValue(id);
    q.addBindValue(static_cast<int>(from));
    return q.exec() && q.numRowsAffected() == 1;
}

bool TaskStore::markRunning(const QString& id) { return transition(id, State::Queued, State::Running); }

bool TaskStore::markFinished(const QString& id, const QByteArray& outputHash, int exitCode, double cpuSeconds)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE tasks SET state=?, output_hash=?, exit_code=?, "
                             "cpu_seconds=cpu_seconds+? WHERE id=? AND state=?"));
    q.addBindValue(static_cast<int>(State::Finished));
    q.addBindValue(outputHash);
    q.addBindValue(exitCode);
    q.addBindValue(cpuSeconds);
    q.addBindValue(id);
    q.addBindValue(static_cast<int>(State::Running));
    return q.exec() && q.numRowsAffected() == 1;
}

bool TaskStore::markReported(const QString& id, const QString& outcome)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE tasks SET state=?, outcome=? WHERE id=? AND state=?"));
    q.addBindValue(static_cast<int>(State::Reported));
    q.addBindValue(outcome);
    q.addBindValue(id);
    q.addBindValue(static_cast<int>(State::Finished));
    return q.exec() && q.numRowsAffected() == 1;
}

QString TaskStore::identity() const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key='identity'"));
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool TaskStore::setIdentity(const QString& publicKeyHex)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta VALUES ('identity', ?)"));
    q.addBindValue(publicKeyHex);
    return q.exec();
}

int TaskStore::removeAll()
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("DELETE FROM tasks")) ? q.numRowsAffected() : -1;
}

int TaskStore::unfinishedCount() const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM tasks WHERE state IN (?,?,?)"));
    q.addBindValue(static_cast<int>(State::Queued));
    q.addBindValue(static_cast<int>(State::Running));
    q.addBindValue(static_cast<int>(State::Finished));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

bool TaskStore::markAbandoned(const QString& id, const QString& reason)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE tasks SET state=?, outcome=? WHERE id=? AND state IN (?,?)"));
    q.addBindValue(static_cast<int>(State::Abandoned));
    q.addBindValue(reason);
    q.addBindValue(id);
    q.addBindValue(static_cast<int>(State::Queued));
    q.addBindValue(static_cast<int>(State::Running));
    return q.exec() && q.numRowsAffected() == 1;
}

int TaskStore::recordFailure(const QString& id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE tasks SET failures=failures+1 WHERE id=?"));
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() != 1)
        return -1;
    const auto row = find(id);
    return row ? row->failures : -1;
}

bool TaskStore::addCpuSeconds(const QString& id, double seconds)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE tasks SET cpu_seconds=cpu_seconds+? WHERE id=?"));
    q.addBindValue(seconds);
    q.addBindValue(id);
    return q.exec() && q.numRowsAffected() == 1;
}

int TaskStore::count(State s) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM tasks WHERE state=?"));
    q.addBindValue(static_cast<int>(s));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

std::optional<TaskStore::Row> TaskStore::find(const QString& id) const
{
    const QList<Row> rows = select(QStringLiteral("id=?"), id);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

QList<TaskStore::Row> TaskStore::inState(State s) const
{
    return select(QStringLiteral("state=?"), static_cast<int>(s));
}

QList<TaskStore::Row> TaskStore::select(const QString& where, const QVariant& value) const
{
    QList<Row> rows;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, app, app_sha256, app_signature, app_url, input, deadline, "
                             "estimated_ops, reward, state, output_hash, exit_code, cpu_seconds, failures, "
                             "outcome, task_signature, resource FROM tasks WHERE ")
        + where + QStringLiteral(" ORDER BY rowid"));
    q.addBindValue(value);
    if (!q.exec())
        return rows;
    while (q.next()) {
        Row r;
        r.task.id = q.value(0).toString();
        r.task.app = q.value(1).toString();
        r.task.appSha256 = q.value(2).toString();
        r.task.appSignature = q.value(3).toByteArray();
        r.task.appUrl = q.value(4).toString();
        r.task.input = q.value(5).toByteArray();
        r.task.deadline = q.value(6).toLongLong();
        r.task.estimatedOps = q.value(7).toLongLong();
        r.task.reward = q.value(8).toLongLong();
        r.task.signature = q.value(15).toByteArray();
        // Anything but "gpu" reads as a CPU task; a GPU task changed so no longer verifies.
        r.task.resource = resourceFromName(q.value(16).toString()).value_or(TaskDescriptor::Resource::Cpu);
        r.state = static_cast<State>(q.value(9).toInt());
        r.outputHash = q.value(10).toByteArray();
        r.exitCode = q.value(11).toInt();
        r.cpuSeconds = q.value(12).toDouble();
        r.failures = q.value(13).toInt();
        r.outcome = q.value(14).toString();
        rows.append(r);
    }
    return rows;
}

} // namespace sc::core
