// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/localhub.h"

#include "install/layout.h"
#include "wallet/evmaddress.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>
#include <algorithm>

namespace sc::core {

LocalHub::LocalHub(QObject* parent)
    : QObject(parent)
{
}

LocalHub::~LocalHub() { stop(); }

QString LocalHub::chainScript()
{
    const QString fromEnvironment = qEnvironmentVariable("SPARECYCLES_LOCALCHAIN");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    // Installed: lib/sparecycles/localchain; a build tree runs the one in its source tree.
    const QString installed = layout::libDir() + QStringLiteral("/localchain/localchain.sh");
    if (QFileInfo::exists(installed))
        return installed;
    return QStringLiteral(SC_SOURCE_DIR "/scripts/localchain.sh");
}

namespace {

    // The demo's own payout address, made once: 20 random bytes, EIP-55.
    QString demoAddress(const QString& dataDir)
    {
        const QString path = QDir(dataDir).filePath(QStringLiteral("demo-address"));
        QFile f(path);
        if (f.open(QIODevice::ReadOnly)) {
            const QString address = QString::fromLatin1(f.readAll()).trimmed();
            QString invalid;
            if (EvmAddress::validate(address, &invalid))
                return address;
        }
        QByteArray bytes(20, Qt::Uninitialized);
        for (char& c : bytes)
            c = static_cast<char>(QRandomGenerator::system()->bounded(256));
        const QString address = EvmAddress::checksummed(QString::fromLatin1(bytes.toHex()));
        QSaveFile out(path);
        if (out.open(QIODevice::WriteOnly)) {
            out.write(address.toLatin1() + '\n');
            out.commit();
        }
        return address;
    }

    // The last line a helper printed, for a sentence.
    QString lastLine(const QByteArray& output)
    {
        const QList<QByteArray> lines = output.trimmed().split('\n');
        return QString::fromUtf8(lines.isEmpty() ? QByteArray() : lines.constLast()).trimmed();
    }

} // namespace

QStringList LocalHub::startChain(const QString& dataDir)
{
    m_chainError.clear();
    m_demoAddress = demoAddress(dataDir);
    const QString hub = layout::programDir() + QStringLiteral("/sparecycles-hub");
    const QString key = QDir(dataDir).filePath(QStringLiteral("payout.key"));
    if (!QFile::exists(key)) {
        QProcess make;
        make.start(
            hub, { QStringLiteral("payout-key"), QStringLiteral("new"), QStringLiteral("--out"), key });
        if (!make.waitForFinished(20000) || make.exitCode() != 0) {
            m_chainError = tr("the demo network's payout key could not be made (%1)")
                               .arg(lastLine(make.readAllStandardError()));
            return {};
        }
    }
    const QString script = chainScript();
    if (!QFile::exists(script)) {
        m_chainError = tr("the demo chain is not installed with this copy of SpareCycles");
        return {};
    }
    m_chainDir = QDir(dataDir).filePath(QStringLiteral("chain"));
    QProcess chain;
    chain.setProcessChannelMode(QProcess::MergedChannels);
    // A chain left running by a crash is stopped first; its state is on disk.
    chain.start(QStringLiteral("bash"), { script, QStringLiteral("stop"), m_chainDir });
    chain.waitForFinished(15000);
    chain.start(QStringLiteral("bash"),
        { script, m_chainDir, QStringLiteral("--payout-key"), key, QStringLiteral("--keep-state") });
    if (!chain.waitForFinished(90000) || chain.exitStatus() != QProcess::NormalExit
        || chain.exitCode() != 0) {
        const QString said = lastLine(chain.readAll());
        // SIGTERM first: the script's exit trap stops the anvil it started.
        chain.terminate();
        if (!chain.waitForFinished(10000))
            chain.kill();
        m_chainError = said.isEmpty() ? tr("the demo chain did not start") : said;
        stopChain();
        return {};
    }
    QFile f(QDir(m_chainDir).filePath(QStringLiteral("chain.json")));
    const QJsonObject info
        = f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
    const QString rpc = info.value(QLatin1String("rpc")).toString();
    const QString token = info.value(QLatin1String("token")).toString();
    if (rpc.isEmpty() || token.isEmpty()) {
        m_chainError = tr("the demo chain started but did not say where it is");
        stopChain();
        return {};
    }
    return { QStringLiteral("--chain-rpc"), rpc, QStringLiteral("--token"), token,
        QStringLiteral("--payout-key"), key,
        // The demo pays every minute once a thousandth of a token is due, so a newcomer sees
        // the balance on the chain move within the first minutes.
        QStringLiteral("--payout-every"), QStringLiteral("60"), QStringLiteral("--payout-min"),
        QStringLiteral("1000") };
}

void LocalHub::stopChain()
{
    if (m_chainDir.isEmpty())
        return;
    QProcess chain;
    chain.start(QStringLiteral("bash"), { chainScript(), QStringLiteral("stop"), m_chainDir });
    chain.waitForFinished(15000);
    m_chainDir.clear();
}

bool LocalHub::start(const QString& dataDir, QString* error)
{
    const QString program = layout::programDir() + QStringLiteral("/sparecycles-hub");
    QDir().mkpath(dataDir);
    // Without its chain the demo pays nothing (its credit waits for the chain's next start):
    // a hub that paid on a chain never goes back to only recording payouts.
    const QStringList pay = startChain(dataDir);
    m_process.setProgram(program);
    m_process.setArguments(
        QStringList { QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
            QStringLiteral("--data-dir"), dataDir, QStringLiteral("--demo-work"), QStringLiteral("--quorum"),
            QStringLiteral("1"),
            // The demo shows GPU work on any computer: PoCL (the CPU as an OpenCL device) counts.
            QStringLiteral("--gpu-work-on-cpu-opencl") }
        + pay);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        *error = tr("Cannot start the local hub %1: %2").arg(program, m_process.errorString());
        stopChain();
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
        *error = tr("The local hub did not start (it said: %1).").arg(QString::fromUtf8(first));
        stop();
        return false;
    }
    m_url = QUrl(QString::fromUtf8(first.mid(13)));
    // Keep draining its output so it never blocks on a full pipe.
    connect(
        &m_process, &QProcess::readyReadStandardOutput, this, [this] { m_process.readAllStandardOutput(); });
    return true;
}

void LocalHub::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
        m_process.waitForFinished(2000);
    }
    stopChain();
}

} // namespace sc::core
