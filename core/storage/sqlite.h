// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace sc::core::storage {

// One SQLite connection as every store of the app uses it: its own connection name, a busy
// timeout (another process — the app, `status` — may hold a lock for a moment), WAL, and
// synchronous=NORMAL. WAL + NORMAL survives a crash or kill -9 with nothing lost; only a power
// cut can drop the last commits, and each of them is redone safely (a task re-runs from its
// checkpoint, a re-sent result gets "already reported", the credit feed is re-read by task id).
// FULL would fsync on every commit and stall the event loop on slow disks.
std::optional<QSqlDatabase> open(const QString& path, const QString& what, QString* error);
// Closes the connection and forgets its name.
void close(QSqlDatabase& db);

bool exec(QSqlDatabase& db, const QString& sql);
int userVersion(QSqlDatabase& db); // -1 when the file is not a database

// Brings the schema to steps.size(): steps[v] holds the statements from version v to v+1.
// Runs in one write transaction that re-reads the version after taking the lock, so two
// processes opening a fresh file at once never both migrate. A newer or damaged file is an
// error naming `what` and the path.
bool migrate(QSqlDatabase& db, const QList<QStringList>& steps, const QString& what, const QString& path,
    QString* error);

} // namespace sc::core::storage
