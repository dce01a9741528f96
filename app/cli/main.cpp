// SPDX-License-Identifier: GPL-3.0-or-later
// sparecycles-cli: the headless engine (servers, scripts, tests). See README "Command line".
#include "engine/engine.h"
#include "engine/localhub.h"
#include "network/httpclient.h"
#include "platform/idlesource.h"
#include "platform/signalwatcher.h"
#include "profile/benchmark.h"
#include "profile/machineprofile.h"
#include "settings/settings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <cstdio>
#include <optional>

using sc::core::Engine;

namespace {

constexpr int kExitUsage = 2;

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

// Parses a command's options; --help and --version print and exit; returns an exit code when
// the command must stop here (bad usage).
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

void printLine(const QString& text)
{
    out() << QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss")) << "  " << text << Qt::endl;
}

int runCommand(const QStringList& args)
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
    if (p.isSet(hub) == p.isSet(local))
        return usageError(QObject::tr("run needs exactly one of --hub URL or --local"));
    Engine::Config config;
    config.dataDir = p.value(dataDir);
    config.alwaysRun = p.isSet(alwaysRun);
    config.cores = QThread::idealThreadCount();
    if (p.isSet(cores)) {
        bool ok = false;
        config.cores = p.value(cores).toInt(&ok);
        if (!ok || config.cores < 1 || config.cores > 1024)
            return usageError(QObject::tr("--cores must be a whole number from 1 to 1024"));
    }
    config.payoutAddress = p.value(payout);
    config.cgroupDir = p.value(cgroup);
    config.requestCgroupScope = true;

    sc::core::LocalHub localHub;
    if (p.isSet(hub)) {
        const QUrl url(p.value(hub), QUrl::StrictMode);
        if (!url.isValid()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
            || url.host().isEmpty())
            return usageError(
                QObject::tr("'%1' is not a hub URL; expected http(s)://host[:port]").arg(p.value(hub)));
        config.hubUrl = url;
    } else {
        QString error;
        if (!localHub.start(QDir(config.dataDir).filePath(QStringLiteral("local-hub")), &error)) {
            err() << error << Qt::endl;
            return 1;
        }
        config.hubUrl = localHub.url();
        if (!p.isSet(quiet))
            printLine(QObject::tr("Local demo hub at %1").arg(config.hubUrl.toString()));
    }

    sc::core::CurlHttpClient http;
    if (p.isSet(caBundle))
        http.setCaBundle(p.value(caBundle));
    Engine engine(config, http, [] { return QDateTime::currentSecsSinceEpoch(); });
    const auto idle = sc::core::createPlatformIdleSource();
    engine.setIdleSource(idle.get());
    const bool verbose = !p.isSet(quiet);
    QObject::connect(&engine, &Engine::activity, &engine, [verbose](const QString& m) {
        if (verbose)
            printLine(m);
    });
    QObject::connect(
        &engine, &Engine::stateChanged, &engine, [verbose](Engine::State s, const QString& reason) {
            if (verbose || s == Engine::State::Error)
                printLine(QStringLiteral("[%1] %2").arg(Engine::stateName(s), reason));
        });
    QString error;
    if (!engine.start(&error)) {
        err() << error << Qt::endl;
        localHub.stop();
        return 1;
    }
    sc::core::platform::SignalWatcher signals;
    bool stopping = false;
    QObject::connect(&signals, &sc::core::platform::SignalWatcher::terminationRequested, &engine, [&] {
        if (stopping)
            return;
        stopping = true;
        if (verbose)
            printLine(QObject::tr("Stopping…"));
        engine.stop([&] {
            localHub.stop();
            QCoreApplication::exit(0);
        });
    });
    return QCoreApplication::exec();
}

int statusCommand(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QObject::tr("Shows what the engine on a data folder is doing, running or not."));
    p.addHelpOption();
    p.addVersionOption();
    p.addPositionalArgument(QStringLiteral("status"), QObject::tr("The command."));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
        QObject::tr("Data folder (default %1).").arg(defaultDataDir()), QStringLiteral("DIR"),
        defaultDataDir());
    const QCommandLineOption json(QStringLiteral("json"), QObject::tr("Print one JSON object."));
    p.addOptions({ dataDir, json });
    if (const auto stop = parseCommand(p, args))
        return *stop;
    QString error;
    const QJsonObject s = Engine::readStatus(p.value(dataDir), &error);
    if (s.isEmpty()) {
        err() << error << Qt::endl;
        return 1;
    }
    if (p.isSet(json)) {
        out() << QJsonDocument(s).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        out() << QObject::tr("State:            %1 — %2")
                     .arg(s.value(QLatin1String("state")).toString(),
                         s.value(QLatin1String("reason")).toString())
              << Qt::endl;
        out() << QObject::tr("Tasks running:    %1").arg(s.value(QLatin1String("tasks_running")).toInt())
              << Qt::endl;
        out() << QObject::tr("Tasks completed:  %1").arg(s.value(QLatin1String("tasks_completed")).toInt())
              << Qt::endl;
        out() << QObject::tr("Earned:           %1 micro-tokens")
                     .arg(s.value(QLatin1String("earned_total")).toInteger())
              << Qt::endl;
    }
    if (!error.isEmpty())
        err() << error << Qt::endl;
    return 0;
}

int configCommand(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QObject::tr("Lists, reads or changes settings. A running engine applies a change within a second."));
    p.addHelpOption();
    p.addVersionOption();
    p.addPositionalArgument(QStringLiteral("config"), QObject::tr("The command."));
    p.addPositionalArgument(QStringLiteral("action"), QObject::tr("list, get KEY, or set KEY VALUE"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
        QObject::tr("Data folder (default %1).").arg(defaultDataDir()), QStringLiteral("DIR"),
        defaultDataDir());
    const QCommandLineOption json(QStringLiteral("json"), QObject::tr("list: print one JSON object."));
    p.addOptions({ dataDir, json });
    if (const auto stop = parseCommand(p, args))
        return *stop;
    const QStringList pos = p.positionalArguments().mid(1);
    if (pos.isEmpty())
        return usageError(QObject::tr("config needs an action: list, get KEY or set KEY VALUE"));
    const QString action = pos.first();
    if (!QDir().mkpath(p.value(dataDir))) {
        err() << QObject::tr("Cannot create the data folder %1.").arg(p.value(dataDir)) << Qt::endl;
        return 1;
    }
    sc::core::Settings settings(QDir(p.value(dataDir)).filePath(QStringLiteral("settings.ini")));
    if (action == QLatin1String("list") && pos.size() == 1) {
        QJsonObject o;
        for (const auto& spec : sc::core::Settings::registry()) {
            if (p.isSet(json)) {
                o.insert(spec.key, settings.value(spec.key));
            } else {
                out() << spec.key << " = " << settings.value(spec.key)
                      << (settings.isDefault(spec.key) ? QStringLiteral("  (default)") : QString())
                      << "\n    " << QCoreApplication::translate("Settings", spec.help) << Qt::endl;
            }
        }
        if (p.isSet(json))
            out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
        return 0;
    }
    if (action == QLatin1String("get") && pos.size() == 2) {
        if (!sc::core::Settings::spec(pos.at(1)))
            return usageError(QObject::tr("there is no setting '%1'; see 'config list'").arg(pos.at(1)));
        out() << settings.value(pos.at(1)) << Qt::endl;
        return 0;
    }
    if (action == QLatin1String("set") && pos.size() == 3) {
        QString error;
        if (!sc::core::Settings::spec(pos.at(1)))
            return usageError(QObject::tr("there is no setting '%1'; see 'config list'").arg(pos.at(1)));
        if (!settings.set(pos.at(1), pos.at(2), &error))
            return usageError(error);
        out() << pos.at(1) << " = " << settings.value(pos.at(1)) << Qt::endl;
        return 0;
    }
    return usageError(QObject::tr("config needs: list, get KEY, or set KEY VALUE"));
}

int profileCommand(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QObject::tr("Prints this computer's profile as sent to the hub."));
    p.addHelpOption();
    p.addVersionOption();
    p.addPositionalArgument(QStringLiteral("profile"), QObject::tr("The command."));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
        QObject::tr("Data folder (default %1).").arg(defaultDataDir()), QStringLiteral("DIR"),
        defaultDataDir());
    const QCommandLineOption json(QStringLiteral("json"), QObject::tr("Print one JSON object."));
    const QCommandLineOption benchmark(QStringLiteral("benchmark"),
        QObject::tr("Measure the speed now (a few seconds) and keep the result."));
    p.addOptions({ dataDir, json, benchmark });
    if (const auto stop = parseCommand(p, args))
        return *stop;
    const sc::core::MachineProfile profile = sc::core::readMachineProfile(p.value(dataDir));
    QJsonObject o = profile.toJson();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    auto bench = sc::core::cachedBenchmark(p.value(dataDir), profile.hardwareFingerprint(), now);
    if (p.isSet(benchmark)) {
        if (!p.isSet(json))
            out() << QObject::tr("Measuring this computer's speed (a few seconds, at idle priority)…")
                  << Qt::endl;
        sc::core::BenchmarkResult r = *sc::core::runBenchmark(); // no cancel: always a result
        r.fingerprint = profile.hardwareFingerprint();
        if (QDir().mkpath(p.value(dataDir)))
            sc::core::saveBenchmark(p.value(dataDir), r);
        bench = r;
    }
    o.insert(QStringLiteral("benchmark"), bench ? QJsonValue(bench->toJson()) : QJsonValue());
    if (p.isSet(json)) {
        out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QJsonValue v = it.value();
            const QString text = v.isArray() || v.isObject()
                ? QString::fromUtf8(QJsonDocument::fromVariant(v.toVariant()).toJson(QJsonDocument::Compact))
                : v.toVariant().toString();
            out() << it.key() << ": " << text << Qt::endl;
        }
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sparecycles-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SC_VERSION));
    const QStringList args = QCoreApplication::arguments();
    const QString command = args.size() > 1 ? args.at(1) : QString();
    if (command == QLatin1String("run"))
        return runCommand(args);
    if (command == QLatin1String("status"))
        return statusCommand(args);
    if (command == QLatin1String("profile"))
        return profileCommand(args);
    if (command == QLatin1String("config"))
        return configCommand(args);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out() << "sparecycles-cli " << SC_VERSION << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help")) {
        out() << QObject::tr(
            "Usage: sparecycles-cli COMMAND [options]\n\n"
            "Commands:\n"
            "  run (--hub URL | --local) [--data-dir DIR] [--always-run] [--cores N] [--cgroup DIR|none]\n"
            "                 run the engine until SIGTERM / Ctrl+C\n"
            "  status [--data-dir DIR] [--json]   what the engine is doing\n"
            "  profile [--json]                   this computer's profile\n"
            "  config list|get KEY|set KEY VALUE [--data-dir DIR]   settings\n\n"
            "Run 'sparecycles-cli COMMAND --help' for a command's options.")
              << Qt::endl;
        return 0;
    }
    return usageError(command.isEmpty()
            ? QObject::tr("missing command (run, status, config, profile); see --help")
            : QObject::tr("unknown command '%1' (run, status, config, profile); see --help").arg(command));
}
