// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace sc::core {

// What to do when the tasks hold more memory than the user allows. The policy suspends them
// at once (MemoryLimit), but a suspended process keeps its memory; when suspension has not
// brought the tasks under the limit within a grace time, the biggest task is stopped at its
// checkpoint, and it starts again only when its peak fits beside the others. Pure: the engine
// feeds it samples and the monotonic time.
class MemoryWatchdog final {
public:
    struct Task {
        QString id;
        qint64 rssBytes = 0;
    };
    static constexpr qint64 kStopAfterMs = 10000;

    // Once per sample. overLimit: the policy's decision is MemoryLimit. Returns the task to
    // stop now, if any.
    std::optional<QString> update(qint64 nowMs, bool overLimit, const QList<Task>& running);
    // Whether a task may start with `usedBytes` held by the running ones, under `limitBytes`.
    bool fits(const QString& taskId, qint64 usedBytes, qint64 limitBytes) const;
    // The task finished (not merely stopped): its peak no longer matters.
    void forget(const QString& taskId) { m_peak.remove(taskId); }
    qint64 peak(const QString& taskId) const { return m_peak.value(taskId); }

private:
    QHash<QString, qint64> m_peak;
    qint64 m_overSinceMs = -1;
};

} // namespace sc::core
