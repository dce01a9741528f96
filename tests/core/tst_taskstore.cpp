// SPDX-License-Identifier: GPL-3.0-or-later
#include "tasks/taskstore.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sc::core;
using State = TaskStore::State;

namespace {
TaskDescriptor task(const QString& id)
{
    TaskDescriptor t;
    t.id = id;
    t.app = QStringLiteral("sc-primes");
    t.appSha256 = QString(64, QLatin1Char('b'));
    t.appSignature = QByteArray(64, '\x01');
    t.signature = QByteArray(64, '\x03');
    t.appUrl = QStringLiteral("/v1/apps/sc-primes");
    t.input = "0 100";
    t.deadline = 1800000000;
    t.estimatedOps = 42;
    t.reward = 7;
    return t;
}
} // namespace

class TestTaskStore final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void statesSurviveReopen()
    {
        QTemporaryDir d;
        const QString path = d.filePath(QStringLiteral("tasks.sqlite"));
        QString err;
        {
            auto s = TaskStore::open(path, &err);
            QVERIFY2(s, qPrintable(err));
            QCOMPARE(s->addQueued(
                         { task(QStringLiteral("a")), task(QStringLiteral("b")), task(QStringLiteral("c")) }),
                3);
            QCOMPARE(s->addQueued({ task(QStringLiteral("a")) }), 0); // duplicates ignored
            QVERIFY(s->markRunning(QStringLiteral("a")));
            QVERIFY(s->markRunning(QStringLiteral("b")));
            QVERIFY(s->markFinished(QStringLiteral("b"), "hash-b"));
        } // dropped without any shutdown step, as after a crash
        auto s = TaskStore::open(path, &err);
        QVERIFY(s);
        QCOMPARE(s->schemaVersion(), 5);
        const auto running = s->inState(State::Running);
        QCOMPARE(running.size(), 1);
        QCOMPARE(running.first().task.id, QStringLiteral("a"));
        QCOMPARE(running.first().task.input, QByteArray("0 100"));
        QCOMPARE(running.first().task.appSignature, QByteArray(64, '\x01'));
        QCOMPARE(running.first().task.signature, QByteArray(64, '\x03')); // the hub's, kept
        const auto finished = s->inState(State::Finished);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().outputHash, QByteArray("hash-b"));
        QCOMPARE(s->inState(State::Queued).size(), 1);
    }
    void aGpuTaskKeepsItsResource()
    {
        QTemporaryDir d;
        QString err;
        auto s = TaskStore::open(d.filePath(QStringLiteral("tasks.sqlite")), &err);
        QVERIFY2(s, qPrintable(err));
        TaskDescriptor gpu = task(QStringLiteral("g"));
        gpu.resource = TaskDescriptor::Resource::Gpu;
        QCOMPARE(s->addQueued({ gpu, task(QStringLiteral("c")) }), 2);
        QCOMPARE(s->find(QStringLiteral("g"))->task.resource, TaskDescriptor::Resource::Gpu);
        QCOMPARE(s->find(QStringLiteral("c"))->task.resource, TaskDescriptor::Resource::Cpu);
        // It is part of what the hub signed: the stored task reads back to the same text.
        QCOMPARE(taskSigningText(s->find(QStringLiteral("g"))->task), taskSigningText(gpu));
    }
    void version1DatabaseIsMigrated()
    {
        QTemporaryDir d;
        const QString path = d.filePath(QStringLiteral("old.sqlite"));
        {
            // A database as the first release wrote it, with one finished task.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "CREATE TABLE tasks (id TEXT PRIMARY KEY, app TEXT NOT NULL, app_sha256 TEXT NOT NULL, "
                "app_signature BLOB NOT NULL, app_url TEXT NOT NULL, input BLOB NOT NULL, deadline INTEGER "
                "NOT NULL, "
                "estimated_ops INTEGER NOT NULL, reward INTEGER NOT NULL, state INTEGER NOT NULL, "
                "output_hash BLOB)")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO tasks VALUES ('old','sc-primes','aa',x'01','/v1/x','0 5',9,1,1,2,'h')")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=1")));
            q = QSqlQuery();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        QString err;
        auto s = TaskStore::open(path, &err);
        QVERIFY2(s, qPrintable(err));
        QCOMPARE(s->schemaVersion(), 5);
        const auto row = s->find(QStringLiteral("old"));
        QVERIFY(row);
        QCOMPARE(row->state, State::Finished);
        QCOMPARE(row->exitCode, 0);
        QCOMPARE(row->task.resource, TaskDescriptor::Resource::Cpu); // every old task ran on a CPU
        QVERIFY(s->markReported(QStringLiteral("old"), QStringLiteral("valid")));
        QCOMPARE(s->find(QStringLiteral("old"))->outcome, QStringLiteral("valid"));
    }
    void failuresCpuAndAbandoning()
    {
        QTemporaryDir d;
        QString err;
        auto s = TaskStore::open(d.filePath(QStringLiteral("t.sqlite")), &err);
        QVERIFY(s);
        QCOMPARE(s->addQueued({ task(QStringLiteral("a")), task(QStringLiteral("b")) }), 2);
        QVERIFY(s->markRunning(QStringLiteral("a")));
        QCOMPARE(s->recordFailure(QStringLiteral("a")), 1);
        QCOMPARE(s->recordFailure(QStringLiteral("a")), 2);
        QCOMPARE(s->recordFailure(QStringLiteral("nope")), -1);
        QVERIFY(s->addCpuSeconds(QStringLiteral("a"), 1.5));
        QVERIFY(s->markFinished(QStringLiteral("a"), "h", 3, 2.0));
        const auto a = s->find(QStringLiteral("a"));
        QCOMPARE(a->cpuSeconds, 3.5);
        QCOMPARE(a->exitCode, 3);
        QCOMPARE(a->failures, 2);
        QVERIFY(!s->markAbandoned(
            QStringLiteral("a"), QStringLiteral("late"))); // finished work is reported, not dropped
        QVERIFY(s->markAbandoned(QStringLiteral("b"), QStringLiteral("late")));
        QCOMPARE(s->count(State::Abandoned), 1);
        QVERIFY(!s->markRunning(QStringLiteral("b")));
    }
    void resultIsReportedOnlyOnce()
    {
        QTemporaryDir d;
        QString err;
        auto s = TaskStore::open(d.filePath(QStringLiteral("t.sqlite")), &err);
        s->addQueued({ task(QStringLiteral("x")) });
        QVERIFY(!s->markReported(QStringLiteral("x"))); // not finished yet
        QVERIFY(!s->markFinished(QStringLiteral("x"), "h")); // not running yet
        QVERIFY(s->markRunning(QStringLiteral("x")));
        QVERIFY(s->markFinished(QStringLiteral("x"), "h"));
        QVERIFY(s->markReported(QStringLiteral("x")));
        QVERIFY(!s->markReported(QStringLiteral("x")));
        QCOMPARE(s->inState(State::Reported).size(), 1);
        QVERIFY(!s->markRunning(QStringLiteral("unknown")));
    }
    void unusableFileIsAClearError()
    {
        QTemporaryDir d;
        const QString path = d.filePath(QStringLiteral("junk.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        QString err;
        QVERIFY(!TaskStore::open(path, &err));
        QVERIFY(!err.isEmpty());
        QVERIFY(!TaskStore::open(d.filePath(QStringLiteral("missing-dir/t.sqlite")), &err));
        QVERIFY(err.contains(QStringLiteral("missing-dir")));
    }
};

QTEST_GUILESS_MAIN(TestTaskStore)
#include "tst_taskstore.moc"
