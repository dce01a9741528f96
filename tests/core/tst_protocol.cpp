// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/taskdescriptor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sc::core;

namespace {
QJsonObject goodTask()
{
    return QJsonObject {
        { QStringLiteral("id"), QStringLiteral("t-1") },
        { QStringLiteral("app"), QStringLiteral("sc-primes") },
        { QStringLiteral("app_sha256"), QString(64, QLatin1Char('a')) },
        { QStringLiteral("app_signature"), QString(128, QLatin1Char('0')) },
        { QStringLiteral("app_url"), QStringLiteral("/v1/apps/sc-primes") },
        { QStringLiteral("input"), QStringLiteral("0 1000") },
        { QStringLiteral("deadline"), 1800000000 },
        { QStringLiteral("estimated_ops"), 5000000 },
        { QStringLiteral("reward"), 1 },
    };
}
QByteArray reply(const QJsonObject& task)
{
    return QJsonDocument(QJsonObject { { QStringLiteral("tasks"), QJsonArray { task } } }).toJson();
}
QString errorField(const std::variant<QList<TaskDescriptor>, ProtocolError>& r)
{
    const auto* e = std::get_if<ProtocolError>(&r);
    return e ? e->field : QStringLiteral("<no error>");
}
} // namespace

class TestProtocol final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void validReplyParsesEveryField()
    {
        const auto r = parseWorkReply(reply(goodTask()));
        QVERIFY(std::holds_alternative<QList<TaskDescriptor>>(r));
        const TaskDescriptor t = std::get<QList<TaskDescriptor>>(r).first();
        QCOMPARE(t.id, QStringLiteral("t-1"));
        QCOMPARE(t.appSignature.size(), 64);
        QCOMPARE(t.input, QByteArray("0 1000"));
        QCOMPARE(t.deadline, 1800000000);
        QCOMPARE(t.estimatedOps, 5000000);
    }
    void malformedAndTruncatedJsonIsAnError()
    {
        const QByteArray good = reply(goodTask());
        for (int cut : { 0, 1, 10, int(good.size() / 2), int(good.size() - 2) })
            QVERIFY(std::holds_alternative<ProtocolError>(parseWorkReply(good.left(cut))));
        QCOMPARE(errorField(parseWorkReply("[1,2]")), QString());
        QCOMPARE(errorField(parseWorkReply("{\"tasks\": 5}")), QStringLiteral("tasks"));
        QCOMPARE(errorField(parseWorkReply("{\"tasks\": [7]}")), QStringLiteral("tasks[0]"));
    }
    void wrongTypesNameTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("id number") << "id" << QJsonValue(5);
        QTest::newRow("sha short") << "app_sha256" << QJsonValue(QStringLiteral("abc"));
        QTest::newRow("sha upper") << "app_sha256" << QJsonValue(QString(64, QLatin1Char('A')));
        QTest::newRow("sig not hex") << "app_signature" << QJsonValue(QString(128, QLatin1Char('z')));
        QTest::newRow("url escapes") << "app_url" << QJsonValue(QStringLiteral("/v1/../etc/passwd"));
        QTest::newRow("url absolute") << "app_url" << QJsonValue(QStringLiteral("http://evil/x"));
        QTest::newRow("deadline fraction") << "deadline" << QJsonValue(1.5);
        QTest::newRow("deadline string") << "deadline" << QJsonValue(QStringLiteral("1"));
        QTest::newRow("ops huge") << "estimated_ops" << QJsonValue(1e300);
        // Found by fuzz_protocol: beyond qint64 the old check converted before comparing (UB).
        QTest::newRow("deadline beyond int64") << "deadline" << QJsonValue(1.8e80);
        QTest::newRow("reward 2^63") << "reward" << QJsonValue(9223372036854775808.0);
        QTest::newRow("deadline -1e300") << "deadline" << QJsonValue(-1e300);
        QTest::newRow("reward negative") << "reward" << QJsonValue(-1);
        QTest::newRow("input object") << "input" << QJsonValue(QJsonObject());
    }
    void wrongTypesNameTheField()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QJsonObject t = goodTask();
        t.insert(field, value);
        QCOMPARE(errorField(parseWorkReply(reply(t))), QStringLiteral("tasks[0].") + field);
        t.remove(field);
        QCOMPARE(errorField(parseWorkReply(reply(t))), QStringLiteral("tasks[0].") + field);
    }
    void oversizedInputsAreRefused()
    {
        QVERIFY(std::holds_alternative<ProtocolError>(parseWorkReply(QByteArray(kMaxReplyBytes + 1, ' '))));
        QJsonObject t = goodTask();
        t.insert(QStringLiteral("input"), QString(kMaxInlineInput + 1, QLatin1Char('1')));
        QCOMPARE(errorField(parseWorkReply(reply(t))), QStringLiteral("tasks[0].input"));
        QJsonArray many;
        for (int i = 0; i <= kMaxTasksPerReply; ++i)
            many.append(goodTask());
        QCOMPARE(errorField(parseWorkReply(
                     QJsonDocument(QJsonObject { { QStringLiteral("tasks"), many } }).toJson())),
            QStringLiteral("tasks"));
    }
};

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
