// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

namespace sc::hub {

// Prepares and runs one statement with positional arguments; false on any SQL error.
inline bool run(QSqlQuery& q, const QString& sql, const QVariantList& args = {})
{
    if (!q.prepare(sql))
        return false;
    for (const QVariant& a : args)
        q.addBindValue(a);
    return q.exec();
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
        return m_db.commit();
    }

private:
    QSqlDatabase m_db;
    bool m_active;
};

} // namespace sc::hub
