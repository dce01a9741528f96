// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/engine.h"
#include "fakehttp.h"
#include "ledger/ledger.h"
#include "settings/settings.h"
#include "ui/activitylog.h"
#include "ui/charts/barlinechart.h"
#include "ui/charts/chartpanel.h"
#include "ui/charts/livechart.h"
#include "ui/dashboard/activitypage.h"
#include "ui/dashboard/dashboardwindow.h"
#include "ui/dashboard/earningspage.h"
#include "ui/dashboard/historypage.h"
#include "ui/dashboard/overviewpage.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFile>
#include <QLineSeries>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using sc::core::Ledger;

namespace {
constexpr qint64 kNow = 1'790'000'000; // 2026-09-21 UTC

Ledger::Credit credit(qint64 seq, qint64 amount, qint64 time)
{
    Ledger::Credit c;
    c.seq = seq;
    c.taskId = QStringLiteral("t%1").arg(seq);
    c.status = QStringLiteral("valid");
    c.amount = amount;
    c.time = time;
    return c;
}
} // namespace

class TestDashboard final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void emptyLedgerShowsASentenceNotABlankPlot()
    {
        QTemporaryDir dir;
        QString error;
        auto ledger = Ledger::open(dir.filePath(QStringLiteral("l.sqlite")), &error);
        QVERIFY2(ledger, qPrintable(error));
        sc::ui::EarningsPage earnings(ledger.get(), [] { return kNow; });
        earnings.refresh();
        QVERIFY(earnings.chart()->panel()->isEmptyShown());
        QVERIFY(earnings.chart()->panel()->emptyText().contains(QLatin1String("Nothing earned")));
        sc::ui::HistoryPage history(ledger.get(), [] { return kNow; });
        history.refresh();
        QVERIFY(history.chart()->panel()->isEmptyShown());
        sc::ui::EarningsPage noLedger(nullptr, [] { return kNow; });
        noLedger.refresh();
        QVERIFY(noLedger.chart()->panel()->isEmptyShown());
    }

    void earningsChartAndCsvShowTheLedger()
    {
        QTemporaryDir dir;
        QString error;
        auto ledger = Ledger::open(dir.filePath(QStringLiteral("l.sqlite")), &error);
        QVERIFY2(ledger, qPrintable(error));
        QVERIFY(ledger->applyCredits({ credit(1, 1'500'000, kNow - 86400), credit(2, 250'000, kNow) }, 2));
        QVERIFY(ledger->addContribution(QDateTime::fromSecsSinceEpoch(kNow, Qt::UTC).date(), 7200, 3));
        sc::ui::EarningsPage earnings(ledger.get(), [] { return kNow; });
        earnings.refresh();
        QVERIFY(!earnings.chart()->panel()->isEmptyShown());
        const QString csvPath = dir.filePath(QStringLiteral("e.csv"));
        QVERIFY2(earnings.exportCsv(csvPath, &error), qPrintable(error));
        QFile f(csvPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 31); // header + 30 days (default range)
        QCOMPARE(lines.last(), QByteArray("2026-09-21,2.000,3,250000,0.250000,1.750000,0.000"));
        // Resting the pointer on the last bar shows the exact amounts, not rounded heights.
        auto barSet = [](sc::ui::BarLineChart* chart) {
            auto* bars = qobject_cast<QBarSeries*>(chart->panel()->chart()->series().first());
            return bars ? bars->barSets().first() : nullptr;
        };
        QBarSet* set = barSet(earnings.chart());
        QVERIFY(set);
        Q_EMIT set->hovered(true, set->count() - 1);
        QCOMPARE(earnings.chart()->lastHoverText(), QStringLiteral("21 Sep\nEarned per day: 0.2500 SCT"));
        QCOMPARE(earnings.chart()->readoutText(), QStringLiteral("21 Sep · Earned per day: 0.2500 SCT"));
        // The running total is its own chart (same unit: never a second axis).
        earnings.showRunningTotal(true);
        QVERIFY(earnings.chart()->hoverText(29).endsWith(QLatin1String("Total earned: 1.7500 SCT")));
        sc::ui::HistoryPage history(ledger.get(), [] { return kNow; });
        history.refresh();
        QVERIFY(!history.chart()->panel()->isEmptyShown());
        set = barSet(history.chart());
        QVERIFY(set);
        Q_EMIT set->hovered(true, set->count() - 1);
        QCOMPARE(history.chart()->lastHoverText(), QStringLiteral("Mon 21 Sep 2026\nProcessor time: 2.0 h"));
        history.showTasks(true);
        QCOMPARE(history.chart()->hoverText(29), QStringLiteral("Mon 21 Sep 2026\nTasks finished: 3"));
    }

    // A payout's status is the hub's word checked against the receipt the app read itself.
    void aPayoutIsConfirmedOnlyWhenTheChainSaysSo()
    {
        using sc::core::PayoutCheck;
        sc::core::PayoutEntry p;
        p.amount = 5;
        p.status = QStringLiteral("confirmed");
        p.txHash = QStringLiteral("0x") + QString(64, QLatin1Char('a'));
        p.block = 7;
        auto status
            = [&](const sc::core::WalletStatus* w) { return sc::ui::EarningsPage::payoutStatus(p, w); };
        QVERIFY(status(nullptr).contains(QLatin1String("not yet checked")));
        sc::core::WalletStatus wallet;
        wallet.block = 12;
        QVERIFY(status(&wallet).contains(QLatin1String("not yet checked")));
        wallet.payouts.append(PayoutCheck { p.txHash, PayoutCheck::State::NotFound, 0 });
        // A hub that says "confirmed" for a transaction the chain does not have.
        QCOMPARE(status(&wallet),
            QStringLiteral("Not found on the blockchain, although the network says it was paid"));
        p.status = QStringLiteral("sent");
        QCOMPARE(status(&wallet), QStringLiteral("On its way"));
        // The chain's block, not the hub's, counts the confirmations.
        wallet.payouts.first() = PayoutCheck { p.txHash, PayoutCheck::State::Succeeded, 10 };
        QVERIFY(
            status(&wallet).startsWith(QLatin1String("Confirmed (3 confirmation"))); // plural from the .qm
        wallet.payouts.first().state = PayoutCheck::State::Failed;
        QVERIFY(status(&wallet).startsWith(QLatin1String("Failed on the blockchain")));
        p.status = QStringLiteral("reverted");
        QVERIFY(status(&wallet).contains(QLatin1String("back in Waiting for payout")));
        p.status = QStringLiteral("recorded");
        p.txHash.clear();
        QCOMPARE(status(&wallet), QStringLiteral("Paid"));
        // The checks survive status.json and the ledger.
        wallet.address = QStringLiteral("0xab");
        wallet.payouts.first().state = PayoutCheck::State::Succeeded;
        const auto back = sc::core::WalletStatus::fromJson(wallet.toJson());
        QVERIFY(back);
        QCOMPARE(back->payouts.size(), 1);
        QVERIFY(back->payouts.first().state == PayoutCheck::State::Succeeded);
        QCOMPARE(back->payouts.first().block, quint64(10));
        QCOMPARE(back->block, quint64(12));
    }

    void liveChartDrawsDutyAndTheTasksProcessorUse()
    {
        sc::ui::LiveChart chart;
        chart.resize(600, 300);
        chart.show();
        const qint64 t0 = 1'700'000'000'000;
        const QList<QPointF> duty { { double(t0), 100 }, { double(t0 + 2000), 50 } };
        const QList<QPointF> cpu { { double(t0), 48.5 }, { double(t0 + 2000), 24.0 } };
        chart.setData({}, duty, cpu, t0 - 600'000, t0 + 2000);
        QVERIFY(!chart.panel()->isEmptyShown());
        QCOMPARE(chart.cpuSeries()->count(), 2);
        QCOMPARE(chart.cpuSeries()->at(1).y(), 24.0);
        QCOMPARE(chart.cpuSeries()->pen().style(), Qt::DashLine); // told apart without colour
        QVERIFY(chart.noteText().contains(QStringLiteral("does not report its processor temperature")));
        QVERIFY(chart.panel()->chart()->title().isEmpty()); // under the chart, not in its title
    }
    void activityPageShowsLinesFromBeforeAndAfterItOpened()
    {
        sc::ui::ActivityLog log;
        log.append(QStringLiteral("first"));
        sc::ui::ActivityPage page(log);
        log.append(QStringLiteral("second"));
        QVERIFY(page.text().contains(QLatin1String("first")));
        QVERIFY(page.text().contains(QLatin1String("second")));
    }

    // The Overview's headline and reason: the reason never repeats the headline, a pause is a
    // state with its end in local time and a Resume button that ends it.
    void overviewShowsAPauseWithItsEndAndResumeEndsIt()
    {
        QTemporaryDir dir;
        UnreachableHttp http;
        sc::core::Engine::Config config;
        config.dataDir = dir.filePath(QStringLiteral("data"));
        config.hubUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
        sc::core::Engine engine(config, http, [] { return kNow; });
        QString error;
        QVERIFY2(engine.start(&error), qPrintable(error));
        sc::ui::OverviewPage page(engine, nullptr, [] { return kNow; });
        const auto reasonRepeatsNothing = [&page] {
            const QString head = page.stateText();
            const QString why = page.reasonText();
            return why != head && !why.contains(head, Qt::CaseInsensitive)
                && (why.isEmpty() || !head.contains(why, Qt::CaseInsensitive));
        };
        QVERIFY2(
            reasonRepeatsNothing(), qPrintable(page.stateText() + QStringLiteral(" | ") + page.reasonText()));
        QVERIFY(!page.resumeShown());
        engine.pauseByUser(kNow + 3600);
        QTRY_COMPARE(engine.state(), sc::core::Engine::State::Paused);
        const QString end
            = QLocale().toString(QDateTime::fromSecsSinceEpoch(kNow + 3600).time(), QLocale::ShortFormat);
        QCOMPARE(page.stateText(), QStringLiteral("Paused until %1").arg(end));
        QVERIFY2(
            reasonRepeatsNothing(), qPrintable(page.stateText() + QStringLiteral(" | ") + page.reasonText()));
        QVERIFY(page.resumeShown());
        auto* resume = page.findChild<QPushButton*>(QStringLiteral("resume"));
        QVERIFY(resume);
        resume->click();
        QCOMPARE(engine.settings()->value(QStringLiteral("paused_until")), QStringLiteral("0"));
        QTRY_VERIFY(engine.state() != sc::core::Engine::State::Paused);
        QVERIFY(!page.stateText().startsWith(QLatin1String("Paused")));
        QVERIFY(!page.resumeShown());
        QVERIFY2(
            reasonRepeatsNothing(), qPrintable(page.stateText() + QStringLiteral(" | ") + page.reasonText()));
        QCOMPARE(sc::ui::OverviewPage::pauseHeadline(0, kNow + 600, kNow),
            QStringLiteral("Running now until %1, even while you use the computer")
                .arg(QLocale().toString(
                    QDateTime::fromSecsSinceEpoch(kNow + 600).time(), QLocale::ShortFormat)));
        QCOMPARE(sc::ui::OverviewPage::pauseHeadline(sc::core::PolicySettings::kPausedIndefinitely, 0, kNow),
            QStringLiteral("Paused until you resume"));
        QVERIFY(sc::ui::OverviewPage::pauseHeadline(0, kNow - 5, kNow).isEmpty());
        bool done = false;
        engine.stop([&done] { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    }

    void dashboardOpensEveryPageWithKeyboard()
    {
        QTemporaryDir dir;
        UnreachableHttp http;
        sc::core::Engine::Config config;
        config.dataDir = dir.filePath(QStringLiteral("data"));
        config.hubUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
        sc::core::Engine engine(config, http, [] { return kNow; });
        QString error;
        QVERIFY2(engine.start(&error), qPrintable(error));
        sc::ui::ActivityLog log;
        sc::ui::DashboardWindow window(engine, nullptr, log, config.dataDir, [] { return kNow; });
        window.present();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), sc::ui::DashboardWindow::Page::Settings);
        window.showPage(sc::ui::DashboardWindow::Page::Earnings);
        QCOMPARE(window.currentPage(), sc::ui::DashboardWindow::Page::Earnings);
        window.close();
        QVERIFY(!window.isVisible()); // hides to the tray
        bool done = false;
        engine.stop([&done] { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
