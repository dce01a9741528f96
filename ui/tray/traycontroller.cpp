// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tray/traycontroller.h"

#include "ledger/history.h"
#include "platform/systemtheme.h"
#include "policy/throttlepolicy.h"
#include "ui/statepresenter.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QWidgetAction>

namespace sc::ui {

TrayController::TrayController(core::Engine& engine, Clock clock, EarnedToday earnedToday, QObject* parent)
    : QObject(parent)
    , m_engine(engine)
    , m_clock(std::move(clock))
    , m_earnedToday(std::move(earnedToday))
    , m_menu(std::make_unique<QMenu>())
{
    m_menu->setAccessibleName(tr("SpareCycles menu"));
    // What is happening, first: a disabled item drawn as plain text (a disabled action would be
    // greyed out in some styles, so the lines are label widgets, readable in both palettes).
    m_status = addInfoLine("statusLine");
    m_earned = addInfoLine("earnedLine");
    m_menu->addSeparator();
    QAction* open = addAction(tr("&Open dashboard"), "openDashboard");
    connect(open, &QAction::triggered, this, &TrayController::dashboardRequested);
    m_menu->addSeparator();
    m_pauseHour = addAction(tr("Pause for 1 &hour"), "pauseHour");
    connect(m_pauseHour, &QAction::triggered, this, [this] { m_engine.pauseByUser(m_clock() + 3600); });
    m_pauseTomorrow = addAction(tr("Pause until &tomorrow"), "pauseTomorrow");
    connect(m_pauseTomorrow, &QAction::triggered, this,
        [this] { m_engine.pauseByUser(startOfTomorrow(m_clock())); });
    m_pauseForever = addAction(tr("Pause until I &resume"), "pauseForever");
    connect(m_pauseForever, &QAction::triggered, this,
        [this] { m_engine.pauseByUser(core::PolicySettings::kPausedIndefinitely); });
    m_resume = addAction(tr("R&esume"), "resume");
    connect(m_resume, &QAction::triggered, this, [this] { m_engine.resumeByUser(); });
    m_runNow = addAction(tr("Run &now for an hour, even while I use the computer"), "runNow");
    connect(m_runNow, &QAction::triggered, this, [this] { m_engine.runNow(3600); });
    m_menu->addSeparator();
    QAction* settings = addAction(tr("&Settings…"), "settings");
    connect(settings, &QAction::triggered, this, &TrayController::settingsRequested);
    QAction* quit = addAction(tr("&Quit"), "quit");
    connect(quit, &QAction::triggered, this, &TrayController::quitRequested);

    m_tray = new QSystemTrayIcon(this);
    m_tray->setContextMenu(m_menu.get());
    connect(m_tray, &QSystemTrayIcon::activated, this,
        [this](QSystemTrayIcon::ActivationReason r) { onActivated(static_cast<int>(r)); });
    connect(m_menu.get(), &QMenu::aboutToShow, this, &TrayController::refresh);
    connect(&m_engine, &core::Engine::stateChanged, this, &TrayController::refresh);
    // Earnings arrive without a state change; a minute is soon enough for a tooltip.
    m_refresh.setInterval(60'000);
    connect(&m_refresh, &QTimer::timeout, this, &TrayController::refresh);
    m_refresh.start();
    refresh();
}

TrayController::~TrayController() = default;

QAction* TrayController::addInfoLine(const char* name)
{
    auto* label = new QLabel(m_menu.get());
    label->setObjectName(QLatin1String(name) + QStringLiteral("Label"));
    label->setContentsMargins(12, 3, 12, 3);
    label->setTextFormat(Qt::PlainText);
    auto* action = new QWidgetAction(m_menu.get());
    action->setDefaultWidget(label);
    action->setObjectName(QLatin1String(name));
    m_menu->addAction(action);
    return action;
}

void TrayController::setInfoLine(QAction* action, const QString& text)
{
    action->setText(text);
    if (auto* label = qobject_cast<QLabel*>(qobject_cast<QWidgetAction*>(action)->defaultWidget()))
        label->setText(text);
}

QAction* TrayController::addAction(const QString& text, const char* name)
{
    QAction* a = m_menu->addAction(text);
    a->setObjectName(QLatin1String(name));
    return a;
}

void TrayController::show() { m_tray->show(); }

qint64 TrayController::startOfTomorrow(qint64 nowUnix)
{
    const QDateTime now = QDateTime::fromSecsSinceEpoch(nowUnix);
    return QDateTime(now.date().addDays(1), QTime(0, 0)).toSecsSinceEpoch();
}

QString TrayController::toolTip() const
{
    const core::Engine::State s = m_engine.state();
    const QString title = StatePresenter::title(s, m_engine.policyReason());
    QString text = tr("SpareCycles: %1").arg(title);
    if (!m_engine.reason().isEmpty() && m_engine.reason() != title)
        text += QStringLiteral("\n") + m_engine.reason();
    const auto running = static_cast<int>(m_engine.snapshot().tasks.size());
    text += QStringLiteral("\n") + tr("%n tasks running", nullptr, running);
    if (m_earnedToday)
        text += QStringLiteral("\n")
            + tr("Earned today: %1").arg(core::history::formatTokens(m_earnedToday(), QLocale()));
    return text;
}

void TrayController::setPanelTheme(const QString& panelTheme)
{
    m_panelTheme = panelTheme;
    refresh();
}

void TrayController::refresh()
{
    const core::Engine::State s = m_engine.state();
    const bool dark = StatePresenter::panelIsDark(
        m_panelTheme, QApplication::palette(), *core::createPlatformSystemTheme());
    const QString path = StatePresenter::iconPath(StatePresenter::lookFor(s, m_engine.policyReason()), dark);
    if (path != m_iconPath) {
        m_iconPath = path;
        QIcon icon(path);
        m_tray->setIcon(icon.isNull() ? QIcon(StatePresenter::appIconPath()) : icon);
    }
    m_tray->setToolTip(toolTip());
    setInfoLine(m_status, StatePresenter::title(s, m_engine.policyReason()));
    setInfoLine(m_earned,
        tr("Earned today: %1")
            .arg(core::history::formatTokens(m_earnedToday ? m_earnedToday() : 0, QLocale())));
    // Only what applies is offered: Resume while paused, the pauses while not.
    const bool paused = s == core::Engine::State::Paused;
    m_resume->setVisible(paused);
    m_pauseHour->setVisible(!paused);
    m_pauseTomorrow->setVisible(!paused);
    m_pauseForever->setVisible(!paused);
}

void TrayController::onActivated(int reason)
{
    if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
        Q_EMIT dashboardRequested();
}

} // namespace sc::ui
