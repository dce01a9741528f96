// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QString>

namespace sc::core {

struct LogFileLimits {
    qint64 maxBytes = 512 * 1024;
    int maxFiles = 10; // NAME and NAME.1 … NAME.(maxFiles - 1)
};

// A log file that rotates by size, as CopyQ's does: when the next line would take the file
// past maxBytes, it becomes NAME.1 (NAME.1 becomes NAME.2, and so on; the oldest goes), so
// there are at most maxFiles files and the newest lines are always in NAME. Not thread-safe
// (MessageLog serialises the writers).
class LogFile final {
public:
    using Limits = LogFileLimits;

    explicit LogFile(QString path, Limits limits = {});
    LogFile(const LogFile&) = delete;
    LogFile& operator=(const LogFile&) = delete;

    // Appends text and a newline (one write, flushed); false when the file cannot be written.
    bool append(const QString& line);
    QString path() const { return m_path; }

    // Where the apps keep their log: DATA_DIR/logs/sparecycles.log.
    static QString pathIn(const QString& dataDir);

private:
    bool open();
    void rotate();

    QString m_path;
    Limits m_limits;
    QFile m_file;
};

} // namespace sc::core
