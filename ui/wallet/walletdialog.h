// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/wallet/walletkeeper.h"
#include "wallet/keystore.h"
#include "wallet/walletstore.h"

#include <QStringList>
#include <QWizard>
#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QRadioButton;

namespace sc::core {
class Settings;
}

namespace sc::ui {

class WordGrid;

// What the wallet dialog works on; the app builds it once and hands it down.
struct WalletContext {
    core::Settings* settings = nullptr;
    QString dataDir;
    // The store the data folder's wallet is in or goes to. Empty: the system keychain when it
    // answers, otherwise wallet.json (core::WalletStoreChooser). Tests pass the file store.
    std::function<core::WalletStoreChoice()> openStore;
    // The cost of an exported file's password; tests lower it.
    core::Keystore::ScryptParams exportParams {};
    bool isValid() const { return settings && !dataDir.isEmpty(); }
};

// The wallet the app makes for a home user who has none (docs/wallet.md, "In the app"): make
// one (12 recovery words shown once, three typed back, a password where there is no
// keychain), bring one (recovery words or a wallet file with its password), or save a copy of
// it to a file. Saving sets the payout address through core::Settings, so the engine takes it
// at once. The keychain can take seconds to answer and the file's password takes about a
// second to apply: meanwhile the dialog shows a busy bar and ignores its buttons.
class WalletDialog final : public QWizard {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WalletDialog)
public:
    enum class Task { Setup, Export }; // which choice the first page offers first
    enum PageId {
        StartPage,
        WordsPage,
        ConfirmPage,
        PasswordPage,
        ImportWordsPage,
        ImportFilePage,
        ExportPage,
        DonePage
    };
    static constexpr int kConfirmWords = 3;
    static constexpr int kMinPasswordLength = WalletKeeper::kMinPasswordLength;

    WalletDialog(WalletContext context, Task task, QWidget* parent = nullptr);
    ~WalletDialog() override;

    // Whether the data folder holds a wallet the app made, as far as is known without asking
    // the keychain (which can take seconds): wallet.json, or the wallet_store setting.
    static bool holdsWallet(const core::Settings& settings, const QString& dataDir);

    // Once the first page has found where the wallet goes.
    bool storeReady() const { return m_store != nullptr; }
    bool isBusy() const { return m_busy; }
    // The address saved or exported; empty before.
    QString address() const { return m_address; }

    int nextId() const override;
    bool validateCurrentPage() override;
    void reject() override;

Q_SIGNALS:
    void walletSaved(const QString& address);

protected:
    void initializePage(int id) override;
    void showEvent(QShowEvent* event) override;

private:
    void buildStartPage();
    void buildWordsPages();
    void buildPasswordPage();
    void buildImportPages();
    void buildExportPage();
    void buildDonePage();
    void openStore();
    void showStartChoices();
    bool checkConfirmation();
    bool checkNewPassword(QLineEdit* first, QLineEdit* again, QLabel* error);
    bool takeWords();
    bool takeKeystoreFile();
    bool saveKey(const QString& password);
    bool exportCopy();
    void fillDonePage();
    void showError(QLabel* label, const QString& text);
    // Runs work while the current page shows a busy bar with label, the buttons are off and
    // the window still paints: on a worker thread (scrypt) or here (the keychain's own wait).
    void whileBusy(const QString& label, bool onWorker, const std::function<void()>& work);

    WalletContext m_context;
    Task m_task;
    WalletKeeper m_keeper; // the key itself, between taking and saving it
    std::unique_ptr<core::WalletSecretStore> m_store;
    QString m_storeNote;
    bool m_exists = false;
    bool m_started = false;
    bool m_busy = false;
    QStringList m_words;
    QList<int> m_asked; // 0-based positions of the words to type back
    QString m_address;
    QString m_previousPayout;
    QString m_exportedTo;
    bool m_saved = false;

    QWidget* m_busyRow = nullptr;
    QProgressBar* m_busyBar = nullptr;
    QLabel* m_busyLabel = nullptr;
    QLabel* m_where = nullptr;
    QLabel* m_startError = nullptr;
    QRadioButton* m_makeNew = nullptr;
    QRadioButton* m_fromWords = nullptr;
    QRadioButton* m_fromFile = nullptr;
    QRadioButton* m_export = nullptr;
    WordGrid* m_grid = nullptr;
    QCheckBox* m_wroteDown = nullptr;
    QList<QLabel*> m_confirmLabels;
    QList<QLineEdit*> m_confirmEdits;
    QLabel* m_confirmError = nullptr;
    QLabel* m_passwordWhy = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_passwordAgain = nullptr;
    QLabel* m_passwordError = nullptr;
    QPlainTextEdit* m_phrase = nullptr;
    QLabel* m_phraseError = nullptr;
    QLineEdit* m_importPath = nullptr;
    QLineEdit* m_importFilePassword = nullptr;
    QLabel* m_importFileError = nullptr;
    QLineEdit* m_exportPath = nullptr;
    QLabel* m_exportPasswordNote = nullptr;
    QLineEdit* m_exportPassword = nullptr;
    QLineEdit* m_exportPasswordAgain = nullptr;
    QLabel* m_exportError = nullptr;
    QLabel* m_doneLead = nullptr;
    QLabel* m_doneText = nullptr;
    QLabel* m_doneAddress = nullptr;
};

} // namespace sc::ui
