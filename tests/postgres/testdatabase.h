// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One fresh database per test, in the engine the test run chose: a SQLite file in a temporary
// folder by default, or, when SC_TEST_POSTGRES names the state file of a running throwaway
// cluster (tests/postgres/pgcluster.sh, started by CTest as a fixture), a new PostgreSQL
// database in it. The suites that use it run twice in the test command, once on each engine.
#include "store/database.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>
#include <QtGlobal>

namespace sc::test {

inline QString postgresAdminUrl()
{
    const QString stateFile = qEnvironmentVariable("SC_TEST_POSTGRES");
    if (stateFile.isEmpty())
        return {};
    QFile f(stateFile);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("SC_TEST_POSTGRES=%s: no cluster state file (tests/postgres/pgcluster.sh start)",
            qPrintable(stateFile));
    return QString::fromUtf8(f.readAll()).trimmed();
}

inline bool onPostgres() { return !postgresAdminUrl().isEmpty(); }

// A --db value for a database nobody used before: a file in dir, or a new PostgreSQL database.
inline QString freshDatabase(const QTemporaryDir& dir, const QString& name)
{
    const QString admin = postgresAdminUrl();
    if (admin.isEmpty())
        return dir.filePath(name + QStringLiteral(".sqlite"));
    QString error;
    const auto target = hub::DatabaseTarget::parse(admin, &error);
    if (!target)
        qFatal("SC_TEST_POSTGRES: %s", qPrintable(error));
    const QString database = QStringLiteral("t_%1_%2")
                                 .arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'))
                                 .arg(QString(name).replace(QLatin1Char('-'), QLatin1Char('_')).toLower());
    {
        const QString connection = QStringLiteral("sc-test-admin");
        if (!hub::openConnection(*target, connection, &error))
            qFatal("%s", qPrintable(error));
        QSqlQuery q(QSqlDatabase::database(connection));
        if (!q.exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(database)))
            qFatal("cannot create database %s: %s", qPrintable(database), qPrintable(q.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("sc-test-admin"));
    return target->withName(database).url();
}

// Opens a second, raw connection to a database freshDatabase gave (for checks behind the
// store's back); close it with QSqlDatabase::removeDatabase(connection).
inline QSqlDatabase rawConnection(const QString& database, const QString& connection)
{
    QString error;
    const auto target = hub::DatabaseTarget::parse(database, &error);
    if (!target || !hub::openConnection(*target, connection, &error))
        qFatal("%s", qPrintable(error));
    return QSqlDatabase::database(connection);
}

} // namespace sc::test
