// SPDX-License-Identifier: GPL-3.0-or-later
// sc-matmul: the arithmetic (reduction, input, output, Freivalds' check) on its own, and the
// program's real OpenCL kernel on Debian's PoCL (the CPU driver scripts/setup.sh installs):
// results against the CPU reference, checkpoint and resume, a corrupted result caught.
#include "matmul/modmat.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <random>

using namespace sc::matmul;

class TestMatmul final : public QObject {
    Q_OBJECT

    static bool writeFile(const QString& path, const QByteArray& bytes)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
    }
    static QByteArray readFile(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static QStringList args(const QString& dir, double checkpointSeconds = 5)
    {
        return { QStringLiteral("--input"), dir + QStringLiteral("/input"), QStringLiteral("--output"),
            dir + QStringLiteral("/output"), QStringLiteral("--checkpoint"),
            dir + QStringLiteral("/checkpoint"), QStringLiteral("--checkpoint-seconds"),
            QString::number(checkpointSeconds) };
    }
    // Runs the program to the end; its exit code, stdout in *out.
    static int run(const QString& dir, QByteArray* out = nullptr, const QStringList& extra = {})
    {
        QProcess p;
        p.start(QStringLiteral(SC_MATMUL_BIN), args(dir) + extra);
        if (!p.waitForFinished(120000))
            return -1;
        if (out)
            *out = p.readAllStandardOutput();
        if (p.exitCode() != 0)
            qWarning("sc-matmul: %s", p.readAllStandardError().constData());
        return p.exitCode();
    }
    static QByteArray reference(const Input& in)
    {
        const auto a = matrix(in, 0), b = matrix(in, 1);
        std::vector<std::uint32_t> c(std::size_t(in.n) * in.n);
        multiplyRows(a, b, in.n, 0, in.n, c);
        const std::string bytes = outputBytes(c, in.n);
        return QByteArray(bytes.data(), qsizetype(bytes.size()));
    }

private Q_SLOTS:
    void reductionIsModuloTheMersennePrime()
    {
        std::mt19937_64 rng(7);
        const std::uint64_t edges[] = { 0, 1, kPrime - 1, kPrime, kPrime + 1, 2ull * kPrime, ~0ull,
            std::uint64_t(kPrime - 1) * (kPrime - 1),
            std::uint64_t(kPrime - 1) * (kPrime - 1) * 2 + kPrime - 1 };
        for (std::uint64_t x : edges)
            QCOMPARE(reduce(x), x % kPrime);
        for (int i = 0; i < 100000; ++i) {
            const std::uint64_t x = rng();
            QCOMPARE(reduce(x), x % kPrime);
        }
    }

    void inputIsTwoNumbersAndNothingElse()
    {
        QCOMPARE(parseInput("64 12345")->n, 64u);
        QCOMPARE(parseInput(" 1 0\n")->seed, 0u);
        QCOMPARE(parseInput("4096 18446744073709551")->n, kMaxN);
        for (const char* bad :
            { "", "64", "0 1", "4097 1", "-1 2", "64 1 2", "64 x", "64 99999999999999999999", "1e3 4" })
            QVERIFY2(!parseInput(bad), bad);
    }

    void productMatchesTheSchoolbookDefinition()
    {
        const Input in { 37, 99 };
        const auto a = matrix(in, 0), b = matrix(in, 1);
        QVERIFY(a != b);
        QCOMPARE(matrix(in, 0), a); // the same seed, the same matrix
        std::vector<std::uint32_t> c(37 * 37);
        multiplyRows(a, b, 37, 0, 37, c);
        for (std::uint32_t i = 0; i < 37; ++i) {
            for (std::uint32_t j = 0; j < 37; ++j) {
                std::uint64_t s = 0;
                for (std::uint32_t k = 0; k < 37; ++k)
                    s = (s + std::uint64_t(a[i * 37 + k]) * b[k * 37 + j] % kPrime) % kPrime;
                QCOMPARE(c[i * 37 + j], std::uint32_t(s));
            }
        }
    }

    void freivaldsAcceptsTheProductAndCatchesOneWrongEntry()
    {
        const Input in { 96, 5 };
        const auto a = matrix(in, 0), b = matrix(in, 1);
        std::vector<std::uint32_t> c(96 * 96);
        multiplyRows(a, b, 96, 0, 96, c);
        QVERIFY(freivalds(a, b, c.data(), 96, 2, 0xC0FFEE));
        std::mt19937 rng(3);
        for (int trial = 0; trial < 50; ++trial) {
            auto bad = c;
            const std::size_t at = rng() % bad.size();
            bad[at] = static_cast<std::uint32_t>((bad[at] + 1 + rng() % (kPrime - 1)) % kPrime);
            QVERIFY(!freivalds(a, b, bad.data(), 96, 2, 0xC0FFEE + trial));
        }
        // A result for another seed (a device that computed the wrong task) fails too.
        std::vector<std::uint32_t> other(96 * 96);
        multiplyRows(matrix({ 96, 6 }, 0), matrix({ 96, 6 }, 1), 96, 0, 96, other);
        QVERIFY(!freivalds(a, b, other.data(), 96, 1, 1));
    }

    void outputReadsBackAndRefusesDamage()
    {
        const std::vector<std::uint32_t> c = { 0, 1, kPrime - 1, 123456789 };
        const std::string bytes = outputBytes(c, 2);
        QCOMPARE(*parseOutput(bytes, 2), c);
        QVERIFY(!parseOutput(bytes, 3)); // another size
        QVERIFY(!parseOutput(bytes.substr(0, bytes.size() - 1), 2)); // short
        QVERIFY(!parseOutput(bytes + '\0', 2)); // long
        std::string big = bytes;
        big[big.size() - 1] = char(0xff); // an entry ≥ p
        QVERIFY(!parseOutput(big, 2));
        std::string head = bytes;
        head[3] = 'X';
        QVERIFY(!parseOutput(head, 2));
    }

    void theKernelOnPoclMatchesTheCpuReference()
    {
        // Sizes that are and are not a multiple of the 16 × 16 tile, and one of a single element.
        for (const Input in : { Input { 1, 3 }, Input { 16, 4 }, Input { 100, 5 }, Input { 257, 6 } }) {
            QTemporaryDir d;
            QVERIFY(writeFile(d.filePath(QStringLiteral("input")),
                QByteArray::number(in.n) + ' ' + QByteArray::number(qulonglong(in.seed))));
            QByteArray out;
            QCOMPARE(run(d.path(), &out, { QStringLiteral("--device"), QStringLiteral("any") }), 0);
            QVERIFY(out.contains("progress 1.0000"));
            const QByteArray result = readFile(d.filePath(QStringLiteral("output")));
            QCOMPARE(result.size(), reference(in).size());
            QVERIFY2(result == reference(in), qPrintable(QStringLiteral("n = %1").arg(in.n)));
        }
    }

    void aStoppedRunResumesFromItsCheckpointToTheSameResult()
    {
        // Large enough that a fast machine is still at it when the stop arrives (0.5 s here).
        const Input in { 800, 77 };
        QTemporaryDir d;
        QVERIFY(writeFile(d.filePath(QStringLiteral("input")), "800 77"));
        QProcess p;
        p.setProcessChannelMode(QProcess::SeparateChannels);
        // Checkpoints every 50 ms: the first one comes after the first row blocks.
        p.start(QStringLiteral(SC_MATMUL_BIN), args(d.path(), 0.05));
        QVERIFY(p.waitForStarted());
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardOutput()).contains("progress"), 60000);
        p.terminate();
        QVERIFY(p.waitForFinished(30000));
        out += p.readAllStandardOutput();
        if (p.exitCode() == 0)
            QSKIP("the run finished before the stop reached it (a very fast device)");
        QCOMPARE(p.exitCode(), 143);
        QVERIFY(out.contains("stopped "));
        const QByteArray checkpoint = readFile(d.filePath(QStringLiteral("checkpoint")));
        QVERIFY(checkpoint.startsWith("sc-matmul-checkpoint 1 800 77 "));
        const int rows = checkpoint.split('\n').first().split(' ').last().toInt();
        QVERIFY2(rows > 0 && rows < 800, checkpoint.left(40).constData());
        QByteArray resumed;
        QCOMPARE(run(d.path(), &resumed), 0);
        QVERIFY2(resumed.startsWith(QByteArray("resumed " + QByteArray::number(rows))), resumed.constData());
        QVERIFY(readFile(d.filePath(QStringLiteral("output"))) == reference(in));
    }

    void aDamagedOrForeignCheckpointIsIgnored()
    {
        const Input in { 64, 9 };
        const QByteArray ref = reference(in);
        const qsizetype body = ref.indexOf('\n') + 1;
        QTemporaryDir d;
        QVERIFY(writeFile(d.filePath(QStringLiteral("input")), "64 9"));
        // Honest: 32 rows of the right result resume.
        QVERIFY(writeFile(d.filePath(QStringLiteral("checkpoint")),
            QByteArray("sc-matmul-checkpoint 1 64 9 32\n") + ref.mid(body, 32 * 64 * 4)));
        QByteArray out;
        QCOMPARE(run(d.path(), &out), 0);
        QVERIFY(out.startsWith("resumed 32"));
        QVERIFY(readFile(d.filePath(QStringLiteral("output"))) == ref);
        // Another seed's, a short one, an entry ≥ p, nonsense: each is ignored and the result
        // computed from the start is still right.
        const QList<QByteArray> damaged
            = { QByteArray("sc-matmul-checkpoint 1 64 8 32\n") + ref.mid(body, 32 * 64 * 4),
                  QByteArray("sc-matmul-checkpoint 1 64 9 32\n") + ref.mid(body, 100),
                  QByteArray("sc-matmul-checkpoint 1 64 9 1\n") + QByteArray(64 * 4, char(0xff)),
                  QByteArray("garbage\n") };
        for (const QByteArray& cp : damaged) {
            QVERIFY(writeFile(d.filePath(QStringLiteral("checkpoint")), cp));
            QFile::remove(d.filePath(QStringLiteral("output")));
            QCOMPARE(run(d.path(), &out), 0);
            QVERIFY2(!out.contains("resumed"), out.constData());
            QVERIFY(readFile(d.filePath(QStringLiteral("output"))) == ref);
        }
    }

    void aCorruptedResultFromTheProgramFailsFreivalds()
    {
        const Input in { 200, 31 };
        QTemporaryDir d;
        QVERIFY(writeFile(d.filePath(QStringLiteral("input")), "200 31"));
        QCOMPARE(run(d.path()), 0);
        QByteArray result = readFile(d.filePath(QStringLiteral("output")));
        const auto a = matrix(in, 0), b = matrix(in, 1);
        const auto c = parseOutput(std::string_view(result.constData(), std::size_t(result.size())), 200);
        QVERIFY(c.has_value());
        QElapsedTimer t;
        t.start();
        QVERIFY(freivalds(a, b, c->data(), 200, 2, 42));
        const qint64 checkNs = t.nsecsElapsed();
        t.restart();
        std::vector<std::uint32_t> full(200 * 200);
        multiplyRows(a, b, 200, 0, 200, full);
        const qint64 recomputeNs = t.nsecsElapsed();
        qInfo("n = 200: Freivalds (2 rounds) %.2f ms, recomputing %.2f ms", checkNs / 1e6, recomputeNs / 1e6);
        QCOMPARE(full, *c);
        // One entry changed by one in the last row: caught.
        auto bad = *c;
        bad.back() = (bad.back() + 1) % kPrime;
        QVERIFY(!freivalds(a, b, bad.data(), 200, 2, 43));
    }

    void badUsageAndBadInputSayWhy()
    {
        QTemporaryDir d;
        QVERIFY(writeFile(d.filePath(QStringLiteral("input")), "5000 1"));
        QProcess p;
        p.start(QStringLiteral(SC_MATMUL_BIN), args(d.path()));
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 3);
        QVERIFY(p.readAllStandardError().contains("bad input"));
        p.start(QStringLiteral(SC_MATMUL_BIN),
            args(d.path()) + QStringList { QStringLiteral("--device"), QStringLiteral("tpu") });
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TestMatmul)
#include "tst_matmul.moc"
