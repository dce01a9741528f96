// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqlite.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <atomic>

namespace sc::core::storage {

std::optional<QSqlDatabase> open(const QString& path, const QString& what, QString* error)
{
    static std::atomic<int> counter { 0 };
    const QString name = QStringLiteral("%1-%2").arg(what).arg(counter++);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    if (!db.open()) {
        *error = QStringLiteral("cannot open %1 %2: %3").arg(what, path, db.lastError().text());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return std::nullopt;
    }
    exec(db, QStringLiteral("PRAGMA busy_timeout=5000"));
    exec(db, QStringLiteral("PRAGMA journal_mode=WAL"));
    exec(db, QStringLiteral("PRAGMA synchronous=NORMAL"));
    return db;
}

void close(QSqlDatabase& db)
{
    const QString name = db.connectionName();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

bool exec(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    return q.exec(sql);
}

int userVersion(QSqlDatabase& db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

bool migrate(QSqlDatabase& db, const QList<QStringList>& steps, const QString& what, const QString& path,
    QString* error)
{
    const int target = static_cast<int>(steps.size());
    const int before = userVersion(db);
    if (before < 0) {
        *error = QStringLiteral("cannot read %1 %2 (damaged, or not a SpareCycles file)").arg(what, path);
        return false;
    }
    if (before > target) {
        *error = QStringLiteral("%1 %2 was written by a newer SpareCycles").arg(what, path);
        return false;
    }
    if (before == target)
        return true;
    if (!exec(db, QStringLiteral("BEGIN IMMEDIATE"))) {
        *error = QStringLiteral("cannot lock %1 %2").arg(what, path);
        return false;
    }
    const int v = userVersion(db); // another process may have migrated while we waited
    bool ok = v >= 0 && v <= target;
    for (int step = std::max(v, 0); ok && step < target; ++step) {
        for (const QString& sql : steps.at(step))
            ok = ok && exec(db, sql);
    }
    ok = ok && exec(db, QStringLiteral("PRAGMA user_version=%1").arg(target))
        && exec(db, QStringLiteral("COMMIT"));
    if (!ok) {
        exec(db, QStringLiteral("ROLLBACK"));
        *error = QStringLiteral("cannot create or upgrade %1 %2 (is it a SpareCycles file?)").arg(what, path);
    }
    return ok;
}

} // namespace sc::core::storage
