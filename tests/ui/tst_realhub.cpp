// SPDX-License-Identifier: GPL-3.0-or-later
// The UI against the real hub on loopback: the Earnings page and the tray show exactly the
// credit the hub granted to a real engine; the first-run wizard writes what the user chose.
#include "../e2e/e2e.h"
#include "../e2e/localchain.h"
#include "engine/engine.h"
#include "evm/uint256.h"
#include "ledger/history.h"
#include "ledger/ledger.h"
#include "network/httpclient.h"
#include "settings/settings.h"
#include "ui/charts/barlinechart.h"
#include "ui/charts/chartpanel.h"
#include "ui/dashboard/earningspage.h"
#include "ui/dashboard/overviewpage.h"
#include "ui/onboarding/firstrunwizard.h"
#include "ui/tray/traycontroller.h"
#include "ui/widgets/schedulegrid.h"

#include <QApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSystemTrayIcon>
#include <QTableWidget>
#include <QTemporaryDir>

namespace {
QRadioButton* radio(QWidget& w, const char* textPart)
{
    for (auto* r : w.findChildren<QRadioButton*>()) {
        if (r->text().remove(QLatin1Char('&')).contains(QLatin1String(textPart)))
            return r;
    }
    return nullptr;
}
} // namespace

class TestRealHub final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void earningsShowTheCreditsTheHubGranted()
    {
        QTemporaryDir dir;
        const QString hubDir = dir.filePath(QStringLiteral("hub"));
        for (int i = 0; i < 3; ++i) {
            QProcess submit;
            submit.start(e2e::bin("sparecycles-hub"),
                { QStringLiteral("submit"), QStringLiteral("--data-dir"), hubDir, QStringLiteral("--app"),
                    QStringLiteral("sc-primes"), QStringLiteral("--input"),
                    QStringLiteral("%1 %2").arg(i * 30'000'000LL).arg((i + 1) * 30'000'000LL) });
            QVERIFY(submit.waitForFinished(20000) && submit.exitCode() == 0);
        }
        e2e::Hub hub(hubDir,
            { QStringLiteral("--quorum"), QStringLiteral("1"), QStringLiteral("--canary-rate"),
                QStringLiteral("0") });
        QVERIFY(hub.start());

        sc::core::CurlHttpClient http;
        sc::core::Engine::Config config;
        config.dataDir = dir.filePath(QStringLiteral("engine"));
        config.hubUrl = hub.url();
        config.alwaysRun = true;
        config.cores = 1;
        auto now = [] { return QDateTime::currentSecsSinceEpoch(); };
        sc::core::Engine engine(config, http, now);
        QString error;
        QVERIFY2(engine.start(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(hub.stat("tasks_credited") == 3, 60000);
        const qint64 granted = hub.stat("credit_total");
        QVERIFY(granted > 0);

        auto ledger = sc::core::Ledger::open(config.dataDir + QStringLiteral("/ledger.sqlite"), &error);
        QVERIFY2(ledger, qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(ledger->earnedTotal(), granted, 30000);

        // The hub's account of this device: everything credited is pending payout.
        QTRY_COMPARE_WITH_TIMEOUT(engine.status()
                                      .value(QLatin1String("balance"))
                                      .toObject()
                                      .value(QLatin1String("pending"))
                                      .toInteger(),
            granted, 90000);
        QCOMPARE(engine.status()
                     .value(QLatin1String("balance"))
                     .toObject()
                     .value(QLatin1String("paid"))
                     .toInteger(),
            0);

        sc::ui::EarningsPage earnings(ledger.get(), now);
        earnings.refresh();
        QVERIFY(!earnings.chart()->panel()->isEmptyShown());
        qint64 before = -1;
        const auto days = earnings.currentDays(&before);
        qint64 shown = 0;
        for (const auto& d : days)
            shown += d.credit;
        QCOMPARE(before + shown, granted); // every micro-token the hub granted, on the chart
        QCOMPARE(days.last().credit, granted); // all of it today
        // Pending vs paid as the hub said: all of it waits for a payout.
        QVERIFY2(
            earnings.summaryText().contains(QStringLiteral("Waiting for payout: %1 · Paid out: 0.0000 SCT")
                                                .arg(sc::core::history::formatTokens(granted, QLocale()))),
            qPrintable(earnings.summaryText()));

        auto earnedToday = [&] {
            const QDate today = QDateTime::currentDateTimeUtc().date();
            const auto d = ledger->days(today, today);
            return d.isEmpty() ? qint64(0) : d.first().credit;
        };
        sc::ui::TrayController tray(engine, now, earnedToday);
        tray.refresh();
        const QString tip = tray.trayIcon()->toolTip();
        QVERIFY2(tip.contains(sc::core::history::formatTokens(granted, QLocale())), qPrintable(tip));
        bool stopped = false;
        engine.stop([&] { stopped = true; });
        QTRY_VERIFY_WITH_TIMEOUT(stopped, 20000);
    }

    // The Wallet card shows what the chain holds at the payout address: a real anvil funds the
    // address, the hub announces the chain, the in-process engine reads it.
    void theWalletCardShowsTheBalanceTheChainHolds()
    {
        QTemporaryDir dir;
        const QString address = QStringLiteral("0x52908400098527886E0F7030069857D2E4169EE7");
        e2e::LocalChain chain(dir.filePath(QStringLiteral("chain")));
        QByteArray out;
        QVERIFY2(chain.start({ QStringLiteral("--payout-address"), address }, &out), out.constData());
        e2e::Hub hub(dir.filePath(QStringLiteral("hub")),
            { QStringLiteral("--quorum"), QStringLiteral("1"), QStringLiteral("--chain-rpc"),
                chain.rpc().toString(), QStringLiteral("--token"), chain.token() });
        QVERIFY(hub.start());
        sc::core::CurlHttpClient http;
        sc::core::Engine::Config config;
        config.dataDir = dir.filePath(QStringLiteral("engine"));
        config.hubUrl = hub.url();
        config.cores = 1;
        config.payoutAddress = address;
        config.autoBenchmark = false;
        auto now = [] { return QDateTime::currentSecsSinceEpoch(); };
        sc::core::Engine engine(config, http, now);
        QString error;
        QVERIFY2(engine.start(&error), qPrintable(error));
        auto ledger = sc::core::Ledger::open(config.dataDir + QStringLiteral("/ledger.sqlite"), &error);
        sc::ui::OverviewPage overview(engine, ledger.get(), now);
        QTRY_VERIFY_WITH_TIMEOUT(
            (overview.refreshWallet(),
                overview.walletShown() && overview.walletBalanceText() != QStringLiteral("—")),
            30000);
        const QLocale locale;
        QCOMPARE(overview.walletBalanceText(),
            QStringList({ QStringLiteral("1"), QStringLiteral("000"), QStringLiteral("000") })
                    .join(locale.groupSeparator())
                + locale.decimalPoint() + QStringLiteral("0000 SCT")); // 1,000,000.0000 SCT
        QVERIFY2(overview.walletNoteText().contains(address.right(4)), qPrintable(overview.walletNoteText()));
        QCOMPARE(overview.walletGasText(),
            QStringLiteral("10") + locale.decimalPoint() + QStringLiteral("0000 ETH"));
        // Amounts: grouped, four decimals, cut not rounded.
        const auto amount = sc::evm::Uint256::fromDecimal(QStringLiteral("1234567891234567890123"));
        QCOMPARE(sc::ui::OverviewPage::formatAmount(*amount, 18, QLocale::c()),
            QStringLiteral("1234.5678")); // the C locale groups no digits
        QCOMPARE(sc::ui::OverviewPage::formatAmount(
                     *sc::evm::Uint256::fromDecimal(QStringLiteral("5")), 0, QLocale::c()),
            QStringLiteral("5.0000"));
        bool stopped = false;
        engine.stop([&] { stopped = true; });
        QTRY_VERIFY_WITH_TIMEOUT(stopped, 20000);
    }

    // The Payouts list shows the transfers the hub made on a real anvil, with their hashes,
    // and the Wallet card the balance they add up to on the chain.
    void thePayoutsListShowsTheTransfersOnTheChain()
    {
        QTemporaryDir dir;
        const QString key = dir.filePath(QStringLiteral("payout.key"));
        QVERIFY(!e2e::newPayoutKey(key).isEmpty());
        e2e::LocalChain chain(dir.filePath(QStringLiteral("chain")));
        QByteArray out;
        QVERIFY2(chain.start({ QStringLiteral("--payout-key"), key }, &out), out.constData());
        const QString hubDir = dir.filePath(QStringLiteral("hub"));
        for (int i = 0; i < 2; ++i)
            QVERIFY(e2e::submit(hubDir, 1000 * i, 1000 * i + 20000));
        e2e::Hub hub(hubDir,
            { QStringLiteral("--quorum"), QStringLiteral("1"), QStringLiteral("--canary-rate"),
                QStringLiteral("0"), QStringLiteral("--chain-rpc"), chain.rpc().toString(),
                QStringLiteral("--token"), chain.token(), QStringLiteral("--payout-key"), key,
                QStringLiteral("--payout-every"), QStringLiteral("2"), QStringLiteral("--payout-min"),
                QStringLiteral("1"), QStringLiteral("--explorer-tx-url"),
                QStringLiteral("https://explorer.example/tx/{tx}") });
        QVERIFY(hub.start());
        sc::core::CurlHttpClient http;
        sc::core::Engine::Config config;
        config.dataDir = dir.filePath(QStringLiteral("engine"));
        config.hubUrl = hub.url();
        config.cores = 1;
        config.alwaysRun = true;
        config.payoutAddress = QStringLiteral("0x8617E340B3D01FA5F11F306F4090FD50E238070D");
        config.autoBenchmark = false;
        auto now = [] { return QDateTime::currentSecsSinceEpoch(); };
        sc::core::Engine engine(config, http, now);
        QString error;
        QVERIFY2(engine.start(&error), qPrintable(error));
        auto ledger = sc::core::Ledger::open(config.dataDir + QStringLiteral("/ledger.sqlite"), &error);
        sc::ui::EarningsPage earnings(ledger.get(), now);
        // Both workunits credited, paid and confirmed on the chain, as the hub records it.
        QTRY_VERIFY_WITH_TIMEOUT(hub.stat("tasks_credited") == 2 && hub.stat("payouts") >= 1
                && hub.stat("payouts_open") == 0 && hub.stat("credit_total") == hub.stat("paid_total"),
            120000);
        const QJsonArray paid = QJsonDocument::fromJson([&] {
            QProcess p;
            p.start(e2e::bin("sparecycles-hub"),
                { QStringLiteral("payouts"), QStringLiteral("--data-dir"), hubDir,
                    QStringLiteral("--json") });
            p.waitForFinished(20000);
            return p.readAllStandardOutput();
        }())
                                    .array();
        QVERIFY(!paid.isEmpty());
        // The list shows each of them, newest first, confirmed, with its transaction.
        QTableWidget* table = earnings.payoutsTable();
        QTRY_VERIFY_WITH_TIMEOUT(
            (earnings.refresh(),
                table->rowCount() == paid.size()
                    && table->item(0, 2)->text().startsWith(QLatin1String("Confirmed ("))),
            90000);
        for (int row = 0; row < table->rowCount(); ++row) {
            const QJsonObject p = paid.at(paid.size() - 1 - row).toObject();
            const QString hash = p.value(QLatin1String("tx_hash")).toString();
            QCOMPARE(table->item(row, 3)->data(Qt::UserRole).toString(), hash);
            auto* label = table->cellWidget(row, 3)->findChild<QLabel*>();
            QVERIFY(label);
            QCOMPARE(label->toolTip(), hash);
            QVERIFY2(label->text().contains(QStringLiteral("https://explorer.example/tx/") + hash),
                qPrintable(label->text()));
            QCOMPARE(table->item(row, 1)->text(),
                sc::core::history::formatTokens(p.value(QLatin1String("amount")).toInteger(), QLocale()));
            QTRY_VERIFY_WITH_TIMEOUT(
                (earnings.refresh(), table->item(row, 2)->text().startsWith(QLatin1String("Confirmed ("))),
                60000);
        }
        // The chart marks the payout on the running total, on today.
        earnings.showRunningTotal(true);
        QString marked;
        for (int i = 0; i < 400 && marked.isEmpty(); ++i)
            if (earnings.chart()->hoverText(i).contains(QLatin1String("Paid out")))
                marked = earnings.chart()->hoverText(i);
        QVERIFY2(marked.startsWith(QLocale().toString(QDate::currentDate(), QStringLiteral("d MMM"))),
            qPrintable(marked));
        // The Wallet card: what the chain holds at the address, which is all the hub paid.
        sc::ui::OverviewPage overview(engine, ledger.get(), now);
        const qint64 paidMicro = hub.stat("paid_total");
        QTRY_VERIFY_WITH_TIMEOUT(engine.snapshot().wallet
                && engine.snapshot().wallet->balance
                    == sc::evm::Uint256(static_cast<quint64>(paidMicro))
                           .checkedMul(1'000'000'000'000ULL)
                           ->toDecimal(),
            90000);
        overview.refreshWallet();
        QCOMPARE(overview.walletBalanceText(),
            sc::ui::OverviewPage::formatAmount(
                *sc::evm::Uint256::fromDecimal(engine.snapshot().wallet->balance), 18, QLocale())
                + QStringLiteral(" SCT"));
        bool stopped = false;
        engine.stop([&] { stopped = true; });
        QTRY_VERIFY_WITH_TIMEOUT(stopped, 20000);
    }

    void wizardChecksTheHubBeforeGoingOn()
    {
        QTemporaryDir dir;
        e2e::Hub hub(dir.filePath(QStringLiteral("hub")), {});
        QVERIFY(hub.start());
        QString error;
        QVERIFY2(sc::ui::FirstRunWizard::checkHub(hub.url(), &error), qPrintable(error));
        const QUrl port = hub.url();
        hub.stop();
        QVERIFY(!sc::ui::FirstRunWizard::checkHub(port, &error)); // nothing listens any more
        QVERIFY2(error.contains(QLatin1String("Cannot reach")), qPrintable(error));
    }
    void wizardWritesTheChosenSettings()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        sc::ui::FirstRunWizard wizard;
        QRadioButton* always = radio(wizard, "Always");
        QRadioButton* custom = radio(wizard, "At these hours");
        QVERIFY(always && custom);
        always->setChecked(true);
        QVERIFY(sc::ui::FirstRunWizard::applyChoices(wizard.choices(), ini));
        {
            const sc::core::Settings s(ini);
            QCOMPARE(s.value(QStringLiteral("run_always")), QStringLiteral("true"));
            QCOMPARE(s.value(QStringLiteral("schedule")), QStringLiteral("always"));
        }
        custom->setChecked(true);
        sc::ui::ScheduleGrid::Week weekend {};
        weekend[5] = weekend[6] = 0xFFFFFF;
        wizard.findChild<sc::ui::ScheduleGrid*>()->setWeek(weekend);
        const auto choices = wizard.choices();
        QCOMPARE(choices.runMode, sc::ui::FirstRunWizard::RunMode::Custom);
        QVERIFY(sc::ui::FirstRunWizard::applyChoices(choices, ini));
        const sc::core::Settings s(ini);
        QCOMPARE(s.value(QStringLiteral("run_always")), QStringLiteral("false"));
        QCOMPARE(s.value(QStringLiteral("schedule")), QStringLiteral("sat-sun 0-24"));
    }
};

QTEST_MAIN(TestRealHub)
#include "tst_realhub.moc"
