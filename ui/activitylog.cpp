// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/activitylog.h"

#include <QDateTime>

namespace sc::ui {

ActivityLog::ActivityLog(int maxLines, QObject* parent)
    : QObject(parent)
    , m_maxLines(maxLines)
{
}

void ActivityLog::append(const QString& message)
{
    const QString line
        = QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss")) + QStringLiteral("  ") + message;
    m_lines.append(line);
    if (m_lines.size() > m_maxLines)
        m_lines.remove(0, m_lines.size() - m_maxLines);
    Q_EMIT lineAdded(line);
}

} // namespace sc::ui
