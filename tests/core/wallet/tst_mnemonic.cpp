// SPDX-License-Identifier: GPL-3.0-or-later
#include "wallet/mnemonic.h"

#include <QTest>

using sc::core::Mnemonic;

class TestMnemonic final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void wordListIsThePublishedOne()
    {
        // The configure step checked the file's SHA-256; this checks what was embedded.
        QCOMPARE(Mnemonic::wordList().size(), 2048);
        QCOMPARE(Mnemonic::wordList().first(), QStringLiteral("abandon"));
        QCOMPARE(Mnemonic::wordList().last(), QStringLiteral("zoo"));
        QCOMPARE(Mnemonic::indexOf(u"ability"), 1);
        QCOMPARE(Mnemonic::indexOf(u"notaword"), -1);
    }

    // Trezor's vectors.json (python-mnemonic), the "english" entries of 12 words: entropy,
    // words, seed with the passphrase "TREZOR". Cross-checked with Debian's python3-mnemonic.
    void trezorVectorsGiveWordsAndSeed_data()
    {
        QTest::addColumn<QByteArray>("entropy");
        QTest::addColumn<QString>("phrase");
        QTest::addColumn<QByteArray>("seed");
        QTest::newRow("zeros") << QByteArray("00000000000000000000000000000000")
                               << QStringLiteral("abandon abandon abandon abandon abandon abandon abandon "
                                                 "abandon abandon abandon abandon about")
                               << QByteArray(
                                      "c55257c360c07c72029aebc1b53c05ed0362ada38ead3e3e9efa3708e53495531f09"
                                      "a6987599d18264c1e1c92f2cf141630c7a3c4ab7c81b2f001698e7463b04");
        QTest::newRow("7f") << QByteArray("7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f")
                            << QStringLiteral(
                                   "legal winner thank year wave sausage worth useful legal winner "
                                   "thank yellow")
                            << QByteArray(
                                   "2e8905819b8723fe2c1d161860e5ee1830318dbf49a83bd451cfb8440c28bd6fa457f"
                                   "e1296106559a3c80937a1c1069be3a3a5bd381ee6260e8d9739fce1f607");
        QTest::newRow("80") << QByteArray("80808080808080808080808080808080")
                            << QStringLiteral("letter advice cage absurd amount doctor acoustic avoid letter "
                                              "advice cage above")
                            << QByteArray(
                                   "d71de856f81a8acc65e6fc851a38d4d7ec216fd0796d0a6827a3ad6ed5511a30fa280"
                                   "f12eb2e47ed2ac03b5c462a0358d18d69fe4f985ec81778c1b370b652a8");
        QTest::newRow("ff") << QByteArray("ffffffffffffffffffffffffffffffff")
                            << QStringLiteral("zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo wrong")
                            << QByteArray(
                                   "ac27495480225222079d7be181583751e86f571027b0497b5b5d11218e0a8a1333257"
                                   "2917f0f8e5a589620c6f15b11c61dee327651a14c34e18231052e48c069");
        QTest::newRow("ozone") << QByteArray("9e885d952ad362caeb4efe34a8e91bd2")
                               << QStringLiteral(
                                      "ozone drill grab fiber curtain grace pudding thank cruise elder "
                                      "eight picnic")
                               << QByteArray(
                                      "274ddc525802f7c828d8ef7ddbcdc5304e87ac3535913611fbbfa986d0c9e5476c9"
                                      "1689f9c8a54fd55bd38606aa6a8595ad213d4c9c9f9aca3fb217069a41028");
        QTest::newRow("scheme") << QByteArray("c0ba5a8e914111210f2bd131f3d5e08d")
                                << QStringLiteral(
                                       "scheme spot photo card baby mountain device kick cradle pact "
                                       "join borrow")
                                << QByteArray(
                                       "ea725895aaae8d4c1cf682c1bfd2d358d52ed9f0f0591131b559e2724bb234fca0"
                                       "5aa9c02c57407e04ee9dc3b454aa63fbff483a8b11de949624b9f1831a9612");
        QTest::newRow("cat") << QByteArray("23db8160a31d3e0dca3688ed941adbf3")
                             << QStringLiteral(
                                    "cat swing flag economy stadium alone churn speed unique patch "
                                    "report train")
                             << QByteArray(
                                    "deb5f45449e615feff5640f2e49f933ff51895de3b4381832b3139941c57b59205a42"
                                    "480c52175b6efcffaa58a2503887c1e8b363a707256bdd2b587b46541f5");
        QTest::newRow("vessel") << QByteArray("f30f8c1da665478f49b001d94c5fc452")
                                << QStringLiteral(
                                       "vessel ladder alter error federal sibling chat ability sun "
                                       "glass valve picture")
                                << QByteArray(
                                       "2aaa9242daafcee6aa9d7269f17d4efe271e1b9a529178d7dc139cd18747090bf9"
                                       "d60295d0ce74309a78852a9caadf0af48aae1c6253839624076224374bc63f");
    }
    void trezorVectorsGiveWordsAndSeed()
    {
        QFETCH(QByteArray, entropy);
        QFETCH(QString, phrase);
        QFETCH(QByteArray, seed);
        QCOMPARE(Mnemonic::fromEntropy(QByteArray::fromHex(entropy)).join(QLatin1Char(' ')), phrase);
        const Mnemonic::Check c = Mnemonic::check(phrase);
        QVERIFY2(c.ok(), qPrintable(c.message));
        QCOMPARE(Mnemonic::toEntropy(phrase)->toByteArray().toHex(), entropy);
        QString error;
        const auto s = Mnemonic::toSeed(phrase, QStringLiteral("TREZOR"), &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->toByteArray().toHex(), seed);
    }

    void longerPhrasesFromTheVectorsAreAccepted()
    {
        // 24 words (Trezor's vectors.json), seed with "TREZOR".
        const QString phrase = QStringLiteral("hamster diagram private dutch cause delay private meat slide "
                                              "toddler razor book happy fancy gospel "
                                              "tennis maple dilemma loan word shrug inflict delay length");
        QString error;
        QCOMPARE(Mnemonic::toSeed(phrase, QStringLiteral("TREZOR"), &error)->toByteArray().toHex(),
            QByteArray(
                "64c87cde7e12ecf6704ab95bb1408bef047c22db4cc7491c4271d170a1b213d20b385bc1588d9c7b38f1b39d"
                "415665b8a9030c9ec653d75e65f847d8fc1fc440"));
        QCOMPARE(Mnemonic::fromEntropy(
                     QByteArray::fromHex("68a79eaca2324873eacc50cb9c6eca8cc68ea5d936f98787c60c7ebc74e6ce7c"))
                     .join(QLatin1Char(' ')),
            phrase);
    }

    void capitalsAndExtraSpacesReadAsTheSameWords()
    {
        QString error;
        const auto a = Mnemonic::toSeed(
            QStringLiteral(
                "  Abandon abandon\tabandon abandon abandon abandon abandon abandon abandon abandon "
                "abandon ABOUT\n"),
            QString(), &error);
        const auto b
            = Mnemonic::toSeed(QStringLiteral("abandon abandon abandon abandon abandon abandon abandon "
                                              "abandon abandon abandon abandon about"),
                QString(), &error);
        QVERIFY(a && b);
        QCOMPARE(a->toByteArray(), b->toByteArray());
    }

    void generatedWordsAreTwelveAndCheckOut()
    {
        QString error;
        const auto a = Mnemonic::generate(&error);
        const auto b = Mnemonic::generate(&error);
        QVERIFY2(a && b, qPrintable(error));
        QCOMPARE(a->size(), 12);
        QVERIFY(Mnemonic::check(a->join(QLatin1Char(' '))).ok());
        QVERIFY(*a != *b);
    }

    void wrongWordCountSaysHowMany()
    {
        const Mnemonic::Check c = Mnemonic::check(QStringLiteral("abandon abandon abandon"));
        QCOMPARE(c.problem, Mnemonic::Problem::WrongWordCount);
        QVERIFY2(c.message.contains(QLatin1String("12, 15, 18, 21 or 24")), qPrintable(c.message));
        QVERIFY2(c.message.contains(QLatin1String("3 word")), qPrintable(c.message));
        QCOMPARE(Mnemonic::check(QString()).problem, Mnemonic::Problem::WrongWordCount);
    }

    void unknownWordIsNamedByPosition()
    {
        const Mnemonic::Check c = Mnemonic::check(QStringLiteral(
            "abandon abandon abandon abandn abandon abandon abandon abandon abandon abandon abandon about"));
        QCOMPARE(c.problem, Mnemonic::Problem::UnknownWord);
        QCOMPARE(c.wordNumber, 4);
        QVERIFY2(c.message.contains(QLatin1String("Word 4")) && c.message.contains(QLatin1String("abandn")),
            qPrintable(c.message));
    }

    void swappedWordsFailTheChecksum()
    {
        const Mnemonic::Check c = Mnemonic::check(
            QStringLiteral("legal winner thank year wave sausage worth useful legal winner yellow thank"));
        QCOMPARE(c.problem, Mnemonic::Problem::BadChecksum);
        QVERIFY2(c.message.contains(QLatin1String("wrong")), qPrintable(c.message));
        QString error;
        QVERIFY(!Mnemonic::toSeed(
            QStringLiteral("abandon abandon abandon abandon abandon abandon abandon abandon "
                           "abandon abandon abandon abandon"),
            QString(), &error));
        QVERIFY(error.contains(QLatin1String("do not check out")));
    }

    void nonAsciiIsRefusedNotNormalised()
    {
        // "abandon" with a Cyrillic "а": looks the same, is not the same word.
        const Mnemonic::Check c
            = Mnemonic::check(QStringLiteral("abandon \u0430bandon abandon abandon abandon abandon abandon "
                                             "abandon abandon abandon abandon about"));
        QCOMPARE(c.problem, Mnemonic::Problem::NotAscii);
        QCOMPARE(c.wordNumber, 2);
        QString error;
        QVERIFY(!Mnemonic::toSeed(
            QStringLiteral("abandon abandon abandon abandon abandon abandon abandon abandon "
                           "abandon abandon abandon about"),
            QStringLiteral("caf\u00e9"), &error));
        QVERIFY2(error.contains(QLatin1String("ASCII")), qPrintable(error));
    }

    void badEntropyLengthGivesNoWords()
    {
        QVERIFY(Mnemonic::fromEntropy(QByteArray(15, '\0')).isEmpty());
        QVERIFY(Mnemonic::fromEntropy(QByteArray(33, '\0')).isEmpty());
        QVERIFY(Mnemonic::fromEntropy(QByteArray(18, '\0')).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMnemonic)
#include "tst_mnemonic.moc"
