// SPDX-License-Identifier: GPL-3.0-or-later
#include "startatlogin.h"

#include "platform/autostart.h"

#include <QCoreApplication>

namespace sc::app {

void applyStartAtLogin(
    core::Autostart& autostart, bool on, const QString& dataDir, const QString& defaultDataDir)
{
    QStringList arguments { QStringLiteral("--minimized") };
    if (dataDir != defaultDataDir)
        arguments << QStringLiteral("--data-dir") << dataDir;
    autostart.setEnabled(on, QCoreApplication::applicationFilePath(), arguments);
}

} // namespace sc::app
