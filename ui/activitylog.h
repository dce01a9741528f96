// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

namespace sc::ui {

// Recent engine activity lines (time-stamped, capped), collected from the moment the engine
// starts so the Activity page shows them even when it is opened later.
class ActivityLog final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityLog)
public:
    explicit ActivityLog(int maxLines = 500, QObject* parent = nullptr);

    void append(const QString& message);
    const QStringList& lines() const { return m_lines; }

Q_SIGNALS:
    void lineAdded(const QString& line);

private:
    int m_maxLines;
    QStringList m_lines;
};

} // namespace sc::ui
