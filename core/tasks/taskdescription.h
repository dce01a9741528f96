// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QUrl>

namespace sc::core {

// Words for a task a person reads instead of its id: what the work is ("Counting primes in
// 1.20–1.25 × 10⁹") and which network it is for ("the demo network", the hub's host name).
class TaskDescription final {
    Q_DECLARE_TR_FUNCTIONS(TaskDescription)
public:
    // The work, from the task's program name and its input; unknown programs get a generic
    // sentence naming the network.
    static QString describe(
        const QString& app, const QByteArray& input, const QString& network, const QLocale& locale);
    // The network a hub address stands for: the demo network on this computer, else its host.
    static QString networkName(const QUrl& hub);
    // "about 3 min left" from the time a task has run and its progress (0…1); empty when it
    // cannot be estimated yet.
    static QString timeLeft(double elapsedSeconds, double progress);
};

} // namespace sc::core
