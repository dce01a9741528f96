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
#include <QMenu>
#include <QSystemTrayIcon>

namespace sc::ui {

TrayController::TrayController(core::Engine& engine, Clock clock, EarnedToday earnedToday, QObject* parent)
    : QObject(parent)
    , m_engine(engine)
    , m_clock(std::move(clock))
    , m_earnedToday(std::move(earnedToday))
    , m_menu(std::make_unique<QMenu>())
{
    m_menu->setAccessibleName(tr("SpareCycles menu"));
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
    m_runNow = addAction(tr("Run &now (ignore idle for an hour)"), "runNow");
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
    QString text = tr("SpareCycles: %1").arg(StatePresenter::title(s));
    if (!m_engine.reason().isEmpty())
        text += QStringLiteral("\n") + m_engine.reason();
    const auto running = m_engine.snapshot().tasks.size();
    text += QStringLiteral("\n") + tr("Tasks running: %1").arg(running);
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
    const QString path = StatePresenter::iconPath(StatePresenter::lookFor(s), dark);
    if (path != m_iconPath) {
        m_iconPath = path;
        m_tray->setIcon(QIcon(path));
    }
    m_tray->setToolTip(toolTip());
    const bool paused = s == core::Engine::State::Paused;
    m_resume->setEnabled(paused);
}

void TrayController::onActivated(int reason)
{
    if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
        Q_EMIT dashboardRequested();
}

} // namespace sc::ui
