// SPDX-License-Identifier: GPL-3.0-or-later
// The log file a user attaches to a bug report: rotated by size into a fixed number of files,
// the newest lines always in the current one; what the message handler puts in it.
#include "logging/categories.h"
#include "logging/logfile.h"
#include "logging/messagelog.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace sc::core;

namespace {

QStringList linesOf(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QStringList logFiles(const QTemporaryDir& d)
{
    return QDir(d.filePath(QStringLiteral("logs"))).entryList(QDir::Files, QDir::Name);
}

Q_LOGGING_CATEGORY(lcOther, "sc.net.http")

// What the handler installed before MessageLog saw.
QStringList g_passedOn;
void recordingHandler(QtMsgType, const QMessageLogContext&, const QString& message)
{
    g_passedOn.append(message);
}

} // namespace

class TestLogFile final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void keepsTheDataFoldersLogsFolder()
    {
        QCOMPARE(LogFile::pathIn(QStringLiteral("/home/u/.local/share/SpareCycles")),
            QStringLiteral("/home/u/.local/share/SpareCycles/logs/sparecycles.log"));
    }

    void rotatesPastTheSizeKeepingAFixedNumberOfFilesNewestLinesInTheCurrentOne()
    {
        QTemporaryDir d;
        const QString path = LogFile::pathIn(d.path());
        LogFile log(path, { 1000, 4 });
        // 500 lines of 50 bytes: 25 000 bytes, far more than the 4 × 1000 kept.
        for (int i = 0; i < 500; ++i)
            QVERIFY(log.append(
                QStringLiteral("line %1 ").arg(i, 4, 10, QLatin1Char('0')).leftJustified(49, u'.')));
        QCOMPARE(logFiles(d),
            QStringList({ QStringLiteral("sparecycles.log"), QStringLiteral("sparecycles.log.1"),
                QStringLiteral("sparecycles.log.2"), QStringLiteral("sparecycles.log.3") }));
        for (const QString& name : logFiles(d))
            QVERIFY2(QFileInfo(d.filePath(QStringLiteral("logs/") + name)).size() <= 1000, qPrintable(name));
        // The newest line is the current file's last, and the files follow each other in order.
        const QStringList current = linesOf(path);
        QVERIFY(current.last().startsWith(QLatin1String("line 0499 ")));
        const QStringList older = linesOf(path + QStringLiteral(".1"));
        QCOMPARE(older.size(), 20); // 1000 bytes / 50
        const int firstCurrent = current.first().mid(5, 4).toInt();
        QCOMPARE(older.last().mid(5, 4).toInt(), firstCurrent - 1);
        QCOMPARE(linesOf(path + QStringLiteral(".3")).last().mid(5, 4).toInt(), firstCurrent - 41);
    }

    void goesOnInAnExistingFileAfterARestart()
    {
        QTemporaryDir d;
        const QString path = LogFile::pathIn(d.path());
        {
            LogFile log(path, { 1000, 2 });
            QVERIFY(log.append(QStringLiteral("before")));
        }
        LogFile log(path, { 1000, 2 });
        QVERIFY(log.append(QStringLiteral("after")));
        QCOMPARE(linesOf(path), QStringList({ QStringLiteral("before"), QStringLiteral("after") }));
        QCOMPARE(logFiles(d).size(), 1);
    }

    void messagesGoToTheFileWithTimeAndCategoryAndOnlyOthersReachTheTerminal()
    {
        QTemporaryDir d;
        const QString path = LogFile::pathIn(d.path());
        g_passedOn.clear();
        const QtMessageHandler before = qInstallMessageHandler(recordingHandler);
        {
            const MessageLog log(path);
            qCInfo(sc::lcEngine).noquote() << "Task t1 started";
            qWarning("plain warning");
            qCDebug(lcOther) << "request 1 failed";
        }
        qInstallMessageHandler(before);
        // The log's own categories only in the file; the others also still where they went before.
        QCOMPARE(
            g_passedOn, QStringList({ QStringLiteral("plain warning"), QStringLiteral("request 1 failed") }));
        const QStringList lines = linesOf(path);
        QCOMPARE(lines.size(), 3);
        const QRegularExpression stamp(QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3} )"));
        QVERIFY2(stamp.match(lines.at(0)).hasMatch(), qPrintable(lines.at(0)));
        QVERIFY2(
            lines.at(0).endsWith(QLatin1String(" I sc.engine: Task t1 started")), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).endsWith(QLatin1String(" W default: plain warning")), qPrintable(lines.at(1)));
        QVERIFY2(
            lines.at(2).endsWith(QLatin1String(" D sc.net.http: request 1 failed")), qPrintable(lines.at(2)));
    }
};

QTEST_GUILESS_MAIN(TestLogFile)
#include "tst_logfile.moc"
