// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/throttlepolicy.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <array>
#include <optional>

namespace sc::core {

// One typed registry of every user setting: key, type, default, range, one-line help. The
// Settings page, `sparecycles-cli config` and the engine all go through it, so a value is
// validated the same way everywhere. Stored as an INI file in the data folder (no secrets:
// keys live elsewhere).
struct SettingSpec {
    enum class Type { Bool, Int, Double, Choice, Text, List, Schedule };
    QString key;
    Type type = Type::Int;
    QString defaultText; // canonical text form
    double min = 0;
    double max = 0;
    QStringList choices;
    const char* help = ""; // translatable (QT_TRANSLATE_NOOP context "Settings")
    // Kept by the app for itself (first run done): never a row on the Settings page or in
    // `config list`, still validated like every other.
    bool internal = false;
};

// One tag per setting, naming its key and its value type (as CopyQ's Config<T>):
// settings.get<setting::IdleMinutes>() is an int, never a string compared with "true".
namespace setting {
    template <typename T, const char* Name> struct Key {
        using Value = T;
        static QString key() { return QLatin1String(Name); }
    };
    enum class WhenActive { Suspend, Reduced };
    enum class OnBattery { Suspend, Below, Run };
    enum class PanelTheme { Auto, Light, Dark };
    namespace names {
        inline constexpr char runAlways[]
            = "run_always",
            idleMinutes[] = "idle_minutes", cpuWhenActive[] = "cpu_when_active",
            cpuShareWhenActive[] = "cpu_share_when_active", gpuWhenActive[] = "gpu_when_active",
            useGpu[] = "use_gpu", cpuShare[] = "cpu_share", maxCores[] = "max_cores",
            maxMemoryActive[] = "max_memory_active", maxMemoryIdle[] = "max_memory_idle",
            diskReserve[] = "disk_reserve", maxDisk[] = "max_disk",
            runWithoutSandbox[] = "run_without_sandbox", suspendWhenOtherCpu[] = "suspend_when_other_cpu",
            otherCpuGrace[] = "other_cpu_grace_seconds",
            otherCpuMinSuspend[] = "other_cpu_min_suspend_seconds",
            exclusivePrograms[] = "exclusive_programs", onBattery[] = "on_battery",
            batteryMinPercent[] = "battery_min_percent", schedule[] = "schedule",
            cpuTempLimit[] = "cpu_temp_limit", gpuTempLimit[] = "gpu_temp_limit",
            notifyHubUnreachable[] = "notify_hub_unreachable", notifyTaskFailed[] = "notify_task_failed",
            notifyThermal[] = "notify_thermal", notifyPayout[] = "notify_payout", hubUrl[] = "hub_url",
            payoutAddress[] = "payout_address", chainRpcUrl[] = "chain_rpc_url", language[] = "language",
            panelTheme[] = "panel_theme", startAtLogin[] = "start_at_login", pausedUntil[] = "paused_until",
            runNowUntil[] = "run_now_until", setupDone[] = "setup_done", walletStore[] = "wallet_store";
    }
    using RunAlways = Key<bool, names::runAlways>;
    using IdleMinutes = Key<int, names::idleMinutes>;
    using CpuWhenActive = Key<WhenActive, names::cpuWhenActive>;
    using CpuShareWhenActive = Key<int, names::cpuShareWhenActive>;
    using GpuWhenActive = Key<bool, names::gpuWhenActive>;
    using UseGpu = Key<bool, names::useGpu>; // GPU tasks at all (the GPU slot)
    using CpuShare = Key<int, names::cpuShare>;
    using MaxCores = Key<int, names::maxCores>;
    using MaxMemoryActive = Key<int, names::maxMemoryActive>;
    using MaxMemoryIdle = Key<int, names::maxMemoryIdle>;
    using DiskReserve = Key<int, names::diskReserve>; // GB left free for the user
    using MaxDisk = Key<int, names::maxDisk>; // GB tasks may use at most, all together
    // Where no sandbox can run, tasks run only once the user said yes (never by default).
    using RunWithoutSandbox = Key<bool, names::runWithoutSandbox>;
    using SuspendWhenOtherCpu = Key<int, names::suspendWhenOtherCpu>;
    using OtherCpuGraceSeconds = Key<int, names::otherCpuGrace>;
    using OtherCpuMinSuspendSeconds = Key<int, names::otherCpuMinSuspend>;
    using ExclusivePrograms = Key<QStringList, names::exclusivePrograms>;
    using OnBatteryRule = Key<OnBattery, names::onBattery>;
    using BatteryMinPercent = Key<int, names::batteryMinPercent>;
    using Schedule = Key<QString, names::schedule>;
    using CpuTempLimit = Key<int, names::cpuTempLimit>;
    using GpuTempLimit = Key<int, names::gpuTempLimit>;
    using NotifyHubUnreachable = Key<bool, names::notifyHubUnreachable>;
    using NotifyTaskFailed = Key<bool, names::notifyTaskFailed>;
    using NotifyThermal = Key<bool, names::notifyThermal>;
    using NotifyPayout = Key<bool, names::notifyPayout>;
    using HubUrl = Key<QString, names::hubUrl>; // "local" or an address
    using PayoutAddress = Key<QString, names::payoutAddress>;
    using ChainRpcUrl = Key<QString, names::chainRpcUrl>; // "" = the address the network suggests
    using Language = Key<QString, names::language>; // "system" or a locale name
    using Panel = Key<PanelTheme, names::panelTheme>;
    using StartAtLogin = Key<bool, names::startAtLogin>;
    using PausedUntil = Key<qint64, names::pausedUntil>; // unix seconds
    using RunNowUntil = Key<qint64, names::runNowUntil>; // unix seconds
    using SetupDone = Key<bool, names::setupDone>;
    using WalletStore = Key<QString, names::walletStore>; // "none", "keychain" or "file"

    // Canonical text <-> typed value (text as validated by Settings::validate).
    template <typename T> T decode(const QString& text);
    template <> inline bool decode<bool>(const QString& t) { return t == QLatin1String("true"); }
    template <> inline int decode<int>(const QString& t) { return t.toInt(); }
    template <> inline qint64 decode<qint64>(const QString& t) { return t.toLongLong(); }
    template <> inline QString decode<QString>(const QString& t) { return t; }
    template <> inline QStringList decode<QStringList>(const QString& t)
    {
        return t.isEmpty() ? QStringList() : t.split(QLatin1Char(','));
    }
    template <> WhenActive decode<WhenActive>(const QString& t);
    template <> OnBattery decode<OnBattery>(const QString& t);
    template <> PanelTheme decode<PanelTheme>(const QString& t);
    inline QString encode(bool v) { return v ? QStringLiteral("true") : QStringLiteral("false"); }
    inline QString encode(int v) { return QString::number(v); }
    inline QString encode(qint64 v) { return QString::number(v); }
    inline QString encode(const QString& v) { return v; }
    inline QString encode(const QStringList& v) { return v.join(QLatin1Char(',')); }
    QString encode(WhenActive v);
    QString encode(OnBattery v);
    QString encode(PanelTheme v);
} // namespace setting

// One object per settings file in a process: whoever changes a value through it (the Settings
// page, a pause from the tray) and whoever only reads (the engine, notifications) hear of it
// through changed(); changes from another process (`sparecycles-cli config set`) arrive through
// reloadIfChanged(), which the owner calls (or watch() does) once a second.
class Settings final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)
public:
    // The file's layout version; migrate() brings older files up to it.
    static constexpr int kVersion = 1;

    static const QList<SettingSpec>& registry();
    static const SettingSpec* spec(const QString& key);

    // Checks text for key; returns the canonical form, or nullopt with *error for the user.
    static std::optional<QString> validate(const QString& key, const QString& text, QString* error);

    // Opens (and migrates) the settings file.
    explicit Settings(QString iniPath, QObject* parent = nullptr);

    QString value(const QString& key) const; // canonical text, default when unset or damaged
    bool set(const QString& key, const QString& text, QString* error);
    bool isDefault(const QString& key) const;
    template <typename K> typename K::Value get() const
    {
        return setting::decode<typename K::Value>(value(K::key()));
    }
    template <typename K> bool put(const typename K::Value& v, QString* error)
    {
        return set(K::key(), setting::encode(v), error);
    }
    template <typename K> bool isDefault() const { return isDefault(K::key()); }
    int version() const { return m_version; }

    // Re-reads the file if another process changed it; true when something changed.
    bool reloadIfChanged();
    // Calls reloadIfChanged() every intervalMs (0 stops).
    void watch(int intervalMs);

    PolicySettings policy() const;

    // Schedule text ("always", or "mon-fri 9-17, sat 10-12") <-> weekly hour masks.
    static std::optional<std::array<quint32, 7>> parseSchedule(const QString& text, QString* error);
    // The canonical text of weekly hour masks (bit h of day d, Monday first) that parseSchedule
    // reads back to the same masks: "always", or parts like "mon-fri 9-17"; "" when no hour
    // is set (which no schedule may be).
    static QString formatSchedule(const std::array<quint32, 7>& days);

Q_SIGNALS:
    void changed(const QString& key);

private:
    void load();
    void migrate();

    QString m_path;
    QHash<QString, QString> m_values;
    QDateTime m_loadedMtime;
    qint64 m_loadedSize = -1;
    int m_version = 0;
    int m_watchTimer = 0;
    void timerEvent(QTimerEvent* event) override;
};

} // namespace sc::core
