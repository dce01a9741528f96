// SPDX-License-Identifier: GPL-3.0-or-later
// status.json: state changes written at once, drifting readings at most every 5 s, and the
// totals a reader gets from a folder whether or not an engine runs on it.
#include "engine/datafolder.h"
#include "engine/enginestatus.h"
#include "engine/statusfile.h"
#include "ledger/ledger.h"
#include "tasks/taskstore.h"

#include <QFile>
#include <QJsonDocument>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace sc::core;

namespace {
QJsonObject fileAt(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}
QJsonObject status(const QString& state, double idle)
{
    return { { QStringLiteral("state"), state }, { QStringLiteral("idle_seconds"), idle } };
}
} // namespace

class TestStatusFile final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void stateChangesAreWrittenAtOnceDriftAtMostEveryFiveSeconds()
    {
        QTemporaryDir d;
        qint64 mono = 0;
        const QString path = d.filePath(QStringLiteral("status.json"));
        StatusFile file(path, [&] { return mono; });
        file.write(status(QStringLiteral("running"), 1));
        QCOMPARE(fileAt(path).value(QLatin1String("idle_seconds")).toDouble(), 1.0);
        mono = 1000;
        file.write(status(QStringLiteral("running"), 2)); // only the idle time drifted
        QCOMPARE(fileAt(path).value(QLatin1String("idle_seconds")).toDouble(), 1.0);
        file.write(status(QStringLiteral("paused"), 3)); // the state changed: at once
        QCOMPARE(fileAt(path).value(QLatin1String("state")).toString(), QStringLiteral("paused"));
        mono = 7000;
        file.write(status(QStringLiteral("paused"), 9));
        QCOMPARE(fileAt(path).value(QLatin1String("idle_seconds")).toDouble(), 9.0);
    }

    void forcedWriteIgnoresTheThrottle()
    {
        QTemporaryDir d;
        const QString path = d.filePath(QStringLiteral("status.json"));
        StatusFile file(path, [] { return qint64(0); });
        file.write(status(QStringLiteral("running"), 1));
        file.write(status(QStringLiteral("running"), 2), true);
        QCOMPARE(fileAt(path).value(QLatin1String("idle_seconds")).toDouble(), 2.0);
    }

    void theTypedStatusSurvivesItsJson()
    {
        EngineStatus st;
        st.state = EngineState::Running;
        st.reason = { StateReason::Code::Running, {}, 2, QStringLiteral("hub down") };
        st.tasks = { TaskStatus { QStringLiteral("t1"), 42, 0.5, 3.0, 1024, false, {} } };
        st.cpuTempC = 65.3;
        st.balance = HubBalance { 7, 3, 1'800'000'000, {} };
        const EngineStatus back = EngineStatus::fromJson(st.toJson());
        QCOMPARE(back.state, EngineState::Running);
        QVERIFY(back.reason == st.reason);
        QCOMPARE(back.reason.describe(), QStringLiteral("Running 2 tasks; hub down"));
        QCOMPARE(back.tasks.size(), 1);
        QCOMPARE(back.tasks.first().pid, qint64(42));
        QCOMPARE(back.cpuTempC.value_or(0), 65.3);
        QVERIFY(!back.gpuTempC);
        QCOMPARE(back.balance->pending, qint64(7));
        QCOMPARE(back.balance->paid, qint64(3));
        // A file from before reason codes keeps its sentence; a broken balance is no balance.
        QJsonObject old { { QStringLiteral("state"), QStringLiteral("paused") },
            { QStringLiteral("reason"), QStringLiteral("Paused by you") },
            { QStringLiteral("balance"), QJsonObject { { QStringLiteral("pending"), -1 } } } };
        const EngineStatus older = EngineStatus::fromJson(old);
        QCOMPARE(older.state, EngineState::Paused);
        QCOMPARE(older.reason.describe(), QStringLiteral("Paused by you"));
        QVERIFY(!older.balance);
    }

    void readOfAMissingFolderIsAnError()
    {
        QTemporaryDir d;
        QString err;
        QVERIFY(StatusFile::read(d.filePath(QStringLiteral("nope")), &err).isEmpty());
        QVERIFY(err.contains(QLatin1String("does not exist")));
    }

    void readTakesTotalsFromTheStoresAndSeesTheLock()
    {
        QTemporaryDir d;
        QString err;
        auto folder = DataFolder::open(d.path(), &err);
        QVERIFY(folder);
        TaskDescriptor t;
        t.id = QStringLiteral("t1");
        t.app = QStringLiteral("sc-primes");
        t.appSha256 = QString(64, QLatin1Char('a'));
        t.appSignature = QByteArray(64, 'x');
        t.appUrl = QStringLiteral("/v1/apps/sc-primes");
        t.input = "1 2";
        t.deadline = 4'000'000'000;
        t.estimatedOps = 1;
        QCOMPARE(folder->tasks().addQueued({ t }), 1);
        QVERIFY(folder->ledger().applyCredits(
            { Ledger::Credit { 1, QStringLiteral("t0"), QStringLiteral("valid"), 1234, 100 } }, 1));
        QJsonObject o = StatusFile::read(d.path(), &err);
        QVERIFY(o.value(QLatin1String("engine_running")).toBool());
        QCOMPARE(o.value(QLatin1String("tasks_queued")).toInt(), 1);
        QCOMPARE(o.value(QLatin1String("earned_total")).toInteger(), 1234);
        QCOMPARE(o.value(QLatin1String("tasks_valid")).toInt(), 1);
        folder->release();
        o = StatusFile::read(d.path(), &err);
        QVERIFY(!o.value(QLatin1String("engine_running")).toBool());
    }

    // Reading the status never takes the lock, so an engine starting meanwhile is never
    // refused because of a status call; a lock left by a dead process reads as no engine.
    void readingTheStatusNeverTakesTheLock()
    {
        QTemporaryDir d;
        QString err;
        {
            auto folder = DataFolder::open(d.path(), &err);
            QVERIFY(folder);
        }
        // A lock file as a killed engine leaves it: a pid that is not running.
        QFile stale(DataFolder::lockPath(d.path()));
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.write("999999999\nsparecycles-cli\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        stale.close();
        const QByteArray before = [&] {
            QFile f(DataFolder::lockPath(d.path()));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QVERIFY(!StatusFile::read(d.path(), &err).value(QLatin1String("engine_running")).toBool());
        QFile after(DataFolder::lockPath(d.path()));
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), before); // looked at, not taken, not removed
        // Engines come and go while the status is read, and none is ever refused.
        for (int i = 0; i < 50; ++i) {
            auto folder = DataFolder::open(d.path(), &err);
            QVERIFY2(folder, qPrintable(err));
            QVERIFY(StatusFile::engineHoldsLock(d.path()));
            folder->release();
        }
    }
};

QTEST_GUILESS_MAIN(TestStatusFile)
#include "tst_statusfile.moc"
