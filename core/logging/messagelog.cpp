// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging/messagelog.h"

#include "logging/categories.h"

#include <QDateTime>
#include <QMutexLocker>
#include <atomic>

namespace sc::core {

namespace {

    // qInstallMessageHandler takes a plain function: it finds the installed log here.
    std::atomic<MessageLog*> g_installed { nullptr };
    thread_local bool t_inHandler = false; // a message raised while writing one is not logged again

    char levelLetter(QtMsgType type)
    {
        switch (type) {
        case QtDebugMsg:
            return 'D';
        case QtInfoMsg:
            return 'I';
        case QtWarningMsg:
            return 'W';
        case QtCriticalMsg:
            return 'C';
        case QtFatalMsg:
            return 'F';
        }
        return '?';
    }

} // namespace

MessageLog::MessageLog(const QString& path, LogFile::Limits limits)
    : m_file(path, limits)
{
    m_previous = qInstallMessageHandler(&MessageLog::handle);
    g_installed.store(this);
}

MessageLog::~MessageLog()
{
    qInstallMessageHandler(m_previous);
    g_installed.store(nullptr);
}

void MessageLog::handle(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    MessageLog* log = g_installed.load();
    if (!log)
        return;
    if (!t_inHandler) {
        t_inHandler = true;
        const QString category = context.category ? QString::fromLatin1(context.category) : QString();
        const QString line = QDateTime::currentDateTime().toString(Qt::ISODateWithMs) + QLatin1Char(' ')
            + QLatin1Char(levelLetter(type)) + QLatin1Char(' ') + category + QStringLiteral(": ") + message;
        {
            QMutexLocker lock(&log->m_mutex);
            log->m_file.append(line);
        }
        t_inHandler = false;
    }
    if (!isLogFileOnly(context.category) && log->m_previous)
        log->m_previous(type, context, message);
}

} // namespace sc::core
