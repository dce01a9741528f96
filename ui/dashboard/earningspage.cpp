// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/earningspage.h"

#include "ledger/ledger.h"
#include "ui/charts/barlinechart.h"
#include "ui/dashboard/rangeselector.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace sc::ui {

namespace h = core::history;

namespace {
    QString bucketLabel(const QDate& d, h::Bucket bucket)
    {
        const QLocale locale;
        switch (bucket) {
        case h::Bucket::Day:
            return locale.toString(d, QStringLiteral("d MMM"));
        case h::Bucket::Week:
            return locale.toString(d, QStringLiteral("d MMM yy"));
        case h::Bucket::Month:
            return locale.toString(d, QStringLiteral("MMM yyyy"));
        }
        return QString();
    }

    QDate firstLedgerDay(const core::Ledger& ledger, const QDate& today)
    {
        const auto all = ledger.days(QDate(1970, 1, 1), today);
        return all.isEmpty() ? QDate() : all.first().day;
    }
} // namespace

EarningsPage::EarningsPage(const core::Ledger* ledger, Clock clock, QWidget* parent)
    : QWidget(parent)
    , m_ledger(ledger)
    , m_clock(std::move(clock))
{
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_range = new RangeSelector(this);
    m_export = new QPushButton(tr("&Export to CSV…"), this);
    m_export->setAccessibleName(tr("Export earnings to a CSV file"));
    top->addWidget(m_range, 1);
    top->addWidget(m_export);
    layout->addLayout(top);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    m_chart = new BarLineChart(this);
    m_chart->setAccessibleName(tr("Chart of earnings"));
    layout->addWidget(m_chart, 1);
    connect(m_range, &RangeSelector::rangeChanged, this, &EarningsPage::refresh);
    m_refresh.setInterval(30'000);
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    m_refresh.start();
    connect(m_export, &QPushButton::clicked, this, &EarningsPage::onExport);
}

EarningsPage::~EarningsPage() = default;

QList<core::Ledger::Day> EarningsPage::currentDays(qint64* before) const
{
    *before = 0;
    if (!m_ledger)
        return {};
    const QDate today = QDateTime::fromSecsSinceEpoch(m_clock(), Qt::UTC).date();
    const QDate from = h::rangeStart(m_range->range(), today, firstLedgerDay(*m_ledger, today));
    const auto days = h::denseDays(m_ledger->days(from, today), from, today);
    *before = m_ledger->earnedTotal() - h::sum(days).credit;
    return days;
}

QString EarningsPage::summaryText() const { return m_summary->text(); }

void EarningsPage::refresh()
{
    qint64 before = 0;
    const auto days = currentDays(&before);
    const h::Totals totals = h::sum(days);
    const QLocale locale;
    m_export->setEnabled(!days.isEmpty());
    if (!m_ledger) {
        m_summary->clear();
        m_chart->showEmpty(tr("The earnings record could not be opened."));
        return;
    }
    QString summary
        = tr("Earned in this period: %1 · In total: %2")
              .arg(h::formatTokens(totals.credit, locale), h::formatTokens(before + totals.credit, locale));
    // Pending vs paid as the hub last said (the engine keeps its latest answer in the ledger).
    if (const auto stored = m_ledger->meta(QStringLiteral("balance"))) {
        const QJsonObject balance = QJsonDocument::fromJson(stored->toUtf8()).object();
        const qint64 pending = balance.value(QLatin1String("pending")).toInteger(-1);
        const qint64 paid = balance.value(QLatin1String("paid")).toInteger(-1);
        if (pending >= 0 && paid >= 0)
            summary += QLatin1Char('\n')
                + tr("Waiting for payout: %1 · Paid out: %2")
                      .arg(h::formatTokens(pending, locale), h::formatTokens(paid, locale));
    }
    m_summary->setText(summary);
    if (totals.credit == 0) {
        m_chart->showEmpty(tr("Nothing earned in this period yet. Credit appears here once the network "
                              "has checked the results your computer sent."));
        return;
    }
    const h::Bucket bucket = h::bucketFor(days.first().day, days.last().day);
    const auto rows = h::rollUp(days, bucket);
    const auto cumulative = h::cumulativeCredit(rows, before);
    BarLineChart::Data chartData;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        chartData.categories.append(bucketLabel(rows.at(i).day, bucket));
        // Heights only: the amounts shown as text are formatted from integers.
        chartData.bars.append(static_cast<double>(rows.at(i).credit) / h::kMicroPerToken);
        chartData.line.append(static_cast<double>(cumulative.at(i)) / h::kMicroPerToken);
        chartData.barTexts.append(h::formatTokens(rows.at(i).credit, locale));
        chartData.lineTexts.append(h::formatTokens(cumulative.at(i), locale));
    }
    chartData.barName = bucket == h::Bucket::Day ? tr("Earned per day")
        : bucket == h::Bucket::Week              ? tr("Earned per week")
                                                 : tr("Earned per month");
    chartData.barAxisTitle = tr("SCT");
    chartData.lineName = tr("Total earned");
    chartData.lineAxisTitle = tr("SCT in total");
    m_chart->setData(chartData);
}

bool EarningsPage::exportCsv(const QString& path, QString* error) const
{
    qint64 before = 0;
    const QByteArray csv = h::earningsCsv(currentDays(&before), before);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(csv) != csv.size() || !f.commit()) {
        *error = f.errorString();
        return false;
    }
    return true;
}

void EarningsPage::onExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export earnings"),
        QDir::home().filePath(QStringLiteral("sparecycles-earnings.csv")), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export earnings"), tr("Could not write %1: %2").arg(path, error));
}

void EarningsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

} // namespace sc::ui
