// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/messages.h"
#include "store/states.h"
#include "store/storeresult.h"

#include <QString>

namespace sc::hub {

class Devices;
class Payouts;
struct StoreContext;

// The credit ledger: one row per judged task (UNIQUE task id: never credited twice) and
// what a device reads of it: its account, its per-task credit feed and its daily history.
class CreditLedger final {
public:
    CreditLedger(const StoreContext& context, Devices& devices, Payouts& payouts)
        : m_context(context)
        , m_devices(devices)
        , m_payouts(payouts)
    {
    }

    // Records a task's credit once; a second call for the same task changes nothing, unless the
    // row was withdrawn: then it is decided again (a paid row keeps the amount paid).
    bool credit(
        const QString& deviceId, const QString& taskId, qint64 amount, CreditStatus status, qint64 now);
    // Marks a task's credit withdrawn (its workunit was reopened): kept for history, counted
    // nowhere, never paid; a row already paid stays paid.
    bool withdraw(const QString& taskId, qint64 now);

    StoreResult account(const QString& deviceId, core::Account* out);
    StoreResult credits(const QString& deviceId, qint64 after, core::CreditPage* out);
    StoreResult history(const QString& deviceId, int days, core::History* out);

    static constexpr int kCreditsPerPage = 500;
    static constexpr int kRecentPayouts = 10;

private:
    const StoreContext& m_context;
    Devices& m_devices;
    Payouts& m_payouts;
};

} // namespace sc::hub
