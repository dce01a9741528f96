// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/wallet/walletdialog.h"

#include <QUrl>
#include <QWizard>
#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace sc::core {
class Settings;
}

namespace sc::ui {

class ScheduleGrid;

// First run: what SpareCycles does and never does, which network, where payouts go, when to
// run. The caller applies the choices (settings, hub, payout address).
class FirstRunWizard final : public QWizard {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunWizard)
public:
    enum class RunMode { WhenIdle, AlwaysLowPriority, Custom };
    struct Choices {
        bool localNetwork = true;
        QUrl hubUrl;
        QString payoutAddress; // empty = decide later
        RunMode runMode = RunMode::WhenIdle;
        QString schedule = QStringLiteral("always"); // with Custom
    };

    explicit FirstRunWizard(QWidget* parent = nullptr);
    ~FirstRunWizard() override;

    Choices choices() const;
    bool validateCurrentPage() override;
    // Cancel and Escape ask before closing (tests answer the question).
    void reject() override;
    void setConfirmQuit(std::function<bool()> confirm) { m_confirmQuit = std::move(confirm); }
    // Offers "Make one for me…" on the payout page (WalletDialog), which fills in the address
    // of the wallet it made, or "Save a copy…" where the app holds a wallet already. Without a
    // context the button is not shown. The payout field starts at the settings' payout_address
    // (a wallet made in a wizard that was then cancelled has set it).
    void setWalletContext(WalletContext context);

    static bool parseHubUrl(const QString& text, QUrl* url, QString* error);
    // Asks url for /v1/network (a few seconds at most); false and *error when it is not a
    // reachable SpareCycles hub.
    static bool checkHub(const QUrl& url, QString* error);
    // Writes the "when to run" choice into the settings file (before the engine starts).
    static bool applyChoices(const Choices& c, core::Settings& settings);
    static bool applyChoices(const Choices& c, const QString& settingsPath);

private:
    void updateSummary();
    void showError(QLabel* label, const QString& error);
    void makeWallet();
    bool holdsWallet() const;
    void showWalletRow();
    void showWalletNote();

    QRadioButton* m_local = nullptr;
    QRadioButton* m_remote = nullptr;
    QLineEdit* m_hubUrl = nullptr;
    QLabel* m_hubError = nullptr;
    QLineEdit* m_payout = nullptr;
    QLabel* m_payoutError = nullptr;
    QWidget* m_walletRow = nullptr;
    QLabel* m_walletLead = nullptr;
    QPushButton* m_walletButton = nullptr;
    QLabel* m_walletNote = nullptr;
    QString m_walletAddress; // of the wallet the app holds, when known
    WalletContext m_wallet;
    QRadioButton* m_idle = nullptr;
    QRadioButton* m_always = nullptr;
    QRadioButton* m_custom = nullptr;
    ScheduleGrid* m_schedule = nullptr;
    std::function<bool()> m_confirmQuit;
    QLabel* m_scheduleError = nullptr;
    QLabel* m_summary = nullptr;
    int m_networkPage = -1;
    int m_payoutPage = -1;
    int m_whenPage = -1;
};

} // namespace sc::ui
