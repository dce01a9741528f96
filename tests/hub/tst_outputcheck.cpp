// SPDX-License-Identifier: GPL-3.0-or-later
// The hub's pure GPU-work rules: its check of an sc-matmul output (Freivalds'), which OpenCL
// device of a profile takes GPU work, and what `submit` accepts for each app.
#include "matmulfixture.h"
#include "openclfit.h"
#include "taskapps.h"
#include "validation/outputcheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sc::hub;
using Reason = OutputVerdict::Reason;

namespace {

QByteArray profile(const QJsonArray& openclDevices)
{
    return QJsonDocument(QJsonObject { { QStringLiteral("opencl_devices"), openclDevices } })
        .toJson(QJsonDocument::Compact);
}

QJsonObject openclDevice(const QString& type, double memoryBytes)
{
    return QJsonObject { { QStringLiteral("type"), type }, { QStringLiteral("name"), QStringLiteral("x") },
        { QStringLiteral("memory_bytes"), memoryBytes } };
}

} // namespace

class TestOutputCheck final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aTrueProductPassesAndAnyWrongEntryFails()
    {
        const QByteArray input = "24 77";
        const QByteArray right = sc::test::matmulOutput(24, 77);
        for (quint64 secret : { 1ULL, 0xdeadbeefULL, ~0ULL })
            QCOMPARE(
                OutputCheck::judge(QStringLiteral("sc-matmul"), input, right, secret).reason, Reason::Passed);
        for (std::size_t at : { std::size_t(0), std::size_t(24 * 24 / 2), std::size_t(24 * 24 - 1) }) {
            const OutputVerdict v = OutputCheck::judge(
                QStringLiteral("sc-matmul"), input, sc::test::wrongMatmulOutput(24, 77, at), 5);
            QCOMPARE(v.reason, Reason::WrongProduct);
            QVERIFY(v.rejected());
            QCOMPARE(v.text(), QStringLiteral("freivalds"));
        }
        // Another seed's product is the wrong product for this input.
        QCOMPARE(
            OutputCheck::judge(QStringLiteral("sc-matmul"), input, sc::test::matmulOutput(24, 78), 5).reason,
            Reason::WrongProduct);
    }

    void theStreamingCheckAgreesWithModmatsFreivalds()
    {
        const sc::matmul::Input in { 17, 3 };
        const auto a = sc::matmul::matrix(in, 0);
        const auto b = sc::matmul::matrix(in, 1);
        for (const QByteArray& out :
            { sc::test::matmulOutput(17, 3), sc::test::wrongMatmulOutput(17, 3, 100) }) {
            const auto c = sc::matmul::parseOutput(std::string_view(out.constData(), out.size()), 17);
            QVERIFY(c);
            for (std::uint64_t secret : { 9ULL, 10ULL })
                QCOMPARE(
                    sc::matmul::freivaldsOutput(std::string_view(out.constData(), out.size()), in, 3, secret),
                    sc::matmul::freivalds(a, b, c->data(), 17, 3, secret));
        }
    }

    void anOutputThatDoesNotParseIsRejected()
    {
        const QByteArray right = sc::test::matmulOutput(8, 1);
        const QString app = QStringLiteral("sc-matmul");
        QCOMPARE(OutputCheck::judge(app, "8 1", right.left(right.size() - 1), 1).reason, Reason::Unparsable);
        QCOMPARE(OutputCheck::judge(app, "8 1", right + 'x', 1).reason, Reason::Unparsable);
        QCOMPARE(OutputCheck::judge(app, "8 1", "168 12345\n", 1).reason, Reason::Unparsable);
        QCOMPARE(OutputCheck::judge(app, "9 1", right, 1).reason, Reason::Unparsable); // another n
        QByteArray header = right;
        header[0] = 'S';
        QCOMPARE(OutputCheck::judge(app, "8 1", header, 1).reason, Reason::Unparsable);
        // An entry of p or more is no residue mod p.
        QByteArray big = right;
        big.replace(big.size() - 4, 4, QByteArray("\xff\xff\xff\x7f", 4));
        QCOMPARE(OutputCheck::judge(app, "8 1", big, 1).reason, Reason::WrongProduct);
        QCOMPARE(OutputCheck::judge(app, "0 1", right, 1).reason, Reason::BadInput);
    }

    void sieveOutputsAreLeftToTheQuorum()
    {
        const OutputVerdict v = OutputCheck::judge(QStringLiteral("sc-primes"), "0 100", "25 1060\n", 1);
        QCOMPARE(v.reason, Reason::NotChecked);
        QVERIFY(!v.rejected());
        QVERIFY(v.text().isEmpty());
    }

    void gpuWorkNeedsAGpuOrAcceleratorUnlessCpuOpenClIsAccepted()
    {
        const QByteArray both = profile({ openclDevice(QStringLiteral("cpu"), 8e9),
            openclDevice(QStringLiteral("gpu"), 4e9), openclDevice(QStringLiteral("accelerator"), 6e9) });
        QCOMPARE(OpenClFit::largestMemoryBytes(both, false), qint64(6'000'000'000));
        QCOMPARE(OpenClFit::largestMemoryBytes(both, true), qint64(8'000'000'000));
        const QByteArray pocl = profile({ openclDevice(QStringLiteral("cpu"), 2e9) });
        QCOMPARE(OpenClFit::largestMemoryBytes(pocl, false), 0);
        QCOMPARE(OpenClFit::largestMemoryBytes(pocl, true), qint64(2'000'000'000));
        QCOMPARE(OpenClFit::largestMemoryBytes("{}", true), 0);
        QCOMPARE(OpenClFit::largestMemoryBytes("not json", true), 0);
        QCOMPARE(
            OpenClFit::largestMemoryBytes(profile({ openclDevice(QStringLiteral("other"), 1e9) }), true), 0);
        // A memory size that is not a number counts as none.
        QJsonObject odd = openclDevice(QStringLiteral("gpu"), 0);
        odd.insert(QStringLiteral("memory_bytes"), QStringLiteral("4 GiB"));
        QCOMPARE(OpenClFit::largestMemoryBytes(profile({ odd }), false), 0);
    }

    void submitTakesMatmulInputsAsTheProgramDoes()
    {
        const auto ok = TaskApps::workunit(QStringLiteral("sc-matmul"), QStringLiteral(" 1024   7 "));
        QVERIFY(std::holds_alternative<NewWorkunit>(ok));
        const NewWorkunit u = std::get<NewWorkunit>(ok);
        QCOMPARE(u.input, QStringLiteral("1024 7"));
        QCOMPARE(u.estimatedOps, qint64(1024) * 1024 * 1024); // n³ multiply-adds
        QCOMPARE(u.resource, sc::core::TaskDescriptor::Resource::Gpu);
        QCOMPARE(u.memoryBytes, qint64(3) * 1024 * 1024 * 4);
        QCOMPARE(
            std::get<NewWorkunit>(TaskApps::workunit(QStringLiteral("sc-matmul"), QStringLiteral("4096 0")))
                .estimatedOps,
            qint64(4096) * 4096 * 4096);
        for (const char* bad : { "0 1", "4097 1", "12", "12 x", "12 -1", "-12 1", "12 1 2", "", "1e3 1",
                 "12 18446744073709551616" }) {
            const auto r = TaskApps::workunit(QStringLiteral("sc-matmul"), QLatin1String(bad));
            QVERIFY2(std::holds_alternative<QString>(r), bad);
            QVERIFY(std::get<QString>(r).contains(QLatin1String("\"n seed\" with 1 <= n <= 4096")));
        }
        const auto primes = TaskApps::workunit(QStringLiteral("sc-primes"), QStringLiteral("10 20"));
        QCOMPARE(std::get<NewWorkunit>(primes).estimatedOps, 50);
        QCOMPARE(std::get<NewWorkunit>(primes).resource, sc::core::TaskDescriptor::Resource::Cpu);
        QCOMPARE(
            std::get<NewWorkunit>(TaskApps::workunit(QStringLiteral("sc-matmul"), QStringLiteral("8 1"), 99))
                .estimatedOps,
            99);
        QVERIFY(std::get<QString>(TaskApps::workunit(QStringLiteral("sc-nope"), QStringLiteral("1 2")))
                    .startsWith(QLatin1String("unknown app sc-nope (known: sc-primes, sc-matmul)")));
    }
};

QTEST_GUILESS_MAIN(TestOutputCheck)
#include "tst_outputcheck.moc"
