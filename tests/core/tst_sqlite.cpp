// SPDX-License-Identifier: GPL-3.0-or-later
// The one way every store opens and migrates its SQLite file.
#include "ledger/ledger.h"
#include "storage/sqlite.h"
#include "tasks/taskstore.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sc::core;

namespace {
QString pragma(QSqlDatabase& db, const char* name)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("PRAGMA ") + QLatin1String(name)) && q.next() ? q.value(0).toString()
                                                                               : QString();
}

// Every message Qt or the code under test prints while it is installed.
QStringList g_messages;
void capture(QtMsgType, const QMessageLogContext&, const QString& message) { g_messages.append(message); }

const QList<QStringList> kTwoSteps {
    { QStringLiteral("CREATE TABLE a (x INTEGER)") },
    { QStringLiteral("CREATE TABLE b (y TEXT)"), QStringLiteral("INSERT INTO b VALUES ('v2')") },
};
} // namespace

class TestSqlite final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const char* name) const { return m_dir.filePath(QLatin1String(name)); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void openUsesWalNormalSyncAndABusyTimeout()
    {
        QString error;
        auto db = storage::open(path("pragmas.sqlite"), QStringLiteral("test"), &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(pragma(*db, "journal_mode"), QStringLiteral("wal"));
        QCOMPARE(pragma(*db, "synchronous"), QStringLiteral("1")); // NORMAL
        QCOMPARE(pragma(*db, "busy_timeout"), QStringLiteral("5000"));
        storage::close(*db);
    }

    void eachOpenGetsItsOwnConnectionAndCloseForgetsIt()
    {
        QString error;
        auto a = storage::open(path("two.sqlite"), QStringLiteral("store"), &error);
        auto b = storage::open(path("two.sqlite"), QStringLiteral("store"), &error);
        QVERIFY(a && b);
        const QString name = a->connectionName();
        QVERIFY(name != b->connectionName());
        QVERIFY(QSqlDatabase::contains(name));
        storage::close(*a);
        QVERIFY(!QSqlDatabase::contains(name));
        QVERIFY(!a->isValid());
        storage::close(*b);
    }

    void aFolderThatCannotHoldTheFileIsAnErrorNamingIt()
    {
        QString error;
        const QString bad = m_dir.filePath(QStringLiteral("missing/folder/x.sqlite"));
        QCOMPARE(storage::open(bad, QStringLiteral("ledger"), &error), std::nullopt);
        QVERIFY2(error.contains(QLatin1String("ledger")) && error.contains(bad), qPrintable(error));
    }

    void migrateRunsEveryStepOnceAndRecordsTheVersion()
    {
        QString error;
        auto db = storage::open(path("migrate.sqlite"), QStringLiteral("test"), &error);
        QVERIFY(db);
        QCOMPARE(storage::userVersion(*db), 0);
        QVERIFY2(storage::migrate(
                     *db, kTwoSteps.mid(0, 1), QStringLiteral("test"), path("migrate.sqlite"), &error),
            qPrintable(error));
        QCOMPARE(storage::userVersion(*db), 1);
        QVERIFY(storage::migrate(*db, kTwoSteps, QStringLiteral("test"), path("migrate.sqlite"), &error));
        QCOMPARE(storage::userVersion(*db), 2);
        // Already current: nothing runs again (the INSERT would add a second row).
        QVERIFY(storage::migrate(*db, kTwoSteps, QStringLiteral("test"), path("migrate.sqlite"), &error));
        QSqlQuery q(*db);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM b")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        storage::close(*db);
    }

    void aFileFromANewerVersionIsRefused()
    {
        QString error;
        auto db = storage::open(path("newer.sqlite"), QStringLiteral("ledger"), &error);
        QVERIFY(db);
        QVERIFY(storage::exec(*db, QStringLiteral("PRAGMA user_version=7")));
        QVERIFY(!storage::migrate(*db, kTwoSteps, QStringLiteral("ledger"), path("newer.sqlite"), &error));
        QVERIFY2(error.contains(QLatin1String("newer")), qPrintable(error));
        QCOMPARE(storage::userVersion(*db), 7);
        storage::close(*db);
    }

    void aFailingStepRollsBackTheWholeMigration()
    {
        QString error;
        auto db = storage::open(path("failing.sqlite"), QStringLiteral("test"), &error);
        QVERIFY(db);
        const QList<QStringList> steps { { QStringLiteral("CREATE TABLE ok (x INTEGER)") },
            { QStringLiteral("THIS IS NOT SQL") } };
        QVERIFY(!storage::migrate(*db, steps, QStringLiteral("test"), path("failing.sqlite"), &error));
        QVERIFY2(error.contains(QLatin1String("cannot create or upgrade")), qPrintable(error));
        QCOMPARE(storage::userVersion(*db), 0);
        QSqlQuery q(*db);
        QVERIFY(!q.exec(QStringLiteral("SELECT * FROM ok"))); // the first step is gone too
        storage::close(*db);
    }

    void aFileThatIsNotADatabaseIsDamaged()
    {
        {
            QFile f(path("junk.sqlite"));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(4096, 'x'));
        }
        QString error;
        auto db = storage::open(path("junk.sqlite"), QStringLiteral("ledger"), &error);
        QVERIFY(db); // SQLite opens lazily; the first read finds the damage
        QCOMPARE(storage::userVersion(*db), -1);
        QVERIFY(!storage::migrate(*db, kTwoSteps, QStringLiteral("ledger"), path("junk.sqlite"), &error));
        QVERIFY2(error.contains(QLatin1String("damaged")), qPrintable(error));
        storage::close(*db);
    }

    // A damaged task database or ledger at start is the store's own error, and nothing from Qt
    // comes before it. Before, the copy of the connection that open() kept was still alive when
    // the failed store removed it: "QSqlDatabasePrivate::removeDatabase: connection 'task
    // database-0' is still in use, all queries will cease to work." (issue 17, finding 7).
    void aDamagedStoreIsAnErrorWithNoQtWarningBeforeIt_data()
    {
        QTest::addColumn<QString>("store");
        QTest::newRow("task database") << QStringLiteral("task database");
        QTest::newRow("ledger") << QStringLiteral("ledger");
    }

    void aDamagedStoreIsAnErrorWithNoQtWarningBeforeIt()
    {
        QFETCH(QString, store);
        const QString file = m_dir.filePath(store + QStringLiteral(".damaged"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("SQLite format 3") + '\0' + QByteArray(4080, '\x5a'));
        f.close();
        g_messages.clear();
        const QtMessageHandler previous = qInstallMessageHandler(capture);
        QString error;
        const bool opened = store == QLatin1String("ledger") ? Ledger::open(file, &error) != nullptr
                                                             : TaskStore::open(file, &error) != nullptr;
        qInstallMessageHandler(previous);
        QVERIFY(!opened);
        QVERIFY2(error.contains(file) && error.contains(QLatin1String("damaged")), qPrintable(error));
        QVERIFY2(g_messages.isEmpty(), qPrintable(g_messages.join(QLatin1Char('\n'))));
        QVERIFY(QSqlDatabase::connectionNames().isEmpty()); // and none is left behind
    }
};

QTEST_GUILESS_MAIN(TestSqlite)
#include "tst_sqlite.moc"
