// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

namespace sc::hub {

// The SQLSTATE of the last statement or commit that failed in this thread: PostgreSQL's
// five-character code ("40P01" a deadlock), empty for SQLite, whose errors have none.
inline QString& lastSqlState()
{
    thread_local QString state;
    return state;
}

// True when the failure was one of concurrency that running the same transaction again
// resolves: a deadlock, a serialization failure, or another replica inserting the same key
// first (the retry then finds its row).
inline bool isRetryableSqlState(const QString& state)
{
    return state == QLatin1String("40P01") || state == QLatin1String("40001")
        || state == QLatin1String("23505");
}

// Prepares and runs one statement with positional arguments; false on any SQL error.
inline bool run(QSqlQuery& q, const QString& sql, const QVariantList& args = {})
{
    if (!q.prepare(sql)) {
        lastSqlState() = q.lastError().nativeErrorCode();
        return false;
    }
    for (const QVariant& a : args)
        q.addBindValue(a);
    if (!q.exec()) {
        lastSqlState() = q.lastError().nativeErrorCode();
        return false;
    }
    return true;
}

// Commits on request, rolls back otherwise (early returns included).
class Transaction final {
public:
    explicit Transaction(QSqlDatabase db)
        : m_db(std::move(db))
        , m_active(m_db.transaction())
    {
    }
    ~Transaction()
    {
        if (m_active)
            m_db.rollback();
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    bool started() const { return m_active; }
    bool commit()
    {
        m_active = false;
        if (m_db.commit())
            return true;
        lastSqlState() = m_db.lastError().nativeErrorCode();
        m_db.rollback();
        return false;
    }

private:
    QSqlDatabase m_db;
    bool m_active;
};

} // namespace sc::hub
