// SPDX-License-Identifier: GPL-3.0-or-later
// sparecycles-cli: the headless engine (servers, scripts, tests). See README "Command line".
#include "commandline.h"
#include "common/enginehost.h"
#include "engine/engine.h"
#include "engine/statusfile.h"
#include "engine/walletwatch.h"
#include "evm/uint256.h"
#include "identity.h"
#include "ledger/ledger.h"
#include "logging/logfile.h"
#include "logging/messagelog.h"
#include "network/httpclient.h"
#include "platform/idlesource.h"
#include "platform/signalwatcher.h"
#include "profile/benchmark.h"
#include "profile/machineprofile.h"
#include "settings/settings.h"
#include "walletkeys.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

using sc::core::Engine;
using namespace sc::app::cli;

namespace {

void printLine(const QString& text)
{
    out() << QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss")) << "  " << text << Qt::endl;
}

int runCommand(const QStringList& args)
{
    RunOptions options;
    if (const auto stop = parseRunOptions(args, &options))
        return *stop;
    // Everything the engine does, time-stamped, for bug reports (README).
    const sc::core::MessageLog log(sc::core::LogFile::pathIn(options.launch.dataDir));
    sc::core::CurlHttpClient http;
    if (options.caBundle)
        http.setCaBundle(*options.caBundle);
    sc::app::EngineHost host(sc::app::EngineHost::engineConfig(options.launch), http,
        [] { return QDateTime::currentSecsSinceEpoch(); });
    const auto idle = sc::core::createPlatformIdleSource();
    host.setIdleSource(idle.get());
    const bool verbose = !options.quiet;
    QObject::connect(&host, &sc::app::EngineHost::localHubStarted, &host, [verbose](const QUrl& url) {
        if (verbose)
            printLine(QObject::tr("Local demo hub at %1").arg(url.toString()));
    });
    QObject::connect(&host, &sc::app::EngineHost::activity, &host, [verbose](const QString& m) {
        if (verbose)
            printLine(m);
    });
    QObject::connect(
        &host, &sc::app::EngineHost::stateChanged, &host, [verbose](Engine::State s, const QString& reason) {
            if (verbose || s == Engine::State::Error)
                printLine(QStringLiteral("[%1] %2").arg(Engine::stateName(s), reason));
        });
    sc::app::EngineHost::Error error;
    if (!host.start(options.network, &error)) {
        err() << error.message << Qt::endl;
        if (error.kind == sc::app::EngineHost::Error::Kind::Identity)
            err() << identityWayOut() << Qt::endl;
        return 1;
    }
    sc::core::platform::SignalWatcher signals;
    bool stopping = false;
    QObject::connect(&signals, &sc::core::platform::SignalWatcher::terminationRequested, &host, [&] {
        if (stopping)
            return;
        stopping = true;
        if (verbose)
            printLine(QObject::tr("Stopping…"));
        host.stop([] { QCoreApplication::exit(0); });
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
        // The typed status (JSON stays the file's and `--json`'s form).
        const sc::core::EngineStatus st = sc::core::EngineStatus::fromJson(s);
        out() << QObject::tr("State:            %1 — %2")
                     .arg(sc::core::EngineStatus::stateName(st.state), st.reason.describe())
              << Qt::endl;
        out() << QObject::tr("Tasks running:    %1").arg(st.tasks.size()) << Qt::endl;
        out() << QObject::tr("Tasks completed:  %1").arg(st.tasksCompleted) << Qt::endl;
        if (st.gpuSlots > 0) {
            const QString gpuState = !st.gpuReason.isEmpty() ? st.gpuReason
                : st.gpuAllowed                              ? QObject::tr("running")
                                                             : QObject::tr("paused");
            out() << QObject::tr("GPU tasks:        %1 (%2)").arg(gpuState, st.gpuDevice) << Qt::endl;
        }
        out() << QObject::tr("Earned:           %1 micro-tokens").arg(st.earnedTotal) << Qt::endl;
    }
    if (!error.isEmpty())
        err() << error << Qt::endl;
    return 0;
}

// Reads the payout address's balances from the chain now, as the wallet card does, without
// asking the engine or the hub (the chain's word).
int walletCommand(const QStringList& args)
{
    if (args.size() > 2 && isWalletKeyCommand(args.at(2)))
        return walletKeyCommand(args);
    QCommandLineParser p;
    p.setApplicationDescription(QObject::tr(
        "Shows the balance of your payout address, read from the blockchain the network pays on."));
    p.addHelpOption();
    p.addVersionOption();
    p.addPositionalArgument(QStringLiteral("wallet"), QObject::tr("The command."));
    p.addPositionalArgument(QStringLiteral("balance"), QObject::tr("What to show."));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
        QObject::tr("Data folder (default %1).").arg(defaultDataDir()), QStringLiteral("DIR"),
        defaultDataDir());
    const QCommandLineOption json(QStringLiteral("json"), QObject::tr("Print one JSON object."));
    p.addOptions({ dataDir, json });
    if (const auto stop = parseCommand(p, args))
        return *stop;
    const QStringList pos = p.positionalArguments().mid(1);
    if (pos != QStringList { QStringLiteral("balance") })
        return usageError(QObject::tr("wallet needs one of: balance, new, import, export"));
    const QString dir = p.value(dataDir);
    QString error;
    const auto ledger = QFile::exists(QDir(dir).filePath(QStringLiteral("ledger.sqlite")))
        ? sc::core::Ledger::open(QDir(dir).filePath(QStringLiteral("ledger.sqlite")), &error)
        : nullptr;
    const QString chainJson
        = ledger ? ledger->meta(QStringLiteral("network_chain")).value_or(QString()) : QString();
    const auto chain = chainJson.isEmpty()
        ? std::nullopt
        : sc::core::ChainInfo::fromJson(QJsonDocument::fromJson(chainJson.toUtf8()).object(), nullptr);
    if (!chain) {
        err() << QObject::tr(
            "This device's network pays on no blockchain (or the engine never reached it yet).")
              << Qt::endl;
        return 1;
    }
    sc::core::Settings settings(QDir(dir).filePath(QStringLiteral("settings.ini")));
    QString payout = settings.get<sc::core::setting::PayoutAddress>();
    if (payout.isEmpty()) {
        // An engine started with --payout-address has it only in its status.
        QString ignored;
        payout = sc::core::StatusFile::read(dir, &ignored)
                     .value(QLatin1String("wallet"))
                     .toObject()
                     .value(QLatin1String("address"))
                     .toString();
    }
    if (payout.isEmpty()) {
        err() << QObject::tr("No payout address is set: sparecycles-cli config set payout_address 0x…")
              << Qt::endl;
        return 1;
    }
    sc::core::CurlHttpClient http;
    QElapsedTimer mono;
    mono.start();
    sc::core::WalletWatch wallet(
        http, [] { return QDateTime::currentSecsSinceEpoch(); }, [&mono] { return mono.elapsed(); });
    wallet.configure(chain, payout, settings.get<sc::core::setting::ChainRpcUrl>());
    QEventLoop loop;
    QObject::connect(&wallet, &sc::core::WalletWatch::changed, &loop, [&] {
        const auto st = wallet.status();
        if (st && (st->asOf > 0 || !st->error.isEmpty()))
            loop.quit();
    });
    wallet.poll();
    if (const auto st = wallet.status(); st && st->asOf == 0 && st->error.isEmpty())
        loop.exec();
    const sc::core::WalletStatus st = *wallet.status();
    if (p.isSet(json)) {
        out() << QJsonDocument(st.toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
    } else if (st.error.isEmpty()) {
        const auto token = sc::evm::Uint256::fromDecimal(st.balance);
        const auto native = sc::evm::Uint256::fromDecimal(st.nativeBalance);
        out() << QObject::tr("Address:  %1").arg(st.address) << Qt::endl;
        out() << QObject::tr("Balance:  %1 %2")
                     .arg(token->formatUnits(static_cast<unsigned>(st.decimals)), st.symbol)
              << Qt::endl;
        out() << QObject::tr("Gas coin: %1").arg(native->formatUnits(18)) << Qt::endl;
        out() << QObject::tr("Chain:    %1, token %2").arg(st.chainId).arg(st.token) << Qt::endl;
    }
    if (!st.error.isEmpty()) {
        err() << st.error << Qt::endl;
        return 1;
    }
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
            if (spec.internal)
                continue; // the tray app's own bookkeeping
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
        if (!settings.set(pos.at(1), pos.at(2), &error)) {
            // The app's sentence, with the key and, for a choice, the values it takes.
            const auto* spec = sc::core::Settings::spec(pos.at(1));
            if (spec->type == sc::core::SettingSpec::Type::Choice)
                error += QLatin1Char(' ')
                    + QObject::tr("Choices: %1.").arg(spec->choices.join(QStringLiteral(", ")));
            return usageError(pos.at(1) + QStringLiteral(": ") + error);
        }
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
    // A one-off command may load the OpenCL drivers to list their devices (the engine does not).
    sc::core::ProfileRoots roots = sc::core::sessionProfileRoots(p.value(dataDir));
    roots.useOpenCl = true;
    const sc::core::MachineProfile profile = sc::core::readMachineProfile(roots);
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
    if (command == QLatin1String("wallet"))
        return walletCommand(args);
    if (command == QLatin1String("identity"))
        return identityCommand(args);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out() << "sparecycles-cli " << SC_VERSION << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help")) {
        out() << QObject::tr(
            "Usage: sparecycles-cli COMMAND [options]\n\n"
            "Commands:\n"
            "  run [--hub URL | --local] [--data-dir DIR] [--always-run] [--cores N] [--cgroup DIR|none]\n"
            "                 run the engine until SIGTERM / Ctrl+C\n"
            "  status [--data-dir DIR] [--json]   what the engine is doing\n"
            "  profile [--json]                   this computer's profile\n"
            "  config list|get KEY|set KEY VALUE [--data-dir DIR]   settings\n"
            "  wallet balance [--data-dir DIR] [--json]   your payout address's balance, from the chain\n"
            "  wallet new | import (--words | --keystore FILE) | export --out FILE [--data-dir DIR]\n"
            "                 make a wallet for your payouts, bring yours, or save a copy of its key\n"
            "  identity show | export --out FILE | restore FILE | new [--yes] [--data-dir DIR]\n"
            "                 this computer's device key: save a copy, put it back, or become a new "
            "device\n\n"
            "Run 'sparecycles-cli COMMAND --help' for a command's options.")
              << Qt::endl;
        return 0;
    }
    return usageError(command.isEmpty()
            ? QObject::tr("missing command (run, status, config, profile, wallet, identity); see --help")
            : QObject::tr("unknown command '%1' (run, status, config, profile, wallet, identity); see --help")
                  .arg(command));
}
