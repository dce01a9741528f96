// SPDX-License-Identifier: GPL-3.0-or-later
#include "guioptions.h"

#include "common/enginehost.h"
#include "ui/onboarding/firstrunwizard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>
#include <cstdio>

namespace sc::app {

namespace {

    constexpr int kExitUsage = 2;

    int usageError(const QString& message)
    {
        std::fprintf(stderr, "sparecycles: %s\n", qPrintable(message));
        return kExitUsage;
    }

} // namespace

QString GuiOptions::network() const
{
    if (hubGiven)
        return hubUrl.toString();
    return local ? QString(EngineHost::kLocalNetwork) : QString();
}

std::optional<int> parseGuiOptions(QApplication& app, GuiOptions* options)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QApplication::translate("main", "Lends this computer's idle time to a compute network."));
    p.addHelpOption();
    p.addVersionOption();
    const QString defaultDir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/SpareCycles");
    const QCommandLineOption local(QStringLiteral("local"),
        QApplication::translate("main", "Start a demo hub on this computer and use it."));
    const QCommandLineOption hub(QStringLiteral("hub"),
        QApplication::translate("main", "Hub URL, e.g. https://hub.example.org."), QStringLiteral("URL"));
    const QCommandLineOption dataDirOpt(QStringLiteral("data-dir"),
        QApplication::translate("main", "Folder for all state (default %1).").arg(defaultDir),
        QStringLiteral("DIR"), defaultDir);
    const QCommandLineOption minimized(QStringLiteral("minimized"),
        QApplication::translate("main", "Start in the tray without opening the dashboard."));
    const QCommandLineOption acceptDefaults(QStringLiteral("accept-defaults"),
        QApplication::translate(
            "main", "Skip the first-run wizard and use the defaults (demo network, run when idle)."));
    p.addOptions({ local, hub, dataDirOpt, minimized, acceptDefaults });
    p.process(app);
    if (p.isSet(local) && p.isSet(hub))
        return usageError(QApplication::translate("main", "use either --local or --hub URL, not both"));
    options->local = p.isSet(local);
    options->hubGiven = p.isSet(hub);
    if (options->hubGiven) {
        QString error;
        if (!sc::ui::FirstRunWizard::parseHubUrl(p.value(hub), &options->hubUrl, &error))
            return usageError(error);
    }
    options->dataDir = QDir(p.value(dataDirOpt)).absolutePath();
    options->defaultDataDir = defaultDir;
    options->minimized = p.isSet(minimized);
    options->acceptDefaults = p.isSet(acceptDefaults);
    return std::nullopt;
}

} // namespace sc::app
