// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/storeresult.h"

#include <QJsonArray>
#include <QList>
#include <QString>
#include <optional>

namespace sc::hub {

struct StoreContext;

// One settled payout: a device's validated, unpaid credit, paid in one row.
struct Payout {
    qint64 id = 0;
    QString deviceId;
    QString address;
    qint64 amount = 0;
    qint64 credits = 0; // ledger rows it settles
    qint64 time = 0;
};

// The payouts table. settle() pays every device whose validated, unpaid credit reaches
// minAmount and that gave a payout address: one payout per device, its credits marked paid,
// all in one transaction, so a credit is paid once whatever happens. The reference hub
// records the payout; moving money on a chain is the operator's settlement job, which reads
// this table.
class Payouts final {
public:
    explicit Payouts(const StoreContext& context)
        : m_context(context)
    {
    }

    StoreResult settle(qint64 minAmount, QList<Payout>* made);
    // The newest `limit` payouts to a device, newest first.
    std::optional<QList<Payout>> recent(const QString& deviceId, int limit) const;
    // Everything ever paid to a device.
    std::optional<qint64> paidTotal(const QString& deviceId) const;

private:
    const StoreContext& m_context;
};

} // namespace sc::hub
