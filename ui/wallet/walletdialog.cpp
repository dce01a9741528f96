// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wallet/walletdialog.h"

#include "settings/settings.h"
#include "ui/wallet/walletpage.h"
#include "ui/wallet/wordgrid.h"
#include "wallet/mnemonic.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizardPage>
#include <algorithm>
#include <thread>

namespace sc::ui {

namespace {
    using StoreError = core::WalletSecretStore::Error;
} // namespace

WalletDialog::WalletDialog(WalletContext context, Task task, QWidget* parent)
    : QWizard(parent)
    , m_context(std::move(context))
    , m_task(task)
    , m_keeper(m_context.settings, m_context.exportParams,
          [this](const QString& label, bool onWorker, const std::function<void()>& work) {
              whileBusy(label, onWorker, work);
          })
{
    setObjectName(QStringLiteral("walletDialog"));
    setWindowTitle(tr("Your wallet"));
    setWizardStyle(QWizard::ClassicStyle);
    setOptions(options() | QWizard::NoBackButtonOnLastPage | QWizard::NoCancelButtonOnLastPage);
    setMinimumSize(560, 480);
    resize(640, 540);

    m_busyRow = new QWidget(this);
    m_busyRow->setObjectName(QStringLiteral("busy"));
    auto* busy = new QHBoxLayout(m_busyRow);
    busy->setContentsMargins(0, 6, 0, 0);
    m_busyBar = new QProgressBar(m_busyRow);
    m_busyBar->setRange(0, 0); // moving, without a fraction done
    m_busyBar->setMaximumWidth(120);
    m_busyBar->setTextVisible(false);
    m_busyLabel = new QLabel(m_busyRow);
    m_busyLabel->setWordWrap(true);
    busy->addWidget(m_busyBar);
    busy->addWidget(m_busyLabel, 1);
    m_busyRow->hide();

    buildStartPage();
    buildWordsPages();
    buildPasswordPage();
    buildImportPages();
    buildExportPage();
    buildDonePage();
    setStartId(StartPage);
}

WalletDialog::~WalletDialog() = default;

bool WalletDialog::holdsWallet(const core::Settings& settings, const QString& dataDir)
{
    return QFileInfo::exists(QDir(dataDir).filePath(QLatin1String(core::FileWalletStore::kFileName)))
        || settings.get<core::setting::WalletStore>() == QLatin1String("keychain");
}

void WalletDialog::buildStartPage()
{
    auto* p = new WalletPage(tr("A wallet for your payouts"), this);
    p->setObjectName(QStringLiteral("startPage"));
    p->box()->addWidget(
        WalletPage::paragraph(tr("A wallet is where the tokens you earn with this computer's spare time "
                                 "are paid to; SpareCycles can make one for you and keep its key on "
                                 "this computer. A new wallet comes with 12 recovery words, and those "
                                 "words are the only way back to it if this computer breaks or is lost."),
            p));
    m_makeNew = new QRadioButton(tr("&Make a new wallet for me"), p);
    m_makeNew->setObjectName(QStringLiteral("choiceNew"));
    m_fromWords = new QRadioButton(tr("I have a wallet: bring it in with its recovery &words"), p);
    m_fromWords->setObjectName(QStringLiteral("choiceWords"));
    m_fromFile = new QRadioButton(tr("I have a wallet: bring it in from a wallet &file"), p);
    m_fromFile->setObjectName(QStringLiteral("choiceFile"));
    m_fromFile->setToolTip(tr("A Web3 keystore (v3) JSON file, as MetaMask, MyEtherWallet or geth save it."));
    m_export = new QRadioButton(tr("&Save a copy of the wallet to a file"), p);
    m_export->setObjectName(QStringLiteral("choiceExport"));
    m_export->hide();
    m_makeNew->setChecked(true);
    for (QRadioButton* r : { m_makeNew, m_fromWords, m_fromFile, m_export }) {
        p->box()->addWidget(r);
        connect(r, &QRadioButton::toggled, p, &QWizardPage::completeChanged);
    }
    m_where = WalletPage::paragraph(QString(), p);
    m_where->setObjectName(QStringLiteral("whereLabel"));
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    p->box()->addSpacing(8);
    p->box()->addWidget(m_where);
    m_startError = WalletPage::errorLabel(QStringLiteral("startError"), p);
    p->box()->addWidget(m_startError);
    p->box()->addStretch();
    p->complete = [this] {
        if (!m_store || m_busy)
            return false;
        return m_exists ? m_export->isChecked() : !m_export->isChecked();
    };
    setPage(StartPage, p);
}

void WalletDialog::buildWordsPages()
{
    auto* w = new WalletPage(tr("Write down your 12 recovery words"), this);
    w->setObjectName(QStringLiteral("wordsPage"));
    w->box()->addWidget(WalletPage::paragraph(
        tr("Write these words on paper, in this order, and keep the paper somewhere safe. Anyone who "
           "sees them can take everything in the wallet, and nobody, not even SpareCycles, can "
           "give them to you again: they are shown only this once."),
        w));
    m_grid = new WordGrid(w);
    m_grid->setToolTip(tr("A BIP-39 recovery phrase (English word list); the wallet's first account "
                          "(m/44'/60'/0'/0/0) receives the payouts."));
    w->box()->addWidget(m_grid);
    m_wroteDown = new QCheckBox(tr("I &wrote them down"), w);
    m_wroteDown->setObjectName(QStringLiteral("wroteDown"));
    w->box()->addWidget(m_wroteDown);
    w->box()->addStretch();
    connect(m_wroteDown, &QCheckBox::toggled, w, &QWizardPage::completeChanged);
    w->complete = [this] { return m_wroteDown->isChecked(); };
    // Once past this page the words are gone from the screen: Back does not show them again.
    w->setCommitPage(true);
    w->setButtonText(QWizard::CommitButton, tr("&Next >"));
    setPage(WordsPage, w);

    auto* c = new WalletPage(tr("Check your paper"), this);
    c->setObjectName(QStringLiteral("confirmPage"));
    c->box()->addWidget(WalletPage::paragraph(tr("Type the words your paper has at these numbers."), c));
    auto* form = new QGridLayout;
    for (int i = 0; i < kConfirmWords; ++i) {
        auto* label = new QLabel(c);
        auto* edit = new QLineEdit(c);
        edit->setObjectName(QStringLiteral("confirm_%1").arg(i));
        label->setBuddy(edit);
        form->addWidget(label, i, 0);
        form->addWidget(edit, i, 1);
        m_confirmLabels.append(label);
        m_confirmEdits.append(edit);
    }
    c->box()->addLayout(form);
    m_confirmError = WalletPage::errorLabel(QStringLiteral("confirmError"), c);
    c->box()->addWidget(m_confirmError);
    c->box()->addStretch();
    setPage(ConfirmPage, c);
}

void WalletDialog::buildPasswordPage()
{
    auto* p = new WalletPage(tr("Choose a password"), this);
    p->setObjectName(QStringLiteral("passwordPage"));
    m_passwordWhy = WalletPage::paragraph(QString(), p);
    m_passwordWhy->setObjectName(QStringLiteral("passwordWhy"));
    m_passwordWhy->setTextInteractionFlags(Qt::TextSelectableByMouse);
    p->box()->addWidget(m_passwordWhy);
    auto* form = new QGridLayout;
    m_password = WalletPage::passwordEdit(QStringLiteral("password"), tr("Password"), p);
    m_passwordAgain = WalletPage::passwordEdit(QStringLiteral("passwordAgain"), tr("Password again"), p);
    auto* l1 = new QLabel(tr("&Password:"), p);
    auto* l2 = new QLabel(tr("&Again:"), p);
    l1->setBuddy(m_password);
    l2->setBuddy(m_passwordAgain);
    form->addWidget(l1, 0, 0);
    form->addWidget(m_password, 0, 1);
    form->addWidget(l2, 1, 0);
    form->addWidget(m_passwordAgain, 1, 1);
    p->box()->addLayout(form);
    m_passwordError = WalletPage::errorLabel(QStringLiteral("passwordError"), p);
    p->box()->addWidget(m_passwordError);
    p->box()->addStretch();
    setPage(PasswordPage, p);
}

void WalletDialog::buildImportPages()
{
    auto* w = new WalletPage(tr("Your recovery words"), this);
    w->setObjectName(QStringLiteral("importWordsPage"));
    w->box()->addWidget(
        WalletPage::paragraph(tr("Type or paste the 12 or 24 recovery words of your wallet, in order, "
                                 "separated by spaces. Payouts will go to the wallet's first account."),
            w));
    m_phrase = new QPlainTextEdit(w);
    m_phrase->setObjectName(QStringLiteral("phrase"));
    m_phrase->setAccessibleName(tr("Recovery words"));
    m_phrase->setTabChangesFocus(true);
    m_phrase->setToolTip(tr("A BIP-39 phrase in English; the account used is m/44'/60'/0'/0/0."));
    w->box()->addWidget(m_phrase, 1);
    m_phraseError = WalletPage::errorLabel(QStringLiteral("phraseError"), w);
    w->box()->addWidget(m_phraseError);
    setPage(ImportWordsPage, w);

    auto* f = new WalletPage(tr("Your wallet file"), this);
    f->setObjectName(QStringLiteral("importFilePage"));
    f->box()->addWidget(
        WalletPage::paragraph(tr("Choose the file your wallet was saved in (MetaMask, MyEtherWallet and "
                                 "SpareCycles save a file ending in .json) and type its password."),
            f));
    m_importPath
        = WalletPage::pathRow(QStringLiteral("importPath"), tr("Wallet &file:"), f->box(), f, [this] {
              return QFileDialog::getOpenFileName(this, tr("Wallet file"), QDir::homePath(),
                  tr("Wallet files (*.json *.keystore);;All files (*)"));
          });
    m_importPath->setToolTip(tr("A Web3 keystore (v3) JSON file."));
    m_importFilePassword
        = WalletPage::passwordEdit(QStringLiteral("importPassword"), tr("Password of the file"), f);
    m_importFilePassword->setPlaceholderText(tr("Password of the file"));
    f->box()->addWidget(m_importFilePassword);
    m_importFileError = WalletPage::errorLabel(QStringLiteral("importFileError"), f);
    f->box()->addWidget(m_importFileError);
    f->box()->addStretch();
    setPage(ImportFilePage, f);
}

void WalletDialog::buildExportPage()
{
    auto* e = new WalletPage(tr("Save a copy of your wallet"), this);
    e->setObjectName(QStringLiteral("exportPage"));
    e->box()->addWidget(
        WalletPage::paragraph(tr("The copy is a file locked with a password. MetaMask and most other "
                                 "wallets can open it; keep it as safe as your recovery words."),
            e));
    m_exportPath = WalletPage::pathRow(QStringLiteral("exportPath"), tr("Save &as:"), e->box(), e, [this] {
        return QFileDialog::getSaveFileName(this, tr("Save the wallet as"),
            QDir::home().filePath(QStringLiteral("sparecycles-wallet.json")), tr("Wallet files (*.json)"));
    });
    m_exportPath->setToolTip(tr("Written as a Web3 keystore (v3) JSON file, readable only by you."));
    m_exportPasswordNote = WalletPage::paragraph(QString(), e);
    e->box()->addWidget(m_exportPasswordNote);
    m_exportPassword = WalletPage::passwordEdit(QStringLiteral("exportPassword"), tr("Password"), e);
    m_exportPasswordAgain
        = WalletPage::passwordEdit(QStringLiteral("exportPasswordAgain"), tr("Password again"), e);
    m_exportPasswordAgain->setPlaceholderText(tr("The same password again"));
    e->box()->addWidget(m_exportPassword);
    e->box()->addWidget(m_exportPasswordAgain);
    m_exportError = WalletPage::errorLabel(QStringLiteral("exportError"), e);
    e->box()->addWidget(m_exportError);
    e->box()->addStretch();
    setPage(ExportPage, e);
}

void WalletDialog::buildDonePage()
{
    auto* d = new WalletPage(tr("Done"), this);
    d->setObjectName(QStringLiteral("donePage"));
    m_doneLead = WalletPage::paragraph(QString(), d);
    m_doneText = WalletPage::paragraph(QString(), d);
    m_doneText->setObjectName(QStringLiteral("doneText"));
    m_doneText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_doneAddress = new QLabel(d);
    m_doneAddress->setObjectName(QStringLiteral("doneAddress"));
    m_doneAddress->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_doneAddress->setWordWrap(true);
    m_doneAddress->setToolTip(tr("An EIP-55 address on an EVM chain."));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(font().pointSizeF() * 1.15);
    m_doneAddress->setFont(mono);
    m_doneAddress->setFrameShape(QFrame::StyledPanel);
    m_doneAddress->setBackgroundRole(QPalette::Base);
    m_doneAddress->setAutoFillBackground(true);
    m_doneAddress->setMargin(8);
    d->box()->addWidget(m_doneLead);
    d->box()->addWidget(m_doneAddress);
    d->box()->addSpacing(8);
    d->box()->addWidget(m_doneText);
    d->box()->addStretch();
    setPage(DonePage, d);
}

void WalletDialog::showEvent(QShowEvent* event)
{
    QWizard::showEvent(event);
    if (!m_started) {
        m_started = true;
        QTimer::singleShot(0, this, &WalletDialog::openStore);
    }
}

void WalletDialog::openStore()
{
    whileBusy(tr("Looking for this computer's keychain… (this can take a few seconds)"), false, [this] {
        core::WalletStoreChoice choice = m_context.openStore
            ? m_context.openStore()
            : core::WalletStoreChooser::choose(
                m_context.dataDir, std::make_unique<core::KeychainWalletStore>(m_context.dataDir));
        m_store = std::move(choice.store);
        m_storeNote = choice.note;
        StoreError e;
        m_exists = m_store->hasSecret(&e).value_or(false);
    });
    showStartChoices();
}

void WalletDialog::showStartChoices()
{
    for (QRadioButton* r : { m_makeNew, m_fromWords, m_fromFile })
        r->setVisible(!m_exists);
    m_export->setVisible(m_exists);
    if (m_exists) {
        m_export->setChecked(true);
        QString where = tr("SpareCycles keeps a wallet for this computer in %1.").arg(m_store->describe());
        if (m_store->backend() == core::WalletSecretStore::Backend::KeystoreFile) {
            QFile f(static_cast<core::FileWalletStore*>(m_store.get())->path());
            if (f.open(QIODevice::ReadOnly))
                where += QLatin1Char(' ')
                    + tr("Its address is %1.")
                          .arg(core::Keystore::addressOf(f.read(core::Keystore::kMaxFileBytes)));
        }
        m_where->setText(where + QLatin1Char(' ')
            + tr("It is never replaced, because it holds the key of your payouts; you can save a copy."));
    } else {
        if (m_task == Task::Export)
            showError(m_startError,
                tr("There is no wallet made by SpareCycles here yet, so there is nothing to save. Make one "
                   "or bring yours in."));
        m_where->setText(m_store->backend() == core::WalletSecretStore::Backend::Keychain
                ? tr("The wallet's key will be kept in the system keychain, which your login unlocks.")
                : tr("This computer has no keychain, so the wallet will be kept in a file locked with a "
                     "password: %1")
                      .arg(QDir::toNativeSeparators(
                          static_cast<core::FileWalletStore*>(m_store.get())->path())));
        m_where->setToolTip(m_storeNote);
    }
    Q_EMIT page(StartPage)->completeChanged();
}

int WalletDialog::nextId() const
{
    const bool password = m_store && m_store->needsPassword();
    switch (currentId()) {
    case StartPage:
        if (m_export->isChecked())
            return ExportPage;
        return m_fromWords->isChecked() ? ImportWordsPage
            : m_fromFile->isChecked()   ? ImportFilePage
                                        : WordsPage;
    case WordsPage:
        return ConfirmPage;
    case ConfirmPage:
    case ImportWordsPage:
        return password ? PasswordPage : DonePage;
    case PasswordPage:
    case ImportFilePage:
    case ExportPage:
        return DonePage;
    default:
        return -1;
    }
}

void WalletDialog::initializePage(int id)
{
    QWizard::initializePage(id);
    if (id == WordsPage && m_words.isEmpty()) {
        QString error;
        const std::optional<QStringList> words = core::Mnemonic::generate(&error);
        m_words = words.value_or(QStringList());
        m_grid->setWords(m_words);
        m_wroteDown->setChecked(false);
    } else if (id == ConfirmPage && m_asked.isEmpty()) {
        while (m_asked.size() < kConfirmWords) {
            const int n = static_cast<int>(QRandomGenerator::system()->bounded(quint32(m_words.size())));
            if (!m_asked.contains(n))
                m_asked.append(n);
        }
        std::sort(m_asked.begin(), m_asked.end());
        for (int i = 0; i < kConfirmWords; ++i) {
            m_confirmLabels.at(i)->setText(tr("Word %1:").arg(m_asked.at(i) + 1));
            m_confirmEdits.at(i)->setProperty("wordNumber", m_asked.at(i) + 1);
            m_confirmEdits.at(i)->setAccessibleName(tr("Word %1").arg(m_asked.at(i) + 1));
        }
    } else if (id == PasswordPage) {
        m_passwordWhy->setText(
            tr("This computer has no keychain, so the wallet is kept in a file locked with a "
               "password. Choose one of at least %1 characters: it is asked for when you "
               "save a copy of the wallet. If you forget it, your recovery words still "
               "bring the wallet back.")
                .arg(kMinPasswordLength));
        m_passwordWhy->setToolTip(m_storeNote);
    } else if (id == ExportPage) {
        const bool file = m_store->needsPassword();
        m_exportPasswordNote->setText(file
                ? tr("The copy is locked with the password of your wallet. Type it:")
                : tr(
                    "Choose a password for the copy (at least %1 characters); it is needed to open the copy:")
                      .arg(kMinPasswordLength));
        m_exportPassword->setPlaceholderText(file ? tr("Your wallet's password") : tr("A new password"));
        m_exportPasswordAgain->setVisible(!file);
    } else if (id == DonePage) {
        fillDonePage();
    }
}

void WalletDialog::showError(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

bool WalletDialog::validateCurrentPage()
{
    if (m_busy)
        return false;
    const bool keychain = m_store && !m_store->needsPassword();
    switch (currentId()) {
    case StartPage:
        return m_store != nullptr;
    case WordsPage:
        m_grid->clear(); // shown once
        return m_wroteDown->isChecked();
    case ConfirmPage:
        return checkConfirmation() && (!keychain || saveKey(QString()));
    case PasswordPage:
        return checkNewPassword(m_password, m_passwordAgain, m_passwordError) && saveKey(m_password->text());
    case ImportWordsPage:
        return takeWords() && (!keychain || saveKey(QString()));
    case ImportFilePage:
        return takeKeystoreFile() && saveKey(keychain ? QString() : m_keeper.filePassword());
    case ExportPage:
        return exportCopy();
    default:
        return QWizard::validateCurrentPage();
    }
}

bool WalletDialog::checkConfirmation()
{
    QStringList wrong;
    for (int i = 0; i < kConfirmWords; ++i) {
        if (m_confirmEdits.at(i)->text().trimmed().toLower() != m_words.value(m_asked.at(i)))
            wrong.append(QString::number(m_asked.at(i) + 1));
    }
    QString text;
    if (wrong.size() == 1)
        text = tr("Word %1 is not the word that was shown.").arg(wrong.constFirst());
    else if (!wrong.isEmpty())
        text = tr("Words %1 are not the words that were shown.").arg(wrong.join(QStringLiteral(", ")));
    if (!text.isEmpty())
        text += QLatin1Char(' ')
            + tr("Look at your paper and type again. Nothing has been saved. If you did not write the words "
                 "down, press Cancel and start again for new words.");
    showError(m_confirmError, text);
    return wrong.isEmpty();
}

bool WalletDialog::checkNewPassword(QLineEdit* first, QLineEdit* again, QLabel* error)
{
    const QString text = WalletKeeper::checkNewPassword(first->text(), again->text());
    showError(error, text);
    return text.isEmpty();
}

bool WalletDialog::takeWords()
{
    QString error;
    const bool ok = m_keeper.takeWords(m_phrase->toPlainText(), &error);
    showError(m_phraseError, ok ? QString() : error);
    return ok;
}

bool WalletDialog::takeKeystoreFile()
{
    QString error;
    const bool ok = m_keeper.takeKeystoreFile(
        QDir::fromNativeSeparators(m_importPath->text().trimmed()), m_importFilePassword->text(), &error);
    showError(m_importFileError, ok ? QString() : error);
    return ok;
}

bool WalletDialog::saveKey(const QString& password)
{
    QLabel* error = currentId() == PasswordPage ? m_passwordError
        : currentId() == ImportWordsPage        ? m_phraseError
        : currentId() == ImportFilePage         ? m_importFileError
                                                : m_confirmError;
    QString why;
    const std::optional<WalletKeeper::Saved> saved = m_keeper.saveKey(*m_store, m_words, password, &why);
    if (!saved) {
        showError(error, why);
        return false;
    }
    m_previousPayout = saved->previousPayout;
    m_phrase->clear();
    for (QLineEdit* edit : std::as_const(m_confirmEdits))
        edit->clear();
    m_password->clear();
    m_passwordAgain->clear();
    m_address = saved->address;
    m_saved = true;
    m_exists = true;
    Q_EMIT walletSaved(m_address);
    return true;
}

bool WalletDialog::exportCopy()
{
    const QString path = QDir::fromNativeSeparators(m_exportPath->text().trimmed());
    QString error;
    const std::optional<QString> address = m_keeper.exportCopy(
        *m_store, path, m_exportPassword->text(), m_exportPasswordAgain->text(), &error);
    if (!address) {
        showError(m_exportError, error);
        return false;
    }
    m_address = *address;
    m_exportedTo = path;
    m_exportPassword->clear();
    m_exportPasswordAgain->clear();
    showError(m_exportError, QString());
    return true;
}

void WalletDialog::fillDonePage()
{
    m_doneAddress->setText(m_address);
    if (!m_exportedTo.isEmpty()) {
        page(DonePage)->setTitle(tr("A copy of your wallet is saved"));
        m_doneLead->setText(tr("The copy holds the key of this address:"));
        m_doneText->setText(
            tr("The copy is in %1, locked with %2. To use the wallet elsewhere, open that file "
               "in MetaMask or another wallet (\"import a JSON file\").")
                .arg(QDir::toNativeSeparators(m_exportedTo),
                    m_store->needsPassword() ? tr("your wallet's password")
                                             : tr("the password you just chose")));
        return;
    }
    page(DonePage)->setTitle(tr("Your wallet is ready"));
    QString text = tr("Its key is kept in %1.").arg(m_store->describe());
    if (!m_words.isEmpty())
        text += QLatin1Char(' ')
            + tr("Keep your paper with the 12 words safe: it is the only way back to this wallet.");
    if (!m_previousPayout.isEmpty() && m_previousPayout.compare(m_address, Qt::CaseInsensitive) != 0)
        text += QLatin1Char(' ')
            + tr("Until now payouts went to %1; what was paid there stays there.").arg(m_previousPayout);
    m_doneLead->setText(tr("Payouts now go to this address:"));
    m_doneText->setText(text);
    m_words.clear();
}

void WalletDialog::whileBusy(const QString& label, bool onWorker, const std::function<void()>& work)
{
    m_busy = true;
    if (auto* box = currentPage() ? qobject_cast<QBoxLayout*>(currentPage()->layout()) : nullptr)
        box->addWidget(m_busyRow);
    m_busyLabel->setText(label);
    m_busyRow->show();
    QList<QAbstractButton*> disabled;
    for (const WizardButton which : { BackButton, NextButton, CommitButton, FinishButton, CancelButton }) {
        if (QAbstractButton* b = button(which); b && b->isEnabled()) {
            b->setEnabled(false);
            disabled.append(b);
        }
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    if (onWorker) {
        QEventLoop loop;
        std::thread worker([&] {
            work();
            QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
        });
        loop.exec(QEventLoop::ExcludeUserInputEvents);
        worker.join();
    } else {
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents); // the bar shows first
        work(); // the keychain waits in its own event loop, so the window keeps painting
    }
    QApplication::restoreOverrideCursor();
    for (QAbstractButton* b : std::as_const(disabled))
        b->setEnabled(true);
    m_busyRow->hide();
    m_busy = false;
    if (QWizardPage* p = currentPage())
        Q_EMIT p->completeChanged();
}

void WalletDialog::reject()
{
    if (m_busy)
        return; // the key is being saved or read: closing now would leave the user unsure
    QWizard::reject();
}

} // namespace sc::ui
