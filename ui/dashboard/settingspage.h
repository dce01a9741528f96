// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/wallet/walletdialog.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;

namespace sc::core {
class Settings;
struct SettingSpec;
}

namespace sc::ui {

// Every setting of the registry with its one-line help. Text is validated as typed; a wrong
// value says why and is not saved; a valid one is saved with Settings::set when the field is
// left or Enter is pressed (check boxes and lists at once). The engine re-reads the file
// within a second; the app rebuilds its windows in a new language and moves to a new network
// at once, so nothing needs a restart.
class SettingsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)
public:
    explicit SettingsPage(core::Settings* settings, QWidget* parent = nullptr);
    ~SettingsPage() override;

    // Shows the stored values again (e.g. after the tray changed paused_until).
    void reload();
    // Offers "Create or import a wallet…" beside the payout address, or "Export wallet…" once
    // the app holds one (WalletDialog). Without a context neither button is shown.
    void setWalletContext(WalletContext context);
    // Opens the wallet dialog (what the buttons do); returns when it is closed.
    void openWalletDialog(WalletDialog::Task task);
    // The editor of a key (QCheckBox, QComboBox or QLineEdit), for tests and focus.
    QWidget* editor(const QString& key) const { return m_editors.value(key); }
    QString errorText(const QString& key) const;

    static QString title(const QString& key);
    // Words for a choice value ("suspend" → "Suspend tasks").
    static QString choiceText(const QString& key, const QString& choice);

Q_SIGNALS:
    void settingChanged(const QString& key, const QString& value);

protected:
    void showEvent(QShowEvent* event) override;
    // Scrolling the page over a list must scroll the page, not change the setting under the
    // mouse: a list takes the wheel only once it has the focus.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* makeEditor(const core::SettingSpec& spec, QWidget* parent);
    void apply(const QString& key, const QString& text);
    void check(const QString& key, const QString& text);
    void showError(const QString& key, const QString& error);
    void updateWalletButtons();

    core::Settings* m_settings;
    QHash<QString, QWidget*> m_editors;
    QHash<QString, QLabel*> m_errors; // the note under each editor
    QHash<QString, QString> m_errorTexts;
    bool m_reloading = false;
    QScrollArea* m_scroll = nullptr;
    WalletContext m_wallet;
    QWidget* m_walletRow = nullptr;
    QPushButton* m_walletSetup = nullptr;
    QPushButton* m_walletExport = nullptr;
};

} // namespace sc::ui
