// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/messages.h"
#include "protocol/taskdescriptor.h"
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
    core::TaskDescriptor::Resource resource = core::TaskDescriptor::Resource::Cpu;
};

struct NewWorkunit {
    QString app;
    QString input;
    qint64 estimatedOps = 0;
    // What it runs on (TaskApps), and for GPU work the device memory it needs.
    core::TaskDescriptor::Resource resource = core::TaskDescriptor::Resource::Cpu;
    qint64 memoryBytes = 0;
};

// The work queue: workunits waiting for replicas, handing replicas (and canaries) out to
// devices sized by their speed, and expiring replicas past their deadline.
class WorkQueue final {
public:
    static constexpr int kMaxTasksPerReply = 256;
    // A device holds at most this many unfinished tasks per core it asks for, so a device
    // asking for "seconds" of tiny tasks cannot take a whole queue hostage until the deadlines.
    static constexpr int kMaxInProgressPerCore = 32;
    // GPU tasks a device holds per GPU slot it asks for: one running, one downloaded and waiting.
    static constexpr int kMaxInProgressPerGpu = 2;

    WorkQueue(const StoreContext& context, Devices& devices, Replicas& replicas)
        : m_context(context)
        , m_devices(devices)
        , m_replicas(replicas)
    {
    }

    // Hands out CPU work of up to cores x seconds x the device's ops_per_second estimated
    // operations and, when it asks for gpus, GPU work (at most kMaxInProgressPerGpu unfinished
    // per GPU) that fits the memory of an OpenCL device in its profile (OpenClFit): each kind
    // counted apart, the one never against the other's budget. A request id seen before from
    // this device gets the tasks that request was given (those still in progress) and nothing
    // new: its reply was lost, not its work.
    StoreResult assignWork(const QString& deviceId, const core::WorkRequest& request, QList<IssuedTask>* out);
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
    // Open workunits still short of `quorum` replicas (the demo top-up keeps these stocked), of
    // one resource or of both.
    qint64 openWorkunits(std::optional<core::TaskDescriptor::Resource> resource = std::nullopt);
    // Replicas still to hand out, summed over open workunits; -1 on a storage error.
    qint64 queuedReplicas(qint64 now);

private:
    // One kind of work a request is filled with.
    struct Pool {
        core::TaskDescriptor::Resource resource = core::TaskDescriptor::Resource::Cpu;
        qint64 budgetOps = 0; // estimated operations; the first task always fits
        qsizetype limit = 0; // tasks
        qint64 memoryBytes = 0; // the most device memory a workunit may need
    };
    struct Assignee;
    // Hands out tasks of `pool` to the device (canaries among them at its rate), appending to out.
    bool fill(const Assignee& who, const Pool& pool, QList<IssuedTask>* out);
    // The device's replicas of this resource in progress; nullopt on a storage error.
    std::optional<qint64> heldCount(const QString& deviceId, core::TaskDescriptor::Resource resource);
    // Tasks of this device matching `where` (SQL on results r), in the order handed out.
    bool readIssued(const QString& where, const QVariantList& values, QList<IssuedTask>* out);
    bool checkDevice(const QString& deviceId, StoreResult* refusal);

    const StoreContext& m_context;
    Devices& m_devices;
    Replicas& m_replicas;
};

} // namespace sc::hub
