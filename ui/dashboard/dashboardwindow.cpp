// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/dashboardwindow.h"

#include "ui/dashboard/activitypage.h"
#include "ui/dashboard/earningspage.h"
#include "ui/dashboard/historypage.h"
#include "ui/dashboard/overviewpage.h"
#include "ui/dashboard/settingspage.h"
#include "ui/dashboard/thispcpage.h"
#include "ui/statepresenter.h"

#include <QCloseEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QListWidget>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>
#include <QTimer>
#include <algorithm>
namespace sc::ui {

DashboardWindow::DashboardWindow(core::Engine& engine, const core::Ledger* ledger, const ActivityLog& log,
    const QString& dataDir, Clock clock, QWidget* parent)
    : QWidget(parent)
{
    setWindowTitle(tr("SpareCycles"));
    setWindowIcon(QIcon(StatePresenter::appIconPath()));
    resize(960, 680);
    // The smallest window every page is laid out for (a 1366×768 laptop with its panels);
    // tst_uiquality checks each page there.
    setMinimumSize(kMinimumSize);
    auto* layout = new QHBoxLayout(this);
    m_side = new QListWidget(this);
    m_side->setAccessibleName(tr("Pages"));
    m_side->setSpacing(1);
    QFont sideFont = m_side->font();
    sideFont.setPointSizeF(sideFont.pointSizeF() * 1.1);
    m_side->setFont(sideFont);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_side);
    layout->addWidget(m_pages, 1);

    m_overview = new OverviewPage(engine, ledger, clock, m_pages);
    m_earnings = new EarningsPage(ledger, clock, m_pages);
    // The History shows the graphics card's time where there is GPU work or a graphics card the
    // engine reads (the same rule as the Overview's).
    m_history = new HistoryPage(
        ledger, clock, [&engine] { return engine.snapshot().gpuTempC.has_value(); }, m_pages);
    m_thisPc = new ThisPcPage(dataDir, m_pages);
    m_settings = new SettingsPage(engine.settings(), m_pages);
    m_settings->setWalletContext({ engine.settings(), dataDir, {}, {} });
    m_activity = new ActivityPage(log, m_pages);
    const std::pair<QWidget*, QString> pages[] = {
        { m_overview, tr("Overview") },
        { m_earnings, tr("Earnings") },
        { m_history, tr("History") },
        { m_thisPc, tr("This PC") },
        { m_settings, tr("Settings") },
        { m_activity, tr("Activity") },
    };
    int i = 0;
    for (const auto& [page, name] : pages) {
        page->setAccessibleName(name);
        if (page == m_overview) {
            // The Overview holds the most: in a small window it scrolls rather than squash its chart.
            auto* scroll = new QScrollArea(m_pages);
            scroll->setWidget(page);
            scroll->setWidgetResizable(true);
            scroll->setFrameShape(QFrame::NoFrame);
            m_pages->addWidget(scroll);
        } else {
            m_pages->addWidget(page);
        }
        auto* item = new QListWidgetItem(name, m_side);
        item->setSizeHint(QSize(0, 34));
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(name).arg(i + 1));
        auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)), this);
        connect(shortcut, &QShortcut::activated, this, [this, i] { m_side->setCurrentRow(i); });
        ++i;
    }
    // As wide as the longest page name in this language needs, no wider: at the smallest window
    // every pixel the list does not need goes to the pages (a fixed 160 made Overview and
    // Settings scroll sideways there in every language).
    int widest = 0;
    for (const auto& [page, name] : pages)
        widest = std::max(widest, QFontMetrics(sideFont).horizontalAdvance(name));
    m_side->setFixedWidth(std::clamp(widest + 2 * m_side->frameWidth() + 28, 112, 200));
    connect(m_side, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_side->setCurrentRow(0);
    // The settings page shows the temperatures beside their limits, and the cores there are.
    auto* readings = new QTimer(this);
    readings->setInterval(3000);
    auto showReadings = [this, &engine] {
        if (!m_settings->isVisible())
            return;
        const core::EngineStatus s = engine.snapshot();
        m_settings->setTemperatures(s.cpuTempC, s.gpuTempC);
    };
    connect(readings, &QTimer::timeout, this, showReadings);
    connect(m_side, &QListWidget::currentRowChanged, this, showReadings);
    readings->start();
}

DashboardWindow::~DashboardWindow() = default;

void DashboardWindow::showPage(Page page) { m_side->setCurrentRow(static_cast<int>(page)); }

DashboardWindow::Page DashboardWindow::currentPage() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

void DashboardWindow::present()
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
}

void DashboardWindow::closeEvent(QCloseEvent* event)
{
    if (m_hideOnClose) {
        hide();
        event->ignore();
        return;
    }
    QWidget::closeEvent(event);
    Q_EMIT closedWithoutTray();
}

} // namespace sc::ui
