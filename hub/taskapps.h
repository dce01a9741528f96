// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/taskdescriptor.h"
#include "store/workqueue.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <variant>

namespace sc::hub {

// One task program the hub serves: its name and what it runs on (docs/protocol.md "GPU work").
struct TaskApp {
    QString name;
    core::TaskDescriptor::Resource resource = core::TaskDescriptor::Resource::Cpu;
};

// The task programs this hub knows, and what a workunit of each must look like: the one place
// `submit`, the demo top-up and `serve` learn an app's input rules, estimate and resource.
class TaskApps final {
public:
    static constexpr qint64 kMaxPrime = qint64(1) << 40; // sc-primes' input limit
    static constexpr quint32 kMaxMatmulN = 4096; // sc-matmul's (its output: 64 MiB + header)
    // sc-primes takes about 5 operations per number of its range.
    static constexpr qint64 kPrimesOpsPerNumber = 5;
    // The largest output a task may upload: a CPU app's, and a GPU app's (sc-matmul's n = 4096
    // product, 64 MiB, and its header line).
    static constexpr qint64 kMaxCpuOutputBytes = 1024 * 1024;
    static constexpr qint64 kMaxGpuOutputBytes = 64 * 1024 * 1024 + 64;
    static constexpr qint64 maxOutputBytes(core::TaskDescriptor::Resource r)
    {
        return r == core::TaskDescriptor::Resource::Gpu ? kMaxGpuOutputBytes : kMaxCpuOutputBytes;
    }

    static const QList<TaskApp>& all();
    static QStringList names();
    static std::optional<TaskApp> find(const QString& name);

    // A workunit of `app` for `input`, normalised, with its estimate (ops, when given, instead)
    // and resource; the reason, as the operator reads it, when the input is not one the program
    // takes. sc-primes: "LO HI", 0 <= LO <= HI <= 2^40, (HI - LO) * 5 operations. sc-matmul:
    // "n seed", 1 <= n <= 4096, n³ operations (one multiply-add mod p each) and 3 n² 4-byte
    // matrices of device memory.
    static std::variant<NewWorkunit, QString> workunit(
        const QString& app, const QString& input, std::optional<qint64> ops = std::nullopt);

    // sc-matmul of n × n: its n³ multiply-adds, and the device memory its kernel holds (A, B, C).
    static qint64 matmulOperations(quint32 n);
    static qint64 matmulMemoryBytes(quint32 n);
};

} // namespace sc::hub
