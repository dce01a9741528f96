// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/engine.h"
#include "ledger/history.h"
#include "tasks/taskdescription.h"
#include "ui/activitylog.h"
#include "ui/dashboard/activitypage.h"

#include <QApplication>
#include <QClipboard>
#include <QRegularExpression>
#include <QTest>
#include <QTreeWidget>

using sc::core::ActivityEvent;
using sc::core::Engine;
using sc::core::TaskDescription;
using sc::ui::ActivityLog;
using sc::ui::ActivityPage;
using Kind = ActivityEvent::Kind;

namespace {
constexpr qint64 kStart = 1'790'000'400; // a ten-minute interval begins here

QString hexId(int i) { return QStringLiteral("%1").arg(i, 32, 16, QLatin1Char('a')); }

ActivityEvent taskEvent(Kind kind, int i, qint64 time)
{
    ActivityEvent e;
    e.kind = kind;
    e.time = time;
    e.taskId = hexId(i);
    e.text = kind == Kind::TaskFinished ? QStringLiteral("Task finished") : QStringLiteral("Task credited");
    if (kind == Kind::TaskFinished)
        e.subject = QStringLiteral("Counting primes in %1").arg(i);
    if (kind == Kind::TaskCredited)
        e.amountMicro = 250;
    return e;
}

// Twelve tasks finished and credited within one interval, then the states around them.
void fill(ActivityLog& log)
{
    for (int i = 0; i < 12; ++i) {
        log.append(taskEvent(Kind::TaskFinished, i, kStart + i * 20));
        log.append(taskEvent(Kind::TaskCredited, i, kStart + i * 20 + 5));
    }
    for (const auto& [from, to, fromWhy, toWhy] : {
             std::tuple { Engine::State::Running, Engine::State::WaitingForIdle,
                 QStringLiteral("Running 2 tasks"), QStringLiteral("You are using the computer") },
             std::tuple { Engine::State::WaitingForIdle, Engine::State::Running,
                 QStringLiteral("You are using the computer"), QStringLiteral("Running 2 tasks") },
             std::tuple { Engine::State::Running, Engine::State::Offline, QStringLiteral("Running 2 tasks"),
                 QStringLiteral("The hub cannot be reached") },
             std::tuple { Engine::State::Offline, Engine::State::Running,
                 QStringLiteral("The hub cannot be reached"), QStringLiteral("Running 2 tasks") },
         }) {
        auto e = Engine::stateChangeEvent(from, to, fromWhy, toWhy);
        QVERIFY(e);
        e->time = kStart + 300;
        log.append(*e);
    }
}

QStringList allLines(const QTreeWidget* tree)
{
    QStringList lines;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        lines.append(tree->topLevelItem(i)->text(1));
        lines.append(tree->topLevelItem(i)->toolTip(1));
        for (int c = 0; c < tree->topLevelItem(i)->childCount(); ++c)
            lines.append(tree->topLevelItem(i)->child(c)->text(1));
    }
    return lines;
}
} // namespace

class TestActivity final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void twelveTasksInOneIntervalAreOneLineWithTheirSum()
    {
        ActivityLog log(500, [] { return kStart; });
        for (int i = 0; i < 12; ++i) {
            log.append(taskEvent(Kind::TaskFinished, i, kStart + i * 20));
            log.append(taskEvent(Kind::TaskCredited, i, kStart + i * 20 + 5));
        }
        QCOMPARE(log.entries().size(), 1);
        const QString line = ActivityLog::lineText(log.entries().first());
        QCOMPARE(line,
            QStringLiteral("12 tasks finished, %1 credited")
                .arg(sc::core::history::formatTokens(3000, QLocale())));
        QVERIFY2(line.contains(QLatin1String("0.0030 SCT")), qPrintable(line));
        ActivityPage page(log);
        QCOMPARE(page.tree()->topLevelItemCount(), 1);
        QCOMPARE(page.tree()->topLevelItem(0)->childCount(), 12);
        QVERIFY(
            page.tree()->topLevelItem(0)->child(0)->text(1).contains(QLatin1String("Counting primes in")));
        // A task in the next interval starts a new line.
        log.append(taskEvent(Kind::TaskFinished, 12, kStart + ActivityLog::kGroupSeconds));
        QCOMPARE(log.entries().size(), 2);
    }

    void suspensionsResumesAndTheNetworkEachMakeALineWithTheReason()
    {
        ActivityLog log(500, [] { return kStart; });
        fill(log);
        QCOMPARE(log.entries().size(), 5);
        QCOMPARE(log.entries().at(1).kind, Kind::Suspended);
        QVERIFY(log.entries().at(1).text.contains(QLatin1String("You are using the computer")));
        QCOMPARE(log.entries().at(2).kind, Kind::Resumed);
        QVERIFY(log.entries().at(2).text.contains(QLatin1String("You are using the computer")));
        QCOMPARE(log.entries().at(3).kind, Kind::Offline);
        QVERIFY(log.entries().at(3).problem);
        QVERIFY(log.entries().at(3).detail.contains(QLatin1String("The hub cannot be reached")));
        QCOMPARE(log.entries().at(4).kind, Kind::Online);
        // Routine changes make no line.
        QVERIFY(!Engine::stateChangeEvent(Engine::State::Starting, Engine::State::NoWork, {}, {}));
    }

    void problemsOnlyShowsOnlyProblems()
    {
        ActivityLog log(500, [] { return kStart; });
        fill(log);
        ActivityPage page(log);
        QCOMPARE(page.tree()->topLevelItemCount(), 5);
        page.setProblemsOnly(true);
        QCOMPARE(page.tree()->topLevelItemCount(), 1);
        QCOMPARE(page.tree()->topLevelItem(0)->text(1), QStringLiteral("Lost the connection to the network"));
        page.setProblemsOnly(false);
        QCOMPARE(page.tree()->topLevelItemCount(), 5);
    }

    void noLineShowsAnIdOrMicroTokens()
    {
        ActivityLog log(500, [] { return kStart; });
        fill(log);
        ActivityPage page(log);
        const QRegularExpression hex(QStringLiteral("[0-9a-f]{32}"));
        for (const QString& line : allLines(page.tree())) {
            QVERIFY2(!hex.match(line).hasMatch(), qPrintable(line));
            QVERIFY2(!line.contains(QLatin1String("micro"), Qt::CaseInsensitive), qPrintable(line));
        }
    }

    void newestFirstAndCopyPutsTheVisibleLinesWithTimes()
    {
        ActivityLog log(500, [] { return kStart; });
        fill(log);
        ActivityPage page(log);
        QCOMPARE(page.tree()->topLevelItem(0)->text(1), QStringLiteral("Back online"));
        page.copyToClipboard();
        const QString copied = QApplication::clipboard()->text();
        QCOMPARE(copied, page.text());
        const QStringList lines = copied.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 5);
        const QString time
            = QLocale().toString(QDateTime::fromSecsSinceEpoch(kStart + 300), QLocale::ShortFormat);
        QVERIFY2(lines.first().startsWith(time)
                || lines.first().startsWith(QLocale().toString(
                    QDateTime::fromSecsSinceEpoch(kStart + 300).time(), QLocale::ShortFormat)),
            qPrintable(lines.first()));
        page.tree()->topLevelItem(4)->setExpanded(true);
        QCOMPARE(page.text().split(QLatin1Char('\n')).size(), 5 + 12);
        page.setProblemsOnly(true);
        page.copyToClipboard();
        QVERIFY(QApplication::clipboard()->text().contains(QLatin1String("Lost the connection")));
        QVERIFY(!QApplication::clipboard()->text().contains(QLatin1String("Back online")));
    }

    void tasksAreDescribedInWords()
    {
        const QLocale c = QLocale::c();
        QCOMPARE(TaskDescription::describe(QStringLiteral("sc-primes"), "1200000000 1250000000",
                     QStringLiteral("the demo network"), c),
            QStringLiteral("Counting primes in 1.20–1.25 × 10⁹"));
        QCOMPARE(TaskDescription::describe(QStringLiteral("sc-primes"), "1000 2000", QStringLiteral("x"), c),
            QStringLiteral("Counting primes from 1000 to 2000"));
        QCOMPARE(TaskDescription::describe(
                     QStringLiteral("sc-render"), "scene 4", QStringLiteral("hub.example.org"), c),
            QStringLiteral("Computing a task for hub.example.org"));
        QCOMPARE(TaskDescription::describe(
                     QStringLiteral("sc-primes"), "garbage", QStringLiteral("the demo network"), c),
            QStringLiteral("Computing a task for the demo network"));
        QCOMPARE(TaskDescription::networkName(QUrl(QStringLiteral("http://127.0.0.1:8080"))),
            QStringLiteral("the demo network"));
        QCOMPARE(TaskDescription::networkName(QUrl(QStringLiteral("https://hub.example.org"))),
            QStringLiteral("hub.example.org"));
        QCOMPARE(TaskDescription::timeLeft(60, 0.25), QStringLiteral("about 3 min left"));
        QVERIFY(TaskDescription::timeLeft(60, 0).isEmpty());
    }
};

QTEST_MAIN(TestActivity)
#include "tst_activity.moc"
