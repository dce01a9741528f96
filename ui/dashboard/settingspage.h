// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/wallet/walletdialog.h"

#include <QHash>
#include <QTimer>
#include <QWidget>
#include <functional>
#include <optional>

class QAbstractButton;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QScrollArea;
class QSlider;
class QSpinBox;
class QVBoxLayout;

namespace sc::core {
class Settings;
}

namespace sc::ui {

class ScheduleGrid;

// The preferences, grouped as a person thinks of them (When to run, Limits, Temperature,
// Battery, Network and payout, Notifications, App), each with real widgets: one choice for
// when tasks run, a day × hour grid for the schedule, cores as a number of cores, shares and
// memory on sliders with their units, temperatures beside the current reading. Every change is
// saved at once through Settings::set (the engine follows within a second); moving to another
// network asks first and can be undone. Nothing on the page names a setting key or an internal
// value: those stay with `sparecycles-cli config`.
class SettingsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)
public:
    // Asked before the network changes: (title, question) → true to go ahead. Tests answer it.
    using Confirm = std::function<bool(const QString& title, const QString& question)>;

    explicit SettingsPage(core::Settings* settings, QWidget* parent = nullptr);
    ~SettingsPage() override;

    // Shows the stored values again (after another program changed them).
    void reload();
    // Offers "Create or import a wallet…" beside the payout address, or "Export wallet…" once
    // the app holds one (WalletDialog). Without a context neither button is shown.
    void setWalletContext(WalletContext context);
    // Opens the wallet dialog (what the buttons do); returns when it is closed.
    void openWalletDialog(WalletDialog::Task task);
    // The readings shown beside the temperature limits (nullopt: no sensor).
    void setTemperatures(std::optional<double> cpuC, std::optional<double> gpuC);
    // This computer's processor threads and memory, for "2 of 8 cores" and "12 GB".
    void setMachine(int logicalCpus, qint64 ramBytes);
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    // For tests: the widget that edits a setting (object name "edit_" + key).
    QWidget* editor(const QString& key) const { return m_editors.value(key); }
    // The sentence under a field (an error, or empty).
    QString errorText(const QString& key) const;
    // The message bar after a network change ("… Undo"), empty when hidden.
    QString noticeText() const;
    QPushButton* undoButton() const { return m_undo; }
    // "Restore defaults" of the group holding key.
    QPushButton* restoreButton(const QString& key) const;
    ScheduleGrid* scheduleGrid() const { return m_grid; }
    QPushButton* joinButton() const { return m_join; }

Q_SIGNALS:
    void settingChanged(const QString& key, const QString& value);

protected:
    void showEvent(QShowEvent* event) override;
    // Scrolling the page over a field must scroll the page, not change the field under the
    // mouse: a spin box, slider or list takes the wheel only once it has the focus.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Group {
        QWidget* box = nullptr;
        QVBoxLayout* body = nullptr;
        QStringList keys;
        QPushButton* restore = nullptr;
    };
    Group* addGroup(const QString& title, const QStringList& keys, bool restorable = true);
    void addRestoreRow(Group* g);
    void addAdvanced(Group* g, const QString& name, QWidget* content);
    QLabel* note(const QString& text, QWidget* parent);
    QLabel* errorLabel(const QString& key, QWidget* parent);
    QSpinBox* spin(const QString& key, const QString& suffix, QWidget* parent);
    QSlider* slider(const QString& key, QLabel* value, std::function<QString(int)> words, QWidget* parent);
    QCheckBox* check(const QString& key, const QString& text, QWidget* parent);
    QComboBox* combo(const QString& key, const QList<std::pair<QString, QString>>& choices, QWidget* parent);
    void track(QWidget* w);

    void buildWhen();
    void buildLimits();
    void buildTemperature();
    void buildBattery();
    void buildNetwork();
    void buildNotifications();
    void buildApp();

    bool apply(const QString& key, const QString& text);
    void showError(const QString& key, const QString& error);
    void applyRunMode();
    void applySchedule(const std::array<quint32, 7>& week);
    void applyCores(int cores);
    void joinNetwork();
    void moveToNetwork(const QString& target, const QString& words);
    void restoreGroup(const Group& group);
    void updateWalletButtons();
    void updateEnabled();
    void updateScheduleWords();
    void updateMemoryWords();
    QString networkWords(const QString& hub) const;

    core::Settings* m_settings;
    Confirm m_confirm;
    QScrollArea* m_scroll = nullptr;
    QVBoxLayout* m_column = nullptr;
    QList<Group*> m_groups;
    QHash<QString, QWidget*> m_editors;
    QHash<QString, QLabel*> m_errors;
    QHash<QString, QString> m_errorTexts;
    QList<std::function<void()>> m_loaders; // each shows its setting's stored value
    bool m_reloading = false;
    int m_cpus = 0;
    qint64 m_ramBytes = 0;

    QButtonGroup* m_runMode = nullptr;
    QRadioButton* m_whenAway = nullptr;
    QRadioButton* m_whenReduced = nullptr;
    QRadioButton* m_whenAlways = nullptr;
    ScheduleGrid* m_grid = nullptr;
    QLabel* m_scheduleWords = nullptr;
    QSpinBox* m_cores = nullptr;
    QLabel* m_coresOf = nullptr;
    QLabel* m_memActiveWords = nullptr;
    QLabel* m_memIdleWords = nullptr;
    QCheckBox* m_yield = nullptr;
    QListWidget* m_programs = nullptr;
    QLabel* m_cpuNow = nullptr;
    QLabel* m_gpuNow = nullptr;
    QRadioButton* m_demo = nullptr;
    QRadioButton* m_remote = nullptr;
    QLineEdit* m_hub = nullptr;
    QPushButton* m_join = nullptr;
    QWidget* m_notice = nullptr;
    QLabel* m_noticeText = nullptr;
    QPushButton* m_undo = nullptr;
    QString m_undoHub;
    QTimer m_noticeTimer;
    WalletContext m_wallet;
    QWidget* m_walletRow = nullptr;
    QPushButton* m_walletSetup = nullptr;
    QPushButton* m_walletExport = nullptr;
};

} // namespace sc::ui
