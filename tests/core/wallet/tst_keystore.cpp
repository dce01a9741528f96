// SPDX-License-Identifier: GPL-3.0-or-later
#include "wallet/keystore.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using sc::core::Keystore;
using Kind = Keystore::Error::Kind;

namespace {
const QByteArray kSpecKey("7a28b5ba57c53603b0b07b56bba752f7784bf506fa95edc395f5cf6c7514fe9d");
const QString kSpecPassword = QStringLiteral("testpassword");

// The two examples of the Web3 Secret Storage Definition (Ethereum wiki), as printed there.
QByteArray specPbkdf2()
{
    return R"({
    "crypto" : {
        "cipher" : "aes-128-ctr",
        "cipherparams" : { "iv" : "6087dab2f9fdbbfaddc31a909735c1e6" },
        "ciphertext" : "5318b4d5bcd28de64ee5559e671353e16f075ecae9f99c7a79a38af5f869aa46",
        "kdf" : "pbkdf2",
        "kdfparams" : {
            "c" : 262144,
            "dklen" : 32,
            "prf" : "hmac-sha256",
            "salt" : "ae3cd4e7013836a3df6bd7241b12db061dbe2c6785853cce422d148a624ce0bd"
        },
        "mac" : "517ead924a9d0dc3124507e3393d175ce3ff7c1e96529c6c555ce9e51205e9b2"
    },
    "id" : "3198bc9c-6672-5ab3-d995-4942343ae5b6",
    "version" : 3
})";
}

QByteArray specScrypt()
{
    return R"({
    "crypto" : {
        "cipher" : "aes-128-ctr",
        "cipherparams" : { "iv" : "83dbcc02d8ccb40e466191a123791e0e" },
        "ciphertext" : "d172bf743a674da9cdad04534d56926ef8358534d458fffccd4e6ad2fbde479c",
        "kdf" : "scrypt",
        "kdfparams" : {
            "dklen" : 32,
            "n" : 262144,
            "r" : 1,
            "p" : 8,
            "salt" : "ab0c7876052600dd703518d6fc3fe8984592145b591fc8fb5c6d43190334ba19"
        },
        "mac" : "2103ac29920d71da29f15d75b4a16dbe95cfd7ff8faea1056c33131d846e3097"
    },
    "id" : "3198bc9c-6672-5ab3-d995-4942343ae5b6",
    "version" : 3
})";
}

// A cheap scrypt file of the spec's key (n = 1024), to alter field by field.
QJsonObject cheapFile()
{
    Keystore::Error error;
    const auto json = Keystore::encrypt(
        QByteArray::fromHex(kSpecKey), kSpecPassword, Keystore::ScryptParams { 1024, 8, 1 }, &error);
    return QJsonDocument::fromJson(*json).object();
}

QJsonObject withCrypto(QJsonObject file, const QString& key, const QJsonValue& value)
{
    QJsonObject crypto = file.value(QLatin1String("crypto")).toObject();
    crypto.insert(key, value);
    file.insert(QStringLiteral("crypto"), crypto);
    return file;
}

QJsonObject withKdfParam(QJsonObject file, const QString& key, const QJsonValue& value)
{
    QJsonObject params
        = file.value(QLatin1String("crypto")).toObject().value(QLatin1String("kdfparams")).toObject();
    if (value.isUndefined())
        params.remove(key);
    else
        params.insert(key, value);
    return withCrypto(file, QStringLiteral("kdfparams"), params);
}

QByteArray bytes(const QJsonObject& o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }
} // namespace

class TestKeystore final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void specPbkdf2VectorDecrypts()
    {
        Keystore::Error error;
        const auto key = Keystore::decrypt(specPbkdf2(), kSpecPassword, &error);
        QVERIFY2(key, qPrintable(error.message));
        QCOMPARE(key->toByteArray().toHex(), kSpecKey);
        QCOMPARE(error.kind, Kind::None);
    }

    void specScryptVectorDecrypts()
    {
        Keystore::Error error;
        const auto key = Keystore::decrypt(specScrypt(), kSpecPassword, &error);
        QVERIFY2(key, qPrintable(error.message));
        QCOMPARE(key->toByteArray().toHex(), kSpecKey);
    }

    void wrongPasswordSaysSo()
    {
        Keystore::Error error;
        QVERIFY(!Keystore::decrypt(specPbkdf2(), QStringLiteral("testpassword!"), &error));
        QCOMPARE(error.kind, Kind::WrongPassword);
        QCOMPARE(error.message, QStringLiteral("Wrong password."));
        QVERIFY(!Keystore::decrypt(bytes(cheapFile()), QString(), &error));
        QCOMPARE(error.kind, Kind::WrongPassword);
    }

    void encryptedFileRoundTripsAndLooksLikeTheSpec()
    {
        Keystore::Error error;
        const QByteArray key = QByteArray::fromHex(kSpecKey);
        const auto json = Keystore::encrypt(key, QStringLiteral("pässwörd"), { 1024, 8, 1 }, &error);
        QVERIFY2(json, qPrintable(error.message));
        const QJsonObject o = QJsonDocument::fromJson(*json).object();
        QCOMPARE(o.value(QLatin1String("version")).toInt(), 3);
        QCOMPARE(o.value(QLatin1String("address")).toString(),
            QStringLiteral("008aeeda4d805471df9b2a5b0f38a0c3bcba786b"));
        QVERIFY(QRegularExpression(
            QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"))
                    .match(o.value(QLatin1String("id")).toString())
                    .hasMatch());
        const QJsonObject crypto = o.value(QLatin1String("crypto")).toObject();
        QCOMPARE(crypto.value(QLatin1String("cipher")).toString(), QStringLiteral("aes-128-ctr"));
        QCOMPARE(crypto.value(QLatin1String("kdf")).toString(), QStringLiteral("scrypt"));
        QCOMPARE(crypto.value(QLatin1String("cipherparams"))
                     .toObject()
                     .value(QLatin1String("iv"))
                     .toString()
                     .size(),
            32);
        QCOMPARE(crypto.value(QLatin1String("ciphertext")).toString().size(), 64);
        QCOMPARE(crypto.value(QLatin1String("mac")).toString().size(), 64);
        const QJsonObject params = crypto.value(QLatin1String("kdfparams")).toObject();
        QCOMPARE(params.value(QLatin1String("dklen")).toInt(), 32);
        QCOMPARE(params.value(QLatin1String("n")).toInt(), 1024);
        QCOMPARE(params.value(QLatin1String("r")).toInt(), 8);
        QCOMPARE(params.value(QLatin1String("p")).toInt(), 1);
        QCOMPARE(params.value(QLatin1String("salt")).toString().size(), 64);
        QVERIFY(!json->contains(kSpecKey)); // the key is not in the file in the clear
        QCOMPARE(Keystore::addressOf(*json), QStringLiteral("0x008AeEda4D805471dF9b2A5B0f38A0C3bCBA786b"));

        const auto back = Keystore::decrypt(*json, QStringLiteral("pässwörd"), &error);
        QVERIFY2(back, qPrintable(error.message));
        QCOMPARE(back->toByteArray(), key);
        // Fresh salt and iv each time.
        QVERIFY(*Keystore::encrypt(key, QStringLiteral("x"), { 1024, 8, 1 }, &error)
            != *Keystore::encrypt(key, QStringLiteral("x"), { 1024, 8, 1 }, &error));
    }

    void defaultParamsAreGethStandard()
    {
        const Keystore::ScryptParams p;
        QCOMPARE(p.n, quint64(262144));
        QCOMPARE(p.r, 8u);
        QCOMPARE(p.p, 1u);
    }

    void encryptRefusesBadKeysAndParams()
    {
        Keystore::Error error;
        QVERIFY(!Keystore::encrypt(QByteArray(31, '\1'), QStringLiteral("x"), { 1024, 8, 1 }, &error));
        QCOMPARE(error.kind, Kind::Malformed);
        QVERIFY(!Keystore::encrypt(QByteArray(32, '\0'), QStringLiteral("x"), { 1024, 8, 1 }, &error));
        QVERIFY(
            !Keystore::encrypt(QByteArray::fromHex(kSpecKey), QStringLiteral("x"), { 1000, 8, 1 }, &error));
        QCOMPARE(error.kind, Kind::TooCostly);
        QVERIFY(!Keystore::encrypt(
            QByteArray::fromHex(kSpecKey), QStringLiteral("x"), { 1u << 21, 8, 1 }, &error));
    }

    void badFilesGiveAReasonNotACrash_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("says");
        const QJsonObject f = cheapFile();
        const auto row = [](const char* name, const QByteArray& json, Kind kind, const char* says) {
            QTest::newRow(name) << json << static_cast<int>(kind) << QString::fromUtf8(says);
        };
        row("empty", QByteArray(), Kind::Malformed, "not JSON");
        row("not json", "{\"version\":3,", Kind::Malformed, "not JSON");
        row("array", "[1,2,3]", Kind::Malformed, "not JSON");
        row("huge", QByteArray(70000, ' ') + "{}", Kind::Malformed, "too large");
        QJsonObject v2 = f;
        v2.insert(QStringLiteral("version"), 2);
        row("version 2", bytes(v2), Kind::Unsupported, "version 3");
        QJsonObject noCrypto = f;
        noCrypto.remove(QStringLiteral("crypto"));
        row("no crypto", bytes(noCrypto), Kind::Malformed, "crypto");
        row("cbc", bytes(withCrypto(f, QStringLiteral("cipher"), QStringLiteral("aes-128-cbc"))),
            Kind::Unsupported, "aes-128-cbc");
        row("argon2", bytes(withCrypto(f, QStringLiteral("kdf"), QStringLiteral("argon2id"))),
            Kind::Unsupported, "argon2id");
        row("iv short",
            bytes(withCrypto(f, QStringLiteral("cipherparams"),
                QJsonObject { { QStringLiteral("iv"), QStringLiteral("00") } })),
            Kind::Malformed, "damaged");
        row("ciphertext not hex",
            bytes(withCrypto(f, QStringLiteral("ciphertext"),
                QString(QStringLiteral("zz") + QString(62, QLatin1Char('0'))))),
            Kind::Malformed, "damaged");
        row("ciphertext 16 bytes",
            bytes(withCrypto(f, QStringLiteral("ciphertext"), QString(32, QLatin1Char('0')))),
            Kind::Malformed, "private key");
        row("mac number", bytes(withCrypto(f, QStringLiteral("mac"), 5)), Kind::Malformed, "damaged");
        row("mac altered", bytes(withCrypto(f, QStringLiteral("mac"), QString(64, QLatin1Char('0')))),
            Kind::WrongPassword, "Wrong password");
        row("n too big", bytes(withKdfParam(f, QStringLiteral("n"), 1 << 21)), Kind::TooCostly, "more work");
        row("n 2^20 r 16",
            bytes(withKdfParam(withKdfParam(f, QStringLiteral("n"), 1 << 20), QStringLiteral("r"), 16)),
            Kind::TooCostly, "1 GiB");
        row("p huge", bytes(withKdfParam(f, QStringLiteral("p"), 1000000)), Kind::TooCostly, "more work");
        row("r*p too much",
            bytes(withKdfParam(withKdfParam(f, QStringLiteral("r"), 64), QStringLiteral("p"), 1000)),
            Kind::TooCostly, "more work");
        row("n not power of two", bytes(withKdfParam(f, QStringLiteral("n"), 1000)), Kind::Malformed,
            "power of two");
        row("n string", bytes(withKdfParam(f, QStringLiteral("n"), QStringLiteral("1024"))), Kind::Malformed,
            "scrypt");
        row("n fraction", bytes(withKdfParam(f, QStringLiteral("n"), 1024.5)), Kind::Malformed, "scrypt");
        row("n negative", bytes(withKdfParam(f, QStringLiteral("n"), -1024)), Kind::Malformed, "scrypt");
        row("n 1e300", bytes(withKdfParam(f, QStringLiteral("n"), 1e300)), Kind::Malformed, "scrypt");
        row("no salt", bytes(withKdfParam(f, QStringLiteral("salt"), QJsonValue::Undefined)), Kind::Malformed,
            "salt");
        row("dklen 16", bytes(withKdfParam(f, QStringLiteral("dklen"), 16)), Kind::Malformed, "dklen");
        QJsonObject pb = QJsonDocument::fromJson(specPbkdf2()).object();
        row("prf sha512", bytes(withKdfParam(pb, QStringLiteral("prf"), QStringLiteral("hmac-sha512"))),
            Kind::Unsupported, "hmac-sha512");
        row("c too big", bytes(withKdfParam(pb, QStringLiteral("c"), 1e9)), Kind::TooCostly, "more work");
        row("c missing", bytes(withKdfParam(pb, QStringLiteral("c"), QJsonValue::Undefined)), Kind::Malformed,
            "needs c");
        QJsonObject otherAddress = f;
        otherAddress.insert(
            QStringLiteral("address"), QStringLiteral("9858effd232b4033e47d90003d41ec34ecaeda94"));
        row("address altered", bytes(otherAddress), Kind::Mismatch, "altered");
    }
    void badFilesGiveAReasonNotACrash()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, kind);
        QFETCH(QString, says);
        Keystore::Error error;
        QElapsedTimer t;
        t.start();
        QVERIFY(!Keystore::decrypt(json, kSpecPassword, &error));
        QCOMPARE(static_cast<int>(error.kind), kind);
        QVERIFY2(error.message.contains(says), qPrintable(error.message));
        QVERIFY2(t.elapsed() < 2000, "a refused file must be refused before the expensive work");
    }
};

QTEST_GUILESS_MAIN(TestKeystore)
#include "tst_keystore.moc"
