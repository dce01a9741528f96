// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/storeresult.h"

#include <QList>
#include <QString>
#include <QVariantList>
#include <optional>

namespace sc::hub {

class Devices;
class Replicas;
struct StoreContext;

// What the store hands out for one replica; the server adds the app hash, signature and URL.
struct IssuedTask {
    QString id;
    QString app;
    QString input;
    qint64 deadline = 0;
    qint64 estimatedOps = 0;
    qint64 reward = 0;
};

struct NewWorkunit {
    QString app;
    QString input;
    qint64 estimatedOps = 0;
};

// The work queue: workunits waiting for replicas, handing replicas (and canaries) out to
// devices sized by their speed, and expiring replicas past their deadline.
class WorkQueue final {
public:
    static constexpr int kMaxTasksPerReply = 256;
    // A device holds at most this many unfinished tasks per core it asks for, so a device
    // asking for "seconds" of tiny tasks cannot take a whole queue hostage until the deadlines.
    static constexpr int kMaxInProgressPerCore = 32;

    WorkQueue(const StoreContext& context, Devices& devices, Replicas& replicas)
        : m_context(context)
        , m_devices(devices)
        , m_replicas(replicas)
    {
    }

    // Hands out up to cores x seconds x the device's ops_per_second estimated operations. A
    // request id seen before from this device gets the tasks that request was given (those
    // still in progress) and nothing new: its reply was lost, not its work.
    StoreResult assignWork(
        const QString& deviceId, int cores, qint64 seconds, const QString& requestId, QList<IssuedTask>* out);
    // The replicas counted against this device's cap: in progress and before their deadline.
    StoreResult heldWork(const QString& deviceId, QList<IssuedTask>* out);
    // The device gives an in-progress replica back; the workunit wants a replacement at once.
    StoreResult release(const QString& deviceId, const QString& taskId);
    // Marks every replica past its deadline expired (the workunit then wants a replacement).
    bool expireOverdue(qint64 now);
    QString candidatesSql() const;

    // Adds workunits, optionally storing metaValue under metaKey in the same transaction (the
    // demo generator's cursor). metaBefore: only while metaKey still holds that value (empty:
    // not set yet); otherwise nothing is added and the list is empty (another replica was
    // first). Returns the new ids, or nullopt on failure.
    std::optional<QList<qint64>> addWorkunits(const QList<NewWorkunit>& units, int copies,
        const QString& metaKey, const QString& metaValue, QString* error,
        const std::optional<QString>& metaBefore = std::nullopt);
    // Open workunits still short of `quorum` replicas (the demo top-up keeps these stocked).
    qint64 openWorkunits();
    // Replicas still to hand out, summed over open workunits; -1 on a storage error.
    qint64 queuedReplicas(qint64 now);

private:
    // Tasks of this device matching `where` (SQL on results r), in the order handed out.
    bool readIssued(const QString& where, const QVariantList& values, QList<IssuedTask>* out);
    bool checkDevice(const QString& deviceId, StoreResult* refusal);

    const StoreContext& m_context;
    Devices& m_devices;
    Replicas& m_replicas;
};

} // namespace sc::hub
