// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/settings.h"
#include "ui/dashboard/settingspage.h"
#include "ui/onboarding/firstrunwizard.h"
#include "ui/wallet/walletdialog.h"
#include "ui/wallet/walletkeeper.h"
#include "wallet/hdkey.h"
#include "wallet/keystore.h"
#include "wallet/mnemonic.h"
#include "wallet/walletstore.h"

#include <QCheckBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using sc::core::Keystore;
using sc::core::Settings;
using sc::core::WalletSecretStore;
using sc::ui::WalletContext;
using sc::ui::WalletDialog;
using sc::ui::WalletKeeper;

namespace {
const Keystore::ScryptParams kCheap { 1024, 8, 1 }; // the real cost is 256 MiB and a second
const QString kAbandon = QStringLiteral(
    "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about");
const QString kAbandonAddress = QStringLiteral("0x9858EfFD232B4033E47d90003D41EC34EcaEda94");
const QString kPassword = QStringLiteral("correct horse 42");

// The system keychain, in memory: answers at once, needs no password.
class FakeKeychain final : public WalletSecretStore {
public:
    explicit FakeKeychain(QByteArray* slot)
        : m_slot(slot)
    {
    }
    Backend backend() const override { return Backend::Keychain; }
    QString describe() const override { return QStringLiteral("the system keychain"); }
    bool needsPassword() const override { return false; }
    std::optional<bool> hasSecret(Error*) override { return !m_slot->isEmpty(); }
    bool save(QByteArrayView key, const QString&, Error* error) override
    {
        if (!m_slot->isEmpty()) {
            *error = { Error::Kind::Exists, QStringLiteral("exists") };
            return false;
        }
        *m_slot = key.toByteArray();
        return true;
    }
    std::optional<sc::core::SecretBytes> load(const QString&, Error*) override
    {
        return sc::core::SecretBytes(*m_slot);
    }

private:
    QByteArray* m_slot;
};

QString addressOfWords(const QString& words)
{
    QString error;
    const auto seed = sc::core::Mnemonic::toSeed(words, QString(), &error);
    const auto account = sc::core::HdKey::ethereumAccount(seed->view(), &error);
    return account ? account->address : QString();
}

// Every byte of every file under dir.
QList<QByteArray> everyFile(const QString& dir)
{
    QList<QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            files.append(f.readAll());
    }
    return files;
}
} // namespace

class TestWalletDialog final : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    QByteArray m_keychain; // what the fake keychain holds
    bool m_useKeychain = false;

    QString data() const { return m_dir->path(); }
    QString walletJson() const { return m_dir->filePath(QStringLiteral("wallet.json")); }

    WalletContext context()
    {
        WalletContext c;
        c.settings = m_settings.get();
        c.dataDir = data();
        c.exportParams = kCheap;
        const QString dir = data();
        if (m_useKeychain)
            c.openStore = [this] {
                return sc::core::WalletStoreChoice { std::make_unique<FakeKeychain>(&m_keychain), QString() };
            };
        else // as on a computer without a keychain
            c.openStore = [dir] { return sc::core::WalletStoreChooser::choose(dir, nullptr, kCheap); };
        return c;
    }

    std::unique_ptr<WalletDialog> open(WalletDialog::Task task = WalletDialog::Task::Setup)
    {
        auto d = std::make_unique<WalletDialog>(context(), task);
        d->show();
        if (!QTest::qWaitForWindowExposed(d.get()))
            return nullptr;
        if (!QTest::qWaitFor([&] { return d->storeReady(); }))
            return nullptr;
        return d;
    }

    template <typename T> static T* child(QWidget* w, const char* name)
    {
        return w->findChild<T*>(QLatin1String(name));
    }

    // From the first page to the typed-back words: returns the 12 words the grid showed.
    static QStringList showWords(WalletDialog& d)
    {
        child<QRadioButton>(&d, "choiceNew")->setChecked(true);
        d.next();
        if (d.currentId() != WalletDialog::WordsPage)
            return {};
        QStringList words;
        for (int n = 1; n <= 12; ++n)
            words.append(child<QLabel>(&d, qPrintable(QStringLiteral("word_%1").arg(n)))->text());
        child<QCheckBox>(&d, "wroteDown")->setChecked(true);
        d.next();
        return words;
    }

    static void retype(WalletDialog& d, const QStringList& words, bool oneWrong = false)
    {
        for (int i = 0; i < WalletDialog::kConfirmWords; ++i) {
            auto* e = child<QLineEdit>(&d, qPrintable(QStringLiteral("confirm_%1").arg(i)));
            const int n = e->property("wordNumber").toInt();
            QString w = words.value(n - 1);
            if (oneWrong && i == 1)
                w = w == QLatin1String("zoo") ? QStringLiteral("zebra") : QStringLiteral("zoo");
            e->setText(i == 0 ? QStringLiteral("  ") + w.toUpper() : w); // spaces and case forgiven
        }
    }

    static void choosePassword(WalletDialog& d, const QString& first, const QString& again)
    {
        child<QLineEdit>(&d, "password")->setText(first);
        child<QLineEdit>(&d, "passwordAgain")->setText(again);
        d.next();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
        m_keychain.clear();
        m_useKeychain = false;
    }

    void newWalletInFileStoreSetsPayoutAddressAndKeepsNoWords()
    {
        auto d = open();
        QVERIFY(d);
        QVERIFY(child<QLabel>(d.get(), "whereLabel")->text().contains(QLatin1String("no keychain")));
        const QStringList words = showWords(*d);
        QCOMPARE(words.size(), 12);
        QVERIFY(sc::core::Mnemonic::check(words.join(QLatin1Char(' '))).ok());
        // The words are gone from the screen once past their page.
        QVERIFY(child<QLabel>(d.get(), "word_1")->text().isEmpty());
        QCOMPARE(d->currentId(), int(WalletDialog::ConfirmPage));
        retype(*d, words);
        d->next();
        QCOMPARE(d->currentId(), int(WalletDialog::PasswordPage));
        QVERIFY(child<QLabel>(d.get(), "passwordWhy")
                    ->text()
                    .contains(QLatin1String("This computer has no keychain, so the wallet is kept in a file "
                                            "locked with a password")));
        choosePassword(*d, QStringLiteral("short"), QStringLiteral("short"));
        QCOMPARE(d->currentId(), int(WalletDialog::PasswordPage));
        QVERIFY(child<QLabel>(d.get(), "passwordError")->text().contains(QLatin1String("shorter than 8")));
        choosePassword(*d, kPassword, kPassword + QLatin1Char('x'));
        QVERIFY(child<QLabel>(d.get(), "passwordError")->text().contains(QLatin1String("not the same")));
        QVERIFY(!QFile::exists(walletJson()));
        choosePassword(*d, kPassword, kPassword);
        QCOMPARE(d->currentId(), int(WalletDialog::DonePage));

        const QString address = addressOfWords(words.join(QLatin1Char(' ')));
        QCOMPARE(
            Settings(m_dir->filePath(QStringLiteral("settings.ini"))).value(QStringLiteral("payout_address")),
            address);
        QCOMPARE(m_settings->value(QStringLiteral("wallet_store")), QStringLiteral("file"));
        QCOMPARE(d->address(), address);
        QCOMPARE(child<QLabel>(d.get(), "doneAddress")->text(), address);
        QVERIFY(child<QLabel>(d.get(), "doneText")->text().contains(QDir::toNativeSeparators(walletJson())));
        // The stored key is the words' key, and only its owner may read the file.
        WalletSecretStore::Error e;
        const auto key = sc::core::FileWalletStore(data(), kCheap).load(kPassword, &e);
        QVERIFY2(key, qPrintable(e.message));
        QString error;
        QCOMPARE(sc::core::HdKey::addressOf(key->view(), &error), address);
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
            | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
            | QFileDevice::ExeOther;
        QCOMPARE(QFile::permissions(walletJson()) & others, QFileDevice::Permissions());
        QVERIFY(QFile::permissions(walletJson()) & QFileDevice::ReadOwner);
        // No file in the data folder holds the words, whole or two in a row.
        const QList<QByteArray> files = everyFile(data());
        QVERIFY(files.size() >= 2); // settings.ini and wallet.json
        QList<QByteArray> needles;
        for (const char* sep : { " ", "\n", ",", "\",\"", "" })
            needles.append(words.join(QLatin1String(sep)).toLatin1());
        for (int i = 0; i + 1 < words.size(); ++i) {
            needles.append((words.at(i) + QLatin1Char(' ') + words.at(i + 1)).toLatin1());
            needles.append((words.at(i) + QLatin1Char('\n') + words.at(i + 1)).toLatin1());
        }
        for (const QByteArray& file : files)
            for (const QByteArray& needle : needles)
                QVERIFY2(!file.contains(needle), needle.constData());
    }

    void wrongRetypedWordSavesNothing()
    {
        auto d = open();
        QVERIFY(d);
        const QStringList words = showWords(*d);
        QCOMPARE(words.size(), 12);
        retype(*d, words, true);
        d->next();
        QCOMPARE(d->currentId(), int(WalletDialog::ConfirmPage));
        auto* error = child<QLabel>(d.get(), "confirmError");
        QVERIFY(error->isVisible());
        const int wrongNumber = child<QLineEdit>(d.get(), "confirm_1")->property("wordNumber").toInt();
        QVERIFY2(error->text().contains(QStringLiteral("Word %1 is not").arg(wrongNumber)),
            qPrintable(error->text()));
        QVERIFY(error->text().contains(QLatin1String("Nothing has been saved")));
        QVERIFY(!QFile::exists(walletJson()));
        QCOMPARE(m_settings->value(QStringLiteral("payout_address")), QString());
        QCOMPARE(m_settings->value(QStringLiteral("wallet_store")), QStringLiteral("none"));
        d->reject();
        QVERIFY(!QFile::exists(walletJson()));
    }

    void importFromWordsGivesTheirFirstAccount()
    {
        auto d = open();
        QVERIFY(d);
        child<QRadioButton>(d.get(), "choiceWords")->setChecked(true);
        d->next();
        QCOMPARE(d->currentId(), int(WalletDialog::ImportWordsPage));
        auto* phrase = child<QPlainTextEdit>(d.get(), "phrase");
        phrase->setPlainText(QStringLiteral("abandon abandon abandon abandon abandon abandon abandon abandon "
                                            "abandon abandon abandon abandon"));
        d->next();
        QCOMPARE(d->currentId(), int(WalletDialog::ImportWordsPage));
        QVERIFY(child<QLabel>(d.get(), "phraseError")->text().contains(QLatin1String("Nothing was saved")));
        phrase->setPlainText(QStringLiteral("  ") + kAbandon.toUpper() + QStringLiteral("\n"));
        d->next();
        QCOMPARE(d->currentId(), int(WalletDialog::PasswordPage));
        choosePassword(*d, kPassword, kPassword);
        QCOMPARE(d->currentId(), int(WalletDialog::DonePage));
        QCOMPARE(m_settings->value(QStringLiteral("payout_address")), kAbandonAddress);
        QCOMPARE(child<QLabel>(d.get(), "doneAddress")->text(), kAbandonAddress);
        QVERIFY(phrase->toPlainText().isEmpty());
    }

    void exportThenDecryptGivesTheSameAddress()
    {
        importFromWordsGivesTheirFirstAccount();
        auto d = open(WalletDialog::Task::Export);
        QVERIFY(d);
        // A wallet is there: it is never replaced, only copied.
        QVERIFY(!child<QRadioButton>(d.get(), "choiceNew")->isVisible());
        QVERIFY(child<QRadioButton>(d.get(), "choiceExport")->isChecked());
        QVERIFY(child<QLabel>(d.get(), "whereLabel")->text().contains(kAbandonAddress));
        d->next();
        QCOMPARE(d->currentId(), int(WalletDialog::ExportPage));
        QVERIFY(!child<QLineEdit>(d.get(), "exportPasswordAgain")->isVisible());
        const QString copy = m_dir->filePath(QStringLiteral("copy.json"));
        child<QLineEdit>(d.get(), "exportPath")->setText(copy);
        child<QLineEdit>(d.get(), "exportPassword")->setText(QStringLiteral("not the password"));
        d->next();
        QCOMPARE(d->currentId(), int(WalletDialog::ExportPage));
        QVERIFY(child<QLabel>(d.get(), "exportError")
                    ->text()
                    .contains(QLatin1String("not your wallet's password")));
        QVERIFY(!QFile::exists(copy));
        child<QLineEdit>(d.get(), "exportPassword")->setText(kPassword);
        d->next();
        QCOMPARE(d->currentId(), int(WalletDialog::DonePage));
        QFile f(copy);
        QVERIFY(f.open(QIODevice::ReadOnly));
        Keystore::Error kerr;
        const auto key = Keystore::decrypt(f.readAll(), kPassword, &kerr);
        QVERIFY2(key, qPrintable(kerr.message));
        QString error;
        QCOMPARE(sc::core::HdKey::addressOf(key->view(), &error), kAbandonAddress);
        QCOMPARE(QFile::permissions(copy) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
            QFileDevice::Permissions());
        QVERIFY(child<QLabel>(d.get(), "doneText")->text().contains(QDir::toNativeSeparators(copy)));
        // A second export never writes over the first.
        auto again = open(WalletDialog::Task::Export);
        QVERIFY(again);
        again->next();
        child<QLineEdit>(again.get(), "exportPath")->setText(copy);
        child<QLineEdit>(again.get(), "exportPassword")->setText(kPassword);
        again->next();
        QCOMPARE(again->currentId(), int(WalletDialog::ExportPage));
        QVERIFY(child<QLabel>(again.get(), "exportError")->text().contains(QLatin1String("exists already")));
    }

    void importFromWalletFileKeepsItsPassword()
    {
        QString error;
        const auto seed = sc::core::Mnemonic::toSeed(kAbandon, QString(), &error);
        const auto account = sc::core::HdKey::ethereumAccount(seed->view(), &error);
        Keystore::Error kerr;
        const auto json
            = Keystore::encrypt(account->privateKey.view(), QStringLiteral("file password"), kCheap, &kerr);
        QVERIFY(json);
        QTemporaryDir elsewhere;
        const QString file = elsewhere.filePath(QStringLiteral("mywallet.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(*json);
        out.close();

        auto d = open();
        QVERIFY(d);
        child<QRadioButton>(d.get(), "choiceFile")->setChecked(true);
        d->next();
        QCOMPARE(d->currentId(), int(WalletDialog::ImportFilePage));
        child<QLineEdit>(d.get(), "importPath")->setText(file);
        child<QLineEdit>(d.get(), "importPassword")->setText(QStringLiteral("wrong"));
        d->next();
        QCOMPARE(d->currentId(), int(WalletDialog::ImportFilePage));
        QVERIFY(
            child<QLabel>(d.get(), "importFileError")->text().contains(QLatin1String("not the password")));
        QVERIFY(!QFile::exists(walletJson()));
        child<QLineEdit>(d.get(), "importPassword")->setText(QStringLiteral("file password"));
        d->next();
        QCOMPARE(d->currentId(), int(WalletDialog::DonePage));
        QCOMPARE(m_settings->value(QStringLiteral("payout_address")), kAbandonAddress);
        WalletSecretStore::Error e;
        QVERIFY(sc::core::FileWalletStore(data(), kCheap).load(QStringLiteral("file password"), &e));
    }

    void keychainNeedsNoPasswordButItsExportDoes()
    {
        m_useKeychain = true;
        auto d = open();
        QVERIFY(d);
        QVERIFY(child<QLabel>(d.get(), "whereLabel")->text().contains(QLatin1String("system keychain")));
        const QStringList words = showWords(*d);
        retype(*d, words);
        d->next();
        QCOMPARE(d->currentId(), int(WalletDialog::DonePage)); // no password page
        QCOMPARE(m_keychain.size(), 32);
        QVERIFY(!QFile::exists(walletJson()));
        QCOMPARE(m_settings->value(QStringLiteral("wallet_store")), QStringLiteral("keychain"));
        QVERIFY(child<QLabel>(d.get(), "doneText")->text().contains(QLatin1String("the system keychain")));
        const QString address = addressOfWords(words.join(QLatin1Char(' ')));
        QCOMPARE(m_settings->value(QStringLiteral("payout_address")), address);

        auto x = open(WalletDialog::Task::Export);
        QVERIFY(x);
        x->next();
        QCOMPARE(x->currentId(), int(WalletDialog::ExportPage));
        const QString copy = m_dir->filePath(QStringLiteral("copy.json"));
        child<QLineEdit>(x.get(), "exportPath")->setText(copy);
        child<QLineEdit>(x.get(), "exportPassword")->setText(kPassword);
        child<QLineEdit>(x.get(), "exportPasswordAgain")->setText(QStringLiteral("something else"));
        x->next();
        QVERIFY(child<QLabel>(x.get(), "exportError")->text().contains(QLatin1String("not the same")));
        child<QLineEdit>(x.get(), "exportPasswordAgain")->setText(kPassword);
        x->next();
        QCOMPARE(x->currentId(), int(WalletDialog::DonePage));
        QFile f(copy);
        QVERIFY(f.open(QIODevice::ReadOnly));
        Keystore::Error kerr;
        const auto key = Keystore::decrypt(f.readAll(), kPassword, &kerr);
        QVERIFY(key);
        QString error;
        QCOMPARE(sc::core::HdKey::addressOf(key->view(), &error), address);
    }

    void settingsPageOffersCreateThenExport()
    {
        sc::ui::SettingsPage page(m_settings.get());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(!child<QPushButton>(&page, "walletSetup")->isVisible()); // no context, no buttons
        page.setWalletContext(context());
        QVERIFY(child<QPushButton>(&page, "walletSetup")->isVisible());
        QVERIFY(!child<QPushButton>(&page, "walletExport")->isVisible());
        QFile f(walletJson());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        page.reload();
        QVERIFY(!child<QPushButton>(&page, "walletSetup")->isVisible());
        QVERIFY(child<QPushButton>(&page, "walletExport")->isVisible());
    }

    void firstRunWizardOffersToMakeOne()
    {
        sc::ui::FirstRunWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.next();
        wizard.next(); // the payout page
        auto* make = child<QPushButton>(&wizard, "makeWallet");
        QVERIFY(make && !make->isVisible());
        wizard.setWalletContext(context());
        QVERIFY(make->isVisible());
    }

    void firstRunWizardComingBackStartsAtTheWalletMadeBefore()
    {
        // A wallet made from the wizard, which was then cancelled: the key and payout_address
        // are saved, the wizard's choices are not.
        importFromWordsGivesTheirFirstAccount();
        sc::ui::FirstRunWizard wizard;
        wizard.setWalletContext(context());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.next();
        wizard.next(); // the payout page
        QCOMPARE(child<QLineEdit>(&wizard, "payout")->text(), kAbandonAddress);
        QVERIFY(child<QLabel>(&wizard, "walletLead")->text().contains(QLatin1String("keeps a wallet")));
        auto* button = child<QPushButton>(&wizard, "makeWallet");
        QVERIFY(button->isVisible());
        QVERIFY2(button->text().contains(QLatin1String("copy")), qPrintable(button->text()));
        QVERIFY(child<QLabel>(&wizard, "walletNote")->isVisible());
        child<QLineEdit>(&wizard, "payout")
            ->setText(QStringLiteral("0x52908400098527886E0F7030069857D2E4169EE7"));
        QVERIFY(!child<QLabel>(&wizard, "walletNote")->isVisible()); // not this wallet's any more
        child<QLineEdit>(&wizard, "payout")->setText(kAbandonAddress.toLower());
        QVERIFY(child<QLabel>(&wizard, "walletNote")->isVisible());
        QCOMPARE(wizard.choices().payoutAddress, kAbandonAddress);
    }

    void keeperSavesWordsAndExportsTheirKeyWithoutWidgets()
    {
        QVERIFY(WalletKeeper::checkNewPassword(QStringLiteral("short"), QStringLiteral("short"))
                    .contains(QLatin1String("shorter than 8")));
        QVERIFY(WalletKeeper::checkNewPassword(kPassword, kPassword + QLatin1Char('x'))
                    .contains(QLatin1String("not the same")));
        QVERIFY(WalletKeeper::checkNewPassword(kPassword, kPassword).isEmpty());

        QStringList shown;
        WalletKeeper keeper(
            m_settings.get(), kCheap, [&](const QString& label, bool, const std::function<void()>& work) {
                shown.append(label);
                work();
            });
        sc::core::FileWalletStore store(data(), kCheap);
        QString error;
        QVERIFY(!keeper.takeWords(QStringLiteral("abandon abandon"), &error));
        QVERIFY2(error.contains(QLatin1String("Nothing was saved")), qPrintable(error));
        QVERIFY(!keeper.holdsKey());
        QVERIFY(keeper.takeWords(kAbandon, &error));
        QVERIFY(keeper.holdsKey());
        const auto saved = keeper.saveKey(store, {}, kPassword, &error);
        QVERIFY2(saved, qPrintable(error));
        QCOMPARE(saved->address, kAbandonAddress);
        QVERIFY(saved->previousPayout.isEmpty());
        QVERIFY(!keeper.holdsKey()); // forgotten once saved
        QCOMPARE(m_settings->value(QStringLiteral("payout_address")), kAbandonAddress);
        QCOMPARE(m_settings->value(QStringLiteral("wallet_store")), QStringLiteral("file"));
        QVERIFY(!shown.isEmpty()); // scrypt ran under the busy label

        const QString copy = m_dir->filePath(QStringLiteral("copy.json"));
        QVERIFY(!keeper.exportCopy(store, copy, QStringLiteral("not the password"), {}, &error));
        QVERIFY2(error.contains(QLatin1String("not your wallet's password")), qPrintable(error));
        QVERIFY(!QFile::exists(copy));
        const auto address = keeper.exportCopy(store, copy, kPassword, {}, &error);
        QVERIFY2(address, qPrintable(error));
        QCOMPARE(*address, kAbandonAddress);
        QFile f(copy);
        QVERIFY(f.open(QIODevice::ReadOnly));
        Keystore::Error kerr;
        const auto key = Keystore::decrypt(f.readAll(), kPassword, &kerr);
        QVERIFY2(key, qPrintable(kerr.message));
        QCOMPARE(sc::core::HdKey::addressOf(key->view(), &error), kAbandonAddress);
        QVERIFY(!keeper.exportCopy(store, copy, kPassword, {}, &error));
        QVERIFY(error.contains(QLatin1String("exists already")));
    }
};

QTEST_MAIN(TestWalletDialog)
#include "tst_walletdialog.moc"
