// SPDX-License-Identifier: GPL-3.0-or-later
// sparecycles-cli: the headless engine (servers, scripts, tests). See README "Command line".
#include "engine/engine.h"
#include "network/httpclient.h"
#include "platform/signalwatcher.h"
#include "profile/machineprofile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QThread>
#include <QDir>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>
#include <cstdio>

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

QString defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/SpareCycles");
}

void printLine(const QString& text)
{
    out() << QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss")) << "  " << text << Qt::endl;
}

// Starts the local demo hub (sparecycles-hub next to this program) and reports its URL.
class LocalHub final : public QObject {
public:
    using QObject::QObject;

    bool start(const QString& dataDir, QUrl* url, QString* error)
    {
        const QString program = QCoreApplication::applicationDirPath() + QStringLiteral("/sparecycles-hub");
        m_process.setProgram(program);
        m_process.setArguments({ QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
            QStringLiteral("--data-dir"), dataDir, QStringLiteral("--demo-work"), QStringLiteral("--quorum"),
            QStringLiteral("1") });
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        if (!m_process.waitForStarted(10000)) {
            *error = QObject::tr("Cannot start the local hub %1: %2").arg(program, m_process.errorString());
            return false;
        }
        QByteArray line;
        QDeadlineTimer deadline(20000);
        while (!line.contains('\n') && !deadline.hasExpired() && m_process.state() == QProcess::Running) {
            m_process.waitForReadyRead(static_cast<int>(std::max<qint64>(1, deadline.remainingTime())));
            line += m_process.readAllStandardOutput();
        }
        const QByteArray first = line.left(line.indexOf('\n')).trimmed();
        if (!first.startsWith("listening on ")) {
            *error = QObject::tr("The local hub did not start (it said: %1).").arg(QString::fromUtf8(first));
            stop();
            return false;
        }
        *url = QUrl(QString::fromUtf8(first.mid(13)));
        // Keep draining its output so it never blocks on a full pipe.
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, this, [this] { m_process.readAllStandardOutput(); });
        return true;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
        m_process.waitForFinished(2000);
    }

private:
    QProcess m_process;
};

int runCommand(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QObject::tr("Runs the SpareCycles engine until SIGTERM or Ctrl+C."));
    p.addHelpOption();
    p.addVersionOption();
    p.addPositionalArgument(QStringLiteral("run"), QObject::tr("The command."));
    const QCommandLineOption hub(QStringLiteral("hub"), QObject::tr("Hub URL, e.g. https://hub.example.org."), QStringLiteral("URL"));
    const QCommandLineOption local(QStringLiteral("local"), QObject::tr("Start a demo hub on this computer and use it."));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QObject::tr("Folder for all state (default %1).").arg(defaultDataDir()), QStringLiteral("DIR"), defaultDataDir());
    const QCommandLineOption alwaysRun(QStringLiteral("always-run"), QObject::tr("Run tasks even while the computer is in use."));
    const QCommandLineOption cores(QStringLiteral("cores"), QObject::tr("Number of tasks to run at once (default: all logical CPUs)."), QStringLiteral("N"));
    const QCommandLineOption caBundle(QStringLiteral("ca-bundle"), QObject::tr("Trust this CA file (PEM) for the hub's certificate."), QStringLiteral("PEM"));
    const QCommandLineOption payout(QStringLiteral("payout-address"), QObject::tr("EVM address for payouts."), QStringLiteral("ADDRESS"));
    const QCommandLineOption quiet(QStringLiteral("quiet"), QObject::tr("Print only errors."));
    p.addOptions({ hub, local, dataDir, alwaysRun, cores, caBundle, payout, quiet });
    if (!p.parse(args))
        return usageError(p.errorText());
    if (p.isSet(QStringLiteral("help")))
        p.showHelp(0);
    if (p.isSet(QStringLiteral("version")))
        p.showVersion();
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

    LocalHub localHub;
    if (p.isSet(hub)) {
        const QUrl url(p.value(hub), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) || url.host().isEmpty())
            return usageError(QObject::tr("'%1' is not a hub URL; expected http(s)://host[:port]").arg(p.value(hub)));
        config.hubUrl = url;
    } else {
        QString error;
        if (!localHub.start(QDir(config.dataDir).filePath(QStringLiteral("local-hub")), &config.hubUrl, &error)) {
            err() << error << Qt::endl;
            return 1;
        }
        if (!p.isSet(quiet))
            printLine(QObject::tr("Local demo hub at %1").arg(config.hubUrl.toString()));
    }

    sc::core::CurlHttpClient http;
    if (p.isSet(caBundle))
        http.setCaBundle(p.value(caBundle));
    Engine engine(config, http, [] { return QDateTime::currentSecsSinceEpoch(); });
    const bool verbose = !p.isSet(quiet);
    QObject::connect(&engine, &Engine::activity, &engine, [verbose](const QString& m) {
        if (verbose)
            printLine(m);
    });
    QObject::connect(&engine, &Engine::stateChanged, &engine, [verbose](Engine::State s, const QString& reason) {
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
    p.setApplicationDescription(QObject::tr("Shows what the engine on a data folder is doing, running or not."));
    p.addHelpOption();
    p.addVersionOption();
    p.addPositionalArgument(QStringLiteral("status"), QObject::tr("The command."));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QObject::tr("Data folder (default %1).").arg(defaultDataDir()), QStringLiteral("DIR"), defaultDataDir());
    const QCommandLineOption json(QStringLiteral("json"), QObject::tr("Print one JSON object."));
    p.addOptions({ dataDir, json });
    if (!p.parse(args))
        return usageError(p.errorText());
    if (p.isSet(QStringLiteral("help")))
        p.showHelp(0);
    if (p.isSet(QStringLiteral("version")))
        p.showVersion();
    QString error;
    const QJsonObject s = Engine::readStatus(p.value(dataDir), &error);
    if (s.isEmpty()) {
        err() << error << Qt::endl;
        return 1;
    }
    if (p.isSet(json)) {
        out() << QJsonDocument(s).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        out() << QObject::tr("State:            %1 — %2").arg(s.value(QLatin1String("state")).toString(), s.value(QLatin1String("reason")).toString()) << Qt::endl;
        out() << QObject::tr("Tasks running:    %1").arg(s.value(QLatin1String("tasks_running")).toInt()) << Qt::endl;
        out() << QObject::tr("Tasks completed:  %1").arg(s.value(QLatin1String("tasks_completed")).toInt()) << Qt::endl;
        out() << QObject::tr("Earned:           %1 micro-tokens").arg(s.value(QLatin1String("earned_total")).toInteger()) << Qt::endl;
    }
    if (!error.isEmpty())
        err() << error << Qt::endl;
    return 0;
}

int profileCommand(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QObject::tr("Prints this computer's profile as sent to the hub."));
    p.addHelpOption();
    p.addVersionOption();
    p.addPositionalArgument(QStringLiteral("profile"), QObject::tr("The command."));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QObject::tr("Data folder (default %1).").arg(defaultDataDir()), QStringLiteral("DIR"), defaultDataDir());
    const QCommandLineOption json(QStringLiteral("json"), QObject::tr("Print one JSON object."));
    p.addOptions({ dataDir, json });
    if (!p.parse(args))
        return usageError(p.errorText());
    if (p.isSet(QStringLiteral("help")))
        p.showHelp(0);
    if (p.isSet(QStringLiteral("version")))
        p.showVersion();
    const QJsonObject o = sc::core::readMachineProfile(QStringLiteral("/proc"), p.value(dataDir)).toJson();
    if (p.isSet(json)) {
        out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        for (auto it = o.begin(); it != o.end(); ++it)
            out() << it.key() << ": " << it.value().toVariant().toString() << Qt::endl;
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
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out() << "sparecycles-cli " << SC_VERSION << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        out() << QObject::tr("Usage: sparecycles-cli COMMAND [options]\n\n"
                             "Commands:\n"
                             "  run (--hub URL | --local) [--data-dir DIR] [--always-run] [--cores N]\n"
                             "                 run the engine until SIGTERM / Ctrl+C\n"
                             "  status [--data-dir DIR] [--json]   what the engine is doing\n"
                             "  profile [--json]                   this computer's profile\n\n"
                             "Run 'sparecycles-cli COMMAND --help' for a command's options.")
              << Qt::endl;
        return 0;
    }
    return usageError(command.isEmpty() ? QObject::tr("missing command (run, status, profile); see --help")
                                        : QObject::tr("unknown command '%1' (run, status, profile); see --help").arg(command));
}
