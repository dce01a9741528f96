// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace sc::app {

// One app per user and data folder: the first instance listens on a local socket named after
// the folder; a second one tells it to show its window and exits.
class SingleInstance final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)
public:
    explicit SingleInstance(const QString& dataDir, QObject* parent = nullptr);
    ~SingleInstance() override;

    // True when another instance answered (and was asked to raise its window).
    bool notifyRunning();
    // Becomes the primary instance; false (with *error) when the socket cannot be created.
    bool listen(QString* error);

    static QString serverName(const QString& dataDir);

Q_SIGNALS:
    void raiseRequested();

private:
    QString m_name;
    QLocalServer* m_server = nullptr;
};

} // namespace sc::app
