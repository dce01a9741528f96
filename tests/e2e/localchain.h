// SPDX-License-Identifier: GPL-3.0-or-later
// A real local chain for the process tests: scripts/localchain.sh (anvil and the SCT token,
// docs/localchain.md) for as long as the object lives. Needs SC_SOURCE_DIR and SC_BIN_DIR.
#pragma once

#include "e2e.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QUrl>

namespace e2e {

// One JSON-RPC call straight to a node with curl: the test's own view of the chain. The
// result, or undefined on any failure (a JSON-RPC error is printed).
inline QJsonValue rpc(const QUrl& url, const QString& method, const QJsonArray& params = {})
{
    const QJsonObject request { { QStringLiteral("jsonrpc"), QStringLiteral("2.0") },
        { QStringLiteral("id"), 1 }, { QStringLiteral("method"), method },
        { QStringLiteral("params"), params } };
    QProcess p;
    p.start(QStringLiteral("curl"),
        { QStringLiteral("-sf"), QStringLiteral("-H"), QStringLiteral("Content-Type: application/json"),
            QStringLiteral("--data-binary"), QString::fromUtf8(QJsonDocument(request).toJson()),
            url.toString() });
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return QJsonValue::Undefined;
    const QJsonObject reply = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    if (reply.contains(QLatin1String("error"))) {
        qWarning(
            "%s: %s", qPrintable(method), QJsonDocument(reply).toJson(QJsonDocument::Compact).constData());
        return QJsonValue::Undefined;
    }
    return reply.value(QLatin1String("result"));
}

class LocalChain {
public:
    explicit LocalChain(QString dir)
        : m_dir(std::move(dir))
    {
    }
    ~LocalChain() { stop(); }
    LocalChain(const LocalChain&) = delete;
    LocalChain& operator=(const LocalChain&) = delete;

    static QString script() { return QStringLiteral(SC_SOURCE_DIR "/scripts/localchain.sh"); }
    // Runs the script; its exit code (-1 when it hung), *output what it said.
    static int run(const QStringList& args, QByteArray* output)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("bash"), QStringList { script() } + args);
        if (!p.waitForFinished(120000))
            return -1;
        *output = p.readAll();
        return p.exitCode();
    }

    // Starts the chain with the script's options (--payout-key FILE or --payout-address 0x…)
    // and reads chain.json; false with *output saying why.
    bool start(const QStringList& options, QByteArray* output)
    {
        if (run(QStringList { m_dir } + options, output) != 0)
            return false;
        QFile f(QDir(m_dir).filePath(QStringLiteral("chain.json")));
        if (!f.open(QIODevice::ReadOnly))
            return false;
        m_info = QJsonDocument::fromJson(f.readAll()).object();
        m_running = true;
        return rpc().isValid() && token().startsWith(QLatin1String("0x"));
    }
    bool stop()
    {
        if (!m_running)
            return true;
        m_running = false;
        QByteArray out;
        return run({ QStringLiteral("stop"), m_dir }, &out) == 0;
    }

    QString dir() const { return m_dir; }
    QUrl rpc() const { return QUrl(m_info.value(QLatin1String("rpc")).toString()); }
    QString token() const { return m_info.value(QLatin1String("token")).toString(); }
    QString payoutAddress() const { return m_info.value(QLatin1String("payout_address")).toString(); }

private:
    QString m_dir;
    QJsonObject m_info;
    bool m_running = false;
};

// A new payout key file (sparecycles-hub payout-key new, mode 0600); its EIP-55 address, or
// empty when the command failed.
inline QString newPayoutKey(const QString& file)
{
    QProcess p;
    p.start(bin("sparecycles-hub"),
        { QStringLiteral("payout-key"), QStringLiteral("new"), QStringLiteral("--out"), file });
    if (!p.waitForFinished(20000) || p.exitCode() != 0)
        return {};
    return QString::fromLatin1(p.readAllStandardOutput().trimmed());
}

} // namespace e2e
