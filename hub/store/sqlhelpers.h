// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
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

// PostgreSQL statements prepared once per connection, by name, and kept (run() below):
// each run is then one EXECUTE that the server plans once, where QPSQL's own prepared
// statements take PREPARE, EXECUTE and DEALLOCATE and a new plan every time
// (docs/benchmarks.md "The hub at network scale"). Forget them when the connection closes or
// is opened again (HubStore does).
inline QHash<const QSqlDriver*, QHash<QString, QString>>& preparedStatements()
{
    thread_local QHash<const QSqlDriver*, QHash<QString, QString>> names;
    return names;
}
inline void forgetStatements(const QSqlDriver* driver) { preparedStatements().remove(driver); }

// The statement with each ? outside a quoted literal replaced by $1, $2, …; the count in *n.
inline QString numberedPlaceholders(const QString& sql, int* n)
{
    QString text;
    text.reserve(sql.size() + 16);
    bool quoted = false;
    *n = 0;
    for (const QChar c : sql) {
        if (c == QLatin1Char('\''))
            quoted = !quoted;
        if (c == QLatin1Char('?') && !quoted)
            text += QLatin1Char('$') + QString::number(++*n);
        else
            text += c;
    }
    return text;
}

inline bool runPostgres(QSqlQuery& q, const QSqlDriver& driver, const QString& sql, const QVariantList& args)
{
    QHash<QString, QString>& names = preparedStatements()[&driver];
    auto it = names.constFind(sql);
    if (it == names.constEnd()) {
        int count = 0;
        const QString numbered = numberedPlaceholders(sql, &count);
        if (count != args.size())
            return false;
        const QString name = QStringLiteral("sc_%1").arg(names.size());
        if (!q.exec(QStringLiteral("PREPARE %1 AS %2").arg(name, numbered)))
            return false;
        it = names.insert(sql, name);
    }
    // The values as literals, written by the driver's own escaping (PQescapeStringConn,
    // PQescapeByteaConn), exactly as QPSQL writes them into its EXECUTE.
    QString call = QStringLiteral("EXECUTE ") + it.value();
    for (qsizetype i = 0; i < args.size(); ++i) {
        QSqlField field(QString(), args.at(i).metaType());
        field.setValue(args.at(i));
        call += (i == 0 ? QLatin1Char('(') : QLatin1Char(',')) + driver.formatValue(field);
    }
    if (!args.isEmpty())
        call += QLatin1Char(')');
    return q.exec(call);
}

// Prepares and runs one statement with positional arguments; false on any SQL error.
inline bool run(QSqlQuery& q, const QString& sql, const QVariantList& args = {})
{
    if (const QSqlDriver* driver = q.driver(); driver && driver->dbmsType() == QSqlDriver::PostgreSQL) {
        if (!runPostgres(q, *driver, sql, args)) {
            lastSqlState() = q.lastError().nativeErrorCode();
            return false;
        }
        return true;
    }
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
