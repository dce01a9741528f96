// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/taskdescriptor.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <optional>

namespace sc::core {

// Durable task states in SQLite (WAL). Every transition is one transaction, so after a kill -9
// the store says exactly which tasks must restart and which results still wait to be reported.
class TaskStore final {
public:
    // Abandoned: never run or never reported (deadline passed, program failed verification);
    // terminal like Reported.
    enum class State { Queued, Running, Finished, Reported, Abandoned };

    struct Row {
        TaskDescriptor task;
        State state = State::Queued;
        QByteArray outputHash;
        int exitCode = 0;
        double cpuSeconds = 0;
        int failures = 0;
        QString outcome; // hub's answer to the report: pending / valid / invalid / expired
    };

    ~TaskStore();
    TaskStore(const TaskStore&) = delete;
    TaskStore& operator=(const TaskStore&) = delete;

    // Opens (creating and migrating) the store at path; nullptr and *error on failure.
    static std::unique_ptr<TaskStore> open(const QString& path, QString* error);

    // Adds tasks not already known (by id); returns how many were new.
    int addQueued(const QList<TaskDescriptor>& tasks);
    bool markRunning(const QString& id);
    bool markFinished(
        const QString& id, const QByteArray& outputHash, int exitCode = 0, double cpuSeconds = 0);
    // Finished -> Reported; returns false (and changes nothing) from any other state,
    // so a result is never reported twice.
    bool markReported(const QString& id, const QString& outcome = {});
    // Queued or Running -> Abandoned, with the reason kept as the outcome.
    bool markAbandoned(const QString& id, const QString& reason);
    // Counts a crash of the task program; returns the new count (-1 on error).
    int recordFailure(const QString& id);
    // Adds CPU seconds used so far (kept across restarts of the task).
    bool addCpuSeconds(const QString& id, double seconds);
    int count(State s) const;
    std::optional<Row> find(const QString& id) const;

    QList<Row> inState(State s) const;
    int schemaVersion() const;

    // The identity (device public key, hex) these tasks were given to; empty in a new store.
    QString identity() const;
    bool setIdentity(const QString& publicKeyHex);
    // Forgets every task (a new identity starts with none); returns how many went, -1 on error.
    int removeAll();
    // Tasks queued, running, or finished and not yet reported.
    int unfinishedCount() const;

private:
    explicit TaskStore(QSqlDatabase db);
    bool transition(const QString& id, State from, State to);
    QList<Row> select(const QString& where, const QVariant& value) const;
    QSqlDatabase m_db;
};

} // namespace sc::core
