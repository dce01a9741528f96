// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <atomic>

namespace sc::core {

namespace {
    constexpr int kSchemaVersion = 2;

    bool exec(QSqlDatabase& db, const QString& sql)
    {
        QSqlQuery q(db);
        return q.exec(sql);
    }
} // namespace

TaskStore::TaskStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

TaskStore::~TaskStore()
{
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

std::unique_ptr<TaskStore> TaskStore::open(const QString& path, QString* error)
{
    static std::atomic<int> counter { 0 };
    const QString name = QStringLiteral("taskstore-%1").arg(counter++);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    if (!db.open()) {
        *error = QStringLiteral("cannot open task database %1: %2").arg(path, db.lastError().text());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return nullptr;
    }
    std::unique_ptr<TaskStore> store(new TaskStore(db));
    QSqlDatabase& d = store->m_db;
    // Another process (`status`, the app) may open the same file at the same moment: wait for
    // its locks, and migrate inside one write transaction that re-reads the version after
    // taking the lock, so two openers never both run a migration.
    exec(d, QStringLiteral("PRAGMA busy_timeout=5000"));
    exec(d, QStringLiteral("PRAGMA journal_mode=WAL"));
    // WAL + NORMAL survives a crash or kill -9 of the app with nothing lost; only a power cut
    // can drop the last commits, and every one of them is redone safely (a task re-runs from
    // its checkpoint, a re-sent result gets "already reported", the credit feed is re-read by
    // task id). FULL would fsync on every commit and stall the event loop on slow disks.
    exec(d, QStringLiteral("PRAGMA synchronous=NORMAL"));
    if (store->schemaVersion() < 0) {
        *error = QStringLiteral("cannot read task database %1 (damaged, or not a SpareCycles task database)")
                     .arg(path);
        return nullptr;
    }
    if (store->schemaVersion() < kSchemaVersion) {
        if (!exec(d, QStringLiteral("BEGIN IMMEDIATE"))) {
            *error = QStringLiteral("cannot lock task database %1").arg(path);
            return nullptr;
        }
        const int v = store->schemaVersion();
        bool ok = v >= 0;
        if (ok && v < 1) {
            ok = exec(d,
                QStringLiteral(
                    "CREATE TABLE tasks (id TEXT PRIMARY KEY, app TEXT NOT NULL, "
                    "app_sha256 TEXT NOT NULL, app_signature BLOB NOT NULL, app_url TEXT NOT NULL, "
                    "input BLOB NOT NULL, deadline INTEGER NOT NULL, estimated_ops INTEGER NOT NULL, "
                    "reward INTEGER NOT NULL, state INTEGER NOT NULL, output_hash BLOB)"));
        }
        if (ok && v < 2) {
            // v2: what the report needs (exit code, CPU time), crash count and the hub's verdict.
            ok = exec(d, QStringLiteral("ALTER TABLE tasks ADD COLUMN exit_code INTEGER NOT NULL DEFAULT 0"))
                && exec(d, QStringLiteral("ALTER TABLE tasks ADD COLUMN cpu_seconds REAL NOT NULL DEFAULT 0"))
                && exec(d, QStringLiteral("ALTER TABLE tasks ADD COLUMN failures INTEGER NOT NULL DEFAULT 0"))
                && exec(d, QStringLiteral("ALTER TABLE tasks ADD COLUMN outcome TEXT"));
        }
        ok = ok && exec(d, QStringLiteral("PRAGMA user_version=%1").arg(kSchemaVersion))
            && exec(d, QStringLiteral("COMMIT"));
        if (!ok) {
            exec(d, QStringLiteral("ROLLBACK"));
            *error = QStringLiteral(
                "cannot create or upgrade task database %1 (is it a SpareCycles task database?)")
                         .arg(path);
            return nullptr;
        }
    }
    if (store->schemaVersion() > kSchemaVersion) {
        *error = QStringLiteral("task database %1 was written by a newer SpareCycles").arg(path);
        return nullptr;
    }
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
                       "deadline, estimated_ops, reward, state) VALUES (?,?,?,?,?,?,?,?,?,?)"));
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
                             "outcome FROM tasks WHERE ")
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
