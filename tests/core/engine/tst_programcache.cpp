// SPDX-License-Identifier: GPL-3.0-or-later
// The program cache stores a program only when its hash and the network's signature match,
// never trusts a damaged file in the cache, and fetches a download that arrived damaged again.
#include "engine/programcache.h"
#include "protocol/taskdescriptor.h"
#include "scriptedhub.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace sc::core;
using sc::test::ScriptedHub;
using sc::test::SessionFixture;

namespace {
const QByteArray kProgram = "#!/bin/sh\necho 42 > output\n";

TaskDescriptor taskFor(const QByteArray& program, const DeviceKey& signer)
{
    TaskDescriptor t;
    t.id = QStringLiteral("t1");
    t.app = QStringLiteral("sc-test");
    t.appSha256 = QString::fromLatin1(QCryptographicHash::hash(program, QCryptographicHash::Sha256).toHex());
    t.appSignature = signer.sign("sc-app-v1\n" + t.app.toUtf8() + '\n' + t.appSha256.toLatin1());
    t.appUrl = QStringLiteral("/v1/apps/sc-test");
    return t;
}
} // namespace

class TestProgramCache final : public QObject {
    Q_OBJECT
    std::unique_ptr<SessionFixture> f;

    void connect()
    {
        f = std::make_unique<SessionFixture>();
        QVERIFY(f->openAndConnect());
    }

private Q_SLOTS:
    void aSignedProgramIsDownloadedOnceAndStored()
    {
        connect();
        f->http.answer(QStringLiteral("GET /v1/apps/sc-test"), ScriptedHub::bytes(kProgram));
        ProgramCache cache(*f->folder, *f->hub, *f->session);
        const TaskDescriptor t = taskFor(kProgram, f->networkKey);
        QSignalSpy changed(&cache, &ProgramCache::changed);
        QVERIFY(!cache.ensure(t));
        QVERIFY(!cache.ensure(t)); // one download, however often asked
        QTRY_COMPARE(changed.size(), 1);
        QVERIFY(cache.ensure(t));
        QCOMPARE(f->http.count(QStringLiteral("GET /v1/apps/sc-test")), 1);
        QFile stored(cache.pathOf(t));
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QCOMPARE(stored.readAll(), kProgram);
        QVERIFY(stored.permissions() & QFile::ExeOwner);
    }

    void aProgramSignedByAnotherKeyIsRefused()
    {
        connect();
        f->http.answer(QStringLiteral("GET /v1/apps/sc-test"), ScriptedHub::bytes(kProgram));
        ProgramCache cache(*f->folder, *f->hub, *f->session);
        const TaskDescriptor t = taskFor(kProgram, DeviceKey::generate());
        QSignalSpy refused(&cache, &ProgramCache::refused);
        QVERIFY(!cache.ensure(t));
        QTRY_COMPARE(refused.size(), 1);
        QCOMPARE(refused.first().first().toString(), t.appSha256);
        QVERIFY(!QFile::exists(cache.pathOf(t)));
    }

    // Bytes that do not hash to the program the task's signature names were damaged on the way
    // (issue 17, found by tst_faults): nothing is stored, no task is dropped, and the download is
    // tried again after the hub's backoff. Before, every task of the program was dropped and
    // given back, and the hub never gives a workunit back to a device that released it.
    void aDamagedDownloadIsFetchedAgainAndDropsNoTask()
    {
        connect();
        f->http.answer(QStringLiteral("GET /v1/apps/sc-test"), ScriptedHub::bytes(kProgram + "tampered"));
        ProgramCache cache(*f->folder, *f->hub, *f->session);
        QSignalSpy refused(&cache, &ProgramCache::refused);
        QSignalSpy changed(&cache, &ProgramCache::changed);
        QSignalSpy activity(&cache, &ProgramCache::activity);
        const TaskDescriptor t = taskFor(kProgram, f->networkKey);
        QVERIFY(!cache.ensure(t));
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(refused.size(), 0);
        QVERIFY(!QFile::exists(cache.pathOf(t)));
        QCOMPARE(activity.size(), 1);
        QVERIFY2(activity.first().first().toString().contains(QLatin1String("arrived damaged")),
            qPrintable(activity.first().first().toString()));
        QVERIFY(!f->session->ready()); // backs off as after any bad reply
        QVERIFY(!cache.ensure(t));
        QCOMPARE(f->http.count(QStringLiteral("GET /v1/apps/sc-test")), 1);

        f->http.answer(QStringLiteral("GET /v1/apps/sc-test"), ScriptedHub::bytes(kProgram));
        f->monoMs += 10 * 60 * 1000;
        QVERIFY(!cache.ensure(t));
        QTRY_COMPARE(changed.size(), 2);
        QVERIFY(cache.ensure(t));
        QCOMPARE(f->http.count(QStringLiteral("GET /v1/apps/sc-test")), 2);
        QCOMPARE(refused.size(), 0);
    }

    void aDamagedCachedFileIsFetchedAgain()
    {
        connect();
        f->http.answer(QStringLiteral("GET /v1/apps/sc-test"), ScriptedHub::bytes(kProgram));
        const TaskDescriptor t = taskFor(kProgram, f->networkKey);
        {
            QFile damaged(f->folder->programPath(t.appSha256));
            QVERIFY(damaged.open(QIODevice::WriteOnly));
            damaged.write("garbage");
        }
        ProgramCache cache(*f->folder, *f->hub, *f->session);
        QSignalSpy changed(&cache, &ProgramCache::changed);
        QVERIFY(!cache.ensure(t));
        QTRY_COMPARE(changed.size(), 1);
        QVERIFY(cache.ensure(t));
    }
};

QTEST_GUILESS_MAIN(TestProgramCache)
#include "tst_programcache.moc"
