// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskapps.h"

#include "matmul/modmat.h"

#include <algorithm>

namespace sc::hub {

namespace {
    using Resource = core::TaskDescriptor::Resource;

    std::variant<NewWorkunit, QString> primes(const QString& input)
    {
        const QStringList range = input.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        bool okLo = false;
        bool okHi = false;
        const qint64 lo = range.value(0).toLongLong(&okLo);
        const qint64 hi = range.value(1).toLongLong(&okHi);
        if (range.size() != 2 || !okLo || !okHi || lo < 0 || hi < lo || hi > TaskApps::kMaxPrime)
            return QStringLiteral("sc-primes input must be \"LO HI\" with 0 <= LO <= HI <= 2^40");
        return NewWorkunit { QStringLiteral("sc-primes"), QStringLiteral("%1 %2").arg(lo).arg(hi),
            qMax<qint64>(1, (hi - lo) * TaskApps::kPrimesOpsPerNumber) };
    }

    std::variant<NewWorkunit, QString> matmul(const QString& input)
    {
        // The program's own parser, so the hub queues exactly what sc-matmul accepts.
        const QByteArray text = input.toUtf8();
        const auto in = sc::matmul::parseInput(std::string_view(text.constData(), text.size()));
        if (!in)
            return QStringLiteral("sc-matmul input must be \"n seed\" with 1 <= n <= %1 and a seed of at "
                                  "most 19 digits")
                .arg(TaskApps::kMaxMatmulN);
        NewWorkunit u { QStringLiteral("sc-matmul"), QStringLiteral("%1 %2").arg(in->n).arg(in->seed),
            TaskApps::matmulOperations(in->n) };
        u.resource = Resource::Gpu;
        u.memoryBytes = TaskApps::matmulMemoryBytes(in->n);
        return u;
    }
} // namespace

static_assert(TaskApps::kMaxMatmulN == sc::matmul::kMaxN);

const QList<TaskApp>& TaskApps::all()
{
    static const QList<TaskApp> apps { { QStringLiteral("sc-primes"), Resource::Cpu },
        { QStringLiteral("sc-matmul"), Resource::Gpu } };
    return apps;
}

QStringList TaskApps::names()
{
    QStringList list;
    for (const TaskApp& a : all())
        list.append(a.name);
    return list;
}

std::optional<TaskApp> TaskApps::find(const QString& name)
{
    const auto it
        = std::find_if(all().cbegin(), all().cend(), [&](const TaskApp& a) { return a.name == name; });
    return it == all().cend() ? std::nullopt : std::optional<TaskApp>(*it);
}

std::variant<NewWorkunit, QString> TaskApps::workunit(
    const QString& app, const QString& input, std::optional<qint64> ops)
{
    if (!find(app))
        return QStringLiteral("unknown app %1 (known: %2)").arg(app, names().join(QStringLiteral(", ")));
    auto made = app == QLatin1String("sc-matmul") ? matmul(input) : primes(input);
    if (auto* u = std::get_if<NewWorkunit>(&made); u && ops)
        u->estimatedOps = *ops;
    return made;
}

qint64 TaskApps::matmulOperations(quint32 n) { return qint64(n) * n * n; }

qint64 TaskApps::matmulMemoryBytes(quint32 n) { return 3 * qint64(n) * n * 4; }

} // namespace sc::hub
