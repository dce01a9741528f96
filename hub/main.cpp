// SPDX-License-Identifier: GPL-3.0-or-later
// sparecycles-hub: the reference coordinator. Commands: serve, stats, submit, payout, payouts,
// payout-key, trust (docs/protocol.md, "Hub operation"; docs/payouts.md).
#include "chain/chainclient.h"
#include "chainsetup.h"
#include "crypto/devicekey.h"
#include "demowork.h"
#include "evm/secp256k1key.h"
#include "filelimit.h"
#include "hubserver.h"
#include "hubstore.h"
#include "install/layout.h"
#include "network/httpclient.h"
#include "payout/chainpayer.h"
#include "payout/payoutscheduler.h"
#include "platform/signalwatcher.h"
#include "taskapps.h"
#include "wallet/evmaddress.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <chrono>
#include <cstdio>
#include <limits>
#include <optional>

using namespace sc::hub;

namespace {

constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;
constexpr qint64 kDefaultPayoutMin = 1'000'000;

qint64 wallClock() { return QDateTime::currentSecsSinceEpoch(); }

int usage(const QString& reason)
{
    std::fprintf(stderr, "sparecycles-hub: %s (see --help)\n", qPrintable(reason));
    return kExitUsage;
}

int failure(const QString& reason)
{
    std::fprintf(stderr, "sparecycles-hub: %s\n", qPrintable(reason));
    return kExitFailure;
}

QString databasePath(const QString& dataDir) { return QDir(dataDir).filePath(QStringLiteral("hub.sqlite")); }

// Parses the command's options; returns an exit code when the command must stop here.
std::optional<int> parse(QCommandLineParser& parser, const QStringList& args, const QString& description)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addVersionOption();
    if (!parser.parse(args))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        // QCommandLineParser names the executable's full path; the usage line names the command.
        QString text = parser.helpText();
        text.replace(QCoreApplication::arguments().constFirst(), args.constFirst());
        std::printf("%s", qPrintable(text));
        return 0;
    }
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        return usage(QStringLiteral("unexpected argument %1").arg(parser.positionalArguments().first()));
    return std::nullopt;
}

// --db, the same option in every command (DatabaseTarget::parse; docs/deploy.md).
QCommandLineOption dbOption()
{
    return QCommandLineOption(QStringLiteral("db"),
        QStringLiteral("The hub's database: sqlite:PATH or postgresql://USER@HOST:PORT/DATABASE (default: "
                       "DATA-DIR/hub.sqlite)."),
        QStringLiteral("database"));
}

// Opens the database that --db names, or the SQLite file in --data-dir; create: a data
// directory or SQLite file that is not there yet is made (a PostgreSQL database must exist).
bool openStore(HubStore& store, const QCommandLineParser& p, bool create, QString* error)
{
    const QString dataDir
        = p.isSet(QStringLiteral("data-dir")) ? p.value(QStringLiteral("data-dir")) : QString();
    std::optional<DatabaseTarget> target;
    if (p.isSet(QStringLiteral("db"))) {
        target = DatabaseTarget::parse(p.value(QStringLiteral("db")), error);
        if (!target) {
            *error = QStringLiteral("--db: %1").arg(*error);
            return false;
        }
    } else if (dataDir.isEmpty()) {
        *error = QStringLiteral("--data-dir or --db is required");
        return false;
    } else {
        target = DatabaseTarget::sqlite(databasePath(dataDir));
    }
    if (target->dialect == SqlDialect::Sqlite) {
        if (!create && !QFile::exists(target->path)) {
            *error = p.isSet(QStringLiteral("db")) ? QStringLiteral("no hub database at %1").arg(target->path)
                                                   : QStringLiteral("no hub database in %1").arg(dataDir);
            return false;
        }
        const QString folder = QFileInfo(target->path).absolutePath();
        if (create && !QDir().mkpath(folder)) {
            *error = QStringLiteral("cannot create data directory %1").arg(folder);
            return false;
        }
    }
    return store.open(*target, error);
}

std::optional<qint64> number(
    const QCommandLineParser& p, const QString& name, qint64 fallback, qint64 min, qint64 max)
{
    if (!p.isSet(name))
        return fallback;
    bool ok = false;
    const qint64 v = p.value(name).toLongLong(&ok);
    if (!ok || v < min || v > max)
        return std::nullopt;
    return v;
}

int serve(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption listen(QStringLiteral("listen"),
        QStringLiteral("Address to serve on (HOST:PORT, port 0 picks one)."), QStringLiteral("host:port"),
        QStringLiteral("127.0.0.1:0"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
        QStringLiteral("Directory of the hub's database and keys."), QStringLiteral("dir"));
    const QCommandLineOption demo(QStringLiteral("demo-work"),
        QStringLiteral("Keep the queue filled with sc-primes ranges and a few sc-matmul products."));
    const QCommandLineOption gpuOnCpu(QStringLiteral("gpu-work-on-cpu-opencl"),
        QStringLiteral("Also hand GPU work to devices whose only OpenCL device is a CPU (PoCL): for a demo "
                       "or a test on machines without a GPU."));
    const QCommandLineOption quorum(QStringLiteral("quorum"),
        QStringLiteral("Agreeing results needed per workunit (default 2)."), QStringLiteral("n"));
    const QCommandLineOption canary(QStringLiteral("canary-rate"),
        QStringLiteral("Share of tasks that are known-answer canaries (default 0.05)."), QStringLiteral("f"));
    const QCommandLineOption span(QStringLiteral("demo-span"),
        QStringLiteral("Numbers per demo workunit (default 5000000000)."), QStringLiteral("n"));
    const QCommandLineOption deadline(QStringLiteral("deadline-seconds"),
        QStringLiteral("Seconds a device has per task (default 86400)."), QStringLiteral("n"));
    const QCommandLineOption appDir(QStringLiteral("app-dir"),
        QStringLiteral("Directory holding the task programs (default: lib/sparecycles beside the hub's bin/, "
                       "or the hub's own folder)."),
        QStringLiteral("dir"));
    const QCommandLineOption signingKey(QStringLiteral("signing-key"),
        QStringLiteral("Code-signing key (default DATA-DIR/code-signing.pem, created if missing)."),
        QStringLiteral("path"));
    const QCommandLineOption payoutEvery(QStringLiteral("payout-every"),
        QStringLiteral("Settle devices' validated credit every N seconds (default: never; see the payout "
                       "command)."),
        QStringLiteral("n"));
    const QCommandLineOption payoutMin(QStringLiteral("payout-min"),
        QStringLiteral("Smallest payout, in base units (default 1000000)."), QStringLiteral("n"));
    const QCommandLineOption perAddress(QStringLiteral("max-connections-per-address"),
        QStringLiteral("Open connections one client address may hold (default 32; 0 = no limit, only "
                       "behind a proxy that limits them)."),
        QStringLiteral("n"));
    const QCommandLineOption trustFirst(QStringLiteral("trust-first"),
        QStringLiteral("Trust the first N devices to register (a private network's own machines; default "
                       "0)."),
        QStringLiteral("n"));
    const QCommandLineOption chainRpc(QStringLiteral("chain-rpc"),
        QStringLiteral("JSON-RPC address of the EVM chain this network pays on (default: no chain)."),
        QStringLiteral("url"));
    const QCommandLineOption token(QStringLiteral("token"),
        QStringLiteral("The ERC-20 token contract on that chain (0x…); needed with --chain-rpc."),
        QStringLiteral("address"));
    const QCommandLineOption rpcHint(QStringLiteral("chain-rpc-hint"),
        QStringLiteral(
            "The chain address devices are told to read their balance from (default: --chain-rpc, unless "
            "it has a path, query or user name, which may hold an API key)."),
        QStringLiteral("url"));
    const QCommandLineOption explorer(QStringLiteral("explorer-tx-url"),
        QStringLiteral("A block explorer's transaction page, with {tx} for the hash (optional)."),
        QStringLiteral("template"));
    const QCommandLineOption nativeSymbol(QStringLiteral("native-symbol"),
        QStringLiteral("The chain's gas coin as devices show it (default ETH)."), QStringLiteral("symbol"),
        QStringLiteral("ETH"));
    const QCommandLineOption payoutKey(QStringLiteral("payout-key"),
        QStringLiteral("The key that signs payouts on the chain (a file of mode 0600; see payout-key new)."),
        QStringLiteral("file"));
    const QCommandLineOption resendAfter(QStringLiteral("resend-after"),
        QStringLiteral("Seconds before a payout not yet mined is sent again (default 30)."),
        QStringLiteral("n"));
    const QCommandLineOption confirmations(QStringLiteral("confirmations"),
        QStringLiteral("Blocks a payout needs (its own included) before it counts as confirmed (default 1)."),
        QStringLiteral("n"));
    p.addOptions({ listen, dataDir, dbOption(), demo, gpuOnCpu, quorum, canary, span, deadline, appDir,
        signingKey, payoutEvery, payoutMin, perAddress, trustFirst, chainRpc, token, rpcHint, explorer,
        nativeSymbol, payoutKey, confirmations, resendAfter });
    if (const auto stop
        = parse(p, args, QStringLiteral("Serve the SpareCycles protocol until SIGTERM/SIGINT.")))
        return *stop;

    HubConfig config;
    const auto q = number(p, QStringLiteral("quorum"), 2, 1, 16);
    if (!q)
        return usage(QStringLiteral("--quorum must be an integer from 1 to 16"));
    config.quorum = static_cast<int>(*q);
    bool ok = true;
    config.canaryRate = p.isSet(canary) ? p.value(canary).toDouble(&ok) : 0.05;
    if (!ok || !(config.canaryRate >= 0 && config.canaryRate <= 1))
        return usage(QStringLiteral("--canary-rate must be a number from 0 to 1"));
    const auto d = number(p, QStringLiteral("deadline-seconds"), 86400, 1, 10LL * 366 * 86400);
    if (!d)
        return usage(QStringLiteral("--deadline-seconds must be a positive integer"));
    config.deadlineSeconds = *d;
    const auto firstTrusted = number(p, QStringLiteral("trust-first"), 0, 0, 1'000'000);
    if (!firstTrusted)
        return usage(QStringLiteral("--trust-first must be an integer from 0 to 1000000"));
    config.trustFirstDevices = static_cast<int>(*firstTrusted);
    config.gpuWorkOnCpuOpenCl = p.isSet(gpuOnCpu);
    const auto demoSpan = number(p, QStringLiteral("demo-span"), 5'000'000'000LL, 1, DemoWork::kMaxPrime);
    if (!demoSpan)
        return usage(QStringLiteral("--demo-span must be an integer from 1 to 2^40"));
    const auto every = number(p, QStringLiteral("payout-every"), 0, 1, 366LL * 86400);
    if (!every)
        return usage(QStringLiteral("--payout-every must be a number of seconds from 1 to a year"));
    const auto minPayout
        = number(p, QStringLiteral("payout-min"), kDefaultPayoutMin, 1, std::numeric_limits<qint64>::max());
    if (!minPayout)
        return usage(QStringLiteral("--payout-min must be a positive integer"));
    ConnectionLimits limits;
    const auto perAddressLimit = number(p, QStringLiteral("max-connections-per-address"),
        limits.maxPerAddress, 0, ConnectionLimits::kMaxConnectionsCeiling);
    if (!perAddressLimit)
        return usage(QStringLiteral("--max-connections-per-address must be an integer from 0 to %1")
                         .arg(ConnectionLimits::kMaxConnectionsCeiling));
    limits.maxPerAddress = static_cast<int>(*perAddressLimit);
    const QString listenValue = p.value(listen);
    const qsizetype colon = listenValue.lastIndexOf(QLatin1Char(':'));
    QString host = listenValue.left(colon);
    const uint port = listenValue.mid(colon + 1).toUInt(&ok);
    if (host == QLatin1String("localhost"))
        host = QStringLiteral("127.0.0.1");
    const QHostAddress address(host);
    if (colon <= 0 || !ok || port > 65535 || address.isNull())
        return usage(
            QStringLiteral("--listen must be HOST:PORT with a numeric address, got %1").arg(listenValue));
    if (!p.isSet(dataDir))
        return usage(QStringLiteral("--data-dir is required"));
    const QString dir = p.value(dataDir);

    QString error;
    if (!QDir().mkpath(dir) || !QFileInfo(dir).isWritable())
        return failure(QStringLiteral("data directory %1 cannot be created or written").arg(dir));
    const QString keyPath
        = p.isSet(signingKey) ? p.value(signingKey) : QDir(dir).filePath(QStringLiteral("code-signing.pem"));
    const auto key = sc::core::DeviceKey::loadOrCreate(keyPath, &error);
    if (!key)
        return failure(error);

    // Every connection is a descriptor: take all the process may have, and keep the gate's cap
    // below it with room for the database and the rest, so accept() never meets EMFILE.
    const quint64 openFiles = raiseOpenFileLimit();
    limits.maxConnections = ConnectionLimits::capForFileLimit(openFiles ? openFiles : 1024);

    ServerOptions options;
    options.codeSigningPublicKey = key->publicKey();
    options.signTask = [&key](const QByteArray& text) { return key->sign(text); };
    options.connections = limits;
    if (p.isSet(chainRpc) != p.isSet(token))
        return usage(QStringLiteral("--chain-rpc and --token go together"));
    if (p.isSet(payoutKey) && !p.isSet(chainRpc))
        return usage(QStringLiteral("--payout-key needs --chain-rpc and --token"));
    if (p.isSet(chainRpc) && p.isSet(payoutEvery) && !p.isSet(payoutKey))
        return usage(
            QStringLiteral("on a chain, --payout-every needs --payout-key: payouts are transfers it signs"));
    const auto blocks = number(p, QStringLiteral("confirmations"), 1, 1, 1000);
    if (!blocks)
        return usage(QStringLiteral("--confirmations must be an integer from 1 to 1000"));
    const auto resend = number(p, QStringLiteral("resend-after"), 30, 1, 3600);
    if (!resend)
        return usage(QStringLiteral("--resend-after must be a number of seconds from 1 to 3600"));
    std::optional<sc::evm::Secp256k1Key> payer;
    if (p.isSet(payoutKey)) {
        payer = sc::evm::Secp256k1Key::loadFile(p.value(payoutKey), &error);
        if (!payer)
            return failure(QStringLiteral("payout key: %1").arg(error));
    }
    if (p.isSet(chainRpc)) {
        const QUrl rpc(p.value(chainRpc), QUrl::StrictMode);
        if (!rpc.isValid()
            || (rpc.scheme() != QLatin1String("http") && rpc.scheme() != QLatin1String("https")))
            return usage(
                QStringLiteral("--chain-rpc must be an http(s) address, got %1").arg(p.value(chainRpc)));
        const ChainSetup setup { rpc, p.value(token), p.value(rpcHint), p.value(explorer),
            p.value(nativeSymbol) };
        options.chain = setup.read(15000, &error);
        if (!options.chain)
            return failure(error);
    }
    // Installed: lib/sparecycles; in a build tree the task programs are next to the hub.
    const QDir apps(p.isSet(appDir)
            ? p.value(appDir)
            : QFileInfo(sc::core::layout::findProgram(TaskApps::names().first())).path());
    for (const QString& name : TaskApps::names()) {
        QFile f(apps.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            return failure(QStringLiteral("task program %1 not found in %2 (use --app-dir)")
                               .arg(name, apps.absolutePath()));
        AppBinary app;
        app.name = name;
        app.data = f.readAll();
        app.sha256
            = QString::fromLatin1(QCryptographicHash::hash(app.data, QCryptographicHash::Sha256).toHex());
        app.signature = key->sign("sc-app-v1\n" + name.toUtf8() + "\n" + app.sha256.toLatin1());
        options.apps.append(app);
    }

    HubStore store(config, wallClock);
    if (!openStore(store, p, true, &error))
        return failure(error);
    if (!store.setMeta(QStringLiteral("quorum"), QString::number(config.quorum)))
        return failure(QStringLiteral("cannot write to the database %1").arg(store.where()));
    if (config.quorum > 1 && config.trustFirstDevices == 0
        && store.stats().value(QLatin1String("devices_trusted")).toInteger() == 0)
        std::fprintf(stderr,
            "sparecycles-hub: no device is trusted yet; with quorum %d nothing validates until one is"
            " (sparecycles-hub trust, or serve --trust-first; docs/protocol.md \"Trust\")\n",
            config.quorum);
    HubServer server(store, options, wallClock);
    std::optional<DemoWork> demoWork;
    if (p.isSet(demo)) {
        demoWork.emplace(store, *demoSpan);
        if (demoWork->topUp() < 0)
            return failure(QStringLiteral("cannot queue demo work"));
        // Counting the open workunits is most of a work request's cost under load
        // (docs/benchmarks.md): at most ten times a second; 64 stay open, enough for the
        // requests of 100 ms.
        server.setBeforeWork([&demoWork, counted = QElapsedTimer()]() mutable {
            if (counted.isValid() && counted.elapsed() < 100)
                return;
            counted.start();
            demoWork->topUp();
        });
    }
    if (!server.listen(address, static_cast<quint16>(port), &error))
        return failure(error);
    // A hub that paid on a chain never goes back to recording payouts, and never leaves
    // payouts of another key or chain unsent (docs/payouts.md).
    const QString paidOn = store.meta(QStringLiteral("payout_chain")).value_or(QString());
    if (!payer && !paidOn.isEmpty() && p.isSet(payoutEvery))
        return failure(
            QStringLiteral("this hub pays on a chain (%1): --payout-every needs --chain-rpc, --token "
                           "and --payout-key; nothing was recorded")
                .arg(paidOn));
    if (payer) {
        const QString sender = QStringLiteral("0x") + QString::fromLatin1(payer->address().toHex());
        const auto elsewhere = store.payouts().openElsewhere(options.chain->chainId, sender);
        if (!elsewhere)
            return failure(QStringLiteral("cannot read the payouts in %1").arg(store.where()));
        if (*elsewhere > 0)
            return failure(
                QStringLiteral("%1 payout(s) signed with another payout key or on another chain (%2) are "
                               "not settled yet; start with that key and chain until `sparecycles-hub "
                               "payouts` shows none signed or sent")
                    .arg(*elsewhere)
                    .arg(paidOn));
    }
    PayoutScheduler payouts(store, *minPayout);
    sc::core::CurlHttpClient chainHttp;
    std::optional<sc::chain::ChainClient> chainClient;
    std::optional<ChainPayer> chainPayer;
    if (payer) {
        // Payouts are transfers on the chain (docs/payouts.md); `payout` refuses to record any.
        const QString sender = QStringLiteral("0x") + QString::fromLatin1(payer->address().toHex());
        if (!store.setMeta(QStringLiteral("payout_chain"),
                QStringLiteral("%1 %2").arg(options.chain->chainId).arg(sender)))
            return failure(QStringLiteral("cannot write to the database %1").arg(store.where()));
        chainClient.emplace(chainHttp, QUrl(p.value(chainRpc)));
        ChainPayerConfig chainConfig;
        chainConfig.chainId = options.chain->chainId;
        chainConfig.token = QByteArray::fromHex(options.chain->token.mid(2).toLatin1());
        chainConfig.decimals = static_cast<unsigned>(options.chain->decimals);
        chainConfig.confirmations = static_cast<int>(*blocks);
        chainConfig.minAmount = *minPayout;
        chainConfig.every = std::chrono::seconds(*every);
        chainConfig.rebroadcastAfter = std::chrono::seconds(*resend);
        chainPayer.emplace(store.payouts(), *chainClient, std::move(*payer), chainConfig);
        QObject::connect(&*chainPayer, &ChainPayer::log, &*chainPayer,
            [](const QString& line) { std::fprintf(stderr, "sparecycles-hub: %s\n", qPrintable(line)); });
        chainPayer->start();
    } else {
        QObject::connect(&payouts, &PayoutScheduler::runFailed, &payouts,
            [] { std::fprintf(stderr, "sparecycles-hub: payout run failed; it is retried next time\n"); });
        payouts.start(std::chrono::seconds(*every));
    }
    std::printf("listening on http://%s:%u\n", qPrintable(address.toString()), server.port());
    std::printf("connections: at most %d open, %d per address (open-file limit %llu)\n",
        limits.maxConnections, limits.maxPerAddress, static_cast<unsigned long long>(openFiles));
    if (chainPayer)
        std::printf("payouts: transfers of %s from %s on chain %llu\n", qPrintable(options.chain->symbol),
            qPrintable(chainPayer->sender()), static_cast<unsigned long long>(options.chain->chainId));
    std::fflush(stdout);

    sc::core::platform::SignalWatcher signals;
    QObject::connect(&signals, &sc::core::platform::SignalWatcher::terminationRequested, qApp,
        [] { QCoreApplication::quit(); });
    const int rc = QCoreApplication::exec();
    store.close();
    return rc;
}

int stats(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"), QStringLiteral("The hub's data directory."), QStringLiteral("dir"));
    const QCommandLineOption asJson(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    p.addOptions({ dataDir, dbOption(), asJson });
    if (const auto stop
        = parse(p, args, QStringLiteral("Print the hub's counters (works while serve runs).")))
        return *stop;
    if (!p.isSet(dataDir) && !p.isSet(QStringLiteral("db")))
        return usage(QStringLiteral("--data-dir or --db is required"));
    HubStore store(HubConfig {}, wallClock);
    QString error;
    if (!openStore(store, p, false, &error))
        return failure(error);
    store.setQuorum(store.meta(QStringLiteral("quorum")).value_or(QStringLiteral("2")).toInt());
    const QJsonObject s = store.stats();
    if (p.isSet(asJson)) {
        std::printf("%s\n", QJsonDocument(s).toJson(QJsonDocument::Compact).constData());
    } else {
        for (auto it = s.begin(); it != s.end(); ++it)
            std::printf("%-28s %lld\n", qPrintable(it.key()), static_cast<long long>(it.value().toInteger()));
    }
    return 0;
}

QJsonObject payoutJson(const Payout& m)
{
    QJsonObject o { { QStringLiteral("id"), m.id }, { QStringLiteral("device_id"), m.deviceId },
        { QStringLiteral("address"), m.address }, { QStringLiteral("amount"), m.amount },
        { QStringLiteral("credits"), m.credits }, { QStringLiteral("time"), m.time },
        { QStringLiteral("status"), toString(m.state) }, { QStringLiteral("updated"), m.updated } };
    if (m.chainId) {
        o.insert(QStringLiteral("chain_id"), static_cast<qint64>(m.chainId));
        o.insert(QStringLiteral("sender"), m.sender);
        o.insert(QStringLiteral("nonce"), m.nonce ? QJsonValue(static_cast<qint64>(*m.nonce)) : QJsonValue());
        o.insert(QStringLiteral("token_amount"), m.tokenAmount);
        o.insert(QStringLiteral("tx_hash"), m.txHash);
        o.insert(
            QStringLiteral("raw_tx"), QString(QStringLiteral("0x") + QString::fromLatin1(m.rawTx.toHex())));
        o.insert(QStringLiteral("block"), m.block ? QJsonValue(static_cast<qint64>(*m.block)) : QJsonValue());
        o.insert(QStringLiteral("gas_used"),
            m.gasUsed ? QJsonValue(static_cast<qint64>(*m.gasUsed)) : QJsonValue());
        o.insert(QStringLiteral("fee"), m.fee.isEmpty() ? QJsonValue() : QJsonValue(m.fee));
    }
    if (!m.reason.isEmpty())
        o.insert(QStringLiteral("reason"), m.reason);
    return o;
}

int payout(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"), QStringLiteral("The hub's data directory."), QStringLiteral("dir"));
    const QCommandLineOption min(QStringLiteral("min"),
        QStringLiteral("Smallest payout, in base units (default 1000000)."), QStringLiteral("n"));
    p.addOptions({ dataDir, dbOption(), min });
    if (const auto stop = parse(p, args,
            QStringLiteral("Settle every device's validated, unpaid credit of at least --min; prints the "
                           "payouts as JSON lines.")))
        return *stop;
    const auto minimum
        = number(p, QStringLiteral("min"), kDefaultPayoutMin, 1, std::numeric_limits<qint64>::max());
    if (!minimum)
        return usage(QStringLiteral("--min must be a positive integer"));
    HubStore store(HubConfig {}, wallClock);
    QString error;
    if (!openStore(store, p, false, &error))
        return failure(error);
    if (const auto onChain = store.meta(QStringLiteral("payout_chain")); onChain && !onChain->isEmpty())
        return failure(QStringLiteral("this hub pays on a chain (%1): payouts are transfers that serve "
                                      "--payout-every signs and sends; nothing was recorded")
                           .arg(*onChain));
    QList<HubStore::Payout> made;
    if (!store.payout(*minimum, &made).ok())
        return failure(QStringLiteral("the payout failed; nothing was paid"));
    for (const HubStore::Payout& m : made) {
        std::printf("%s\n", QJsonDocument(payoutJson(m)).toJson(QJsonDocument::Compact).constData());
    }
    return 0;
}

int payoutsList(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"), QStringLiteral("The hub's data directory."), QStringLiteral("dir"));
    const QCommandLineOption asJson(QStringLiteral("json"), QStringLiteral("Print one JSON array."));
    p.addOptions({ dataDir, dbOption(), asJson });
    if (const auto stop = parse(p, args,
            QStringLiteral("List every payout, oldest first, with its state on the chain (works while serve "
                           "runs).")))
        return *stop;
    HubStore store(HubConfig {}, wallClock);
    QString error;
    if (!openStore(store, p, false, &error))
        return failure(error);
    const auto all = store.payouts().all();
    if (!all)
        return failure(QStringLiteral("cannot read the payouts"));
    if (p.isSet(asJson)) {
        QJsonArray list;
        for (const Payout& m : *all)
            list.append(payoutJson(m));
        std::printf("%s\n", QJsonDocument(list).toJson(QJsonDocument::Compact).constData());
        return 0;
    }
    for (const Payout& m : *all)
        std::printf("%6lld %-9s %14lld  %s  %s\n", static_cast<long long>(m.id),
            qPrintable(toString(m.state)), static_cast<long long>(m.amount), qPrintable(m.address),
            qPrintable(m.txHash.isEmpty() ? QStringLiteral("-") : m.txHash));
    return 0;
}

int payoutKey(const QStringList& args)
{
    if (args.value(1) != QLatin1String("new"))
        return usage(QStringLiteral("payout-key takes one command: new --out FILE"));
    QCommandLineParser p;
    const QCommandLineOption out(QStringLiteral("out"),
        QStringLiteral("Where to write the new key (a new file, mode 0600)."), QStringLiteral("file"));
    p.addOptions({ out });
    if (const auto stop = parse(p, QStringList { args.constFirst() + QStringLiteral(" new") } + args.mid(2),
            QStringLiteral("Create the key that signs payouts, and print its address to fund with the token "
                           "and the chain's gas coin.")))
        return *stop;
    if (!p.isSet(out))
        return usage(QStringLiteral("--out is required"));
    QString error;
    const auto key = sc::evm::Secp256k1Key::generate(&error);
    if (!key || !key->saveFile(p.value(out), &error))
        return failure(error);
    std::printf(
        "%s\n", qPrintable(sc::core::EvmAddress::checksummed(QString::fromLatin1(key->address().toHex()))));
    return 0;
}

int submit(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"), QStringLiteral("The hub's data directory."), QStringLiteral("dir"));
    const QCommandLineOption app(QStringLiteral("app"),
        QStringLiteral("Task program (sc-primes, sc-matmul)."), QStringLiteral("name"));
    const QCommandLineOption input(QStringLiteral("input"),
        QStringLiteral(
            "Task input: for sc-primes \"LO HI\" (0 <= LO <= HI <= 2^40), for sc-matmul \"n seed\" "
            "(1 <= n <= 4096; GPU work)."),
        QStringLiteral("text"));
    const QCommandLineOption ops(QStringLiteral("ops"),
        QStringLiteral("Estimated operations (default: sc-primes (HI-LO)*5, sc-matmul n^3)."),
        QStringLiteral("n"));
    const QCommandLineOption copies(QStringLiteral("copies"),
        QStringLiteral("Workunits to queue with this input (default 1)."), QStringLiteral("n"));
    p.addOptions({ dataDir, dbOption(), app, input, ops, copies });
    if (const auto stop = parse(p, args, QStringLiteral("Queue workunits; prints their ids.")))
        return *stop;
    if ((!p.isSet(dataDir) && !p.isSet(QStringLiteral("db"))) || !p.isSet(app) || !p.isSet(input))
        return usage(QStringLiteral("--data-dir (or --db), --app and --input are required"));
    std::optional<qint64> opsGiven;
    if (p.isSet(ops)) {
        opsGiven = number(p, QStringLiteral("ops"), 1, 1, std::numeric_limits<qint64>::max());
        if (!opsGiven)
            return usage(QStringLiteral("--ops must be a positive integer"));
    }
    const auto unit = TaskApps::workunit(p.value(app), p.value(input), opsGiven);
    if (const auto* why = std::get_if<QString>(&unit))
        return usage(QStringLiteral("--app/--input: %1").arg(*why));
    const auto n = number(p, QStringLiteral("copies"), 1, 1, 1000);
    if (!n)
        return usage(QStringLiteral("--copies must be an integer from 1 to 1000"));
    HubStore store(HubConfig {}, wallClock);
    QString error;
    if (!openStore(store, p, true, &error))
        return failure(error);
    const auto ids
        = store.addWorkunits({ std::get<NewWorkunit>(unit) }, static_cast<int>(*n), {}, {}, &error);
    if (!ids)
        return failure(QStringLiteral("cannot queue the workunit: %1").arg(error));
    for (qint64 id : *ids)
        std::printf("%lld\n", static_cast<long long>(id));
    return 0;
}

int check(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"), QStringLiteral("The hub's data directory."), QStringLiteral("dir"));
    const QCommandLineOption quorumOption(QStringLiteral("quorum"),
        QStringLiteral("Agreeing results a validated workunit needs (default: what serve recorded)."),
        QStringLiteral("n"));
    p.addOptions({ dataDir, dbOption(), quorumOption });
    if (const auto stop = parse(p, args,
            QStringLiteral(
                "Check the books (credit, quorum, payouts) and exit 1 on any violation (works while "
                "serve runs).")))
        return *stop;
    if (!p.isSet(dataDir) && !p.isSet(QStringLiteral("db")))
        return usage(QStringLiteral("--data-dir or --db is required"));
    HubStore store(HubConfig {}, wallClock);
    QString error;
    if (!openStore(store, p, false, &error))
        return failure(error);
    const auto recorded = number(p, QStringLiteral("quorum"),
        store.meta(QStringLiteral("quorum")).value_or(QStringLiteral("2")).toLongLong(), 1, 16);
    if (!recorded)
        return usage(QStringLiteral("--quorum must be an integer from 1 to 16"));
    store.setQuorum(static_cast<int>(*recorded));
    const auto results = store.checkInvariants(&error);
    if (!results)
        return failure(error);
    qint64 broken = 0;
    for (const InvariantResult& r : *results) {
        std::printf("%-5s %s\n", r.violations == 0 ? "ok" : "FAIL", qPrintable(r.name));
        if (r.violations > 0)
            std::printf("      %lld row(s), e.g.:\n", static_cast<long long>(r.violations));
        for (const QString& example : r.examples)
            std::printf("      %s\n", qPrintable(example));
        broken += r.violations;
    }
    const QJsonObject s = store.stats();
    std::printf("checked %lld credited tasks, %lld validated workunits, %lld payouts: %s\n",
        static_cast<long long>(s.value(QLatin1String("tasks_credited")).toInteger()),
        static_cast<long long>(s.value(QLatin1String("workunits_validated")).toInteger()),
        static_cast<long long>(s.value(QLatin1String("payouts")).toInteger()),
        broken == 0 ? "no violation" : "VIOLATIONS");
    return broken == 0 ? 0 : kExitFailure;
}

int trust(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"), QStringLiteral("The hub's data directory."), QStringLiteral("dir"));
    const QCommandLineOption deviceOption(QStringLiteral("device"),
        QStringLiteral("The device id (64 hex, its public key)."), QStringLiteral("id"));
    const QCommandLineOption revoke(QStringLiteral("revoke"), QStringLiteral("Withdraw the trust instead."));
    p.addOptions({ dataDir, dbOption(), deviceOption, revoke });
    if (const auto stop = parse(p, args,
            QStringLiteral("Trust a registered device (the operator's seed: its agreement validates, its "
                           "validations become canaries).")))
        return *stop;
    if ((!p.isSet(dataDir) && !p.isSet(QStringLiteral("db"))) || !p.isSet(deviceOption))
        return usage(QStringLiteral("--data-dir (or --db) and --device are required"));
    HubStore store(HubConfig {}, wallClock);
    QString error;
    if (!openStore(store, p, false, &error))
        return failure(error);
    const QString id = p.value(deviceOption).toLower();
    if (store.deviceState(id) != DeviceState::Active)
        return failure(QStringLiteral("%1 is not a registered, unflagged device").arg(id));
    if (!store.setTrusted(id, !p.isSet(revoke)))
        return failure(QStringLiteral("cannot write to the hub's database"));
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sparecycles-hub"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SC_VERSION));
    QStringList args = QCoreApplication::arguments();
    const QString command = args.value(1);
    if (command == QLatin1String("serve") || command == QLatin1String("stats")
        || command == QLatin1String("submit") || command == QLatin1String("payout")
        || command == QLatin1String("payouts") || command == QLatin1String("payout-key")
        || command == QLatin1String("trust") || command == QLatin1String("check")) {
        args.removeAt(1);
        args[0] = QStringLiteral("sparecycles-hub ") + command;
        if (command == QLatin1String("serve"))
            return serve(args);
        if (command == QLatin1String("stats"))
            return stats(args);
        if (command == QLatin1String("payout"))
            return payout(args);
        if (command == QLatin1String("payouts"))
            return payoutsList(args);
        if (command == QLatin1String("payout-key"))
            return payoutKey(args);
        if (command == QLatin1String("trust"))
            return trust(args);
        if (command == QLatin1String("check"))
            return check(args);
        return submit(args);
    }
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("command"),
        QStringLiteral(
            "serve | stats | submit | payout | payouts | payout-key | trust | check (each has --help)"));
    if (const auto stop = parse(p, args.mid(0, 1) + args.mid(1).filter(QLatin1String("--")),
            QStringLiteral("SpareCycles reference hub.")))
        return *stop;
    return usage(command.isEmpty()
            ? QStringLiteral(
                "a command is required: serve, stats, submit, payout, payouts, payout-key, trust or check")
            : QStringLiteral("unknown command %1").arg(command));
}
