// SPDX-License-Identifier: GPL-3.0-or-later
// --db as operators type it (docs/deploy.md): what is accepted, what is refused and why, and
// that a password never shows in a message.
#include "store/database.h"

#include <QTest>

using sc::hub::DatabaseTarget;
using sc::hub::SqlDialect;

class TestDatabaseTarget final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sqliteForms()
    {
        QString error;
        const auto prefixed = DatabaseTarget::parse(QStringLiteral("sqlite:/var/lib/hub/hub.sqlite"), &error);
        QVERIFY2(prefixed, qPrintable(error));
        QCOMPARE(prefixed->dialect, SqlDialect::Sqlite);
        QCOMPARE(prefixed->path, QStringLiteral("/var/lib/hub/hub.sqlite"));
        const auto bare = DatabaseTarget::parse(QStringLiteral("relative/hub.sqlite"), &error);
        QVERIFY(bare);
        QCOMPARE(bare->path, QStringLiteral("relative/hub.sqlite"));
        QCOMPARE(bare->url(), QStringLiteral("sqlite:relative/hub.sqlite"));
        QVERIFY(!DatabaseTarget::parse(QStringLiteral("sqlite:"), &error));
        QVERIFY(error.contains(QLatin1String("sqlite:/")));
    }

    void postgresForms()
    {
        QString error;
        const auto tcp = DatabaseTarget::parse(
            QStringLiteral("postgresql://hub:s3cr%40t@db.example:6543/network"), &error);
        QVERIFY2(tcp, qPrintable(error));
        QCOMPARE(tcp->dialect, SqlDialect::Postgres);
        QCOMPARE(tcp->user, QStringLiteral("hub"));
        QCOMPARE(tcp->password, QStringLiteral("s3cr@t"));
        QCOMPARE(tcp->host, QStringLiteral("db.example"));
        QCOMPARE(tcp->port, 6543);
        QCOMPARE(tcp->name, QStringLiteral("network"));
        QVERIFY(!tcp->display().contains(QLatin1String("s3cr")));
        QCOMPARE(tcp->display(), QStringLiteral("postgresql://hub@db.example:6543/network"));
        const auto again = DatabaseTarget::parse(tcp->url(), &error);
        QVERIFY(again);
        QCOMPARE(again->password, QStringLiteral("s3cr@t"));

        const auto socket = DatabaseTarget::parse(
            QStringLiteral("postgresql://postgres@/hub?host=/run/postgresql"), &error);
        QVERIFY2(socket, qPrintable(error));
        QCOMPARE(socket->host, QStringLiteral("/run/postgresql"));
        QCOMPARE(socket->port, 5432);
        const auto other = DatabaseTarget::parse(socket->withName(QStringLiteral("t_1")).url(), &error);
        QVERIFY2(other, qPrintable(error));
        QCOMPARE(other->name, QStringLiteral("t_1"));
        QCOMPARE(other->host, QStringLiteral("/run/postgresql"));
        QCOMPARE(other->user, QStringLiteral("postgres"));
        QVERIFY(DatabaseTarget::parse(QStringLiteral("postgres://db/hub"), &error));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QString() << QStringLiteral("no database");
        QTest::newRow("no database name")
            << QStringLiteral("postgresql://hub@db/") << QStringLiteral("name the database");
        QTest::newRow("port 0") << QStringLiteral("postgresql://hub@db:0/x") << QStringLiteral("port");
        QTest::newRow("unknown option")
            << QStringLiteral("postgresql://db/x?sslmode=require") << QStringLiteral("sslmode");
        QTest::newRow("other engine") << QStringLiteral("mysql://db/x") << QStringLiteral("mysql://");
        QTest::newRow("nested path") << QStringLiteral("postgresql://db/a/b")
                                     << QStringLiteral("name the database");
    }
    void refusals()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!DatabaseTarget::parse(text, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseTarget)
#include "tst_databasetarget.moc"
