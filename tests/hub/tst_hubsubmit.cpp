// SPDX-License-Identifier: GPL-3.0-or-later
// `sparecycles-hub submit`, the real executable: sc-matmul inputs are queued as GPU work, and a
// bad one is refused with the reason and nothing queued.
#include "hubstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sc::hub;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run hub(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(SC_HUB_BIN), args);
    if (!p.waitForFinished(30000))
        return {};
    return Run { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
        QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
}

} // namespace

class TestHubSubmit final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    Run submit(const QString& app, const QString& input, const QStringList& more = {})
    {
        return hub(QStringList { QStringLiteral("submit"), QStringLiteral("--data-dir"), m_dir.path(),
                       QStringLiteral("--app"), app, QStringLiteral("--input"), input }
            + more);
    }

private Q_SLOTS:
    void matmulInputsAreQueuedAsGpuWork()
    {
        const Run r = submit(QStringLiteral("sc-matmul"), QStringLiteral("64 12345"),
            { QStringLiteral("--copies"), QStringLiteral("2") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 2);

        HubStore store(HubConfig { 1, 0.0, 3600 }, [] { return qint64(1'700'000'000); });
        QString error;
        QVERIFY2(store.open(m_dir.filePath(QStringLiteral("hub.sqlite")), &error), qPrintable(error));
        QCOMPARE(store.openWorkunits(sc::core::TaskDescriptor::Resource::Gpu), 2);
        QCOMPARE(store.openWorkunits(sc::core::TaskDescriptor::Resource::Cpu), 0);
        const QJsonObject gpu { { QStringLiteral("opencl_devices"),
            QJsonArray { QJsonObject { { QStringLiteral("type"), QStringLiteral("gpu") },
                { QStringLiteral("memory_bytes"), 1e9 } } } } };
        bool created = false;
        const QString id(64, QLatin1Char('g'));
        QVERIFY(store.registerDevice(id, QString(), QJsonDocument(gpu).toJson(), 1e9, &created).ok());
        QList<IssuedTask> tasks;
        QVERIFY(store.assignWork(id, sc::core::WorkRequest { 1, 1, QString(), 1 }, &tasks).ok());
        QCOMPARE(tasks.size(), 2); // two workunits of the same input
        QCOMPARE(tasks.first().app, QStringLiteral("sc-matmul"));
        QCOMPARE(tasks.first().input, QStringLiteral("64 12345"));
        QCOMPARE(tasks.first().estimatedOps, 64 * 64 * 64);
        QCOMPARE(tasks.first().resource, sc::core::TaskDescriptor::Resource::Gpu);
    }

    void badInputsAreRefusedWithTheRule()
    {
        for (const char* bad : { "0 1", "4097 1", "64", "64 seed", "64 -1", "64 1 2", "" }) {
            const Run r = submit(QStringLiteral("sc-matmul"), QLatin1String(bad));
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(QLatin1String("sc-matmul input must be \"n seed\" with 1 <= n <= 4096")),
                qPrintable(r.err));
            QVERIFY(r.out.isEmpty());
        }
        const Run primes = submit(QStringLiteral("sc-primes"), QStringLiteral("64 12345 1"));
        QCOMPARE(primes.exitCode, 2);
        QVERIFY2(
            primes.err.contains(QLatin1String("sc-primes input must be \"LO HI\"")), qPrintable(primes.err));
        const Run unknown = submit(QStringLiteral("sc-gpu"), QStringLiteral("1 2"));
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QLatin1String("unknown app sc-gpu (known: sc-primes, sc-matmul)")),
            qPrintable(unknown.err));
        const Run ops = submit(QStringLiteral("sc-matmul"), QStringLiteral("8 1"),
            { QStringLiteral("--ops"), QStringLiteral("0") });
        QCOMPARE(ops.exitCode, 2);
        QVERIFY(ops.err.contains(QLatin1String("--ops must be a positive integer")));
    }
};

QTEST_GUILESS_MAIN(TestHubSubmit)
#include "tst_hubsubmit.moc"
