// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace sc::core {

// One thing that happened, as the engine saw it. The Activity page groups the routine ones
// (tasks finished and credited) and shows the rest one line each; the CLI prints text.
struct ActivityEvent {
    enum class Kind {
        Info,
        TaskStarted,
        TaskFinished,
        TaskCredited,
        TaskFailed,
        Suspended,
        Resumed,
        Offline,
        Online,
        Payout,
        Problem,
    };
    qint64 time = 0; // unix seconds
    Kind kind = Kind::Info;
    QString text; // the sentence a person reads, translated, without ids
    QString detail; // more words (what to do, the technical part), may be empty
    qint64 amountMicro = 0; // credit or payout, micro-tokens
    bool problem = false; // something the user may want to look at
    QString taskId; // for matching a credit with its task, never shown
    QString app; // the task's program (the engine turns it into words)
    QByteArray input;
    QString subject; // the task in words ("Counting primes in …")
};

} // namespace sc::core
