// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/settingspage.h"

#include "settings/settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>
#include <algorithm>

namespace sc::ui {

using core::SettingSpec;

QString SettingsPage::title(const QString& key)
{
    static const QHash<QString, const char*> titles {
        { QStringLiteral("run_always"), QT_TR_NOOP("Run while I use the computer") },
        { QStringLiteral("idle_minutes"), QT_TR_NOOP("Start after idle for (minutes)") },
        { QStringLiteral("cpu_when_active"), QT_TR_NOOP("While I use the computer") },
        { QStringLiteral("cpu_share_when_active"), QT_TR_NOOP("Reduced CPU share (%)") },
        { QStringLiteral("gpu_when_active"), QT_TR_NOOP("Graphics card while I use the computer") },
        { QStringLiteral("cpu_share"), QT_TR_NOOP("CPU share per task (%)") },
        { QStringLiteral("max_cores"), QT_TR_NOOP("Cores to use (%)") },
        { QStringLiteral("max_memory_active"), QT_TR_NOOP("Memory while in use (%)") },
        { QStringLiteral("max_memory_idle"), QT_TR_NOOP("Memory while idle (%)") },
        { QStringLiteral("disk_reserve"), QT_TR_NOOP("Always leave free on the disk (GB)") },
        { QStringLiteral("max_disk"), QT_TR_NOOP("Disk space tasks may use (GB)") },
        { QStringLiteral("run_without_sandbox"), QT_TR_NOOP("Run tasks without a sandbox") },
        { QStringLiteral("suspend_when_other_cpu"), QT_TR_NOOP("Yield to other programs above (%)") },
        { QStringLiteral("other_cpu_grace_seconds"), QT_TR_NOOP("… for at least (seconds)") },
        { QStringLiteral("other_cpu_min_suspend_seconds"), QT_TR_NOOP("… then stay suspended (seconds)") },
        { QStringLiteral("exclusive_programs"), QT_TR_NOOP("Pause while these programs run") },
        { QStringLiteral("on_battery"), QT_TR_NOOP("On battery") },
        { QStringLiteral("battery_min_percent"), QT_TR_NOOP("Minimum battery charge (%)") },
        { QStringLiteral("schedule"), QT_TR_NOOP("When tasks may run") },
        { QStringLiteral("cpu_temp_limit"), QT_TR_NOOP("CPU temperature limit (°C)") },
        { QStringLiteral("gpu_temp_limit"), QT_TR_NOOP("GPU temperature limit (°C)") },
        { QStringLiteral("paused_until"), QT_TR_NOOP("Paused until (Unix time)") },
        { QStringLiteral("run_now_until"), QT_TR_NOOP("Run now until (Unix time)") },
        { QStringLiteral("notify_hub_unreachable"), QT_TR_NOOP("Notify: network unreachable") },
        { QStringLiteral("notify_task_failed"), QT_TR_NOOP("Notify: a task keeps failing") },
        { QStringLiteral("notify_thermal"), QT_TR_NOOP("Notify: stopped to cool down") },
        { QStringLiteral("notify_payout"), QT_TR_NOOP("Notify: payout arrived") },
        { QStringLiteral("hub_url"), QT_TR_NOOP("Network") },
        { QStringLiteral("payout_address"), QT_TR_NOOP("Payout address") },
        { QStringLiteral("chain_rpc_url"), QT_TR_NOOP("Blockchain node address") },
        { QStringLiteral("language"), QT_TR_NOOP("Language") },
        { QStringLiteral("start_at_login"), QT_TR_NOOP("Start at login") },
        { QStringLiteral("panel_theme"), QT_TR_NOOP("Tray icon for a panel that is") },
    };
    const char* t = titles.value(key, nullptr);
    return t ? tr(t) : key;
}

QString SettingsPage::choiceText(const QString& key, const QString& choice)
{
    if (key == QLatin1String("cpu_when_active"))
        return choice == QLatin1String("suspend") ? tr("Suspend tasks") : tr("Keep them at a reduced share");
    if (key == QLatin1String("on_battery")) {
        if (choice == QLatin1String("suspend"))
            return tr("Suspend tasks");
        if (choice == QLatin1String("below"))
            return tr("Run only above the minimum charge");
        return tr("Run as usual");
    }
    if (key == QLatin1String("language")) {
        // Each language in its own words, so whoever reads it can find theirs.
        if (choice == QLatin1String("en"))
            return QStringLiteral("English");
        if (choice == QLatin1String("de"))
            return QStringLiteral("Deutsch");
        if (choice == QLatin1String("zh_CN"))
            return QStringLiteral("简体中文");
        return tr("As the system");
    }
    if (key == QLatin1String("panel_theme")) {
        if (choice == QLatin1String("light"))
            return tr("Light");
        if (choice == QLatin1String("dark"))
            return tr("Dark");
        return tr("Automatic");
    }
    return choice;
}

SettingsPage::SettingsPage(core::Settings* settings, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
{
    auto* outer = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Changes apply within a second, without a restart. A value that is not "
                                "allowed is shown in red with the reason and is not saved."),
        this);
    intro->setWordWrap(true);
    outer->addWidget(intro);
    auto* scroll = new QScrollArea(this);
    m_scroll = scroll;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* inner = new QWidget(scroll);
    auto* form = new QFormLayout(inner);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const SettingSpec& spec : core::Settings::registry()) {
        if (spec.internal)
            continue; // the app's own bookkeeping, not a choice for the user
        auto* cell = new QWidget(inner);
        auto* v = new QVBoxLayout(cell);
        v->setContentsMargins(0, 0, 0, 6);
        v->setSpacing(2);
        QWidget* edit = makeEditor(spec, cell);
        const QString help = QCoreApplication::translate("Settings", spec.help);
        edit->setObjectName(QStringLiteral("edit_") + spec.key);
        edit->setAccessibleName(title(spec.key));
        edit->setAccessibleDescription(help);
        edit->setToolTip(spec.key);
        // One line under the editor: the help, or (in red) why the value typed is not allowed.
        // Sharing the line keeps the form from jumping while typing.
        auto* note = new QLabel(help, cell);
        note->setObjectName(QStringLiteral("note_") + spec.key);
        note->setWordWrap(true);
        note->setForegroundRole(QPalette::PlaceholderText);
        v->addWidget(edit);
        v->addWidget(note);
        if (spec.key == QLatin1String("payout_address")) {
            // The app's own wallet, for whoever has none (shown once a context is set).
            m_walletRow = new QWidget(cell);
            auto* row = new QHBoxLayout(m_walletRow);
            row->setContentsMargins(0, 0, 0, 0);
            m_walletSetup = new QPushButton(tr("Create or import a wallet…"), m_walletRow);
            m_walletSetup->setObjectName(QStringLiteral("walletSetup"));
            m_walletSetup->setToolTip(
                tr("No wallet yet? SpareCycles can make one for you, or bring in one you "
                   "have from its recovery words or a wallet file."));
            m_walletExport = new QPushButton(tr("Export wallet…"), m_walletRow);
            m_walletExport->setObjectName(QStringLiteral("walletExport"));
            m_walletExport->setToolTip(
                tr("Save a copy of the wallet SpareCycles holds to a file locked with a "
                   "password."));
            row->addWidget(m_walletSetup);
            row->addWidget(m_walletExport);
            row->addStretch();
            connect(m_walletSetup, &QPushButton::clicked, this,
                [this] { openWalletDialog(WalletDialog::Task::Setup); });
            connect(m_walletExport, &QPushButton::clicked, this,
                [this] { openWalletDialog(WalletDialog::Task::Export); });
            m_walletRow->hide();
            v->addWidget(m_walletRow);
        }
        m_errors.insert(spec.key, note);
        m_editors.insert(spec.key, edit);
        auto* label = new QLabel(title(spec.key) + QLatin1Char(':'), inner);
        label->setBuddy(edit);
        form->addRow(label, cell);
    }
    scroll->setWidget(inner);
    outer->addWidget(scroll);
    reload();
}

SettingsPage::~SettingsPage() = default;

QWidget* SettingsPage::makeEditor(const SettingSpec& spec, QWidget* parent)
{
    const QString key = spec.key;
    switch (spec.type) {
    case SettingSpec::Type::Bool: {
        auto* box = new QCheckBox(tr("Yes"), parent);
        connect(box, &QCheckBox::toggled, this,
            [this, key](bool on) { apply(key, on ? QStringLiteral("true") : QStringLiteral("false")); });
        return box;
    }
    case SettingSpec::Type::Choice: {
        auto* combo = new QComboBox(parent);
        combo->setFocusPolicy(Qt::StrongFocus);
        combo->installEventFilter(this);
        for (const QString& choice : spec.choices)
            combo->addItem(choiceText(key, choice), choice);
        connect(combo, &QComboBox::currentIndexChanged, this,
            [this, key, combo](int index) { apply(key, combo->itemData(index).toString()); });
        return combo;
    }
    default: {
        auto* line = new QLineEdit(parent);
        line->setClearButtonEnabled(
            spec.type == SettingSpec::Type::List || spec.type == SettingSpec::Type::Text);
        connect(line, &QLineEdit::textEdited, this, [this, key](const QString& t) { check(key, t); });
        connect(line, &QLineEdit::editingFinished, this, [this, key, line] { apply(key, line->text()); });
        return line;
    }
    }
}

void SettingsPage::reload()
{
    if (!m_settings)
        return;
    m_reloading = true;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const QString v = m_settings->value(it.key());
        if (auto* box = qobject_cast<QCheckBox*>(it.value()))
            box->setChecked(v == QLatin1String("true"));
        else if (auto* combo = qobject_cast<QComboBox*>(it.value()))
            combo->setCurrentIndex(std::max(0, combo->findData(v)));
        else if (auto* line = qobject_cast<QLineEdit*>(it.value()); line && !line->hasFocus())
            line->setText(v);
        showError(it.key(), QString());
    }
    m_reloading = false;
    updateWalletButtons();
}

void SettingsPage::setWalletContext(WalletContext context)
{
    m_wallet = std::move(context);
    updateWalletButtons();
}

void SettingsPage::updateWalletButtons()
{
    if (!m_walletRow)
        return;
    m_walletRow->setVisible(m_wallet.isValid());
    if (!m_wallet.isValid())
        return;
    const bool holds = WalletDialog::holdsWallet(*m_wallet.settings, m_wallet.dataDir);
    m_walletSetup->setVisible(!holds);
    m_walletExport->setVisible(holds);
}

void SettingsPage::openWalletDialog(WalletDialog::Task task)
{
    if (!m_wallet.isValid())
        return;
    WalletDialog dialog(m_wallet, task, this);
    connect(&dialog, &WalletDialog::walletSaved, this, [this](const QString& address) {
        reload();
        Q_EMIT settingChanged(QStringLiteral("payout_address"), address);
    });
    dialog.exec();
    updateWalletButtons();
}

QString SettingsPage::errorText(const QString& key) const { return m_errorTexts.value(key); }

void SettingsPage::showError(const QString& key, const QString& error)
{
    QLabel* l = m_errors.value(key);
    if (!l)
        return;
    const QString help = QCoreApplication::translate("Settings", core::Settings::spec(key)->help);
    if (error.isEmpty())
        m_errorTexts.remove(key);
    else
        m_errorTexts.insert(key, error);
    l->setText(error.isEmpty() ? help : error);
    l->setForegroundRole(error.isEmpty() ? QPalette::PlaceholderText : QPalette::BrightText);
    QPalette lp = palette();
    lp.setColor(QPalette::BrightText, QColor(0xd9, 0x30, 0x25));
    l->setPalette(lp);
    if (auto* line = qobject_cast<QLineEdit*>(m_editors.value(key))) {
        QPalette p = palette();
        if (!error.isEmpty())
            p.setColor(QPalette::Text, QColor(0xd9, 0x30, 0x25));
        line->setPalette(p);
        line->setAccessibleDescription(error.isEmpty()
                ? QCoreApplication::translate("Settings", core::Settings::spec(key)->help)
                : error);
    }
}

void SettingsPage::check(const QString& key, const QString& text)
{
    QString error;
    core::Settings::validate(key, text, &error) ? showError(key, QString()) : showError(key, error);
}

void SettingsPage::apply(const QString& key, const QString& text)
{
    if (m_reloading || !m_settings)
        return;
    QString error;
    const auto canonical = core::Settings::validate(key, text, &error);
    if (!canonical) {
        showError(key, error);
        return;
    }
    if (*canonical == m_settings->value(key)) {
        showError(key, QString());
        return;
    }
    if (!m_settings->set(key, *canonical, &error)) {
        showError(key, error);
        return;
    }
    showError(key, QString());
    Q_EMIT settingChanged(key, m_settings->value(key));
}

bool SettingsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Wheel) {
        if (auto* w = qobject_cast<QWidget*>(watched); w && !w->hasFocus()) {
            QCoreApplication::sendEvent(m_scroll->verticalScrollBar(), event); // the page scrolls
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SettingsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_settings)
        m_settings->reloadIfChanged();
    reload();
}

} // namespace sc::ui
