// SPDX-License-Identifier: GPL-3.0-or-later
#include "sensors/hwsensors.h"

#include <QDir>
#include <QFile>
#include <cmath>

namespace sc::core {

namespace {
    QString readLine(const QString& path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(f.read(256)).trimmed();
    }

    // Millidegrees to °C; rejects the values broken sensors report (negative, absurd).
    std::optional<double> milli(const QString& text)
    {
        bool ok = false;
        const double v = text.toDouble(&ok) / 1000.0;
        if (!ok || !std::isfinite(v) || v <= -40 || v >= 150)
            return std::nullopt;
        return v;
    }

    void classify(TempReading& r)
    {
        const QString d = r.driver;
        const QString l = r.label.toLower();
        if (d == QLatin1String("k10temp") || d == QLatin1String("zenpower")) {
            r.kind = TempReading::Kind::Cpu;
            // Tctl carries an offset on some Ryzen parts; Tdie is the die itself when present.
            r.priority = l == QLatin1String("tdie") ? 30 : l == QLatin1String("tctl") ? 25 : 10;
        } else if (d == QLatin1String("coretemp")) {
            r.kind = TempReading::Kind::Cpu;
            r.priority = l.startsWith(QLatin1String("package")) ? 30 : 10;
        } else if (d == QLatin1String("cpu_thermal") || d == QLatin1String("x86_pkg_temp")
            || d == QLatin1String("soc_thermal")) {
            r.kind = TempReading::Kind::Cpu;
            r.priority = 5;
        } else if (d == QLatin1String("amdgpu") || d == QLatin1String("radeon")
            || d == QLatin1String("nouveau") || d == QLatin1String("i915")) {
            r.kind = TempReading::Kind::Gpu;
            r.priority = l == QLatin1String("junction") ? 30 : l == QLatin1String("edge") ? 20 : 10;
        } else if (d == QLatin1String("nvme") || d == QLatin1String("drivetemp")) {
            r.kind = TempReading::Kind::Disk;
        }
    }
} // namespace

QList<TempReading> readTemperatures(const QString& sysRoot)
{
    QList<TempReading> out;
    const QDir hwmon(sysRoot + QStringLiteral("/class/hwmon"));
    for (const QString& dev : hwmon.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString base = hwmon.filePath(dev);
        const QString name = readLine(base + QStringLiteral("/name"));
        const QDir d(base);
        for (const QString& input : d.entryList({ QStringLiteral("temp*_input") }, QDir::Files, QDir::Name)) {
            const auto c = milli(readLine(d.filePath(input)));
            if (!c)
                continue;
            TempReading r;
            r.driver = name;
            const QString stem = input.left(input.size() - 5); // "tempN_"
            r.label = readLine(d.filePath(stem + QStringLiteral("label")));
            if (r.label.isEmpty())
                r.label = stem.chopped(1);
            r.celsius = *c;
            classify(r);
            out.append(r);
        }
    }
    // Thermal zones: the fallback where no hwmon driver speaks for the CPU (ARM boards, VMs).
    const QDir zones(sysRoot + QStringLiteral("/class/thermal"));
    for (const QString& z : zones.entryList({ QStringLiteral("thermal_zone*") }, QDir::Dirs, QDir::Name)) {
        const auto c = milli(readLine(zones.filePath(z) + QStringLiteral("/temp")));
        if (!c)
            continue;
        TempReading r;
        r.driver = readLine(zones.filePath(z) + QStringLiteral("/type"));
        r.label = z;
        r.celsius = *c;
        classify(r);
        out.append(r);
    }
    return out;
}

namespace {
    std::optional<TempReading> best(const QList<TempReading>& all, TempReading::Kind kind)
    {
        std::optional<TempReading> b;
        for (const TempReading& r : all) {
            if (r.kind != kind)
                continue;
            // The best-ranked source, and the hottest among equally ranked ones (several dies).
            if (!b || r.priority > b->priority || (r.priority == b->priority && r.celsius > b->celsius))
                b = r;
        }
        return b;
    }
} // namespace

std::optional<TempReading> cpuTemperature(const QList<TempReading>& all)
{
    return best(all, TempReading::Kind::Cpu);
}

std::optional<TempReading> gpuTemperature(const QList<TempReading>& all)
{
    return best(all, TempReading::Kind::Gpu);
}

PowerState readPowerSupply(const QString& sysRoot)
{
    PowerState p;
    const QDir ps(sysRoot + QStringLiteral("/class/power_supply"));
    bool anyMains = false, mainsOnline = false, discharging = false;
    for (const QString& dev : ps.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString base = ps.filePath(dev) + QLatin1Char('/');
        const QString type = readLine(base + QStringLiteral("type"));
        if (type == QLatin1String("Mains")) {
            anyMains = true;
            mainsOnline = mainsOnline || readLine(base + QStringLiteral("online")) == QLatin1String("1");
        } else if (type == QLatin1String("Battery")) {
            // Mice, keyboards and headsets report scope "Device"; only system batteries count.
            if (readLine(base + QStringLiteral("scope")) == QLatin1String("Device"))
                continue;
            p.batteryPresent = true;
            if (readLine(base + QStringLiteral("status")) == QLatin1String("Discharging"))
                discharging = true;
            bool ok = false;
            const int cap = readLine(base + QStringLiteral("capacity")).toInt(&ok);
            if (ok && cap >= 0 && cap <= 100)
                p.batteryPercent = p.batteryPercent ? std::min(*p.batteryPercent, cap) : cap;
        }
    }
    if (anyMains)
        p.onBattery = p.batteryPresent && !mainsOnline;
    else if (p.batteryPresent)
        p.onBattery = discharging;
    else
        p.onBattery = false; // no battery at all: a desktop is never "on battery"
    return p;
}

} // namespace sc::core
