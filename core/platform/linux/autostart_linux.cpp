// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/linux/autostart_linux.h"

#include "install/layout.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace sc::core::platform {

namespace {
    // The name versions before 0.1 wrote (not the installed id): removed when the entry is next set.
    QString oldEntryPath()
    {
        return QStandardPaths::writableLocation(QStandardPaths::ConfigLocation)
            + QStringLiteral("/autostart/sparecycles.desktop");
    }
} // namespace

QString XdgAutostart::entryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::ConfigLocation) + QStringLiteral("/autostart/")
        + layout::appId() + QStringLiteral(".desktop");
}

bool XdgAutostart::setEnabled(bool on, const QString& program, const QStringList& arguments)
{
    const QString path = entryPath();
    QFile::remove(oldEntryPath());
    if (!on) {
        QFile::remove(path);
        return !QFile::exists(path);
    }
    // The program and every value are quoted; options ("--minimized") stay bare.
    QString exec = QLatin1Char('"') + program + QLatin1Char('"');
    for (const QString& a : arguments) {
        if (a.startsWith(QLatin1Char('-')))
            exec += QLatin1Char(' ') + a;
        else
            exec += QStringLiteral(" \"") + a + QLatin1Char('"');
    }
    const QString entry = QStringLiteral("[Desktop Entry]\nType=Application\nName=SpareCycles\n"
                                         "Comment=Lend this computer's idle time to a compute network\n"
                                         "Exec=%1\nIcon=%2\nX-GNOME-Autostart-enabled=true\n")
                              .arg(exec, layout::appId());
    QDir().mkpath(QFileInfo(path).path());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(entry.toUtf8());
    return f.commit();
}

bool XdgAutostart::isEnabled() const { return QFile::exists(entryPath()); }

} // namespace sc::core::platform

namespace sc::core {

std::unique_ptr<Autostart> createPlatformAutostart() { return std::make_unique<platform::XdgAutostart>(); }

} // namespace sc::core
