// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/throttlepolicy.h"
#include "protocol/messages.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <optional>

namespace sc::core {
Q_NAMESPACE

enum class EngineState {
    Starting,
    Running,
    Throttled,
    NoWork,
    WaitingForIdle,
    Suspended,
    Paused,
    Offline,
    Error,
    Stopping,
    Stopped
};
Q_ENUM_NS(EngineState)

// Why the engine is in its state, as a code with its details; the sentence a person reads is
// made from it in one place (describe()), for the tray, the dashboard and the CLI alike.
struct StateReason {
    enum class Code {
        Stopped, // the engine stopped (or none runs on the folder)
        NoEngine, // status read from a folder no engine holds
        NeverRan, // status read from a folder no engine has used
        Stopping,
        Fatal, // detail: what went wrong and what to do
        Gate, // detail: the policy or temperature sentence (why tasks may not run or are slowed)
        Running, // count: tasks running
        Offline, // detail: the hub problem
        DiskFull, // detail: the disk sentence
        NoSandbox, // detail: why no sandbox runs here; tasks wait for the user's yes
        Connecting, // detail: the hub address
        Preparing, // work is queued, its programs are on their way
        WaitingForWork,
    };
    Code code = Code::Stopped;
    QString detail;
    int count = 0;
    QString alongside; // a hub problem while tasks still run (their results wait)

    bool operator==(const StateReason&) const = default;
    // The sentence for a person, in the current language.
    QString describe() const;
};

// One task as the engine runs it.
struct TaskStatus {
    QString id;
    qint64 pid = 0;
    double progress = 0; // 0…1
    double cpuSeconds = 0;
    qint64 rssBytes = 0;
    bool suspended = false;
    QString description; // the work in words (TaskDescription), empty when not known
    bool gpu = false; // runs in the GPU slot
};

// What the hub last said this device has: micro-tokens waiting for payout and paid.
struct HubBalance {
    qint64 pending = 0;
    qint64 paid = 0;
    qint64 asOf = 0; // unix seconds
    QList<PayoutEntry> payouts; // the hub's newest payouts to this device, newest first

    QJsonObject toJson() const; // {pending, paid, as_of, payouts}
    static std::optional<HubBalance> fromJson(const QJsonObject& o); // nullopt when not a balance
};

// What the chain itself says of one payout the hub reports: the app reads the transaction's
// receipt, so a payout the hub calls confirmed is shown as such only when the chain agrees.
struct PayoutCheck {
    // Succeeded: mined with status 1 and a Transfer of the token, of exactly the amount, to the
    // payout address in its logs; NotThisPayout: mined, but it paid something else.
    enum class State { NotFound, Succeeded, Failed, NotThisPayout };
    QString txHash; // 0x + 64 lowercase hex
    State state = State::NotFound;
    quint64 block = 0; // when found

    QJsonObject toJson() const; // {tx_hash, state: "not_found"|"succeeded"|"failed"|"not_this_payout", block}
    static std::optional<PayoutCheck> fromJson(const QJsonObject& o);
};

// What the app knows of the payout address's wallet, read from the chain itself.
struct WalletStatus {
    QString address; // EIP-55
    quint64 chainId = 0;
    QString token;
    QString symbol;
    int decimals = 18;
    QString nativeSymbol = QStringLiteral("ETH"); // the gas coin's symbol
    QString balance; // token base units, decimal digits; empty until first read
    QString nativeBalance; // the gas coin in wei, decimal digits; empty until first read
    quint64 block = 0; // the chain's newest block at asOf (a payout's confirmations)
    QList<PayoutCheck> payouts; // the receipts of the hub's newest payouts, as the chain has them
    qint64 asOf = 0; // unix seconds of the last good read, 0 = never
    QString error; // why the last read failed (the balance above is then older), empty when fine

    QJsonObject toJson() const;
    static std::optional<WalletStatus> fromJson(const QJsonObject& o);
};

// Everything the engine says about itself, typed. The UI reads this; JSON (status.json,
// `status --json`) is made from it only at the file and CLI boundary (toJson / fromJson).
struct EngineStatus {
    EngineState state = EngineState::Stopped;
    StateReason reason;
    QString hub;
    qint64 pid = 0;
    qint64 updated = 0; // unix seconds
    QList<TaskStatus> tasks;
    int cores = 0;
    int allowedCores = 0;
    QString sandbox; // "bubblewrap", or "none"
    QString taskControl;
    QString taskControlNote;
    PolicyReason policyReason = PolicyReason::Running;
    QString idleSource;
    QString powerSource;
    double dutyCycle = 0;
    double tasksCpuPercent = 0;
    QString thermal;
    std::optional<double> idleSeconds;
    std::optional<double> cpuTempC;
    std::optional<double> gpuTempC;
    bool gpuAllowed = false; // GPU tasks may run now
    bool gpuTooHot = false; // held back: the hottest GPU is at its limit
    int gpuSlots = 0; // 0: no GPU work on this computer (no OpenCL device, or use_gpu off)
    double gpuDuty = 0; // share of the time GPU tasks run (0 when held back)
    QString gpuReason; // why GPU work is held back or slowed, where the reason above does not say
    QString gpuDevice; // the OpenCL device GPU tasks run on, empty when none
    std::optional<bool> onBattery;
    std::optional<HubBalance> balance;
    std::optional<WalletStatus> wallet; // the payout address's balances, from the chain
    // From the data folder's stores (readStatus), not from the engine itself.
    bool engineRunning = false;
    int tasksCompleted = 0;
    int tasksQueued = 0;
    int resultsWaitingToReport = 0;
    int tasksValid = 0;
    int tasksInvalid = 0;
    qint64 earnedTotal = 0;

    // Keys as in docs/protocol.md's status section; `reason` is the sentence, `reason_code` the code.
    QJsonObject toJson() const;
    static EngineStatus fromJson(const QJsonObject& o);
    static QString stateName(EngineState s);
    static std::optional<EngineState> stateFromName(const QString& name);
    static QString reasonCodeName(StateReason::Code c);
    static std::optional<StateReason::Code> reasonCodeFromName(const QString& name);
};

} // namespace sc::core
