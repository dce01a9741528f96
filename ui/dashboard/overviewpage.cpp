// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/overviewpage.h"

#include "evm/uint256.h"
#include "ledger/history.h"
#include "ledger/ledger.h"
#include "settings/settings.h"
#include "tasks/taskdescription.h"
#include "ui/charts/livechart.h"
#include "ui/statepresenter.h"

#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace sc::ui {

namespace {
    // A caption over a large, bold, selectable figure, as one column of `row`.
    QLabel* addFigureTo(QWidget* parent, QHBoxLayout* row, const QString& title)
    {
        auto* box = new QVBoxLayout;
        auto* caption = new QLabel(title, parent);
        caption->setWordWrap(true); // "Wartet auf Auszahlung" in a narrow window
        auto* value = new QLabel(parent);
        QFont f = value->font();
        f.setPointSizeF(f.pointSizeF() * 1.3);
        f.setBold(true);
        value->setFont(f);
        value->setAccessibleName(title);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        box->addWidget(caption);
        box->addWidget(value);
        row->addLayout(box, 1);
        return value;
    }

    // Time worked in the steps of history::timeWorked, with the unit in the user's language.
    QString timeWorkedText(double seconds, const QLocale& locale)
    {
        using Unit = core::history::TimeWorked::Unit;
        const auto t = core::history::timeWorked(seconds);
        const QString number = locale.toString(t.value, 'f', t.decimals);
        return t.unit == Unit::Seconds ? OverviewPage::tr("%1 s").arg(number)
            : t.unit == Unit::Minutes  ? OverviewPage::tr("%1 min").arg(number)
                                       : OverviewPage::tr("%1 h").arg(number);
    }

    constexpr int kSampleMs = 2000;
    constexpr qint64 kWindowMs = 10 * 60 * 1000;
} // namespace

OverviewPage::OverviewPage(core::Engine& engine, const core::Ledger* ledger, Clock clock, QWidget* parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_ledger(ledger)
    , m_clock(std::move(clock))
{
    auto* layout = new QVBoxLayout(this);
    auto* head = new QHBoxLayout;
    m_icon = new QLabel(this);
    m_icon->setFixedSize(48, 48);
    m_state = new QLabel(this);
    QFont big = m_state->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_state->setFont(big);
    m_state->setAccessibleName(tr("State"));
    m_reason = new QLabel(this);
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reason->setAccessibleName(tr("Reason"));
    m_gpuReason = new QLabel(this);
    m_gpuReason->setObjectName(QStringLiteral("gpuReason"));
    m_gpuReason->setWordWrap(true);
    m_gpuReason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_gpuReason->setAccessibleName(tr("Graphics card"));
    m_gpuReason->setVisible(false);
    m_allowUnsandboxed = new QPushButton(tr("Run tasks without a sandbox…"), this);
    m_allowUnsandboxed->setObjectName(QStringLiteral("allowUnsandboxed"));
    m_allowUnsandboxed->setVisible(false);
    connect(m_allowUnsandboxed, &QPushButton::clicked, this, &OverviewPage::askToRunWithoutSandbox);
    auto* words = new QVBoxLayout;
    words->addWidget(m_state);
    words->addWidget(m_reason);
    words->addWidget(m_gpuReason);
    words->addWidget(m_allowUnsandboxed, 0, Qt::AlignLeft);
    m_resume = new QPushButton(tr("&Resume"), this);
    m_resume->setObjectName(QStringLiteral("resume"));
    m_resume->setVisible(false);
    connect(m_resume, &QPushButton::clicked, this, &OverviewPage::resume);
    words->addWidget(m_resume, 0, Qt::AlignLeft);
    head->addWidget(m_icon);
    head->addLayout(words, 1);
    layout->addLayout(head);

    auto* earned = new QGroupBox(tr("Earned"), this);
    auto* earnedRow = new QHBoxLayout(earned);
    auto addFigure = [&](const QString& title) { return addFigureTo(earned, earnedRow, title); };
    m_today = addFigure(tr("Today"));
    m_week = addFigure(tr("Last 7 days"));
    m_total = addFigure(tr("In total"));
    m_pending = addFigure(tr("Waiting for payout"));
    m_paid = addFigure(tr("Paid out"));
    layout->addWidget(earned);

    // The time this computer worked for the network, the graphics card's beside the processor's;
    // the columns line up with the ones above.
    auto* worked = new QGroupBox(tr("Time worked in the last 7 days"), this);
    auto* workedRow = new QHBoxLayout(worked);
    m_cpuTime = addFigureTo(worked, workedRow, tr("Processor"));
    m_gpuTimeFigure = new QWidget(worked);
    auto* gpuColumn = new QHBoxLayout(m_gpuTimeFigure);
    gpuColumn->setContentsMargins(0, 0, 0, 0);
    m_gpuTime = addFigureTo(m_gpuTimeFigure, gpuColumn, tr("Graphics card"));
    workedRow->addWidget(m_gpuTimeFigure, 1);
    workedRow->addStretch(3);
    layout->addWidget(worked);

    // What the payout address holds, as the blockchain says (not the hub).
    m_walletBox = new QGroupBox(tr("Payout wallet"), this);
    auto* walletLayout = new QVBoxLayout(m_walletBox);
    auto* walletIntro = new QLabel(tr("What your payout address holds on the blockchain, including anything "
                                      "it received from elsewhere."),
        m_walletBox);
    walletIntro->setWordWrap(true);
    walletLayout->addWidget(walletIntro);
    auto* walletRow = new QHBoxLayout;
    m_walletBalance = addFigureTo(m_walletBox, walletRow, tr("Balance"));
    m_walletGas = addFigureTo(m_walletBox, walletRow, tr("For network fees"));
    walletLayout->addLayout(walletRow);
    m_walletNote = new QLabel(m_walletBox);
    m_walletNote->setWordWrap(true);
    m_walletNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    walletLayout->addWidget(m_walletNote);
    layout->addWidget(m_walletBox);

    auto* chartBox = new QGroupBox(tr("Last 10 minutes"), this);
    auto* chartLayout = new QVBoxLayout(chartBox);
    m_chart = new LiveChart(chartBox);
    m_chart->setAccessibleName(tr("Chart of CPU temperature and task running time over the last 10 minutes"));
    m_chart->setMinimumHeight(220); // readable in the smallest window: the page scrolls instead
    chartLayout->addWidget(m_chart);
    layout->addWidget(chartBox, 1);

    auto* tasksBox = new QGroupBox(tr("Tasks on this computer"), this);
    m_taskRows = new QVBoxLayout(tasksBox);
    m_noTasks = new QLabel(tr("No task is running right now."), tasksBox);
    m_taskRows->addWidget(m_noTasks);
    layout->addWidget(tasksBox);

    connect(&m_engine, &core::Engine::stateChanged, this, &OverviewPage::onStateChanged);
    m_sampler.setInterval(kSampleMs);
    connect(&m_sampler, &QTimer::timeout, this, &OverviewPage::sample);
    m_sampler.start();
    onStateChanged();
    refillFromLedger();
    sample();
    refreshEarnings();
}

OverviewPage::~OverviewPage() = default;

QString OverviewPage::stateText() const { return m_state->text(); }

QString OverviewPage::reasonText() const { return m_reason->text(); }

QString OverviewPage::gpuReasonText() const
{
    return m_gpuReason->isHidden() ? QString() : m_gpuReason->text();
}

void OverviewPage::updateGpuReason(const core::EngineStatus& st)
{
    // The engine's sentence for the graphics card ("… paused to cool down: graphics card at
    // 86 °C, limit 80 °C"), only where there is GPU work and the main reason does not cover it.
    const QString text = st.gpuSlots > 0 ? st.gpuReason : QString();
    m_gpuReason->setText(text);
    m_gpuReason->setVisible(!text.isEmpty());
}

QStringList OverviewPage::taskTexts() const
{
    QStringList texts;
    for (const TaskRow& row : m_taskBars)
        texts.append(row.label->text());
    return texts;
}

void OverviewPage::onStateChanged()
{
    const core::Engine::State s = m_engine.state();
    const bool waitingForPermission = m_engine.stateReason().code == core::StateReason::Code::NoSandbox;
    const core::Settings* settings = m_engine.settings();
    const qint64 pausedUntil
        = settings && s == core::Engine::State::Paused ? settings->get<core::setting::PausedUntil>() : 0;
    const qint64 runNowUntil = settings ? settings->get<core::setting::RunNowUntil>() : 0;
    const QString pause = pauseHeadline(pausedUntil, runNowUntil, m_clock());
    const QString title = StatePresenter::title(s, m_engine.policyReason());
    const QString headline = waitingForPermission ? tr("Waiting for your permission")
        : !pause.isEmpty()                        ? pause
                                                  : title;
    m_state->setText(headline);
    m_allowUnsandboxed->setVisible(waitingForPermission);
    m_resume->setVisible(!pause.isEmpty());
    // The reason adds to the headline, never repeats it.
    QString reason = m_engine.reason();
    if (pausedUntil > 0)
        reason = tr("Tasks wait where they stopped and go on from there when you resume.");
    const auto has = [](const QString& a, const QString& b) {
        return !b.isEmpty() && a.contains(b, Qt::CaseInsensitive);
    };
    if (has(reason, headline) || has(headline, reason) || has(reason, title))
        reason.clear();
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
    updateGpuReason(m_engine.snapshot());
    m_iconPath = StatePresenter::iconPath(
        StatePresenter::lookFor(s, m_engine.policyReason()), StatePresenter::isDark(palette()));
    m_icon->setPixmap(QIcon(m_iconPath).pixmap(48, 48));
    m_icon->setAccessibleName(title);
}

QString OverviewPage::pauseHeadline(qint64 pausedUntil, qint64 runNowUntil, qint64 now)
{
    const auto when = [now](qint64 t) {
        const QDateTime at = QDateTime::fromSecsSinceEpoch(t);
        const QLocale locale;
        return at.date() == QDateTime::fromSecsSinceEpoch(now).date()
            ? locale.toString(at.time(), QLocale::ShortFormat)
            : locale.toString(at, QLocale::ShortFormat);
    };
    if (pausedUntil >= core::PolicySettings::kPausedIndefinitely)
        return tr("Paused until you resume");
    if (pausedUntil > now)
        return tr("Paused until %1").arg(when(pausedUntil));
    if (runNowUntil > now)
        return tr("Running now until %1, even while you use the computer").arg(when(runNowUntil));
    return QString();
}

bool OverviewPage::resumeShown() const { return !m_resume->isHidden(); }

void OverviewPage::resume()
{
    if (m_engine.settings()) {
        QString error;
        m_engine.settings()->put<core::setting::RunNowUntil>(0, &error);
    }
    m_engine.resumeByUser();
    onStateChanged();
}

void OverviewPage::askToRunWithoutSandbox()
{
    QMessageBox box(QMessageBox::Warning, tr("Run tasks without a sandbox?"),
        tr("Tasks come from the network's strangers. Without a sandbox they run as you: they could read "
           "your files and use the network. They still run only when you are away and at the lowest "
           "priority.\n\nInstalling bubblewrap is safer. You can turn this off again in Settings."),
        QMessageBox::Cancel, this);
    QPushButton* yes = box.addButton(tr("Run without a sandbox"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != yes || !m_engine.settings())
        return;
    QString error;
    m_engine.settings()->set(QStringLiteral("run_without_sandbox"), QStringLiteral("true"), &error);
}

void OverviewPage::sample()
{
    const core::EngineStatus st = m_engine.snapshot();
    updateGpuReason(st);
    const qint64 now = m_clock() * 1000;
    if (st.cpuTempC)
        m_temp.add(now, std::round(*st.cpuTempC * 10) / 10);
    if (st.gpuTempC)
        m_gpuTemp.add(now, std::round(*st.gpuTempC * 10) / 10);
    // The share of time tasks may run is 0 while none can (offline, paused, waiting), not the
    // last value the policy had.
    const bool running = st.state == core::EngineState::Running || st.state == core::EngineState::Throttled;
    m_duty.add(now, running ? st.dutyCycle * 100.0 : 0.0);
    m_cpu.add(now, std::round(st.tasksCpuPercent * 10) / 10);
    if (isVisible()) {
        updateTasks(st.tasks);
        redrawChart();
        // Earnings change slowly; re-read the ledger every 30 s while the page is shown.
        if (++m_samplesSinceEarnings >= 15)
            refreshEarnings();
        else
            refreshWallet(); // the engine's snapshot, cheap: shown as soon as it is read
    }
}

void OverviewPage::refillFromLedger()
{
    // After a restart the last ten minutes come from the ledger's minute samples (the engine
    // writes one a minute), so the chart is not empty.
    if (!m_ledger || !m_duty.isEmpty())
        return;
    const qint64 now = m_clock();
    const int cores = std::max(1, m_engine.snapshot().cores);
    for (const core::Ledger::Sample& s : m_ledger->samples(now - kWindowMs / 1000, now)) {
        const qint64 at = (s.time + 30) * 1000; // the middle of the minute
        if (!std::isnan(s.maxTempC))
            m_temp.add(at, std::round(s.maxTempC * 10) / 10);
        if (!std::isnan(s.maxGpuTempC))
            m_gpuTemp.add(at, std::round(s.maxGpuTempC * 10) / 10);
        m_duty.add(at, std::clamp(s.duty, 0.0, 1.0) * 100.0);
        m_cpu.add(at, std::round(s.cpuSeconds / (60.0 * cores) * 1000) / 10);
    }
}

void OverviewPage::setLiveHistory(const LiveHistory& history)
{
    m_temp = history.temperature;
    m_duty = history.duty;
    m_cpu = history.cpu;
    m_gpuTemp = history.gpuTemperature;
    redrawChart();
}

void OverviewPage::redrawChart()
{
    const qint64 now = m_clock() * 1000;
    m_chart->setData(
        m_temp.points(), m_duty.points(), m_cpu.points(), now - kWindowMs, now, m_gpuTemp.points());
}

void OverviewPage::updateTasks(const QList<core::TaskStatus>& tasks)
{
    QSet<QString> seen;
    for (const core::TaskStatus& t : tasks) {
        const QString& id = t.id;
        seen.insert(id);
        TaskRow& row = m_taskBars[id];
        if (!row.row) {
            // The words above the bar, never on it: text across the fill edge is hard to read.
            row.row = new QWidget(this);
            auto* v = new QVBoxLayout(row.row);
            v->setContentsMargins(0, 0, 0, 4);
            v->setSpacing(2);
            row.label = new QLabel(row.row);
            row.label->setWordWrap(true);
            row.bar = new QProgressBar(row.row);
            row.bar->setRange(0, 1000);
            row.bar->setTextVisible(false);
            row.bar->setMaximumHeight(row.bar->fontMetrics().height() / 2 + 4);
            v->addWidget(row.label);
            v->addWidget(row.bar);
            m_taskRows->addWidget(row.row);
        }
        const double progress = std::clamp(t.progress, 0.0, 1.0);
        row.bar->setValue(static_cast<int>(progress * 1000));
        const QString what = t.description.isEmpty() ? tr("A task") : t.description;
        const QString percent = tr("%1 %").arg(QLocale().toString(progress * 100, 'f', 0));
        QString text = tr("%1 — %2").arg(what, percent);
        if (t.suspended)
            text = tr("%1 — %2, suspended").arg(what, percent);
        else if (const QString left = core::TaskDescription::timeLeft(t.cpuSeconds, progress);
                 !left.isEmpty())
            text = tr("%1 — %2 · %3").arg(what, percent, left);
        row.label->setText(text);
        row.bar->setAccessibleName(tr("Progress of %1").arg(what));
    }
    for (auto it = m_taskBars.begin(); it != m_taskBars.end();) {
        if (!seen.contains(it.key())) {
            delete it.value().row;
            it = m_taskBars.erase(it);
        } else {
            ++it;
        }
    }
    m_noTasks->setVisible(m_taskBars.isEmpty());
}

void OverviewPage::refreshEarnings()
{
    m_samplesSinceEarnings = 0;
    if (!m_ledger) {
        m_today->setText(tr("—"));
        m_week->setText(tr("—"));
        m_total->setText(tr("—"));
        m_pending->setText(tr("—"));
        m_paid->setText(tr("—"));
        m_cpuTime->setText(tr("—"));
        m_gpuTimeFigure->setVisible(m_engine.snapshot().gpuTempC.has_value());
        m_gpuTime->setText(tr("—"));
        return;
    }
    const QDate today = QDateTime::fromSecsSinceEpoch(m_clock(), Qt::UTC).date();
    const auto week = m_ledger->days(today.addDays(-6), today);
    qint64 todayCredit = 0;
    for (const auto& d : week) {
        if (d.day == today)
            todayCredit = d.credit;
    }
    const QLocale locale;
    const core::history::Totals weekTotals = core::history::sum(week);
    m_today->setText(core::history::formatTokens(todayCredit, locale));
    m_week->setText(core::history::formatTokens(weekTotals.credit, locale));
    m_cpuTime->setText(timeWorkedText(weekTotals.cpuSeconds, locale));
    m_gpuTime->setText(timeWorkedText(weekTotals.gpuSeconds, locale));
    // The graphics card only where it does or can do work (docs/ui.md), so a computer without
    // one sees no empty figure.
    m_gpuTimeFigure->setVisible(m_ledger->hasGpuWork() || m_engine.snapshot().gpuTempC.has_value());
    m_total->setText(core::history::formatTokens(m_ledger->earnedTotal(), locale));
    // The hub's own account of this device (pending = credited, not yet paid out).
    const auto balance = m_engine.snapshot().balance;
    m_pending->setText(balance ? core::history::formatTokens(balance->pending, locale) : tr("—"));
    m_paid->setText(balance ? core::history::formatTokens(balance->paid, locale) : tr("—"));
    refreshWallet();
}

void OverviewPage::refreshWallet()
{
    const auto wallet = m_engine.snapshot().wallet;
    m_walletBox->setVisible(wallet.has_value());
    if (!wallet)
        return;
    const QLocale locale;
    const auto token = evm::Uint256::fromDecimal(wallet->balance);
    const auto gas = evm::Uint256::fromDecimal(wallet->nativeBalance);
    m_walletBalance->setText(token
            ? tr("%1 %2").arg(
                formatAmount(*token, static_cast<unsigned>(wallet->decimals), locale), wallet->symbol)
            : tr("—"));
    m_walletGas->setText(
        gas ? tr("%1 %2").arg(formatAmount(*gas, 18, locale), wallet->nativeSymbol) : tr("—"));
    // A balance from an earlier read is shown greyed while the chain does not answer.
    const bool stale = !wallet->error.isEmpty();
    m_walletBalance->setEnabled(!stale);
    m_walletGas->setEnabled(!stale);
    const QString shortAddress = wallet->address.size() > 12
        ? wallet->address.left(6) + QStringLiteral("…") + wallet->address.right(4)
        : wallet->address;
    m_walletNote->setToolTip(wallet->address);
    const QDateTime read = QDateTime::fromSecsSinceEpoch(wallet->asOf);
    const QString when = wallet->asOf <= 0    ? QString()
        : read.date() == QDate::currentDate() ? locale.toString(read.time(), QStringLiteral("HH:mm"))
                                              : locale.toString(read, QStringLiteral("d MMM, HH:mm"));
    if (stale) {
        const QString shown = when.isEmpty() ? tr("No balance of %1 could be read yet.").arg(shortAddress)
                                             : tr("Showing the balance from %1.").arg(when);
        m_walletNote->setText(tr("%1 %2 Trying again in a minute. Check your internet connection, or change "
                                 "“Blockchain node address” in Settings.")
                                  .arg(wallet->error, shown));
    } else if (when.isEmpty()) {
        m_walletNote->setText(tr("Reading the balance of %1 from the blockchain…").arg(shortAddress));
    } else {
        m_walletNote->setText(tr("Read from the blockchain at %1 for %2.").arg(when, shortAddress));
    }
}

bool OverviewPage::walletShown() const { return !m_walletBox->isHidden(); }
QString OverviewPage::processorTimeText() const { return m_cpuTime->text(); }
QString OverviewPage::graphicsCardTimeText() const
{
    return m_gpuTimeFigure->isHidden() ? QString() : m_gpuTime->text();
}
QString OverviewPage::walletBalanceText() const { return m_walletBalance->text(); }
QString OverviewPage::walletNoteText() const { return m_walletNote->text(); }
QString OverviewPage::walletGasText() const { return m_walletGas->text(); }

QString OverviewPage::formatAmount(const evm::Uint256& value, unsigned decimals, const QLocale& locale)
{
    // The app's one money format (history::formatBaseUnits): four decimals, cut, grouped.
    return core::history::formatBaseUnits(value.formatUnits(decimals), locale);
}

void OverviewPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    updateTasks(m_engine.snapshot().tasks);
    redrawChart();
    refreshEarnings();
}

void OverviewPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        onStateChanged();
    QWidget::changeEvent(event);
}

} // namespace sc::ui
