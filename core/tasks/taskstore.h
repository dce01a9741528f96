// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/taskdescriptor.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace sc::core {

// Durable task states in SQLite (WAL). Every transition is one transaction, so after a kill -9
// the store says exactly which tasks must restart and which results still wait to be reported.
class TaskStore final {
public:
    enum class State { Queued, Running, Finished, Reported };

    struct Row {
        TaskDescriptor task;
        State state = State::Queued;
        QByteArray outputHash;
    };

    ~TaskStore();
    TaskStore(const TaskStore&) = delete;
    TaskStore& operator=(const TaskStore&) = delete;

    // Opens (creating and migrating) the store at path; nullptr and *error on failure.
    static std::unique_ptr<TaskStore> open(const QString& path, QString* error);

    // Adds tasks not already known (by id); returns how many were new.
    int addQueued(const QList<TaskDescriptor>& tasks);
    bool markRunning(const QString& id);
    bool markFinished(const QString& id, const QByteArray& outputHash);
    // Finished -> Reported; returns false (and changes nothing) from any other state,
    // so a result is never reported twice.
    bool markReported(const QString& id);

    QList<Row> inState(State s) const;
    int schemaVersion() const;

private:
    explicit TaskStore(QSqlDatabase db);
    bool transition(const QString& id, State from, State to, const QByteArray* hash);
    QSqlDatabase m_db;
};

} // namespace sc::core
