// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logging/logfile.h"

#include <QMutex>
#include <QtGlobal>

namespace sc::core {

// Routes the process's Qt messages into a rotating LogFile, one time-stamped line each
// ("2026-01-31T09:15:02.120 I sc.engine: Task … started"), for the user to attach to a bug
// report. Messages of the categories in logging/categories.h go only to the file; all others
// (Qt's own warnings, plain qWarning, sc.net.http) also still reach the handler installed
// before, so the terminal shows what it always did. Installed while the object lives; one at a
// time.
class MessageLog final {
public:
    explicit MessageLog(const QString& path, LogFile::Limits limits = {});
    ~MessageLog();
    MessageLog(const MessageLog&) = delete;
    MessageLog& operator=(const MessageLog&) = delete;

    QString path() const { return m_file.path(); }

private:
    static void handle(QtMsgType type, const QMessageLogContext& context, const QString& message);

    LogFile m_file;
    QMutex m_mutex;
    QtMessageHandler m_previous = nullptr;
};

} // namespace sc::core
