// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/localhub.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <algorithm>

namespace sc::core {

LocalHub::LocalHub(QObject* parent)
    : QObject(parent)
{
}

LocalHub::~LocalHub() { stop(); }

bool LocalHub::start(const QString& dataDir, QString* error)
{
    const QString program = QCoreApplication::applicationDirPath() + QStringLiteral("/sparecycles-hub");
    m_process.setProgram(program);
    m_process.setArguments({ QStringLiteral("serve"), QStringLiteral("--listen"),
        QStringLiteral("127.0.0.1:0"), QStringLiteral("--data-dir"), dataDir, QStringLiteral("--demo-work"),
        QStringLiteral("--quorum"), QStringLiteral("1"),
        // The demo network settles every ten minutes once a hundredth of a token is due, so a
        // newcomer with a payout address sees a payout arrive within the first hour.
        QStringLiteral("--payout-every"), QStringLiteral("600"), QStringLiteral("--payout-min"),
        QStringLiteral("10000") });
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        *error = tr("Cannot start the local hub %1: %2").arg(program, m_process.errorString());
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
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000))
        m_process.kill();
    m_process.waitForFinished(2000);
}

} // namespace sc::core
