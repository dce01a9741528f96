// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/earningspage.h"

#include "engine/enginestatus.h"
#include "evm/uint256.h"
#include "ledger/ledger.h"
#include "protocol/messages.h"
#include "ui/charts/barlinechart.h"
#include "ui/dashboard/rangeselector.h"

#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>

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

    QJsonObject storedObject(const core::Ledger& ledger, const char* key)
    {
        const auto stored = ledger.meta(QLatin1String(key));
        return stored ? QJsonDocument::fromJson(stored->toUtf8()).object() : QJsonObject();
    }

    // "0x1234…cdef": enough to recognise a transaction, short enough for a column.
    QString shortHash(const QString& hash)
    {
        return hash.size() > 14 ? hash.left(6) + QStringLiteral("…") + hash.right(4) : hash;
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
    // One quantity per chart: what each day brought, or the total it adds up to (same unit,
    // so never both on two axes).
    auto* viewRow = new QHBoxLayout;
    m_view = new QButtonGroup(this);
    const QString views[] = { tr("Earned per period"), tr("Running total") };
    for (int i = 0; i < 2; ++i) {
        auto* b = new QPushButton(views[i], this);
        b->setCheckable(true);
        b->setObjectName(i == 0 ? QStringLiteral("perPeriod") : QStringLiteral("runningTotal"));
        m_view->addButton(b, i);
        viewRow->addWidget(b);
    }
    m_view->button(0)->setChecked(true);
    viewRow->addStretch();
    connect(m_view, &QButtonGroup::idClicked, this, [this] { refresh(); });
    layout->addLayout(top);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    layout->addLayout(viewRow);
    m_chart = new BarLineChart(this);
    m_chart->setAccessibleName(tr("Chart of earnings"));
    layout->addWidget(m_chart, 1);
    m_payoutsTitle = new QLabel(tr("Payouts"), this);
    QFont bold = m_payoutsTitle->font();
    bold.setBold(true);
    m_payoutsTitle->setFont(bold);
    layout->addWidget(m_payoutsTitle);
    m_noPayouts = new QLabel(tr("No payouts yet. The network sends your credit to your payout address once "
                                "enough of it is waiting."),
        this);
    m_noPayouts->setWordWrap(true);
    layout->addWidget(m_noPayouts);
    m_payouts = new QTableWidget(0, 4, this);
    m_payouts->setAccessibleName(tr("Payouts"));
    m_payouts->setHorizontalHeaderLabels({ tr("Date"), tr("Amount"), tr("Status"), tr("Transaction") });
    m_payouts->verticalHeader()->hide();
    m_payouts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_payouts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_payouts->setWordWrap(false);
    m_payouts->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_payouts->horizontalHeader()->setStretchLastSection(true);
    m_payouts->setMaximumHeight(m_payouts->fontMetrics().height() * 9);
    layout->addWidget(m_payouts);
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
    // Pending vs paid and the payouts as the hub last said (the engine keeps its latest answer
    // in the ledger).
    const auto balance = core::HubBalance::fromJson(storedObject(*m_ledger, "balance"));
    if (balance)
        summary += QLatin1Char('\n')
            + tr("Waiting for payout: %1 · Paid out: %2")
                  .arg(h::formatTokens(balance->pending, locale), h::formatTokens(balance->paid, locale));
    m_summary->setText(summary);
    refreshPayouts(balance ? balance->payouts : QList<core::PayoutEntry> {});
    if (totals.credit == 0) {
        m_chart->showEmpty(tr("Nothing earned in this period yet. Credit appears here once the network "
                              "has checked the results your computer sent."));
        return;
    }
    const h::Bucket bucket = h::bucketFor(days.first().day, days.last().day);
    const auto rows = h::rollUp(days, bucket);
    const auto cumulative = h::cumulativeCredit(rows, before);
    const bool total = m_view->checkedId() == 1;
    BarLineChart::Data chartData;
    chartData.bucket = bucket;
    chartData.step = total;
    chartData.stepFrom = static_cast<double>(before) / h::kMicroPerToken;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        chartData.starts.append(rows.at(i).day);
        chartData.categories.append(bucketLabel(rows.at(i).day, bucket));
        // Heights only: the amounts shown as text are formatted from integers.
        const qint64 amount = total ? cumulative.at(i) : rows.at(i).credit;
        chartData.values.append(static_cast<double>(amount) / h::kMicroPerToken);
        chartData.texts.append(h::formatTokens(amount, locale));
    }
    chartData.yLabel = [locale](double v) {
        return h::formatTokens(static_cast<qint64>(std::llround(v * h::kMicroPerToken)), locale)
            .chopped(4); // the axis title says SCT
    };
    // Payouts on the running total: where the credit left for the payout address.
    if (balance && total) {
        QList<qint64> paidIn(rows.size(), 0);
        for (const core::PayoutEntry& p : balance->payouts) {
            if (p.failed())
                continue;
            const QDate day = QDateTime::fromSecsSinceEpoch(p.time, Qt::UTC).date();
            for (qsizetype i = rows.size() - 1; i >= 0; --i) {
                if (rows.at(i).day <= day) {
                    if (i < rows.size() - 1 || day <= days.last().day)
                        paidIn[i] += p.amount;
                    break;
                }
            }
        }
        for (qint64 amount : paidIn)
            chartData.markerTexts.append(amount > 0 ? h::formatTokens(amount, locale) : QString());
        chartData.markerName = tr("Paid out");
    }
    chartData.name = total          ? tr("Total earned")
        : bucket == h::Bucket::Day  ? tr("Earned per day")
        : bucket == h::Bucket::Week ? tr("Earned per week")
                                    : tr("Earned per month");
    chartData.axisTitle = tr("SCT");
    m_chart->setData(chartData);
}

void EarningsPage::showRunningTotal(bool total)
{
    m_view->button(total ? 1 : 0)->setChecked(true);
    refresh();
}

QString EarningsPage::payoutStatus(const core::PayoutEntry& p, const core::WalletStatus* wallet)
{
    if (p.failed())
        return tr("Failed: the amount is back in Waiting for payout");
    if (p.txHash.isEmpty())
        return tr("Paid"); // a network without a chain
    // The chain's word, as this app read the transaction's receipt itself; the hub's only until
    // the chain has been read.
    const core::PayoutCheck* check = nullptr;
    if (wallet)
        for (const core::PayoutCheck& c : wallet->payouts)
            if (c.txHash == p.txHash)
                check = &c;
    if (!check)
        return p.onItsWay() ? tr("On its way") : tr("Sent by the network; not yet checked on the blockchain");
    if (check->state == core::PayoutCheck::State::Failed)
        return tr("Failed on the blockchain; the network should pay it again");
    if (check->state == core::PayoutCheck::State::NotThisPayout)
        return tr("On the blockchain this transaction did not pay this amount to your address");
    if (check->state == core::PayoutCheck::State::NotFound)
        return p.onItsWay() ? tr("On its way")
                            : tr("Not found on the blockchain, although the network says it was paid");
    if (wallet->block >= check->block)
        return tr("Confirmed (%n confirmations)", nullptr,
            static_cast<int>(std::min<quint64>(wallet->block - check->block + 1, 1'000'000)));
    return tr("Confirmed");
}

void EarningsPage::refreshPayouts(const QList<core::PayoutEntry>& payouts)
{
    const auto wallet = core::WalletStatus::fromJson(storedObject(*m_ledger, "wallet_last"));
    const auto chain = core::ChainInfo::fromJson(storedObject(*m_ledger, "network_chain"), nullptr);
    const QLocale locale;
    m_noPayouts->setVisible(payouts.isEmpty());
    m_payouts->setVisible(!payouts.isEmpty());
    m_payouts->setRowCount(static_cast<int>(payouts.size()));
    for (int row = 0; row < payouts.size(); ++row) {
        const core::PayoutEntry& p = payouts.at(row);
        auto cell = [&](int column, const QString& text) {
            auto* item = new QTableWidgetItem(text);
            m_payouts->setItem(row, column, item);
            return item;
        };
        cell(0, locale.toString(QDateTime::fromSecsSinceEpoch(p.time), QLocale::ShortFormat));
        cell(1, h::formatTokens(p.amount, locale))->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        cell(2, payoutStatus(p, wallet ? &*wallet : nullptr));
        if (p.txHash.isEmpty()) {
            cell(3, tr("—"));
            m_payouts->removeCellWidget(row, 3);
            continue;
        }
        cell(3, QString())->setData(Qt::UserRole, p.txHash);
        auto* box = new QWidget;
        auto* line = new QHBoxLayout(box);
        line->setContentsMargins(4, 0, 4, 0);
        const QString url = chain ? chain->explorerUrlFor(p.txHash) : QString();
        auto* hash = new QLabel(url.isEmpty()
                ? shortHash(p.txHash)
                : QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), shortHash(p.txHash)),
            box);
        hash->setToolTip(p.txHash);
        hash->setOpenExternalLinks(true);
        hash->setTextInteractionFlags(url.isEmpty() ? Qt::TextSelectableByMouse : Qt::TextBrowserInteraction);
        auto* copy = new QToolButton(box);
        copy->setText(tr("Copy"));
        copy->setAccessibleName(tr("Copy the transaction ID"));
        copy->setToolTip(tr("Copy the full transaction ID, to look it up on the blockchain"));
        connect(copy, &QToolButton::clicked, copy,
            [txHash = p.txHash] { QApplication::clipboard()->setText(txHash); });
        line->addWidget(hash);
        line->addWidget(copy);
        line->addStretch(1);
        m_payouts->setCellWidget(row, 3, box);
    }
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
