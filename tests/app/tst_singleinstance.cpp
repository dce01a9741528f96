// SPDX-License-Identifier: GPL-3.0-or-later
// One app per user and data folder, over a local socket.
#include "singleinstance.h"

#include <QFile>
#include <QLocalServer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using sc::app::SingleInstance;

class TestSingleInstance final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString folder(const char* name) const { return m_dir.filePath(QLatin1String(name)); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void theNameDependsOnTheFolderNotOnHowItIsWritten()
    {
        QCOMPARE(SingleInstance::serverName(folder("a")),
            SingleInstance::serverName(folder("a") + QStringLiteral("/.")));
        QVERIFY(SingleInstance::serverName(folder("a")) != SingleInstance::serverName(folder("b")));
        QVERIFY(SingleInstance::serverName(folder("a")).startsWith(QLatin1String("sparecycles-")));
    }

    void theFirstInstanceFindsNobodyAndListens()
    {
        SingleInstance first(folder("first"));
        QVERIFY(!first.notifyRunning());
        QString error;
        QVERIFY2(first.listen(&error), qPrintable(error));
    }

    void aSecondInstanceAsksTheFirstToRaiseItsWindow()
    {
        SingleInstance first(folder("raise"));
        QString error;
        QVERIFY2(first.listen(&error), qPrintable(error));
        QSignalSpy raised(&first, &SingleInstance::raiseRequested);
        SingleInstance second(folder("raise"));
        QVERIFY(second.notifyRunning());
        QTRY_COMPARE(raised.count(), 1);
    }

    void anotherFolderIsAnotherInstance()
    {
        SingleInstance first(folder("one"));
        QString error;
        QVERIFY(first.listen(&error));
        QSignalSpy raised(&first, &SingleInstance::raiseRequested);
        QVERIFY(!SingleInstance(folder("two")).notifyRunning());
        QTest::qWait(50);
        QCOMPARE(raised.count(), 0);
    }

    void aStaleSocketFromACrashedInstanceIsTakenOver()
    {
        const QString name = SingleInstance::serverName(folder("stale"));
        {
            // A server that stops listening without removing its socket file, as after a crash.
            QLocalServer crashed;
            crashed.setSocketOptions(QLocalServer::UserAccessOption);
            QVERIFY(crashed.listen(name));
            const QString file = crashed.fullServerName();
            crashed.close(); // removes the file: put one back
            QFile stale(file);
            QVERIFY(stale.open(QIODevice::WriteOnly));
        }
        SingleInstance next(folder("stale"));
        QVERIFY(!next.notifyRunning());
        QString error;
        QVERIFY2(next.listen(&error), qPrintable(error));
        QSignalSpy raised(&next, &SingleInstance::raiseRequested);
        QVERIFY(SingleInstance(folder("stale")).notifyRunning());
        QTRY_COMPARE(raised.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
