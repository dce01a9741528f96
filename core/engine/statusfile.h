// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/clocks.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace sc::core {

// status.json in the data folder: what a running engine last said about itself, for the CLI's
// `status`, the tray app and scripts. Writes are atomic (QSaveFile) and throttled: a change of
// state is written at once, readings that drift every second (idle time, temperatures, task
// progress) at most every 5 s, so an engine that only waits does not rewrite the file each second.
class StatusFile final {
    Q_DECLARE_TR_FUNCTIONS(StatusFile)
public:
    StatusFile(QString path, MonoClock mono);

    // Writes status unless it is unchanged, or only its drifting readings changed within 5 s.
    // `force` writes whatever changed (the final status on stop).
    void write(const QJsonObject& status, bool force = false);

    // The status of the engine on a data folder, running or not: the file's last word, whether
    // an engine holds the folder (`engine_running`), and the totals from its stores
    // (`tasks_completed`, `tasks_queued`, `results_waiting_to_report`, `tasks_valid`,
    // `tasks_invalid`, `earned_total`, `balance`). `state` is missing when no engine ever ran.
    static QJsonObject read(const QString& dataDir, QString* error);
    // Whether an engine holds the folder's lock, found without taking it.
    static bool engineHoldsLock(const QString& dataDir);

private:
    QString m_path;
    MonoClock m_mono;
    QByteArray m_lastJson;
    QByteArray m_lastKey;
    qint64 m_lastWriteMs = 0;
};

} // namespace sc::core
