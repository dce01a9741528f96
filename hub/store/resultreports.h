// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/storeresult.h"

#include <QByteArray>
#include <QString>

namespace sc::hub {

class CreditLedger;
class Devices;
class Settlement;
struct StoreContext;

// What devices send back for a replica: the output upload and the result report. A report is
// judged by the quorum validator, credited when final and settles its workunit.
class ResultReports final {
public:
    ResultReports(const StoreContext& context, Devices& devices, CreditLedger& ledger, Settlement& settlement)
        : m_context(context)
        , m_devices(devices)
        , m_ledger(ledger)
        , m_settlement(settlement)
    {
    }

    // Whether this task may upload an output over the CPU apps' limit: a GPU task in progress
    // before its deadline (asked by the connection gate before the body is read).
    bool takesLargeOutput(const QString& taskId);
    // Stores the output with the hub's verdict on it (OutputCheck); TooLarge when over its
    // task's limit (TaskApps::maxOutputBytes).
    StoreResult storeOutput(
        const QString& deviceId, const QString& taskId, const QByteArray& output, QByteArray* sha256Hex);
    StoreResult reportResult(const QString& deviceId, const QString& taskId, qint64 exitCode,
        double cpuSeconds, const QByteArray& outputSha256Hex, QString* status);

private:
    const StoreContext& m_context;
    Devices& m_devices;
    CreditLedger& m_ledger;
    Settlement& m_settlement;
};

} // namespace sc::hub
