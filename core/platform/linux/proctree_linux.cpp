// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/proctree.h"

#include <QDir>
#include <QFile>
#include <QList>
#include <algorithm>
#include <unistd.h>

namespace sc::core::platform {

namespace {
    constexpr int kMaxDepth = 8;

    QByteArray readAll(const QString& path, qint64 max)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.read(max) : QByteArray();
    }

    QList<qint64> children(const QString& proc, qint64 pid)
    {
        QList<qint64> out;
        for (const QByteArray& c :
            readAll(QStringLiteral("%1/%2/task/%2/children").arg(proc).arg(pid), 4096).split(' ')) {
            if (!c.trimmed().isEmpty())
                out.append(c.trimmed().toLongLong());
        }
        return out;
    }

    double cpu(const QString& proc, qint64 pid, int depth)
    {
        if (depth > kMaxDepth)
            return -1;
        const QByteArray line = readAll(QStringLiteral("%1/%2/stat").arg(proc).arg(pid), 4096);
        // The command name may contain spaces and parentheses: fields start after the last ')'.
        const qsizetype close = line.lastIndexOf(')');
        if (close < 0)
            return -1;
        const QList<QByteArray> f = line.mid(close + 2).split(' ');
        if (f.size() < 15)
            return -1;
        double ticks = 0;
        for (int i = 11; i <= 14; ++i) // utime stime cutime cstime
            ticks += f[i].toDouble();
        double seconds = ticks / static_cast<double>(clockTicksPerSecond());
        for (qint64 c : children(proc, pid)) {
            const double s = cpu(proc, c, depth + 1);
            if (s > 0)
                seconds += s;
        }
        return seconds;
    }

    qint64 rss(const QString& proc, qint64 pid, int depth)
    {
        if (depth > kMaxDepth)
            return 0;
        qint64 kb = 0;
        for (const QByteArray& line :
            readAll(QStringLiteral("%1/%2/status").arg(proc).arg(pid), 16384).split('\n')) {
            if (line.startsWith("VmRSS:"))
                kb = line.mid(6).trimmed().split(' ').first().toLongLong();
        }
        for (qint64 c : children(proc, pid))
            kb += rss(proc, c, depth + 1);
        return kb;
    }
} // namespace

long clockTicksPerSecond()
{
    static const long hz = ::sysconf(_SC_CLK_TCK);
    return hz > 0 ? hz : 100;
}

double treeCpuSeconds(qint64 pid, const QString& procRoot) { return cpu(procRoot, pid, 0); }

qint64 treeRssKb(qint64 pid, const QString& procRoot) { return rss(procRoot, pid, 0); }

int treeTaskCount(qint64 pid, int cap, const QString& procRoot)
{
    // Breadth first over processes; a child started by any thread is listed in that thread's
    // children file.
    int count = 0;
    QList<qint64> todo { pid };
    while (!todo.isEmpty() && count < cap) {
        const qint64 p = todo.takeFirst();
        const QString tasks = QStringLiteral("%1/%2/task").arg(procRoot).arg(p);
        const QStringList tids = QDir(tasks).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        count += static_cast<int>(tids.size());
        for (const QString& tid : tids) {
            for (const QByteArray& c :
                readAll(tasks + QLatin1Char('/') + tid + QStringLiteral("/children"), 65536).split(' ')) {
                if (!c.trimmed().isEmpty())
                    todo.append(c.trimmed().toLongLong());
            }
        }
    }
    return std::min(count, cap);
}

} // namespace sc::core::platform
