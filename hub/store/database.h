// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace sc::hub {

// The two engines the hub keeps its state in (docs/deploy.md): SQLite, one file beside one hub
// process (the default), and PostgreSQL, one database that several hub replicas share.
enum class SqlDialect { Sqlite, Postgres };

// Where the hub's database is, as `--db` takes it:
//   sqlite:PATH  (or a bare PATH)
//   postgresql://[USER[:PASSWORD]@][HOST][:PORT]/DATABASE[?host=SOCKET_DIR]
// A password can also come from PGPASSWORD or ~/.pgpass, as libpq reads them; a HOST that is a
// folder (or ?host=) is the folder of PostgreSQL's Unix socket.
struct DatabaseTarget {
    SqlDialect dialect = SqlDialect::Sqlite;
    QString path; // SQLite
    QString host; // PostgreSQL: name, address or socket folder; empty: libpq's default
    int port = 5432;
    QString user;
    QString password;
    QString name;

    static std::optional<DatabaseTarget> parse(const QString& text, QString* error);
    static DatabaseTarget sqlite(const QString& path);
    // The target as an operator reads it in a message: never the password.
    QString display() const;
    // The same target with another database name (tests make one database per test).
    DatabaseTarget withName(const QString& otherName) const;
    QString url() const; // the --db form, password included
};

// Adds and opens a Qt Sql connection to the target under the given name (QPSQL with exact
// numbers: a SUM of base units comes back as text, never as a double). False with a reason.
bool openConnection(const DatabaseTarget& target, const QString& connectionName, QString* error);

SqlDialect dialectOf(const QSqlDatabase& db);

} // namespace sc::hub
