// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/engine.h"
#include "fakehttp.h"
#include "fakes/fakeidlesource.h"
#include "fakes/fakesystemtheme.h"
#include "policy/throttlepolicy.h"
#include "settings/settings.h"
#include "ui/dashboard/overviewpage.h"
#include "ui/statepresenter.h"
#include "ui/tray/traycontroller.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using sc::core::Engine;
using sc::core::FakeSystemTheme;
using sc::ui::StatePresenter;
using sc::ui::TrayController;

namespace {
constexpr qint64 kNow = 1'790'000'000; // a fixed clock: pause ends are computed from it
}

class TestTrayController final : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir; // fresh per test: settings must not leak between tests
    std::unique_ptr<UnreachableHttp> m_http;
    std::unique_ptr<sc::core::FakeIdleSource> m_idle;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<TrayController> m_tray;

    QAction* action(const char* name) const
    {
        QAction* a = m_tray->menu()->findChild<QAction*>(QLatin1String(name));
        if (!a) {
            const auto all = m_tray->menu()->actions();
            for (QAction* x : all) {
                if (x->objectName() == QLatin1String(name))
                    return x;
            }
        }
        return a;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_http = std::make_unique<UnreachableHttp>();
        m_idle = std::make_unique<sc::core::FakeIdleSource>();
        m_idle->value = 0.0; // someone is at the keyboard
        Engine::Config config;
        config.dataDir = m_dir->filePath(QStringLiteral("data"));
        config.hubUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
        m_engine = std::make_unique<Engine>(config, *m_http, [] { return kNow; });
        m_engine->setIdleSource(m_idle.get());
        QString error;
        QVERIFY2(m_engine->start(&error), qPrintable(error));
        m_tray = std::make_unique<TrayController>(
            *m_engine, [] { return kNow; }, [] { return qint64(2'500'000); });
        QTRY_COMPARE_WITH_TIMEOUT(m_engine->state(), Engine::State::WaitingForIdle, 5000);
    }

    void cleanup()
    {
        m_tray.reset();
        bool done = false;
        m_engine->stop([&done] { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        m_engine.reset();
        m_idle.reset();
        m_http.reset();
        m_dir.reset();
    }

    void menuHasEveryCommand()
    {
        for (const char* name : { "openDashboard", "pauseHour", "pauseTomorrow", "pauseForever", "resume",
                 "runNow", "settings", "quit" })
            QVERIFY2(action(name), name);
        QVERIFY(!action("resume")->isVisible()); // nothing to resume yet: not shown at all
        QVERIFY(action("pauseHour")->isVisible());
    }

    // The menu opens with what is happening and what was earned today, as readable lines.
    void menuOpensWithTheStateAndTodaysEarnings()
    {
        const auto actions = m_tray->menu()->actions();
        QVERIFY(actions.size() > 2);
        QCOMPARE(actions.at(0)->objectName(), QStringLiteral("statusLine"));
        QCOMPARE(actions.at(0)->text(), StatePresenter::title(Engine::State::WaitingForIdle));
        QCOMPARE(actions.at(1)->objectName(), QStringLiteral("earnedLine"));
        QCOMPARE(actions.at(1)->text(), QStringLiteral("Earned today: 2.5000 SCT"));
        // Drawn as plain labels, never as a ghosted disabled item.
        auto* label = m_tray->menu()->findChild<QLabel*>(QStringLiteral("statusLineLabel"));
        QVERIFY(label);
        QVERIFY(label->isEnabled());
        QCOMPARE(label->text(), actions.at(0)->text());
    }

    void waitingForOtherProgramsHasItsOwnShape()
    {
        using sc::core::PolicyReason;
        const auto look = StatePresenter::lookFor(Engine::State::Suspended, PolicyReason::OtherProgramsBusy);
        QCOMPARE(look, StatePresenter::Look::Yielding);
        QCOMPARE(StatePresenter::lookFor(Engine::State::Suspended, PolicyReason::OnBattery),
            StatePresenter::Look::Suspended);
        for (bool dark : { false, true }) {
            const QString path = StatePresenter::iconPath(look, dark);
            QVERIFY2(QFile::exists(path), qPrintable(path));
            QVERIFY(path != StatePresenter::iconPath(StatePresenter::Look::Suspended, dark));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(file.readAll() != [&] {
                QFile moon(StatePresenter::iconPath(StatePresenter::Look::Suspended, dark));
                return moon.open(QIODevice::ReadOnly) ? moon.readAll() : QByteArray();
            }());
        }
        QCOMPARE(StatePresenter::title(Engine::State::Suspended, PolicyReason::OtherProgramsBusy),
            QStringLiteral("Waiting for other programs"));
        // The app's own icon is no state glyph.
        QVERIFY(!QIcon(StatePresenter::appIconPath()).pixmap(32, 32).isNull());
        for (auto l : { StatePresenter::Look::Running, StatePresenter::Look::Waiting })
            QVERIFY(StatePresenter::appIconPath() != StatePresenter::iconPath(l, false));
    }

    void pauseForAnHourPausesTheEngineAndResumeResumes()
    {
        action("pauseHour")->trigger();
        QTRY_COMPARE(m_engine->state(), Engine::State::Paused);
        QCOMPARE(m_engine->settings()->value(QStringLiteral("paused_until")), QString::number(kNow + 3600));
        QVERIFY(m_tray->iconPath().contains(QLatin1String("paused")));
        QVERIFY(action("resume")->isVisible());
        QVERIFY(!action("pauseHour")->isVisible()); // what does not apply is hidden, not greyed
        action("resume")->trigger();
        QTRY_COMPARE(m_engine->state(), Engine::State::WaitingForIdle);
        QCOMPARE(m_engine->settings()->value(QStringLiteral("paused_until")), QStringLiteral("0"));
        QVERIFY(m_tray->iconPath().contains(QLatin1String("waiting")));
        QVERIFY(!action("resume")->isVisible());
    }

    void pauseUntilResumeAndUntilTomorrowSetTheirEnds()
    {
        action("pauseForever")->trigger();
        QTRY_COMPARE(m_engine->state(), Engine::State::Paused);
        QCOMPARE(m_engine->settings()->value(QStringLiteral("paused_until")).toLongLong(),
            sc::core::PolicySettings::kPausedIndefinitely);
        m_engine->resumeByUser();
        action("pauseTomorrow")->trigger();
        const qint64 until = m_engine->settings()->value(QStringLiteral("paused_until")).toLongLong();
        QCOMPARE(until, TrayController::startOfTomorrow(kNow));
        QVERIFY(until > kNow && until <= kNow + 24 * 3600);
        QCOMPARE(QDateTime::fromSecsSinceEpoch(until).time(), QTime(0, 0));
    }

    void runNowIgnoresIdleForAnHour()
    {
        action("runNow")->trigger();
        QCOMPARE(m_engine->settings()->value(QStringLiteral("run_now_until")), QString::number(kNow + 3600));
        // No hub in this test: allowed to run, so the engine no longer waits for idle.
        QTRY_VERIFY(m_engine->state() != Engine::State::WaitingForIdle);
        // Whatever the engine says now (connecting, offline), the icon shows that state.
        QTRY_COMPARE(m_tray->iconPath(),
            StatePresenter::iconPath(
                StatePresenter::lookFor(m_engine->state()), StatePresenter::isDark(QApplication::palette())));
        QVERIFY(!m_tray->iconPath().contains(QLatin1String("waiting"))
            || m_engine->state() == Engine::State::Starting);
    }

    void tooltipSaysStateReasonTasksAndEarnings()
    {
        const QString tip = m_tray->trayIcon()->toolTip();
        QVERIFY2(tip.contains(StatePresenter::title(Engine::State::WaitingForIdle)), qPrintable(tip));
        QVERIFY2(tip.contains(m_engine->reason()), qPrintable(tip));
        QVERIFY2(tip.contains(QLatin1String("0 tasks running")), qPrintable(tip));
        QVERIFY2(tip.contains(QLatin1String("2.5000 SCT")), qPrintable(tip));
    }

    void stateTextAndIconFollowTheEngine()
    {
        sc::ui::OverviewPage page(*m_engine, nullptr, [] { return kNow; });
        QCOMPARE(page.stateText(), StatePresenter::title(Engine::State::WaitingForIdle));
        QCOMPARE(page.reasonText(), m_engine->reason());
        QVERIFY(page.iconPath().contains(QLatin1String("waiting")));
        m_engine->pauseByUser(kNow + 60);
        QTRY_COMPARE(page.stateText(),
            sc::ui::OverviewPage::pauseHeadline(kNow + 60, 0, kNow)); // "Paused until <local time>"
        QVERIFY(page.iconPath().contains(QLatin1String("paused")));
        QVERIFY(m_tray->iconPath().contains(QLatin1String("paused")));
    }

    void leftClickAsksForTheDashboard()
    {
        QSignalSpy spy(m_tray.get(), &TrayController::dashboardRequested);
        Q_EMIT m_tray->trayIcon()->activated(QSystemTrayIcon::Trigger);
        QCOMPARE(spy.count(), 1);
        QSignalSpy quit(m_tray.get(), &TrayController::quitRequested);
        action("quit")->trigger();
        QCOMPARE(quit.count(), 1);
    }

    void iconVariantFollowsThePanel()
    {
        QPalette light;
        light.setColor(QPalette::Window, Qt::white);
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        const FakeSystemTheme gnome(true); // the desktop says its panel is dark (GNOME's top bar)
        const FakeSystemTheme silent(std::nullopt); // the desktop says nothing
        // auto: a dark panel the desktop reports wins whatever the apps look like; else the palette.
        QVERIFY(StatePresenter::panelIsDark(QStringLiteral("auto"), light, gnome));
        QVERIFY(!StatePresenter::panelIsDark(QStringLiteral("auto"), light, silent));
        QVERIFY(StatePresenter::panelIsDark(QStringLiteral("auto"), dark, silent));
        // The user's choice wins.
        QVERIFY(!StatePresenter::panelIsDark(QStringLiteral("light"), dark, gnome));
        QVERIFY(StatePresenter::panelIsDark(QStringLiteral("dark"), light, silent));
        m_tray->setPanelTheme(QStringLiteral("dark"));
        QVERIFY2(m_tray->iconPath().endsWith(QLatin1String("-dark.svg")), qPrintable(m_tray->iconPath()));
        m_tray->setPanelTheme(QStringLiteral("light"));
        QVERIFY2(m_tray->iconPath().endsWith(QLatin1String("-light.svg")), qPrintable(m_tray->iconPath()));
    }

    void everyStateHasADistinctIconThatLoads()
    {
        QSet<QString> shapes;
        for (auto look :
            { StatePresenter::Look::Running, StatePresenter::Look::Waiting, StatePresenter::Look::Yielding,
                StatePresenter::Look::Throttled, StatePresenter::Look::Suspended,
                StatePresenter::Look::Paused, StatePresenter::Look::Offline }) {
            for (bool dark : { false, true }) {
                const QIcon icon = StatePresenter::icon(look, dark);
                QVERIFY2(!icon.pixmap(22, 22).isNull(), qPrintable(StatePresenter::iconPath(look, dark)));
                shapes.insert(StatePresenter::iconPath(look, dark));
            }
        }
        QCOMPARE(shapes.size(), 14);
        QCOMPARE(StatePresenter::lookFor(Engine::State::Error), StatePresenter::Look::Offline);
        QCOMPARE(StatePresenter::lookFor(Engine::State::Throttled), StatePresenter::Look::Throttled);
    }
};

QTEST_MAIN(TestTrayController)
#include "tst_traycontroller.moc"
