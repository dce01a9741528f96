// SPDX-License-Identifier: GPL-3.0-or-later
// sparecycles-cli wallet new | import | export, run as a user runs them.
#include "clienvironment.h"
#include "wallet/hdkey.h"
#include "wallet/keystore.h"
#include "wallet/mnemonic.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr char kPassword[] = "a long test password";

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

class TestWalletCli final : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;

    QProcessEnvironment environment() const { return cliEnvironment(m_home); }

    Run cli(const QStringList& args, const QByteArray& input = QByteArray())
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral(SC_CLI_BIN), args);
        if (!p.waitForStarted())
            return {};
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(60000);
        return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
    }

    QString passwordFile(const QTemporaryDir& dir)
    {
        const QString path = dir.filePath(QStringLiteral("password"));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(QByteArray(kPassword) + '\n');
        return path;
    }

    QString payoutAddress(const QString& dataDir)
    {
        return cli({ QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("payout_address"),
                       QStringLiteral("--data-dir"), dataDir })
            .out.trimmed();
    }

private Q_SLOTS:
    void newThenExportGivesTheKeyOfThePayoutAddress()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        const QString words = dir.filePath(QStringLiteral("words.txt"));
        const Run made = cli({ QStringLiteral("wallet"), QStringLiteral("new"), QStringLiteral("--data-dir"),
            data, QStringLiteral("--store"), QStringLiteral("file"), QStringLiteral("--words-file"), words,
            QStringLiteral("--password-file"), passwordFile(dir) });
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        QVERIFY2(made.out.contains(QLatin1String("wallet.json")), qPrintable(made.out));
        QVERIFY(QFile::exists(QDir(data).filePath(QStringLiteral("wallet.json"))));
        QCOMPARE(QFile(words).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());

        const QString payout = payoutAddress(data);
        QVERIFY2(QRegularExpression(QStringLiteral("^0x[0-9a-fA-F]{40}$")).match(payout).hasMatch(),
            qPrintable(payout));
        QVERIFY(made.out.contains(payout));

        // The words in the file are the wallet: BIP-44 from them gives the payout address.
        QFile w(words);
        QVERIFY(w.open(QIODevice::ReadOnly));
        const QString phrase = QString::fromLatin1(w.readAll()).trimmed();
        QCOMPARE(sc::core::Mnemonic::words(phrase).size(), 12);
        QString error;
        const auto seed = sc::core::Mnemonic::toSeed(phrase, QString(), &error);
        QVERIFY2(seed, qPrintable(error));
        QCOMPARE(sc::core::HdKey::ethereumAccount(seed->view(), &error)->address, payout);

        const QString exported = dir.filePath(QStringLiteral("export.json"));
        const Run ex = cli({ QStringLiteral("wallet"), QStringLiteral("export"), QStringLiteral("--data-dir"),
            data, QStringLiteral("--out"), exported, QStringLiteral("--password-file"), passwordFile(dir) });
        QVERIFY2(ex.exitCode == 0, qPrintable(ex.err));
        QFile e(exported);
        QVERIFY(e.open(QIODevice::ReadOnly));
        QCOMPARE(e.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        const QByteArray json = e.readAll();
        sc::core::Keystore::Error kerr;
        const auto key = sc::core::Keystore::decrypt(json, QString::fromLatin1(kPassword), &kerr);
        QVERIFY2(key, qPrintable(kerr.message));
        QCOMPARE(sc::core::HdKey::addressOf(key->view(), &error), payout);
        QCOMPARE(sc::core::Keystore::addressOf(json), payout);

        // A second export to the same file and a second wallet are refused, with a reason.
        const Run again
            = cli({ QStringLiteral("wallet"), QStringLiteral("export"), QStringLiteral("--data-dir"), data,
                QStringLiteral("--out"), exported, QStringLiteral("--password-file"), passwordFile(dir) });
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QLatin1String("exists already")), qPrintable(again.err));
        const Run second = cli({ QStringLiteral("wallet"), QStringLiteral("new"),
            QStringLiteral("--data-dir"), data, QStringLiteral("--words-file"),
            dir.filePath(QStringLiteral("w2")), QStringLiteral("--password-file"), passwordFile(dir) });
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.err.contains(QLatin1String("not replaced")), qPrintable(second.err));
        QCOMPARE(payoutAddress(data), payout);
    }

    // The words are shown once and three of them typed back, as a user at a terminal does.
    void interactiveNewAsksForThreeOfTheWords()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral(SC_CLI_BIN),
            { QStringLiteral("wallet"), QStringLiteral("new"), QStringLiteral("--data-dir"), data,
                QStringLiteral("--store"), QStringLiteral("file"), QStringLiteral("--password-file"),
                passwordFile(dir) });
        QVERIFY(p.waitForStarted());
        QString out;
        QString err;
        QStringList words;
        int answered = 0;
        const QRegularExpression wordLine(
            QStringLiteral("^\\s*(\\d+)\\. ([a-z]+)$"), QRegularExpression::MultilineOption);
        const QRegularExpression prompt(QStringLiteral("Word (\\d+): $"));
        while (answered < 3 && p.state() == QProcess::Running) {
            p.waitForReadyRead(200);
            out += QString::fromUtf8(p.readAllStandardOutput());
            err += QString::fromUtf8(p.readAllStandardError());
            if (words.size() < 12) {
                words.clear();
                for (auto it = wordLine.globalMatch(out); it.hasNext();)
                    words.append(it.next().captured(2));
            }
            const auto m = prompt.match(err);
            if (m.hasMatch() && words.size() == 12) {
                const int n = m.captured(1).toInt();
                p.write(words.at(n - 1).toLatin1() + '\n');
                err.clear();
                ++answered;
            }
        }
        QVERIFY(p.waitForFinished(60000));
        out += QString::fromUtf8(p.readAllStandardOutput());
        err += QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(answered, 3);
        QVERIFY2(p.exitCode() == 0, qPrintable(err));
        QVERIFY2(out.contains(QLatin1String("shown only this once")), qPrintable(out));
        QString error;
        const auto seed = sc::core::Mnemonic::toSeed(words.join(QLatin1Char(' ')), QString(), &error);
        QVERIFY2(seed, qPrintable(error));
        QCOMPARE(payoutAddress(data), sc::core::HdKey::ethereumAccount(seed->view(), &error)->address);
    }

    void wrongWordsTypedBackSaveNothing()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        const Run r = cli({ QStringLiteral("wallet"), QStringLiteral("new"), QStringLiteral("--data-dir"),
                              data, QStringLiteral("--store"), QStringLiteral("file"),
                              QStringLiteral("--password-file"), passwordFile(dir) },
            "nope\nnope\nnope\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("Nothing was saved")), qPrintable(r.err));
        QVERIFY(!QFile::exists(QDir(data).filePath(QStringLiteral("wallet.json"))));
        QVERIFY(payoutAddress(data).isEmpty());
    }

    void importedWordsGiveTheKnownAddress()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        const Run r = cli({ QStringLiteral("wallet"), QStringLiteral("import"), QStringLiteral("--words"),
                              QStringLiteral("--data-dir"), data, QStringLiteral("--store"),
                              QStringLiteral("file"), QStringLiteral("--password-file"), passwordFile(dir) },
            "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon "
            "about\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(payoutAddress(data), QStringLiteral("0x9858EfFD232B4033E47d90003D41EC34EcaEda94"));
    }

    void importedWordsWithATypoSayWhichWord()
    {
        QTemporaryDir dir;
        const Run r = cli({ QStringLiteral("wallet"), QStringLiteral("import"), QStringLiteral("--words"),
                              QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--store"),
                              QStringLiteral("file"), QStringLiteral("--password-file"), passwordFile(dir) },
            "abandon abandon abandon abandn abandon abandon abandon abandon abandon abandon abandon about\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("Word 4, \"abandn\"")), qPrintable(r.err));
    }

    void importedKeystoreOfTheSpecGivesItsAddress()
    {
        QTemporaryDir dir;
        sc::core::Keystore::Error kerr;
        const auto json = sc::core::Keystore::encrypt(
            QByteArray::fromHex("7a28b5ba57c53603b0b07b56bba752f7784bf506fa95edc395f5cf6c7514fe9d"),
            QString::fromLatin1(kPassword), { 1024, 8, 1 }, &kerr);
        QFile f(dir.filePath(QStringLiteral("in.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(*json);
        f.close();
        const QString data = dir.filePath(QStringLiteral("data"));
        const Run r = cli({ QStringLiteral("wallet"), QStringLiteral("import"), QStringLiteral("--keystore"),
            f.fileName(), QStringLiteral("--data-dir"), data, QStringLiteral("--store"),
            QStringLiteral("file"), QStringLiteral("--password-file"), passwordFile(dir) });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(payoutAddress(data).toLower(), QStringLiteral("0x008aeeda4d805471df9b2a5b0f38a0c3bcba786b"));
    }

    // ctest runs this under dbus-run-session: a session bus with no keychain on it.
    void withNoKeychainTheFileIsUsedAndTheUserIsTold()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        const Run r = cli({ QStringLiteral("wallet"), QStringLiteral("new"), QStringLiteral("--data-dir"),
            data, QStringLiteral("--words-file"), dir.filePath(QStringLiteral("words")),
            QStringLiteral("--password-file"), passwordFile(dir) });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        if (!QFile::exists(QDir(data).filePath(QStringLiteral("wallet.json"))))
            QSKIP("A system keychain answered on this machine.");
        QVERIFY2(r.out.contains(QLatin1String("No system keychain")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("password-protected file")), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestWalletCli)
#include "tst_walletcli.moc"
