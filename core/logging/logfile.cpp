// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging/logfile.h"

#include <QDir>
#include <QFileInfo>
#include <algorithm>

namespace sc::core {

LogFile::LogFile(QString path, Limits limits)
    : m_path(std::move(path))
    , m_limits(limits)
{
    m_limits.maxFiles = std::max(1, m_limits.maxFiles);
}

QString LogFile::pathIn(const QString& dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("logs/sparecycles.log"));
}

bool LogFile::open()
{
    if (m_file.isOpen())
        return true;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    m_file.setFileName(m_path);
    return m_file.open(QIODevice::WriteOnly | QIODevice::Append);
}

void LogFile::rotate()
{
    m_file.close();
    auto numbered = [this](int n) -> QString { return m_path + QLatin1Char('.') + QString::number(n); };
    if (m_limits.maxFiles == 1) {
        QFile::remove(m_path);
        return;
    }
    QFile::remove(numbered(m_limits.maxFiles - 1));
    for (int n = m_limits.maxFiles - 2; n >= 1; --n)
        QFile::rename(numbered(n), numbered(n + 1));
    QFile::rename(m_path, numbered(1));
}

bool LogFile::append(const QString& line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    if (!open())
        return false;
    if (m_file.size() > 0 && m_file.size() + bytes.size() > m_limits.maxBytes) {
        rotate();
        if (!open())
            return false;
    }
    const bool written = m_file.write(bytes) == bytes.size();
    m_file.flush(); // a crash right after still leaves the line for the bug report
    return written;
}

} // namespace sc::core
