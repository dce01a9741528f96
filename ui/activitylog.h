// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/activityevent.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>
#include <functional>

namespace sc::ui {

// What happened, one entry per thing a person cares about, collected from the moment the engine
// starts so the Activity page shows it even when opened later. Routine task events (started,
// finished, credited) fold into one entry per ten minutes, the tasks as its details: an hour of
// steady work reads as six lines, yet each line still says when the work happened. Suspensions,
// resumes, going offline, payouts and problems stay one entry each, in order.
class ActivityLog final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityLog)
public:
    using Clock = std::function<qint64()>; // unix seconds
    static constexpr qint64 kGroupSeconds = 600;

    struct Task {
        QString taskId; // matching only, never shown
        QString subject;
        bool finished = false;
        qint64 creditMicro = 0;
        bool credited = false;
    };
    struct Entry {
        qint64 time = 0; // unix seconds (a group: its newest event)
        core::ActivityEvent::Kind kind = core::ActivityEvent::Kind::Info;
        QString text;
        QString detail;
        bool problem = false;
        bool group = false;
        qint64 bucket = 0;
        QList<Task> tasks; // a group's tasks, in the order they appeared
    };

    explicit ActivityLog(int maxEntries = 500, Clock clock = {}, QObject* parent = nullptr);

    void append(const core::ActivityEvent& event);
    void append(const QString& message); // a plain line (the app's own messages)
    const QList<Entry>& entries() const { return m_entries; }

    // The words of an entry's line and of one task's detail line.
    static QString lineText(const Entry& entry);
    static QString taskText(const Task& task);

Q_SIGNALS:
    void changed(); // an entry was added or a group grew

private:
    void addToGroup(const core::ActivityEvent& event);

    int m_maxEntries;
    Clock m_clock;
    QList<Entry> m_entries; // oldest first
    QHash<QString, QString> m_subjects; // task id → its words, for credits that come later
};

} // namespace sc::ui
