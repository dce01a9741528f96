// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/database.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>

namespace sc::hub {

DatabaseTarget DatabaseTarget::sqlite(const QString& path)
{
    DatabaseTarget t;
    t.dialect = SqlDialect::Sqlite;
    t.path = path;
    return t;
}

std::optional<DatabaseTarget> DatabaseTarget::parse(const QString& text, QString* error)
{
    const auto fail = [&](const QString& why) -> std::optional<DatabaseTarget> {
        *error = why;
        return std::nullopt;
    };
    if (text.isEmpty())
        return fail(QStringLiteral("no database given"));
    if (text.startsWith(QLatin1String("sqlite:"))) {
        const QString path = text.mid(7);
        if (path.isEmpty())
            return fail(QStringLiteral("sqlite: needs a file, as in sqlite:/var/lib/hub/hub.sqlite"));
        return sqlite(path);
    }
    if (!text.startsWith(QLatin1String("postgresql://")) && !text.startsWith(QLatin1String("postgres://"))) {
        if (text.contains(QLatin1String("://")))
            return fail(QStringLiteral("unknown database kind in %1: use sqlite:PATH or "
                                       "postgresql://USER@HOST:PORT/DATABASE")
                            .arg(text.left(text.indexOf(QLatin1String("://")) + 3)));
        return sqlite(text);
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return fail(QStringLiteral("not a PostgreSQL address: %1").arg(url.errorString()));
    DatabaseTarget t;
    t.dialect = SqlDialect::Postgres;
    t.user = url.userName(QUrl::FullyDecoded);
    t.password = url.password(QUrl::FullyDecoded);
    t.host = url.host(QUrl::FullyDecoded);
    if (url.port() == 0)
        return fail(QStringLiteral("the PostgreSQL port must be from 1 to 65535"));
    t.port = url.port(5432);
    t.name = url.path(QUrl::FullyDecoded).mid(1);
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host"))
            t.host = value;
        else
            return fail(QStringLiteral("unknown PostgreSQL option %1 (known: host)").arg(key));
    }
    if (t.name.isEmpty() || t.name.contains(QLatin1Char('/')))
        return fail(QStringLiteral("name the database: postgresql://USER@HOST:PORT/DATABASE"));
    return t;
}

QString DatabaseTarget::display() const
{
    if (dialect == SqlDialect::Sqlite)
        return path;
    DatabaseTarget shown = *this;
    shown.password.clear();
    return shown.url();
}

DatabaseTarget DatabaseTarget::withName(const QString& otherName) const
{
    DatabaseTarget t = *this;
    t.name = otherName;
    return t;
}

QString DatabaseTarget::url() const
{
    if (dialect == SqlDialect::Sqlite)
        return QStringLiteral("sqlite:") + path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setPassword(password);
    const bool socket = host.startsWith(QLatin1Char('/'));
    if (!socket)
        url.setHost(host);
    url.setPort(port == 5432 ? -1 : port);
    url.setPath(QLatin1Char('/') + name);
    if (socket) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("host"), host);
        url.setQuery(query);
    }
    // An empty host still needs the "//" of an authority: QUrl writes it for a user or port only.
    QString text = url.toString(QUrl::FullyEncoded);
    if (text.startsWith(QLatin1String("postgresql:/")) && !text.startsWith(QLatin1String("postgresql://")))
        text.insert(12, QLatin1Char('/'));
    return text;
}

bool openConnection(const DatabaseTarget& target, const QString& connectionName, QString* error)
{
    const bool postgres = target.dialect == SqlDialect::Postgres;
    const QString driver = postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        *error = postgres
            ? QStringLiteral("this hub was built without PostgreSQL support (Qt's QPSQL driver, "
                             "Debian package libqt6sql6-psql, is missing)")
            : QStringLiteral("Qt's SQLite driver is missing (Debian package libqt6sql6-sqlite)");
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, connectionName);
    if (postgres) {
        db.setHostName(target.host);
        db.setPort(target.port);
        db.setUserName(target.user);
        db.setPassword(target.password);
        db.setDatabaseName(target.name);
        // Fail fast when the server is gone instead of hanging a request for minutes.
        db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=sparecycles-hub"));
        db.setNumericalPrecisionPolicy(QSql::HighPrecision);
    } else {
        db.setDatabaseName(target.path);
    }
    if (!db.open()) {
        *error = QStringLiteral("cannot open database %1: %2").arg(target.display(), db.lastError().text());
        return false;
    }
    return true;
}

SqlDialect dialectOf(const QSqlDatabase& db)
{
    return db.driver() && db.driver()->dbmsType() == QSqlDriver::PostgreSQL ? SqlDialect::Postgres
                                                                            : SqlDialect::Sqlite;
}

} // namespace sc::hub
