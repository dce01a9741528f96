// SPDX-License-Identifier: GPL-3.0-or-later
#include "primes/sieve.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestPrimes final : public QObject {
    Q_OBJECT

    static QByteArray runOnce(const QString& dir, const QByteArray& range, int* exitCode)
    {
        QFile in(dir + QStringLiteral("/input"));
        in.open(QIODevice::WriteOnly);
        in.write(range);
        in.close();
        QProcess p;
        p.start(QStringLiteral(SC_PRIMES_BIN),
            { QStringLiteral("--input"), dir + QStringLiteral("/input"), QStringLiteral("--output"),
                dir + QStringLiteral("/output"), QStringLiteral("--checkpoint"),
                dir + QStringLiteral("/checkpoint"), QStringLiteral("--checkpoint-seconds"),
                QStringLiteral("0") });
        p.waitForFinished(60000);
        *exitCode = p.exitCode();
        QFile out(dir + QStringLiteral("/output"));
        if (!out.open(QIODevice::ReadOnly))
            return {};
        return out.readAll().trimmed();
    }

private Q_SLOTS:
    void countsKnownPrimeCounts()
    {
        QTemporaryDir d;
        int rc = -1;
        // pi(10^6) = 78498
        QVERIFY(runOnce(d.path(), "0 1000000", &rc).startsWith("78498 "));
        QCOMPARE(rc, 0);
        QTemporaryDir d2;
        // pi(2*10^6) - pi(10^6) = 148933 - 78498
        QVERIFY(runOnce(d2.path(), "1000000 2000000", &rc)
                    .startsWith(QByteArray(QByteArray::number(148933 - 78498) + ' ')));
    }
    // The load generator computes answers in process (sieve.h): they must be sc-primes' own.
    void theInProcessAnswerIsTheProgramsOutput()
    {
        for (const auto& [lo, hi] : { std::pair<std::uint64_t, std::uint64_t> { 0, 2000 },
                 { 1'000'000'000, 1'000'002'000 }, { 5, 600'000 }, { 7, 7 } }) {
            QTemporaryDir d;
            int rc = -1;
            const QByteArray program
                = runOnce(d.path(), QByteArray::number(lo) + ' ' + QByteArray::number(hi), &rc);
            QCOMPARE(rc, 0);
            QCOMPARE(program, QByteArray::fromStdString(sc::primes::answer(lo, hi)).trimmed());
        }
    }
    void badInputIsRejected()
    {
        QTemporaryDir d;
        int rc = -1;
        QVERIFY(runOnce(d.path(), "garbage", &rc).isEmpty());
        QCOMPARE(rc, 3);
    }
    void sigtermThenResumeGivesSameAnswer()
    {
        QTemporaryDir ref;
        int rc = -1;
        const QByteArray expected = runOnce(ref.path(), "0 300000000", &rc);
        QCOMPARE(rc, 0);

        QTemporaryDir d;
        QFile in(d.path() + QStringLiteral("/input"));
        in.open(QIODevice::WriteOnly);
        in.write("0 300000000");
        in.close();
        const QStringList args { QStringLiteral("--input"), d.path() + QStringLiteral("/input"),
            QStringLiteral("--output"), d.path() + QStringLiteral("/output"), QStringLiteral("--checkpoint"),
            d.path() + QStringLiteral("/checkpoint"), QStringLiteral("--checkpoint-seconds"),
            QStringLiteral("0") };
        QProcess p;
        p.start(QStringLiteral(SC_PRIMES_BIN), args);
        // Wait (event-driven) for the first progress line, then stop it.
        QVERIFY(p.waitForReadyRead(30000));
        p.terminate();
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 143);
        QVERIFY(QFile::exists(d.path() + QStringLiteral("/checkpoint")));
        QVERIFY(!QFile::exists(d.path() + QStringLiteral("/output")));

        QProcess again;
        again.start(QStringLiteral(SC_PRIMES_BIN), args);
        QVERIFY(again.waitForFinished(60000));
        QCOMPARE(again.exitCode(), 0);
        QVERIFY(again.readAllStandardOutput().startsWith("resumed "));
        QFile out(d.path() + QStringLiteral("/output"));
        QVERIFY(out.open(QIODevice::ReadOnly));
        QCOMPARE(out.readAll().trimmed(), expected);
    }
};

QTEST_GUILESS_MAIN(TestPrimes)
#include "tst_primes.moc"
