// SPDX-License-Identifier: GPL-3.0-or-later
#include "install/layout.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace sc::core::layout {

QString appId() { return QStringLiteral(SC_APP_ID); }

QString programDir() { return QCoreApplication::applicationDirPath(); }

QString libDir() { return QDir::cleanPath(programDir() + QStringLiteral("/" SC_BIN_TO_LIBDIR)); }

QString dataDir() { return QDir::cleanPath(programDir() + QStringLiteral("/" SC_BIN_TO_DATADIR)); }

QString findProgram(const QString& name)
{
    const QString installed = libDir() + QLatin1Char('/') + name;
    if (QFileInfo::exists(installed))
        return installed;
    const QString beside = programDir() + QLatin1Char('/') + name;
    return QFileInfo::exists(beside) ? beside : installed;
}

} // namespace sc::core::layout
