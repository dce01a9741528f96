// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QProcess>
#include <QUrl>

namespace sc::core {

// The demo network on this computer: starts `sparecycles-hub serve --demo-work --quorum 1` on
// loopback (the program next to ours), reads its URL, and stops it cleanly with us.
class LocalHub final : public QObject {
    Q_OBJECT
public:
    explicit LocalHub(QObject* parent = nullptr);
    ~LocalHub() override;

    // Blocks up to 20 s while the hub starts (it prints its URL within milliseconds).
    bool start(const QString& dataDir, QString* error);
    void stop();
    QUrl url() const { return m_url; }
    bool isRunning() const { return m_process.state() == QProcess::Running; }

private:
    QProcess m_process;
    QUrl m_url;
};

} // namespace sc::core
