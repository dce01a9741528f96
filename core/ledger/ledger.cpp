// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/ledger.h"

#include "ledger/credit.h"

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

    QString dayKey(const QDate& d) { return d.toString(Qt::ISODate); }
} // namespace

Ledger::Ledger(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Ledger::~Ledger()
{
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

std::unique_ptr<Ledger> Ledger::open(const QString& path, QString* error)
{
    static std::atomic<int> counter { 0 };
    const QString name = QStringLiteral("ledger-%1").arg(counter++);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    if (!db.open()) {
        *error = QStringLiteral("cannot open ledger %1: %2").arg(path, db.lastError().text());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return nullptr;
    }
    std::unique_ptr<Ledger> ledger(new Ledger(db));
    QSqlDatabase& d = ledger->m_db;
    exec(d, QStringLiteral("PRAGMA journal_mode=WAL"));
    exec(d, QStringLiteral("PRAGMA synchronous=FULL"));
    exec(d, QStringLiteral("PRAGMA busy_timeout=5000"));
    QSqlQuery v(d);
    const int version = v.exec(QStringLiteral("PRAGMA user_version")) && v.next() ? v.value(0).toInt() : -1;
    if (version < 0) {
        *error = QStringLiteral("cannot read ledger %1: %2").arg(path, d.lastError().text());
        return nullptr;
    }
    if (version > kSchemaVersion) {
        *error = QStringLiteral("ledger %1 was written by a newer SpareCycles").arg(path);
        return nullptr;
    }
    if (version < 1) {
        const bool ok = d.transaction()
            && exec(d,
                QStringLiteral("CREATE TABLE credits (task_id TEXT PRIMARY KEY, seq INTEGER NOT NULL, "
                               "status TEXT NOT NULL, amount INTEGER NOT NULL, time INTEGER NOT NULL)"))
            && exec(d,
                QStringLiteral("CREATE TABLE contribution (day TEXT PRIMARY KEY, cpu_seconds REAL NOT NULL, "
                               "tasks_completed INTEGER NOT NULL)"))
            && exec(d, QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"))
            && exec(d, QStringLiteral("PRAGMA user_version=1")) && d.commit();
        if (!ok) {
            *error = QStringLiteral("cannot create ledger %1: %2").arg(path, d.lastError().text());
            return nullptr;
        }
    }
    return ledger;
}

bool Ledger::applyCredits(const QList<Credit>& credits, qint64 nextCursor)
{
    qint64 total = earnedTotal();
    if (!m_db.transaction())
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO credits VALUES (?,?,?,?,?)"));
    for (const Credit& c : credits) {
        const auto sum = addCredit(total, c.amount);
        if (!sum) {
            m_db.rollback();
            return false;
        }
        q.addBindValue(c.taskId);
        q.addBindValue(c.seq);
        q.addBindValue(c.status);
        q.addBindValue(c.amount);
        q.addBindValue(c.time);
        if (!q.exec()) {
            m_db.rollback();
            return false;
        }
        if (q.numRowsAffected() == 1)
            total = *sum;
    }
    QSqlQuery m(m_db);
    m.prepare(QStringLiteral("INSERT OR REPLACE INTO meta VALUES ('credit_cursor', ?)"));
    m.addBindValue(QString::number(nextCursor));
    if (!m.exec()) {
        m_db.rollback();
        return false;
    }
    return m_db.commit();
}

qint64 Ledger::creditCursor() const { return meta(QStringLiteral("credit_cursor")).value_or(QStringLiteral("0")).toLongLong(); }

bool Ledger::addContribution(const QDate& day, double cpuSeconds, int tasksCompleted)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO contribution VALUES (?,?,?) ON CONFLICT(day) DO UPDATE SET "
                             "cpu_seconds=cpu_seconds+excluded.cpu_seconds, "
                             "tasks_completed=tasks_completed+excluded.tasks_completed"));
    q.addBindValue(dayKey(day));
    q.addBindValue(cpuSeconds);
    q.addBindValue(tasksCompleted);
    return q.exec();
}

qint64 Ledger::earnedTotal() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT COALESCE(SUM(amount),0) FROM credits")) && q.next() ? q.value(0).toLongLong()
                                                                                             : 0;
}

int Ledger::creditedTasks(const QString& status) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM credits WHERE status=?"));
    q.addBindValue(status);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QList<Ledger::Day> Ledger::days(const QDate& from, const QDate& to) const
{
    QMap<QDate, Day> byDay;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT day, cpu_seconds, tasks_completed FROM contribution WHERE day BETWEEN ? AND ?"));
    q.addBindValue(dayKey(from));
    q.addBindValue(dayKey(to));
    if (q.exec()) {
        while (q.next()) {
            Day& d = byDay[QDate::fromString(q.value(0).toString(), Qt::ISODate)];
            d.cpuSeconds = q.value(1).toDouble();
            d.tasksCompleted = q.value(2).toInt();
        }
    }
    QSqlQuery c(m_db);
    c.prepare(QStringLiteral("SELECT date(time, 'unixepoch') AS d, SUM(amount) FROM credits "
                             "WHERE d BETWEEN ? AND ? GROUP BY d"));
    c.addBindValue(dayKey(from));
    c.addBindValue(dayKey(to));
    if (c.exec()) {
        while (c.next())
            byDay[QDate::fromString(c.value(0).toString(), Qt::ISODate)].credit = c.value(1).toLongLong();
    }
    QList<Day> out;
    for (auto it = byDay.cbegin(); it != byDay.cend(); ++it) {
        Day d = it.value();
        d.day = it.key();
        out.append(d);
    }
    return out;
}

std::optional<QString> Ledger::meta(const QString& key) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key=?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return std::nullopt;
}

bool Ledger::setMeta(const QString& key, const QString& value)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta VALUES (?,?)"));
    q.addBindValue(key);
    q.addBindValue(value);
    return q.exec();
}

} // namespace sc::core
