// SPDX-License-Identifier: GPL-3.0-or-later
// The data folder: one engine per folder, its stores opened all or nothing, and paths that no
// task id from the network can steer outside it.
#include "engine/datafolder.h"
#include "ledger/ledger.h"
#include "tasks/taskstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sc::core;

class TestDataFolder final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void createsTheFolderWithItsStoresAndKey()
    {
        QTemporaryDir d;
        QString err;
        auto f = DataFolder::open(d.filePath(QStringLiteral("a/b")), &err);
        QVERIFY2(f, qPrintable(err));
        QVERIFY(QFile::exists(f->path() + QStringLiteral("/device-key.pem")));
        QVERIFY(QFile::exists(f->path() + QStringLiteral("/tasks.sqlite")));
        QVERIFY(QDir(f->path() + QStringLiteral("/slots")).exists());
        QVERIFY(QDir(f->path() + QStringLiteral("/programs")).exists());
        QCOMPARE(f->tasks().count(TaskStore::State::Queued), 0);
        QVERIFY(f->ledger().setMeta(QStringLiteral("k"), QStringLiteral("v")));
        QCOMPARE(f->statusPath(), f->path() + QStringLiteral("/status.json"));
    }

    void secondOpenIsRefusedNamingTheProcessThatHoldsIt()
    {
        QTemporaryDir d;
        QString err;
        auto first = DataFolder::open(d.path(), &err);
        QVERIFY(first);
        auto second = DataFolder::open(d.path(), &err);
        QVERIFY(!second);
        QVERIFY2(err.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(err));
        first->release();
        QVERIFY(DataFolder::open(d.path(), &err));
    }

    void taskIdsFromTheNetworkCannotNameAPathOutsideSlots()
    {
        QTemporaryDir d;
        QString err;
        auto f = DataFolder::open(d.path(), &err);
        QVERIFY(f);
        for (const QString& id :
            { QStringLiteral("../../etc"), QStringLiteral("/abs"), QStringLiteral("a/b") }) {
            const QString slot = f->slotDir(id);
            QVERIFY(slot.startsWith(f->path() + QStringLiteral("/slots/")));
            QCOMPARE(slot.mid(f->path().size() + 7).size(), 32); // a hash, no separators
        }
        QCOMPARE(f->slotDir(QStringLiteral("t1")), f->slotDir(QStringLiteral("t1")));
        QVERIFY(f->slotDir(QStringLiteral("t1")) != f->slotDir(QStringLiteral("t2")));
    }

    void unwritableFolderIsAClearError()
    {
        QTemporaryDir d;
        QFile blocker(d.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QString err;
        QVERIFY(!DataFolder::open(d.filePath(QStringLiteral("file/engine")), &err));
        QVERIFY2(err.contains(QLatin1String("Cannot create the data folder")), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestDataFolder)
#include "tst_datafolder.moc"
