// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/activitylog.h"

#include "ledger/history.h"

#include <QDateTime>
#include <QLocale>

namespace sc::ui {

using Kind = core::ActivityEvent::Kind;

ActivityLog::ActivityLog(int maxEntries, Clock clock, QObject* parent)
    : QObject(parent)
    , m_maxEntries(maxEntries)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentSecsSinceEpoch(); }))
{
}

void ActivityLog::append(const QString& message)
{
    core::ActivityEvent e;
    e.text = message;
    append(e);
}

void ActivityLog::append(const core::ActivityEvent& event)
{
    core::ActivityEvent e = event;
    if (e.time == 0)
        e.time = m_clock();
    if (!e.taskId.isEmpty() && !e.subject.isEmpty()) {
        if (m_subjects.size() > 1000)
            m_subjects.clear(); // a credit arrives minutes after its task, never a thousand tasks later
        m_subjects.insert(e.taskId, e.subject);
    }
    if (e.kind == Kind::TaskStarted || e.kind == Kind::TaskFinished || e.kind == Kind::TaskCredited) {
        addToGroup(e);
    } else {
        Entry entry;
        entry.time = e.time;
        entry.kind = e.kind;
        entry.text = e.subject.isEmpty() || e.kind != Kind::TaskFailed ? e.text
                                                                       : tr("%1: %2").arg(e.text, e.subject);
        entry.detail = e.detail;
        entry.problem = e.problem || e.kind == Kind::Problem || e.kind == Kind::Offline;
        m_entries.append(entry);
    }
    if (m_entries.size() > m_maxEntries)
        m_entries.remove(0, m_entries.size() - m_maxEntries);
    Q_EMIT changed();
}

void ActivityLog::addToGroup(const core::ActivityEvent& e)
{
    const qint64 bucket = e.time - e.time % kGroupSeconds;
    if (m_entries.isEmpty() || !m_entries.last().group || m_entries.last().bucket != bucket) {
        Entry g;
        g.group = true;
        g.bucket = bucket;
        g.kind = Kind::TaskFinished;
        m_entries.append(g);
    }
    Entry& g = m_entries.last();
    g.time = e.time;
    Task* task = nullptr;
    for (Task& t : g.tasks)
        if (!e.taskId.isEmpty() && t.taskId == e.taskId)
            task = &t;
    if (!task) {
        Task t;
        t.taskId = e.taskId;
        t.subject = !e.subject.isEmpty() ? e.subject : m_subjects.value(e.taskId);
        g.tasks.append(t);
        task = &g.tasks.last();
    }
    if (e.kind == Kind::TaskFinished)
        task->finished = true;
    if (e.kind == Kind::TaskCredited) {
        task->credited = true;
        task->creditMicro += e.amountMicro;
    }
    g.text = lineText(g);
}

QString ActivityLog::lineText(const Entry& entry)
{
    if (!entry.group)
        return entry.text;
    int finished = 0;
    int credited = 0;
    qint64 micro = 0;
    for (const Task& t : entry.tasks) {
        finished += t.finished ? 1 : 0;
        credited += t.credited ? 1 : 0;
        micro += t.creditMicro;
    }
    const QString amount = core::history::formatTokens(micro, QLocale());
    if (finished > 0 && credited > 0)
        return tr("%n tasks finished, %1 credited", nullptr, finished).arg(amount);
    if (finished > 0)
        return tr("%n tasks finished", nullptr, finished);
    if (credited > 0)
        return tr("%1 credited for %n tasks", nullptr, credited).arg(amount);
    return tr("%n tasks started", nullptr, static_cast<int>(entry.tasks.size()));
}

QString ActivityLog::taskText(const Task& task)
{
    const QString what = task.subject.isEmpty() ? tr("A task") : task.subject;
    if (task.finished && task.credited)
        return tr("%1: finished, %2 credited")
            .arg(what, core::history::formatTokens(task.creditMicro, QLocale()));
    if (task.credited)
        return tr("%1: %2 credited").arg(what, core::history::formatTokens(task.creditMicro, QLocale()));
    if (task.finished)
        return tr("%1: finished").arg(what);
    return tr("%1: started").arg(what);
}

} // namespace sc::ui
