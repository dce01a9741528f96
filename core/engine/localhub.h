// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QProcess>
#include <QUrl>

namespace sc::core {

// The demo network on this computer: a local test chain (scripts/localchain.sh: anvil and the
// SpareCycles token, its state kept in DATA-DIR/chain) and `sparecycles-hub serve --demo-work
// --quorum 1` on loopback paying on it (the program next to ours); it reads the hub's URL and
// stops both cleanly with us. When the chain cannot start (node or the npm packages missing),
// the hub runs without one and chainError() says why.
class LocalHub final : public QObject {
    Q_OBJECT
public:
    explicit LocalHub(QObject* parent = nullptr);
    ~LocalHub() override;

    // Blocks while the chain (a few seconds, at most 90) and the hub (milliseconds, at most
    // 20 s) start.
    bool start(const QString& dataDir, QString* error);
    void stop();
    QUrl url() const { return m_url; }
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    // Why the demo runs without a chain; empty when it has one.
    QString chainError() const { return m_chainError; }
    // The address the demo pays when the user has given none (DATA-DIR/demo-address, made
    // once): only the demo chain knows it, and nobody holds its key.
    QString demoPayoutAddress() const { return m_demoAddress; }

    // scripts/localchain.sh: $SPARECYCLES_LOCALCHAIN, else the source tree this was built from.
    static QString chainScript();

private:
    // Starts the chain; the hub's extra arguments to pay on it, or none with m_chainError set.
    QStringList startChain(const QString& dataDir);
    void stopChain();

    QProcess m_process;
    QUrl m_url;
    QString m_chainDir;
    QString m_chainError;
    QString m_demoAddress;
};

} // namespace sc::core
