// SPDX-License-Identifier: GPL-3.0-or-later
#include "tasks/taskstore.h"

#include <QFile>
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
        QCOMPARE(s->schemaVersion(), 1);
        const auto running = s->inState(State::Running);
        QCOMPARE(running.size(), 1);
        QCOMPARE(running.first().task.id, QStringLiteral("a"));
        QCOMPARE(running.first().task.input, QByteArray("0 100"));
        QCOMPARE(running.first().task.appSignature, QByteArray(64, '\x01'));
        const auto finished = s->inState(State::Finished);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().outputHash, QByteArray("hash-b"));
        QCOMPARE(s->inState(State::Queued).size(), 1);
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
