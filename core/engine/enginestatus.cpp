// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/enginestatus.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace sc::core {

namespace {
    QJsonValue optional(const std::optional<double>& v)
    {
        return v ? QJsonValue(std::round(*v * 10) / 10) : QJsonValue();
    }
    std::optional<double> optionalDouble(const QJsonValue& v)
    {
        return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
    }

    constexpr StateReason::Code kCodes[] = { StateReason::Code::Stopped, StateReason::Code::NoEngine,
        StateReason::Code::NeverRan, StateReason::Code::Stopping, StateReason::Code::Fatal,
        StateReason::Code::Gate, StateReason::Code::Running, StateReason::Code::Offline,
        StateReason::Code::DiskFull, StateReason::Code::Connecting, StateReason::Code::Preparing,
        StateReason::Code::WaitingForWork, StateReason::Code::NoSandbox };
} // namespace

// The engine's sentences keep the translation context they always had.
QString StateReason::describe() const
{
    QString s;
    switch (code) {
    case Code::Stopped:
        s = QCoreApplication::translate("sc::core::Engine", "Stopped");
        break;
    case Code::NoEngine:
        s = QCoreApplication::translate("sc::core::Engine", "No engine is running on this data folder.");
        break;
    case Code::NeverRan:
        s = QCoreApplication::translate("sc::core::Engine", "No engine has run on this data folder yet.");
        break;
    case Code::Stopping:
        s = QCoreApplication::translate(
            "sc::core::Engine", "Stopping tasks (they resume from their checkpoints next time)");
        break;
    case Code::Fatal:
    case Code::Gate:
    case Code::Offline:
    case Code::DiskFull:
        s = detail;
        break;
    case Code::NoSandbox:
        s = QCoreApplication::translate("sc::core::Engine",
            "This computer cannot shut tasks in a sandbox (%1), where they could not read your files: they "
            "wait until you allow them to run without one. Installing bubblewrap is safer.")
                .arg(detail);
        break;
    case Code::Running:
        s = QCoreApplication::translate("sc::core::Engine", "Running %n tasks", nullptr, count);
        break;
    case Code::Connecting:
        s = QCoreApplication::translate("sc::core::Engine", "Connecting to the hub at %1").arg(detail);
        break;
    case Code::Preparing:
        s = QCoreApplication::translate("sc::core::Engine", "Preparing tasks");
        break;
    case Code::WaitingForWork:
        s = QCoreApplication::translate("sc::core::Engine", "Waiting for work from the hub");
        break;
    }
    if (!alongside.isEmpty())
        s += QStringLiteral("; ") + alongside;
    return s;
}

QJsonObject HubBalance::toJson() const
{
    QJsonArray list;
    for (const PayoutEntry& p : payouts)
        list.append(p.toJson());
    return { { QStringLiteral("pending"), pending }, { QStringLiteral("paid"), paid },
        { QStringLiteral("as_of"), asOf }, { QStringLiteral("payouts"), list } };
}

std::optional<HubBalance> HubBalance::fromJson(const QJsonObject& o)
{
    const qint64 pending = o.value(QLatin1String("pending")).toInteger(-1);
    const qint64 paid = o.value(QLatin1String("paid")).toInteger(-1);
    if (pending < 0 || paid < 0)
        return std::nullopt;
    HubBalance b;
    b.pending = pending;
    b.paid = paid;
    b.asOf = o.value(QLatin1String("as_of")).toInteger();
    // Older files have no list; a damaged entry is left out, not the balance.
    for (const QJsonValue& v : o.value(QLatin1String("payouts")).toArray())
        if (const auto p = PayoutEntry::fromJson(v.toObject(), nullptr))
            b.payouts.append(*p);
    return b;
}

QString EngineStatus::stateName(EngineState s)
{
    switch (s) {
    case EngineState::Starting:
        return QStringLiteral("starting");
    case EngineState::Running:
        return QStringLiteral("running");
    case EngineState::NoWork:
        return QStringLiteral("no_work");
    case EngineState::WaitingForIdle:
        return QStringLiteral("waiting_for_idle");
    case EngineState::Paused:
        return QStringLiteral("paused");
    case EngineState::Suspended:
        return QStringLiteral("suspended");
    case EngineState::Throttled:
        return QStringLiteral("throttled");
    case EngineState::Offline:
        return QStringLiteral("offline");
    case EngineState::Error:
        return QStringLiteral("error");
    case EngineState::Stopping:
        return QStringLiteral("stopping");
    case EngineState::Stopped:
        return QStringLiteral("stopped");
    }
    return QStringLiteral("unknown");
}

std::optional<EngineState> EngineStatus::stateFromName(const QString& name)
{
    for (int i = 0; i <= static_cast<int>(EngineState::Stopped); ++i) {
        if (stateName(static_cast<EngineState>(i)) == name)
            return static_cast<EngineState>(i);
    }
    return std::nullopt;
}

QString EngineStatus::reasonCodeName(StateReason::Code c)
{
    switch (c) {
    case StateReason::Code::Stopped:
        return QStringLiteral("stopped");
    case StateReason::Code::NoEngine:
        return QStringLiteral("no_engine");
    case StateReason::Code::NeverRan:
        return QStringLiteral("never_ran");
    case StateReason::Code::Stopping:
        return QStringLiteral("stopping");
    case StateReason::Code::Fatal:
        return QStringLiteral("fatal");
    case StateReason::Code::Gate:
        return QStringLiteral("gate");
    case StateReason::Code::Running:
        return QStringLiteral("running");
    case StateReason::Code::Offline:
        return QStringLiteral("offline");
    case StateReason::Code::DiskFull:
        return QStringLiteral("disk_full");
    case StateReason::Code::NoSandbox:
        return QStringLiteral("no_sandbox");
    case StateReason::Code::Connecting:
        return QStringLiteral("connecting");
    case StateReason::Code::Preparing:
        return QStringLiteral("preparing");
    case StateReason::Code::WaitingForWork:
        return QStringLiteral("waiting_for_work");
    }
    return QStringLiteral("unknown");
}

std::optional<StateReason::Code> EngineStatus::reasonCodeFromName(const QString& name)
{
    for (const auto c : kCodes) {
        if (reasonCodeName(c) == name)
            return c;
    }
    return std::nullopt;
}

QJsonObject EngineStatus::toJson() const
{
    QJsonArray running;
    for (const TaskStatus& t : tasks) {
        running.append(QJsonObject { { QStringLiteral("id"), t.id }, { QStringLiteral("pid"), t.pid },
            { QStringLiteral("progress"), t.progress }, { QStringLiteral("cpu_seconds"), t.cpuSeconds },
            { QStringLiteral("rss_bytes"), t.rssBytes }, { QStringLiteral("suspended"), t.suspended },
            { QStringLiteral("gpu"), t.gpu } });
    }
    QJsonObject o { { QStringLiteral("state"), stateName(state) },
        { QStringLiteral("reason"), reason.describe() },
        { QStringLiteral("reason_code"), reasonCodeName(reason.code) },
        { QStringLiteral("reason_detail"), reason.detail }, { QStringLiteral("reason_count"), reason.count },
        { QStringLiteral("reason_alongside"), reason.alongside }, { QStringLiteral("hub"), hub },
        { QStringLiteral("pid"), pid }, { QStringLiteral("updated"), updated },
        { QStringLiteral("tasks_running"), running.size() }, { QStringLiteral("tasks"), running },
        { QStringLiteral("cores"), cores }, { QStringLiteral("allowed_cores"), allowedCores },
        { QStringLiteral("sandbox"), sandbox }, { QStringLiteral("task_control"), taskControl },
        { QStringLiteral("task_control_note"), taskControlNote },
        { QStringLiteral("policy_reason"), reasonName(policyReason) },
        { QStringLiteral("idle_source"), idleSource }, { QStringLiteral("power_source"), powerSource },
        { QStringLiteral("duty_cycle"), dutyCycle },
        { QStringLiteral("tasks_cpu_percent"), std::round(tasksCpuPercent * 10.0) / 10.0 },
        { QStringLiteral("thermal"), thermal }, { QStringLiteral("idle_seconds"), optional(idleSeconds) },
        { QStringLiteral("cpu_temp_c"), optional(cpuTempC) },
        { QStringLiteral("gpu_temp_c"), optional(gpuTempC) }, { QStringLiteral("gpu_allowed"), gpuAllowed },
        { QStringLiteral("gpu_too_hot"), gpuTooHot }, { QStringLiteral("gpu_slots"), gpuSlots },
        { QStringLiteral("gpu_duty"), gpuDuty }, { QStringLiteral("gpu_reason"), gpuReason },
        { QStringLiteral("gpu_device"), gpuDevice },
        { QStringLiteral("on_battery"), onBattery ? QJsonValue(*onBattery) : QJsonValue() } };
    if (balance)
        o.insert(QStringLiteral("balance"), balance->toJson());
    if (wallet)
        o.insert(QStringLiteral("wallet"), wallet->toJson());
    return o;
}

EngineStatus EngineStatus::fromJson(const QJsonObject& o)
{
    EngineStatus s;
    s.state = stateFromName(o.value(QLatin1String("state")).toString()).value_or(EngineState::Stopped);
    const auto code = reasonCodeFromName(o.value(QLatin1String("reason_code")).toString());
    if (code) {
        s.reason.code = *code;
        s.reason.detail = o.value(QLatin1String("reason_detail")).toString();
        s.reason.count = o.value(QLatin1String("reason_count")).toInt();
        s.reason.alongside = o.value(QLatin1String("reason_alongside")).toString();
    } else {
        // A status file from an older version: its sentence, as it was.
        s.reason.code = StateReason::Code::Fatal;
        s.reason.detail = o.value(QLatin1String("reason")).toString();
    }
    s.hub = o.value(QLatin1String("hub")).toString();
    s.pid = o.value(QLatin1String("pid")).toInteger();
    s.updated = o.value(QLatin1String("updated")).toInteger();
    for (const QJsonValue& v : o.value(QLatin1String("tasks")).toArray()) {
        const QJsonObject t = v.toObject();
        s.tasks.append(
            TaskStatus { t.value(QLatin1String("id")).toString(), t.value(QLatin1String("pid")).toInteger(),
                std::clamp(t.value(QLatin1String("progress")).toDouble(), 0.0, 1.0),
                t.value(QLatin1String("cpu_seconds")).toDouble(),
                t.value(QLatin1String("rss_bytes")).toInteger(), t.value(QLatin1String("suspended")).toBool(),
                QString(), t.value(QLatin1String("gpu")).toBool() });
    }
    s.cores = o.value(QLatin1String("cores")).toInt();
    s.allowedCores = o.value(QLatin1String("allowed_cores")).toInt();
    s.sandbox = o.value(QLatin1String("sandbox")).toString();
    s.taskControl = o.value(QLatin1String("task_control")).toString();
    s.taskControlNote = o.value(QLatin1String("task_control_note")).toString();
    const QString policy = o.value(QLatin1String("policy_reason")).toString();
    for (int i = 0; i <= static_cast<int>(PolicyReason::DiskLow); ++i) {
        if (reasonName(static_cast<PolicyReason>(i)) == policy)
            s.policyReason = static_cast<PolicyReason>(i);
    }
    s.idleSource = o.value(QLatin1String("idle_source")).toString();
    s.powerSource = o.value(QLatin1String("power_source")).toString();
    s.dutyCycle = o.value(QLatin1String("duty_cycle")).toDouble();
    s.tasksCpuPercent = o.value(QLatin1String("tasks_cpu_percent")).toDouble();
    s.thermal = o.value(QLatin1String("thermal")).toString();
    s.idleSeconds = optionalDouble(o.value(QLatin1String("idle_seconds")));
    s.cpuTempC = optionalDouble(o.value(QLatin1String("cpu_temp_c")));
    s.gpuTempC = optionalDouble(o.value(QLatin1String("gpu_temp_c")));
    s.gpuAllowed = o.value(QLatin1String("gpu_allowed")).toBool();
    s.gpuTooHot = o.value(QLatin1String("gpu_too_hot")).toBool();
    s.gpuSlots = std::clamp(o.value(QLatin1String("gpu_slots")).toInt(), 0, 16);
    s.gpuDuty = std::clamp(o.value(QLatin1String("gpu_duty")).toDouble(), 0.0, 1.0);
    s.gpuReason = o.value(QLatin1String("gpu_reason")).toString().left(512);
    s.gpuDevice = o.value(QLatin1String("gpu_device")).toString().left(256);
    if (o.value(QLatin1String("on_battery")).isBool())
        s.onBattery = o.value(QLatin1String("on_battery")).toBool();
    s.balance = HubBalance::fromJson(o.value(QLatin1String("balance")).toObject());
    s.wallet = WalletStatus::fromJson(o.value(QLatin1String("wallet")).toObject());
    s.engineRunning = o.value(QLatin1String("engine_running")).toBool();
    s.tasksCompleted = o.value(QLatin1String("tasks_completed")).toInt();
    s.tasksQueued = o.value(QLatin1String("tasks_queued")).toInt();
    s.resultsWaitingToReport = o.value(QLatin1String("results_waiting_to_report")).toInt();
    s.tasksValid = o.value(QLatin1String("tasks_valid")).toInt();
    s.tasksInvalid = o.value(QLatin1String("tasks_invalid")).toInt();
    s.earnedTotal = o.value(QLatin1String("earned_total")).toInteger();
    return s;
}

QJsonObject PayoutCheck::toJson() const
{
    const char* name = state == State::Succeeded ? "succeeded"
        : state == State::Failed                 ? "failed"
        : state == State::NotThisPayout          ? "not_this_payout"
                                                 : "not_found";
    return { { QStringLiteral("tx_hash"), txHash }, { QStringLiteral("state"), QLatin1String(name) },
        { QStringLiteral("block"), static_cast<qint64>(block) } };
}

std::optional<PayoutCheck> PayoutCheck::fromJson(const QJsonObject& o)
{
    PayoutCheck c;
    c.txHash = o.value(QLatin1String("tx_hash")).toString();
    const QString state = o.value(QLatin1String("state")).toString();
    if (c.txHash.size() != 66 || !c.txHash.startsWith(QLatin1String("0x")))
        return std::nullopt;
    if (state == QLatin1String("succeeded"))
        c.state = State::Succeeded;
    else if (state == QLatin1String("failed"))
        c.state = State::Failed;
    else if (state == QLatin1String("not_this_payout"))
        c.state = State::NotThisPayout;
    else if (state != QLatin1String("not_found"))
        return std::nullopt;
    c.block = static_cast<quint64>(std::max<qint64>(0, o.value(QLatin1String("block")).toInteger()));
    return c;
}

QJsonObject WalletStatus::toJson() const
{
    QJsonArray checks;
    for (const PayoutCheck& c : payouts)
        checks.append(c.toJson());
    return QJsonObject { { QStringLiteral("address"), address }, { QStringLiteral("payouts"), checks },
        { QStringLiteral("chain_id"), static_cast<qint64>(chainId) }, { QStringLiteral("token"), token },
        { QStringLiteral("symbol"), symbol }, { QStringLiteral("decimals"), decimals },
        { QStringLiteral("balance"), balance.isEmpty() ? QJsonValue() : QJsonValue(balance) },
        { QStringLiteral("native_balance"),
            nativeBalance.isEmpty() ? QJsonValue() : QJsonValue(nativeBalance) },
        { QStringLiteral("native_symbol"), nativeSymbol },
        { QStringLiteral("block"), static_cast<qint64>(block) }, { QStringLiteral("as_of"), asOf },
        { QStringLiteral("error"), error.isEmpty() ? QJsonValue() : QJsonValue(error) } };
}

std::optional<WalletStatus> WalletStatus::fromJson(const QJsonObject& o)
{
    if (!o.value(QLatin1String("address")).isString())
        return std::nullopt;
    WalletStatus w;
    w.address = o.value(QLatin1String("address")).toString();
    w.chainId = static_cast<quint64>(o.value(QLatin1String("chain_id")).toInteger());
    w.token = o.value(QLatin1String("token")).toString();
    w.symbol = o.value(QLatin1String("symbol")).toString();
    w.decimals = o.value(QLatin1String("decimals")).toInt(18);
    w.nativeSymbol = o.value(QLatin1String("native_symbol")).toString(QStringLiteral("ETH"));
    w.balance = o.value(QLatin1String("balance")).toString();
    w.nativeBalance = o.value(QLatin1String("native_balance")).toString();
    w.block = static_cast<quint64>(std::max<qint64>(0, o.value(QLatin1String("block")).toInteger()));
    for (const QJsonValue& v : o.value(QLatin1String("payouts")).toArray())
        if (const auto c = PayoutCheck::fromJson(v.toObject()))
            w.payouts.append(*c);
    w.asOf = o.value(QLatin1String("as_of")).toInteger();
    w.error = o.value(QLatin1String("error")).toString();
    return w;
}

} // namespace sc::core
