// SPDX-License-Identifier: GPL-3.0-or-later
#include "tasks/taskoutput.h"

namespace sc::core {

void TaskOutputReader::append(const QByteArray& bytes)
{
    m_pending += bytes;
    if (m_pending.size() > kMaxPendingBytes)
        m_pending = m_pending.right(kKeepBytes);
}

std::optional<TaskOutputReader::Line> TaskOutputReader::next()
{
    qsizetype nl;
    while ((nl = m_pending.indexOf('\n')) >= 0) {
        const QByteArray line = m_pending.left(nl).trimmed();
        m_pending.remove(0, nl + 1);
        if (line.startsWith("resumed "))
            return Line { Line::Kind::Resumed, 0 };
        if (line.startsWith("progress ")) {
            bool ok = false;
            const double v = line.mid(9).toDouble(&ok);
            if (ok && v >= 0 && v <= 1)
                return Line { Line::Kind::Progress, v };
        }
    }
    return std::nullopt;
}

} // namespace sc::core
