// SPDX-License-Identifier: GPL-3.0-or-later
#include "demowork.h"

#include "hubstore.h"

#include <QList>
#include <QString>

namespace sc::hub {

namespace {
    const QString kCursorKey = QStringLiteral("demo_cursor");
}

DemoWork::DemoWork(HubStore& store, qint64 span, int minOpen)
    : m_store(store)
    , m_span(qBound<qint64>(1, span, kMaxPrime))
    , m_minOpen(minOpen)
{
}

int DemoWork::topUp()
{
    const qint64 open = m_store.openWorkunits();
    if (open < 0)
        return -1;
    if (open >= m_minOpen)
        return 0;
    const QString before = m_store.meta(kCursorKey).value_or(QString());
    qint64 cursor = before.toLongLong();
    QList<NewWorkunit> units;
    for (qint64 i = open; i < m_minOpen; ++i) {
        if (cursor + m_span > kMaxPrime)
            cursor = 0; // the whole range is done; go round again
        const qint64 hi = cursor + m_span;
        // Same estimate as `submit`: sc-primes takes about 5 operations per number.
        units.append(NewWorkunit {
            QStringLiteral("sc-primes"), QStringLiteral("%1 %2").arg(cursor).arg(hi), m_span * 5 });
        cursor = hi;
    }
    // Only if no other replica moved the cursor meanwhile: two replicas topping up at once
    // would queue the same ranges twice.
    const auto ids = m_store.addWorkunits(units, 1, kCursorKey, QString::number(cursor), nullptr, before);
    return ids ? static_cast<int>(ids->size()) : -1;
}

} // namespace sc::hub
