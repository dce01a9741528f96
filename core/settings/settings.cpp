// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/settings.h"

#include "wallet/evmaddress.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QTimerEvent>
#include <QUrl>
#include <algorithm>

namespace sc::core {

namespace {
    using T = SettingSpec::Type;
    const char* const kDays[] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };
} // namespace

const QList<SettingSpec>& Settings::registry()
{
    static const QList<SettingSpec> specs {
        { QStringLiteral("run_always"), T::Bool, QStringLiteral("false"), 0, 0, {},
            QT_TRANSLATE_NOOP("Settings", "Run tasks even while you use the computer (at idle priority).") },
        { QStringLiteral("idle_minutes"), T::Int, QStringLiteral("3"), 1, 1440, {},
            QT_TRANSLATE_NOOP("Settings", "Minutes without keyboard or mouse input before tasks start.") },
        { QStringLiteral("cpu_when_active"), T::Choice, QStringLiteral("suspend"), 0, 0,
            { QStringLiteral("suspend"), QStringLiteral("reduced") },
            QT_TRANSLATE_NOOP("Settings",
                "While you use the computer: suspend CPU tasks, or keep them at a reduced share.") },
        { QStringLiteral("cpu_share_when_active"), T::Int, QStringLiteral("25"), 1, 100, {},
            QT_TRANSLATE_NOOP(
                "Settings", "CPU time share (%) for tasks while you use the computer, with 'reduced'.") },
        { QStringLiteral("gpu_when_active"), T::Bool, QStringLiteral("false"), 0, 0, {},
            QT_TRANSLATE_NOOP("Settings", "Keep GPU tasks running while you use the computer.") },
        { QStringLiteral("use_gpu"), T::Bool, QStringLiteral("true"), 0, 0, {},
            QT_TRANSLATE_NOOP("Settings", "Let tasks use the graphics card, where it can run them.") },
        { QStringLiteral("cpu_share"), T::Int, QStringLiteral("100"), 1, 100, {},
            QT_TRANSLATE_NOOP("Settings", "CPU time share (%) each task may use while it runs.") },
        { QStringLiteral("max_cores"), T::Int, QStringLiteral("100"), 1, 100, {},
            QT_TRANSLATE_NOOP("Settings", "Share (%) of the processor's cores tasks may use.") },
        { QStringLiteral("max_memory_active"), T::Int, QStringLiteral("50"), 5, 100, {},
            QT_TRANSLATE_NOOP("Settings", "Memory (% of RAM) tasks may use while you use the computer.") },
        { QStringLiteral("max_memory_idle"), T::Int, QStringLiteral("90"), 5, 100, {},
            QT_TRANSLATE_NOOP("Settings", "Memory (% of RAM) tasks may use while the computer is idle.") },
        { QStringLiteral("disk_reserve"), T::Int, QStringLiteral("1"), 0, 100000, {},
            QT_TRANSLATE_NOOP("Settings",
                "Tasks pause while the disk holding SpareCycles' folder has less than this much space free "
                "(GB).") },
        { QStringLiteral("max_disk"), T::Int, QStringLiteral("20"), 1, 100000, {},
            QT_TRANSLATE_NOOP("Settings", "Disk space (GB) tasks may use at most, all together.") },
        { QStringLiteral("run_without_sandbox"), T::Bool, QStringLiteral("false"), 0, 0, {},
            QT_TRANSLATE_NOOP("Settings",
                "Where this computer cannot shut tasks in a sandbox, run them anyway. They can then read "
                "your files. Not recommended.") },
        { QStringLiteral("suspend_when_other_cpu"), T::Int, QStringLiteral("25"), 0, 100, {},
            QT_TRANSLATE_NOOP(
                "Settings", "Suspend when other programs use more than this % of the CPU (0 = never).") },
        { QStringLiteral("other_cpu_grace_seconds"), T::Int, QStringLiteral("10"), 0, 3600, {},
            QT_TRANSLATE_NOOP(
                "Settings", "Seconds other programs' load must last before tasks are suspended.") },
        { QStringLiteral("other_cpu_min_suspend_seconds"), T::Int, QStringLiteral("60"), 0, 86400, {},
            QT_TRANSLATE_NOOP(
                "Settings", "Once suspended for other programs' load, stay suspended at least this long.") },
        { QStringLiteral("exclusive_programs"), T::List, QString(), 0, 0, {},
            QT_TRANSLATE_NOOP(
                "Settings", "Pause while any of these programs runs (comma-separated names, e.g. a game).") },
        { QStringLiteral("on_battery"), T::Choice, QStringLiteral("suspend"), 0, 0,
            { QStringLiteral("suspend"), QStringLiteral("below"), QStringLiteral("run") },
            QT_TRANSLATE_NOOP(
                "Settings", "On battery: suspend, run only above battery_min_percent, or run.") },
        { QStringLiteral("battery_min_percent"), T::Int, QStringLiteral("80"), 0, 100, {},
            QT_TRANSLATE_NOOP(
                "Settings", "With on_battery=below: run on battery only above this charge (%).") },
        { QStringLiteral("schedule"), T::Schedule, QStringLiteral("always"), 0, 0, {},
            QT_TRANSLATE_NOOP("Settings",
                "When tasks may run: 'always', or days and hours like 'mon-fri 18-8, sat-sun 0-24'.") },
        { QStringLiteral("cpu_temp_limit"), T::Int, QStringLiteral("80"), 40, 100, {},
            QT_TRANSLATE_NOOP(
                "Settings", "CPU temperature (°C) to hold; tasks slow down before it and stop above it.") },
        { QStringLiteral("gpu_temp_limit"), T::Int, QStringLiteral("80"), 40, 100, {},
            QT_TRANSLATE_NOOP("Settings", "GPU temperature (°C) to hold.") },
        { QStringLiteral("notify_hub_unreachable"), T::Bool, QStringLiteral("true"), 0, 0, {},
            QT_TRANSLATE_NOOP(
                "Settings", "Notify me when the network has been unreachable for half an hour.") },
        { QStringLiteral("notify_task_failed"), T::Bool, QStringLiteral("true"), 0, 0, {},
            QT_TRANSLATE_NOOP("Settings", "Notify me when a task fails again and again.") },
        { QStringLiteral("notify_thermal"), T::Bool, QStringLiteral("true"), 0, 0, {},
            QT_TRANSLATE_NOOP("Settings", "Notify me when tasks stop because the processor got too hot.") },
        { QStringLiteral("notify_payout"), T::Bool, QStringLiteral("true"), 0, 0, {},
            QT_TRANSLATE_NOOP("Settings", "Notify me when a payout arrives.") },
        { QStringLiteral("hub_url"), T::Text, QStringLiteral("local"), 0, 0, {},
            QT_TRANSLATE_NOOP("Settings",
                "Network: 'local' for the demo network on this computer, or a hub address such as "
                "https://hub.example.org. The app moves to it at once; tasks of the old network are "
                "dropped.") },
        { QStringLiteral("payout_address"), T::Text, QString(), 0, 0, {},
            QT_TRANSLATE_NOOP("Settings", "EVM address (0x…) that receives payouts; empty = decide later.") },
        { QStringLiteral("chain_rpc_url"), T::Text, QString(), 0, 0, {},
            QT_TRANSLATE_NOOP("Settings",
                "Address of a blockchain node to read your wallet balance from, such as "
                "https://rpc.example.org; empty = the one your network suggests.") },
        { QStringLiteral("language"), T::Choice, QStringLiteral("system"), 0, 0,
            { QStringLiteral("system"), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"),
                QStringLiteral("es"), QStringLiteral("pt_BR"), QStringLiteral("ru"), QStringLiteral("ja"),
                QStringLiteral("zh_CN") },
            QT_TRANSLATE_NOOP(
                "Settings", "Language of the app: system, en, de, fr, es, pt_BR, ru, ja or zh_CN.") },
        { QStringLiteral("panel_theme"), T::Choice, QStringLiteral("auto"), 0, 0,
            { QStringLiteral("auto"), QStringLiteral("light"), QStringLiteral("dark") },
            QT_TRANSLATE_NOOP("Settings",
                "Colour of the panel the tray icon sits on, so the icon stays visible: auto (GNOME's top bar "
                "is "
                "dark; elsewhere the app's colours), light or dark.") },
        { QStringLiteral("start_at_login"), T::Bool, QStringLiteral("false"), 0, 0, {},
            QT_TRANSLATE_NOOP("Settings", "Start SpareCycles in the tray when you log in.") },
        { QStringLiteral("paused_until"), T::Int, QStringLiteral("0"), 0,
            static_cast<double>(PolicySettings::kPausedIndefinitely), {},
            QT_TRANSLATE_NOOP("Settings", "Paused by you until this time (Unix seconds); 0 = not paused.") },
        { QStringLiteral("run_now_until"), T::Int, QStringLiteral("0"), 0, 4102444800.0, {},
            QT_TRANSLATE_NOOP("Settings", "'Run now': ignore idle time until this time (Unix seconds).") },
        { QStringLiteral("setup_done"), T::Bool, QStringLiteral("false"), 0, 0, {}, "", true },
        // Where the wallet the app made is kept (never the key itself): "keychain" lets the
        // Settings page offer "Export wallet…" without asking the keychain, which can take seconds.
        { QStringLiteral("wallet_store"), T::Choice, QStringLiteral("none"), 0, 0,
            { QStringLiteral("none"), QStringLiteral("keychain"), QStringLiteral("file") }, "", true },
    };
    return specs;
}

const SettingSpec* Settings::spec(const QString& key)
{
    for (const SettingSpec& s : registry()) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}

std::optional<std::array<quint32, 7>> Settings::parseSchedule(const QString& text, QString* error)
{
    std::array<quint32, 7> days {};
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("always")) {
        days.fill(0xFFFFFF);
        return days;
    }
    static const QRegularExpression part(
        QStringLiteral(R"(^([a-z]{3})(?:-([a-z]{3}))?\s+(\d{1,2})-(\d{1,2})$)"));
    auto dayIndex = [](const QString& d) {
        for (int i = 0; i < 7; ++i) {
            if (d == QLatin1String(kDays[i]))
                return i;
        }
        return -1;
    };
    const QStringList parts = t.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parts.isEmpty()) {
        *error = tr("Give 'always' or days and hours, e.g. 'mon-fri 18-8, sat-sun 0-24'.");
        return std::nullopt;
    }
    for (const QString& raw : parts) {
        const auto m = part.match(raw.trimmed());
        if (!m.hasMatch()) {
            *error = tr("'%1' is not like 'mon-fri 18-8' (days mon…sun, hours 0–24).").arg(raw.trimmed());
            return std::nullopt;
        }
        const int d0 = dayIndex(m.captured(1));
        const int d1 = m.captured(2).isEmpty() ? d0 : dayIndex(m.captured(2));
        const int h0 = m.captured(3).toInt();
        const int h1 = m.captured(4).toInt();
        if (d0 < 0 || d1 < 0 || h0 > 24 || h1 > 24) {
            *error = tr("'%1' is not like 'mon-fri 18-8' (days mon…sun, hours 0–24).").arg(raw.trimmed());
            return std::nullopt;
        }
        // Day ranges may wrap (sat-mon); hour ranges too (18-8 = evening to morning).
        for (int d = d0;; d = (d + 1) % 7) {
            if (h0 < h1) {
                for (int h = h0; h < h1; ++h)
                    days[static_cast<size_t>(d)] |= 1u << h;
            } else if (h0 > h1) {
                for (int h = h0; h < 24; ++h)
                    days[static_cast<size_t>(d)] |= 1u << h;
                for (int h = 0; h < h1; ++h)
                    days[static_cast<size_t>((d + 1) % 7)] |= 1u << h;
            } else if (h0 == 0) {
                days[static_cast<size_t>(d)] = 0xFFFFFF;
            }
            if (d == d1)
                break;
        }
    }
    return days;
}

QString Settings::formatSchedule(const std::array<quint32, 7>& days)
{
    constexpr quint32 kAll = 0xFFFFFF;
    if (std::all_of(days.cbegin(), days.cend(), [](quint32 d) { return (d & kAll) == kAll; }))
        return QStringLiteral("always");
    // Each day's hours as ranges ("9-17"); runs of days with the same hours share one part.
    auto ranges = [](quint32 mask) {
        QStringList out;
        for (int h = 0; h < 24;) {
            if (!(mask & (1u << h))) {
                ++h;
                continue;
            }
            int end = h;
            while (end < 24 && (mask & (1u << end)))
                ++end;
            out.append(QStringLiteral("%1-%2").arg(h).arg(end));
            h = end;
        }
        return out;
    };
    QStringList parts;
    for (int d = 0; d < 7;) {
        const quint32 mask = days[static_cast<size_t>(d)] & kAll;
        int last = d;
        while (last + 1 < 7 && (days[static_cast<size_t>(last + 1)] & kAll) == mask)
            ++last;
        if (mask) {
            QString span = QLatin1String(kDays[d]);
            if (last != d)
                span += QLatin1Char('-') + QLatin1String(kDays[last]);
            for (const QString& r : ranges(mask))
                parts.append(span + QLatin1Char(' ') + r);
        }
        d = last + 1;
    }
    return parts.join(QStringLiteral(", "));
}

std::optional<QString> Settings::validate(const QString& key, const QString& text, QString* error)
{
    const SettingSpec* s = spec(key);
    if (!s) {
        *error = tr("There is no setting '%1'. 'sparecycles-cli config list' shows them all.").arg(key);
        return std::nullopt;
    }
    const QString v = text.trimmed();
    switch (s->type) {
    case T::Bool: {
        const QString l = v.toLower();
        if (l == QLatin1String("true") || l == QLatin1String("1") || l == QLatin1String("yes")
            || l == QLatin1String("on"))
            return QStringLiteral("true");
        if (l == QLatin1String("false") || l == QLatin1String("0") || l == QLatin1String("no")
            || l == QLatin1String("off"))
            return QStringLiteral("false");
        *error = tr("Give true or false, not '%1'.").arg(v);
        return std::nullopt;
    }
    case T::Int: {
        bool ok = false;
        const qlonglong n = v.toLongLong(&ok);
        if (!ok || n < s->min || n > s->max) {
            *error = tr("Give a whole number from %1 to %2, not '%3'.")
                         .arg(QString::number(static_cast<qlonglong>(s->min)),
                             QString::number(static_cast<qlonglong>(s->max)), v);
            return std::nullopt;
        }
        return QString::number(n);
    }
    case T::Double: {
        bool ok = false;
        const double n = v.toDouble(&ok);
        if (!ok || n < s->min || n > s->max) {
            *error = tr("Give a number from %1 to %2, not '%3'.").arg(s->min).arg(s->max).arg(v);
            return std::nullopt;
        }
        return QString::number(n);
    }
    case T::Choice:
        for (const QString& c : s->choices) {
            if (c.compare(v, Qt::CaseInsensitive) == 0)
                return c;
        }
        *error = tr("'%1' is not one of the choices.").arg(v); // the command line lists them
        return std::nullopt;
    case T::Text:
        if (key == QLatin1String("hub_url")) {
            if (v.isEmpty() || v.compare(QLatin1String("local"), Qt::CaseInsensitive) == 0)
                return QStringLiteral("local");
            QUrl u(v, QUrl::StrictMode);
            // The hub itself, however many slashes follow it (StripTrailingSlash below leaves one
            // of "///", and that one would only go on the next validation).
            if (const QString path = u.path(); !path.isEmpty() && path.count(QLatin1Char('/')) == path.size())
                u.setPath(QString());
            if (!u.isValid() || (u.scheme() != QLatin1String("http") && u.scheme() != QLatin1String("https"))
                || u.host().isEmpty()) {
                *error
                    = tr("A network's address starts with https:// or http://, like https://hub.example.org; "
                         "'%1' is not one.")
                          .arg(v);
                return std::nullopt;
            }
            return u.toString(QUrl::StripTrailingSlash);
        }
        if (key == QLatin1String("chain_rpc_url") && !v.isEmpty()) {
            const QUrl u(v, QUrl::StrictMode);
            if (!u.isValid() || (u.scheme() != QLatin1String("http") && u.scheme() != QLatin1String("https"))
                || u.host().isEmpty()) {
                *error
                    = tr("The blockchain node's address starts with https:// or http://, not '%1'.").arg(v);
                return std::nullopt;
            }
            return u.toString();
        }
        if (key == QLatin1String("payout_address") && !v.isEmpty()) {
            if (!EvmAddress::validate(v, error))
                return std::nullopt;
            return EvmAddress::checksummed(v);
        }
        return v;
    case T::List: {
        QStringList items;
        for (const QString& item : v.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString i = item.trimmed();
            if (i.contains(QLatin1Char('/')) || i.size() > 64) {
                *error = tr("'%1' is not a program name (no paths, at most 64 characters).").arg(i);
                return std::nullopt;
            }
            if (!i.isEmpty())
                items.append(i);
        }
        return items.join(QLatin1Char(','));
    }
    case T::Schedule:
        if (!parseSchedule(v, error))
            return std::nullopt;
        return v.toLower().simplified();
    }
    return std::nullopt;
}

namespace setting {
    template <> WhenActive decode<WhenActive>(const QString& t)
    {
        return t == QLatin1String("reduced") ? WhenActive::Reduced : WhenActive::Suspend;
    }
    template <> OnBattery decode<OnBattery>(const QString& t)
    {
        return t == QLatin1String("run")  ? OnBattery::Run
            : t == QLatin1String("below") ? OnBattery::Below
                                          : OnBattery::Suspend;
    }
    template <> PanelTheme decode<PanelTheme>(const QString& t)
    {
        return t == QLatin1String("light") ? PanelTheme::Light
            : t == QLatin1String("dark")   ? PanelTheme::Dark
                                           : PanelTheme::Auto;
    }
    QString encode(WhenActive v)
    {
        return v == WhenActive::Reduced ? QStringLiteral("reduced") : QStringLiteral("suspend");
    }
    QString encode(OnBattery v)
    {
        return v == OnBattery::Run  ? QStringLiteral("run")
            : v == OnBattery::Below ? QStringLiteral("below")
                                    : QStringLiteral("suspend");
    }
    QString encode(PanelTheme v)
    {
        return v == PanelTheme::Light ? QStringLiteral("light")
            : v == PanelTheme::Dark   ? QStringLiteral("dark")
                                      : QStringLiteral("auto");
    }
} // namespace setting

Settings::Settings(QString iniPath, QObject* parent)
    : QObject(parent)
    , m_path(std::move(iniPath))
{
    migrate();
    load();
}

void Settings::migrate()
{
    const QString appIni = QFileInfo(m_path).dir().filePath(QStringLiteral("app.ini"));
    if (!QFileInfo::exists(m_path) && !QFileInfo::exists(appIni))
        return; // nothing to bring up to date; the first set() writes the version
    QSettings ini(m_path, QSettings::IniFormat);
    const int from = ini.value(QStringLiteral("version"), 0).toInt();
    if (from >= kVersion)
        return;
    if (from < 1) {
        // Version 1 took in app.ini, which the tray app kept beside settings.ini: whether the
        // first run is done, and (from still older versions) the network and payout address.
        if (QFileInfo::exists(appIni)) {
            QSettings app(appIni, QSettings::IniFormat);
            if (app.value(QStringLiteral("setup_done")).toBool())
                ini.setValue(QStringLiteral("setup_done"), QStringLiteral("true"));
            QString err;
            const QString network = app.value(QStringLiteral("network")).toString();
            if (!ini.contains(QStringLiteral("hub_url")) && !network.isEmpty())
                if (const auto v = validate(QStringLiteral("hub_url"), network, &err))
                    ini.setValue(QStringLiteral("hub_url"), *v);
            const QString payout = app.value(QStringLiteral("payout_address")).toString();
            if (!ini.contains(QStringLiteral("payout_address")) && !payout.isEmpty())
                if (const auto v = validate(QStringLiteral("payout_address"), payout, &err))
                    ini.setValue(QStringLiteral("payout_address"), *v);
        }
    }
    ini.setValue(QStringLiteral("version"), kVersion);
    ini.sync();
    // A folder that cannot be written keeps working on its old layout; the next start tries again.
}

void Settings::load()
{
    m_values.clear();
    const QFileInfo fi(m_path);
    m_loadedMtime = fi.lastModified();
    m_loadedSize = fi.exists() ? fi.size() : -1;
    QSettings ini(m_path, QSettings::IniFormat);
    m_version = ini.value(QStringLiteral("version"), kVersion).toInt();
    for (const SettingSpec& s : registry()) {
        if (!ini.contains(s.key))
            continue;
        QString err;
        // A hand-edited file with a bad value falls back to the default for that key only.
        if (const auto v = validate(s.key, ini.value(s.key).toString(), &err))
            m_values.insert(s.key, *v);
    }
}

bool Settings::reloadIfChanged()
{
    const QFileInfo fi(m_path);
    const qint64 size = fi.exists() ? fi.size() : -1;
    if (fi.lastModified() == m_loadedMtime && size == m_loadedSize)
        return false;
    const auto before = m_values;
    load();
    if (before == m_values)
        return false;
    for (const SettingSpec& spec : registry()) {
        if (before.value(spec.key) != m_values.value(spec.key))
            Q_EMIT changed(spec.key);
    }
    return true;
}

void Settings::watch(int intervalMs)
{
    if (m_watchTimer)
        killTimer(m_watchTimer);
    m_watchTimer = intervalMs > 0 ? startTimer(intervalMs) : 0;
}

void Settings::timerEvent(QTimerEvent* event)
{
    if (event->timerId() == m_watchTimer)
        reloadIfChanged();
}

QString Settings::value(const QString& key) const
{
    if (const auto it = m_values.constFind(key); it != m_values.cend())
        return *it;
    const SettingSpec* s = spec(key);
    return s ? s->defaultText : QString();
}

bool Settings::isDefault(const QString& key) const { return !m_values.contains(key); }

bool Settings::set(const QString& key, const QString& text, QString* error)
{
    const auto v = validate(key, text, error);
    if (!v)
        return false;
    QSettings ini(m_path, QSettings::IniFormat);
    ini.setValue(key, *v);
    ini.setValue(QStringLiteral("version"), kVersion);
    ini.sync();
    if (ini.status() != QSettings::NoError) {
        *error = tr("Cannot write %1.").arg(m_path);
        return false;
    }
    const QString before = value(key);
    m_values.insert(key, *v);
    const QFileInfo fi(m_path);
    m_loadedMtime = fi.lastModified();
    m_loadedSize = fi.size();
    if (before != *v)
        Q_EMIT changed(key);
    return true;
}

PolicySettings Settings::policy() const
{
    using namespace setting;
    PolicySettings p;
    p.runAlways = get<RunAlways>();
    p.idleMinutes = get<IdleMinutes>();
    p.cpuWhenActive = get<CpuWhenActive>() == WhenActive::Reduced ? PolicySettings::WhenActive::ReducedShare
                                                                  : PolicySettings::WhenActive::Suspend;
    p.cpuShareWhenActivePercent = get<CpuShareWhenActive>();
    p.gpuWhenActive = get<GpuWhenActive>();
    p.cpuSharePercent = get<CpuShare>();
    p.maxCoresPercent = get<MaxCores>();
    p.maxMemoryActivePercent = get<MaxMemoryActive>();
    p.maxMemoryIdlePercent = get<MaxMemoryIdle>();
    p.diskReserveBytes = qint64(get<DiskReserve>()) * 1000 * 1000 * 1000;
    p.suspendWhenOtherCpuPercent = get<SuspendWhenOtherCpu>();
    p.otherCpuGraceSeconds = get<OtherCpuGraceSeconds>();
    p.otherCpuMinSuspendSeconds = get<OtherCpuMinSuspendSeconds>();
    p.exclusivePrograms = get<ExclusivePrograms>();
    switch (get<OnBatteryRule>()) {
    case OnBattery::Run:
        p.onBattery = PolicySettings::OnBattery::Run;
        break;
    case OnBattery::Below:
        p.onBattery = PolicySettings::OnBattery::BelowPercent;
        break;
    case OnBattery::Suspend:
        p.onBattery = PolicySettings::OnBattery::Suspend;
        break;
    }
    p.batteryMinPercent = get<BatteryMinPercent>();
    QString err;
    if (const auto sched = parseSchedule(get<Schedule>(), &err))
        p.schedule = *sched;
    p.cpuTempLimitC = get<CpuTempLimit>();
    p.gpuTempLimitC = get<GpuTempLimit>();
    p.pausedUntil = get<PausedUntil>();
    p.runNowUntil = get<RunNowUntil>();
    return p;
}

} // namespace sc::core
