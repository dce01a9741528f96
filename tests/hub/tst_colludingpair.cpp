// SPDX-License-Identifier: GPL-3.0-or-later
// The issue 16 probe (finding 3): two device keys held by one person answer every workunit with
// the same wrong hash, beside three honest devices, under quorum 2 and 5 % canaries. The real
// store (SQLite in a temporary folder), devices asking for work in random order, 20 seeds.
#include "hubstore.h"
#include "postgres/testdatabase.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <memory>
#include <random>

using namespace sc::hub;

namespace {

QString device(char c) { return QString(64, QLatin1Char(c)); }

QByteArray sha(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

const QByteArray kWrong = "the same wrong answer";

struct RunFigures {
    int wrongValidated = 0;
    int rightValidated = 0;
    int honestFlagged = 0;
    int colludersFlagged = 0;
    int canaries = 0;
    int handedOut = 0;
    int honestTrusted = 0; // at the end, the seeded one included
};

} // namespace

class TestColludingPair final : public QObject {
    Q_OBJECT

    static constexpr int kWorkunits = 200;
    static constexpr int kRuns = 20;
    QTemporaryDir m_dir;

    // One run: the operator's own device 'h' is trusted (the network's seed, docs/protocol.md
    // "Trust"); honest 'i' and 'j' and colluders 'x' and 'y' are new.
    RunFigures runOnce(int seed)
    {
        RunFigures f;
        std::mt19937_64 prng(static_cast<quint64>(seed) * 7919 + 1);
        std::uniform_real_distribution<double> uniform(0.0, 1.0);
        qint64 now = 1'700'000'000;
        const QString path = sc::test::freshDatabase(m_dir, QStringLiteral("probe%1").arg(seed));
        auto store = std::make_unique<HubStore>(
            HubConfig { 2, 0.05, 3600 }, [&] { return now; }, [&] { return uniform(prng); });
        QString error;
        if (!store->open(path, &error))
            qFatal("cannot open the store: %s", qPrintable(error));
        const QList<char> honest { 'h', 'i', 'j' };
        const QList<char> colluders { 'x', 'y' };
        QList<char> all = honest + colluders;
        for (char c : all) {
            bool created = false;
            if (!store->registerDevice(device(c), QString(), "{}", 1e9, &created).ok())
                qFatal("cannot register");
        }
        seedTrust(*store, device('h'));
        QList<NewWorkunit> units;
        for (int i = 0; i < kWorkunits; ++i)
            units.append(
                NewWorkunit { QStringLiteral("sc-primes"), QStringLiteral("wu %1").arg(i), 1'000'000'000 });
        if (!store->addWorkunits(units))
            qFatal("cannot add work");
        for (int round = 0; round < 5000; ++round) {
            std::shuffle(all.begin(), all.end(), prng);
            int issued = 0;
            for (char c : all) {
                QList<IssuedTask> tasks;
                if (!store->assignWork(device(c), 1, 2, &tasks).ok())
                    continue; // flagged: no more work
                issued += static_cast<int>(tasks.size());
                for (const IssuedTask& t : tasks) {
                    const QByteArray output
                        = colluders.contains(c) ? kWrong : "right answer to " + t.input.toUtf8();
                    QByteArray hash;
                    QString status;
                    if (!store->storeOutput(device(c), t.id, output, &hash).ok()
                        || !store->reportResult(device(c), t.id, 0, 1.0, hash, &status).ok())
                        qFatal("report failed");
                }
            }
            f.handedOut += issued;
            ++now;
            if (issued == 0)
                break;
        }
        for (char c : honest) {
            f.honestFlagged += store->deviceState(device(c)) == DeviceState::Flagged ? 1 : 0;
            const auto trust = store->deviceTrust(device(c));
            f.honestTrusted += trust && trust->trusted ? 1 : 0;
        }
        for (char c : colluders)
            f.colludersFlagged += store->deviceState(device(c)) == DeviceState::Flagged ? 1 : 0;
        store.reset();
        {
            QSqlDatabase db = sc::test::rawConnection(path, QStringLiteral("probe"));
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT input, canonical_sha256 FROM workunits WHERE state = 'validated'"));
            while (q.next()) {
                const QString canonical = q.value(1).toString();
                if (canonical == QString::fromLatin1(sha(kWrong)))
                    ++f.wrongValidated;
                else if (canonical
                    == QString::fromLatin1(sha("right answer to " + q.value(0).toString().toUtf8())))
                    ++f.rightValidated;
            }
            q.exec(QStringLiteral("SELECT COUNT(*) FROM results WHERE canary = 1"));
            q.next();
            f.canaries = q.value(0).toInt();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));
        return f;
    }

    static void seedTrust(HubStore& store, const QString& deviceId)
    {
        QVERIFY(store.setTrusted(deviceId, true));
    }

private Q_SLOTS:
    void aColludingPairGetsNoWrongAnswerValidatedAndFlagsNoHonestDevice()
    {
        RunFigures total;
        int runsWithBothColludersFlagged = 0;
        for (int seed = 1; seed <= kRuns; ++seed) {
            const RunFigures f = runOnce(seed);
            qInfo(
                "run %2d: wrong validated %d, right validated %d/%d, honest flagged %d, colluders flagged %d,"
                " canaries %d of %d tasks, honest trusted %d/3",
                seed, f.wrongValidated, f.rightValidated, kWorkunits, f.honestFlagged, f.colludersFlagged,
                f.canaries, f.handedOut, f.honestTrusted);
            total.wrongValidated += f.wrongValidated;
            total.rightValidated += f.rightValidated;
            total.honestFlagged += f.honestFlagged;
            total.colludersFlagged += f.colludersFlagged;
            total.canaries += f.canaries;
            total.handedOut += f.handedOut;
            runsWithBothColludersFlagged += f.colludersFlagged == 2 ? 1 : 0;
        }
        qInfo("total over %d runs: wrong validated %d, right validated %d/%d, honest flagged %d,"
              " colluders flagged %d/%d (both in %d runs), canaries %d of %d tasks",
            kRuns, total.wrongValidated, total.rightValidated, kRuns * kWorkunits, total.honestFlagged,
            total.colludersFlagged, 2 * kRuns, runsWithBothColludersFlagged, total.canaries, total.handedOut);
        QCOMPARE(total.wrongValidated, 0);
        QCOMPARE(total.honestFlagged, 0);
        QVERIFY2(total.rightValidated >= kRuns * kWorkunits * 9 / 10, "work still gets done");
        QVERIFY2(runsWithBothColludersFlagged >= kRuns * 3 / 4, "the pair is caught in most runs");
    }
};

QTEST_GUILESS_MAIN(TestColludingPair)
#include "tst_colludingpair.moc"
