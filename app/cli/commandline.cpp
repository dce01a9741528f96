// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "settings/settings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QUrl>

namespace sc::app::cli {

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream& err()
{
    static QTextStream s(stderr);
    return s;
}

int usageError(const QString& message)
{
    err() << QCoreApplication::applicationName() << ": " << message << Qt::endl;
    return kExitUsage;
}

std::optional<int> parseCommand(QCommandLineParser& p, const QStringList& args)
{
    if (!p.parse(args))
        return usageError(p.errorText());
    if (p.isSet(QStringLiteral("help")))
        p.showHelp(0);
    if (p.isSet(QStringLiteral("version")))
        p.showVersion();
    return std::nullopt;
}

QString defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/SpareCycles");
}

std::optional<int> parseRunOptions(const QStringList& args, RunOptions* options)
{
    QCommandLineParser p;
    p.setApplicationDescription(QObject::tr("Runs the SpareCycles engine until SIGTERM or Ctrl+C."));
    p.addHelpOption();
    p.addVersionOption();
    p.addPositionalArgument(QStringLiteral("run"), QObject::tr("The command."));
    const QCommandLineOption hub(
        QStringLiteral("hub"), QObject::tr("Hub URL, e.g. https://hub.example.org."), QStringLiteral("URL"));
    const QCommandLineOption local(
        QStringLiteral("local"), QObject::tr("Start a demo hub on this computer and use it."));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
        QObject::tr("Folder for all state (default %1).").arg(defaultDataDir()), QStringLiteral("DIR"),
        defaultDataDir());
    const QCommandLineOption alwaysRun(
        QStringLiteral("always-run"), QObject::tr("Run tasks even while the computer is in use."));
    const QCommandLineOption cores(QStringLiteral("cores"),
        QObject::tr("Number of tasks to run at once (default: all logical CPUs)."), QStringLiteral("N"));
    const QCommandLineOption caBundle(QStringLiteral("ca-bundle"),
        QObject::tr("Trust this CA file (PEM) for the hub's certificate."), QStringLiteral("PEM"));
    const QCommandLineOption payout(
        QStringLiteral("payout-address"), QObject::tr("EVM address for payouts."), QStringLiteral("ADDRESS"));
    const QCommandLineOption quiet(QStringLiteral("quiet"), QObject::tr("Print only errors."));
    const QCommandLineOption cgroup(QStringLiteral("cgroup"),
        QObject::tr("cgroup v2 folder delegated to the engine for its tasks, or \"none\" for signals only "
                    "(default: its own cgroup when systemd delegated it)."),
        QStringLiteral("DIR"));
    p.addOptions({ hub, local, dataDir, alwaysRun, cores, caBundle, payout, quiet, cgroup });
    if (const auto stop = parseCommand(p, args))
        return *stop;
    if (p.isSet(hub) && p.isSet(local))
        return usageError(QObject::tr("run takes --hub URL or --local, not both"));
    LaunchOptions& launch = options->launch;
    launch.dataDir = p.value(dataDir);
    launch.alwaysRun = p.isSet(alwaysRun);
    if (p.isSet(cores)) {
        bool ok = false;
        const int n = p.value(cores).toInt(&ok);
        if (!ok || n < 1 || n > 1024)
            return usageError(QObject::tr("--cores must be a whole number from 1 to 1024"));
        launch.cores = n;
    }
    launch.payoutAddress = p.value(payout);
    launch.cgroupDir = p.value(cgroup);
    if (p.isSet(hub)) {
        const QUrl url(p.value(hub), QUrl::StrictMode);
        if (!url.isValid()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
            || url.host().isEmpty())
            return usageError(
                QObject::tr("'%1' is not a hub URL; expected http(s)://host[:port]").arg(p.value(hub)));
        options->network = p.value(hub);
    } else if (p.isSet(local)) {
        options->network = QString(EngineHost::kLocalNetwork);
    } else {
        // Neither: the network chosen in the app (the systemd user unit runs it so), "local" when
        // none was chosen yet.
        const core::Settings settings(QDir(launch.dataDir).filePath(QStringLiteral("settings.ini")));
        options->network = settings.value(QStringLiteral("hub_url"));
    }
    if (p.isSet(caBundle))
        options->caBundle = p.value(caBundle);
    options->quiet = p.isSet(quiet);
    return std::nullopt;
}

} // namespace sc::app::cli
