// SPDX-License-Identifier: GPL-3.0-or-later
// status.json: state changes written at once, drifting readings at most every 5 s, and the
// totals a reader gets from a folder whether or not an engine runs on it.
#include "engine/datafolder.h"
#include "engine/statusfile.h"
#include "ledger/ledger.h"
#include "tasks/taskstore.h"

#include <QFile>
#include <QJsonDocument>
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
};

QTEST_GUILESS_MAIN(TestStatusFile)
#include "tst_statusfile.moc"
