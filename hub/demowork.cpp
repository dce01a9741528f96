// SPDX-License-Identifier: GPL-3.0-or-later
#include "demowork.h"

#include "hubstore.h"

#include <QList>
#include <QString>

namespace sc::hub {

namespace {
    using Resource = core::TaskDescriptor::Resource;
    const QString kCursorKey = QStringLiteral("demo_cursor");
    const QString kMatmulCursorKey = QStringLiteral("demo_matmul_seed");
}

DemoWork::DemoWork(HubStore& store, qint64 span, int minOpen, int minOpenGpu, quint32 matmulN)
    : m_store(store)
    , m_span(qBound<qint64>(1, span, kMaxPrime))
    , m_minOpen(minOpen)
    , m_minOpenGpu(minOpenGpu)
    , m_matmulN(qBound<quint32>(1, matmulN, TaskApps::kMaxMatmulN))
{
}

int DemoWork::topUp()
{
    const int primes = topUpPrimes();
    const int matmul = primes < 0 ? -1 : topUpMatmul();
    return matmul < 0 ? -1 : primes + matmul;
}

qint64 DemoWork::missing(Resource resource, int minOpen)
{
    const qint64 open = m_store.openWorkunits(resource);
    return open < 0 ? -1 : qMax<qint64>(0, minOpen - open);
}

int DemoWork::topUpPrimes()
{
    const qint64 wanted = missing(Resource::Cpu, m_minOpen);
    if (wanted <= 0)
        return static_cast<int>(wanted);
    const QString before = m_store.meta(kCursorKey).value_or(QString());
    qint64 cursor = before.toLongLong();
    QList<NewWorkunit> units;
    for (qint64 i = 0; i < wanted; ++i) {
        if (cursor + m_span > kMaxPrime)
            cursor = 0; // the whole range is done; go round again
        const qint64 hi = cursor + m_span;
        const auto unit
            = TaskApps::workunit(QStringLiteral("sc-primes"), QStringLiteral("%1 %2").arg(cursor).arg(hi));
        units.append(std::get<NewWorkunit>(unit)); // within 0..2^40 by construction
        cursor = hi;
    }
    // Only if no other replica moved the cursor meanwhile: two replicas topping up at once
    // would queue the same ranges twice.
    const auto ids = m_store.addWorkunits(units, 1, kCursorKey, QString::number(cursor), nullptr, before);
    return ids ? static_cast<int>(ids->size()) : -1;
}

int DemoWork::topUpMatmul()
{
    const qint64 wanted = m_minOpenGpu > 0 ? missing(Resource::Gpu, m_minOpenGpu) : 0;
    if (wanted <= 0)
        return static_cast<int>(wanted);
    // The next seed, counted up from 1 (a 64-bit counter does not go round).
    const QString before = m_store.meta(kMatmulCursorKey).value_or(QString());
    quint64 seed = before.toULongLong();
    QList<NewWorkunit> units;
    for (qint64 i = 0; i < wanted; ++i) {
        const auto unit = TaskApps::workunit(
            QStringLiteral("sc-matmul"), QStringLiteral("%1 %2").arg(m_matmulN).arg(++seed));
        units.append(std::get<NewWorkunit>(unit)); // n within 1..4096 by construction
    }
    const auto ids = m_store.addWorkunits(units, 1, kMatmulCursorKey, QString::number(seed), nullptr, before);
    return ids ? static_cast<int>(ids->size()) : -1;
}

} // namespace sc::hub
