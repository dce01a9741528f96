// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <atomic>

namespace sc::core {

namespace {
    constexpr int kSchemaVersion = 1;

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
    exec(d, QStringLiteral("PRAGMA journal_mode=WAL"));
    exec(d, QStringLiteral("PRAGMA synchronous=FULL"));
    if (store->schemaVersion() < 1) {
        const bool ok = d.transaction()
            && exec(d,
                QStringLiteral(
                    "CREATE TABLE tasks (id TEXT PRIMARY KEY, app TEXT NOT NULL, "
                    "app_sha256 TEXT NOT NULL, app_signature BLOB NOT NULL, app_url TEXT NOT NULL, "
                    "input BLOB NOT NULL, deadline INTEGER NOT NULL, estimated_ops INTEGER NOT NULL, "
                    "reward INTEGER NOT NULL, state INTEGER NOT NULL, output_hash BLOB)"))
            && exec(d, QStringLiteral("PRAGMA user_version=%1").arg(kSchemaVersion)) && d.commit();
        if (!ok) {
            *error = QStringLiteral("cannot create task database %1: %2").arg(path, d.lastError().text());
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
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO tasks VALUES (?,?,?,?,?,?,?,?,?,?,NULL)"));
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

bool TaskStore::transition(const QString& id, State from, State to, const QByteArray* hash)
{
    QSqlQuery q(m_db);
    q.prepare(hash ? QStringLiteral("UPDATE tasks SET state=?, output_hash=? WHERE id=? AND state=?")
                   : QStringLiteral("UPDATE tasks SET state=? WHERE id=? AND state=?"));
    q.addBindValue(static_cast<int>(to));
    if (hash)
        q.addBindValue(*hash);
    q.addBindValue(id);
    q.addBindValue(static_cast<int>(from));
    return q.exec() && q.numRowsAffected() == 1;
}

bool TaskStore::markRunning(const QString& id)
{
    return transition(id, State::Queued, State::Running, nullptr);
}

bool TaskStore::markFinished(const QString& id, const QByteArray& outputHash)
{
    return transition(id, State::Running, State::Finished, &outputHash);
}

bool TaskStore::markReported(const QString& id)
{
    return transition(id, State::Finished, State::Reported, nullptr);
}

QList<TaskStore::Row> TaskStore::inState(State s) const
{
    QList<Row> rows;
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT id, app, app_sha256, app_signature, app_url, input, deadline, "
                       "estimated_ops, reward, state, output_hash FROM tasks WHERE state=? ORDER BY rowid"));
    q.addBindValue(static_cast<int>(s));
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
        rows.append(r);
    }
    return rows;
}

} // namespace sc::core
