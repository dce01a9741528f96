// SPDX-License-Identifier: GPL-3.0-or-later
// The Settings page as a person uses it: each widget writes exactly what the engine reads
// (checked in the file another process reads), the schedule on its grid, the network change
// behind a question with Undo, Restore defaults per group, nothing saved while the page builds.
#include "settings/settings.h"
#include "ui/dashboard/settingspage.h"
#include "ui/widgets/schedulegrid.h"
#include "wallet/evmaddress.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>
#include <cmath>
#include <memory>

using sc::core::Settings;
using sc::ui::ScheduleGrid;
using sc::ui::SettingsPage;

class TestSettingsPage final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_ini;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SettingsPage> m_page;
    QStringList m_asked;
    bool m_answer = true;

    template <typename W> W* edit(const char* key) const
    {
        auto* w = qobject_cast<W*>(m_page->editor(QLatin1String(key)));
        if (!w)
            qWarning("no editor for %s", key);
        return w;
    }
    // What another process (the CLI, a restarted engine) reads from the file.
    QString stored(const char* key) const { return Settings(m_ini).value(QLatin1String(key)); }
    QRadioButton* radio(const char* name) const
    {
        return m_page->findChild<QRadioButton*>(QLatin1String(name));
    }
    void type(QLineEdit* e, const QString& text)
    {
        e->setFocus();
        e->selectAll();
        QTest::keyClick(e, Qt::Key_Backspace);
        QTest::keyClicks(e, text);
    }

private Q_SLOTS:
    void init()
    {
        m_ini = m_dir.filePath(QStringLiteral("settings.ini"));
        QFile::remove(m_ini);
        m_settings = std::make_unique<Settings>(m_ini);
        m_page = std::make_unique<SettingsPage>(m_settings.get());
        m_asked.clear();
        m_answer = true;
        m_page->setConfirm([this](const QString&, const QString& question) {
            m_asked.append(question);
            return m_answer;
        });
        m_page->setMachine(8, 16'000'000'000);
        m_page->resize(760, 900);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup() { m_page.reset(); }

    void buildingThePageSavesNothing()
    {
        // Spin boxes and sliders get their ranges while the page is built: none of that is a
        // choice of the user's.
        QVERIFY(!QFile::exists(m_ini));
        for (const auto& spec : Settings::registry())
            QVERIFY2(m_settings->isDefault(spec.key), qPrintable(spec.key));
    }

    void oneChoiceSaysWhenTasksRun()
    {
        QRadioButton* away = radio("whenAway");
        QRadioButton* reduced = radio("whenReduced");
        QRadioButton* always = radio("whenAlways");
        QVERIFY(away && reduced && always);
        QVERIFY(away->isChecked()); // the default: nothing runs while someone is at the computer
        QVERIFY(edit<QSpinBox>("idle_minutes")->isEnabled());
        QVERIFY(!edit<QSlider>("cpu_share_when_active")->isEnabled());
        always->click();
        QCOMPARE(stored("run_always"), QStringLiteral("true"));
        reduced->click();
        QCOMPARE(stored("run_always"), QStringLiteral("false"));
        QCOMPARE(stored("cpu_when_active"), QStringLiteral("reduced"));
        QVERIFY(edit<QSlider>("cpu_share_when_active")->isEnabled());
        QVERIFY(!edit<QSpinBox>("idle_minutes")->isEnabled());
        edit<QSlider>("cpu_share_when_active")->setValue(40);
        QCOMPARE(stored("cpu_share_when_active"), QStringLiteral("40"));
        away->click();
        QCOMPARE(stored("cpu_when_active"), QStringLiteral("suspend"));
        QCOMPARE(stored("run_always"), QStringLiteral("false"));
        edit<QSpinBox>("idle_minutes")->setValue(7);
        QCOMPARE(stored("idle_minutes"), QStringLiteral("7"));
        // What the CLI changed shows as the one choice it means.
        Settings other(m_ini);
        QString error;
        QVERIFY(other.set(QStringLiteral("run_always"), QStringLiteral("true"), &error));
        m_settings->reloadIfChanged();
        m_page->reload();
        QVERIFY(always->isChecked());
    }

    void coresAreANumberOfCoresStoredAsTheShareThatGivesExactlyThat()
    {
        for (const int cpus : { 1, 2, 3, 6, 8, 12, 16, 24, 32, 64, 96 }) {
            m_page->setMachine(cpus, 8'000'000'000);
            auto* cores = edit<QSpinBox>("max_cores");
            QCOMPARE(cores->maximum(), cpus);
            for (int n = 1; n <= cpus; ++n) {
                cores->setValue(n);
                const int percent = stored("max_cores").toInt();
                // The engine's rule (ThrottlePolicy): floor(cpus × percent / 100), at least 1.
                const int engine = std::max(1, static_cast<int>(std::floor(cpus * percent / 100.0)));
                QVERIFY2(engine == n,
                    qPrintable(
                        QStringLiteral("%1 of %2 cores stored as %3 %").arg(n).arg(cpus).arg(percent)));
            }
        }
    }

    void slidersAndSpinBoxesSaveTheirValues()
    {
        edit<QSlider>("cpu_share")->setValue(60);
        QCOMPARE(stored("cpu_share"), QStringLiteral("60"));
        edit<QSlider>("max_memory_active")->setValue(30);
        QCOMPARE(stored("max_memory_active"), QStringLiteral("30"));
        edit<QSpinBox>("disk_reserve")->setValue(5);
        QCOMPARE(stored("disk_reserve"), QStringLiteral("5"));
        edit<QSpinBox>("cpu_temp_limit")->setValue(72);
        QCOMPARE(stored("cpu_temp_limit"), QStringLiteral("72"));
        // Memory is also said in gigabytes of this computer's memory.
        const auto words = m_page->findChildren<QLabel*>();
        bool found = false;
        for (const QLabel* l : words)
            found = found || l->text() == QStringLiteral("30 % (4.8 GB)");
        QVERIFY(found);
        auto* battery = edit<QComboBox>("on_battery");
        QVERIFY(!edit<QSlider>("battery_min_percent")->isEnabled());
        battery->setCurrentIndex(battery->findData(QStringLiteral("below")));
        QCOMPARE(stored("on_battery"), QStringLiteral("below"));
        QVERIFY(edit<QSlider>("battery_min_percent")->isEnabled());
    }

    void yieldingToOtherProgramsIsASwitchWithItsThreshold()
    {
        auto* yield = m_page->findChild<QCheckBox*>(QStringLiteral("yield"));
        QVERIFY(yield && yield->isChecked());
        yield->click();
        QCOMPARE(stored("suspend_when_other_cpu"), QStringLiteral("0"));
        QVERIFY(!edit<QSlider>("suspend_when_other_cpu")->isEnabled());
        yield->click();
        QCOMPARE(stored("suspend_when_other_cpu"), QStringLiteral("25"));
        edit<QSlider>("suspend_when_other_cpu")->setValue(50);
        QCOMPARE(stored("suspend_when_other_cpu"), QStringLiteral("50"));
    }

    void programsToPauseForAreAList()
    {
        QString error;
        QVERIFY(
            m_settings->set(QStringLiteral("exclusive_programs"), QStringLiteral("steam,blender"), &error));
        m_page->reload();
        auto* list = edit<QListWidget>("exclusive_programs");
        QCOMPARE(list->count(), 2);
        list->setCurrentRow(0);
        m_page->findChild<QPushButton*>(QStringLiteral("removeProgram"))->click();
        QCOMPARE(stored("exclusive_programs"), QStringLiteral("blender"));
    }

    void theScheduleIsEditedOnTheGridAndReadsBack()
    {
        ScheduleGrid* grid = m_page->scheduleGrid();
        QVERIFY(grid->isVisible());
        QCOMPARE(grid->hoursSelected(), 168);
        // Drag from Monday 0:00 to Friday 7:00: those hours are cleared (the first cell was set).
        QTest::mousePress(grid, Qt::LeftButton, {}, grid->cellRect(0, 0).center());
        QMouseEvent move(QEvent::MouseMove, grid->cellRect(4, 7).center(),
            grid->mapToGlobal(grid->cellRect(4, 7).center()), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(grid, &move);
        QTest::mouseRelease(grid, Qt::LeftButton, {}, grid->cellRect(4, 7).center());
        QCOMPARE(grid->hoursSelected(), 168 - 5 * 8);
        QCOMPARE(stored("schedule"), QStringLiteral("mon-fri 8-24, sat-sun 0-24"));
        QString err;
        const auto week = Settings::parseSchedule(stored("schedule"), &err);
        QVERIFY(week && *week == grid->week());
        // A week with no hour at all is refused with a reason, the stored one stays.
        ScheduleGrid::Week none {};
        grid->setWeek(none);
        Q_EMIT grid->edited(none);
        QVERIFY(!m_page->errorText(QStringLiteral("schedule")).isEmpty());
        QCOMPARE(stored("schedule"), QStringLiteral("mon-fri 8-24, sat-sun 0-24"));
        m_page->findChild<QPushButton*>(QStringLiteral("anyTime"))->click();
        QCOMPARE(stored("schedule"), QStringLiteral("always"));
        QVERIFY(m_page->errorText(QStringLiteral("schedule")).isEmpty());
    }

    void anotherNetworkOnlyAfterTheQuestionAndUndoGoesBack()
    {
        auto* hub = edit<QLineEdit>("hub_url");
        QVERIFY(!hub->isEnabled()); // the demo network is chosen
        radio("remoteNetwork")->click();
        QVERIFY(hub->isEnabled());
        type(hub, QStringLiteral("not an address"));
        m_page->joinButton()->click();
        QVERIFY(!m_page->errorText(QStringLiteral("hub_url")).isEmpty());
        QCOMPARE(stored("hub_url"), QStringLiteral("local"));
        QVERIFY(m_asked.isEmpty());
        // Typing and leaving the field changes nothing; only Join does, after the question.
        type(hub, QStringLiteral("https://hub.example.org"));
        QVERIFY(m_page->errorText(QStringLiteral("hub_url")).isEmpty()); // cleared as the text changed
        QTest::keyClick(hub, Qt::Key_Tab);
        QCOMPARE(stored("hub_url"), QStringLiteral("local"));
        m_answer = false;
        m_page->joinButton()->click();
        QCOMPARE(m_asked.size(), 1);
        QVERIFY(m_asked.at(0).contains(QLatin1String("dropped")));
        QCOMPARE(stored("hub_url"), QStringLiteral("local"));
        QVERIFY(radio("demoNetwork")->isChecked()); // still the network it works for
        QCOMPARE(hub->text(), QStringLiteral("https://hub.example.org")); // kept for another try
        m_answer = true;
        radio("remoteNetwork")->click();
        m_page->joinButton()->click();
        QCOMPARE(stored("hub_url"), QStringLiteral("https://hub.example.org"));
        QVERIFY(m_page->noticeText().contains(QLatin1String("hub.example.org")));
        m_page->undoButton()->click();
        QCOMPARE(stored("hub_url"), QStringLiteral("local"));
        QVERIFY(m_page->noticeText().isEmpty());
        QVERIFY(radio("demoNetwork")->isChecked());
    }

    void aBadPayoutAddressSaysWhyAndIsNotSaved()
    {
        auto* payout = edit<QLineEdit>("payout_address");
        type(payout, QStringLiteral("0x1234"));
        QTest::keyClick(payout, Qt::Key_Return);
        QVERIFY(!m_page->errorText(QStringLiteral("payout_address")).isEmpty());
        QCOMPARE(stored("payout_address"), QString());
        // The example address of guides (and of an older first-run wizard) is refused.
        type(payout, QStringLiteral("0x52908400098527886E0F7030069857D2E4169EE7"));
        QTest::keyClick(payout, Qt::Key_Return);
        QVERIFY(m_page->errorText(QStringLiteral("payout_address")).contains(QLatin1String("example")));
        QCOMPARE(stored("payout_address"), QString());
        const QString mine = QStringLiteral("0x3f5ce5fbfe3e9af3971dd833d26ba9b5c936f0be");
        type(payout, QLatin1Char(' ') + mine + QLatin1Char(' '));
        QVERIFY(m_page->errorText(QStringLiteral("payout_address")).isEmpty()); // cleared while typing
        QTest::keyClick(payout, Qt::Key_Return);
        QCOMPARE(stored("payout_address"), sc::core::EvmAddress::checksummed(mine));
        QCOMPARE(payout->text(), sc::core::EvmAddress::checksummed(mine));
    }

    void restoreDefaultsResetsOnlyItsGroup()
    {
        edit<QSpinBox>("cpu_temp_limit")->setValue(65);
        edit<QSlider>("cpu_share")->setValue(50);
        QCOMPARE(stored("cpu_temp_limit"), QStringLiteral("65"));
        m_page->restoreButton(QStringLiteral("cpu_temp_limit"))->click();
        QCOMPARE(stored("cpu_temp_limit"), QStringLiteral("80"));
        QCOMPARE(edit<QSpinBox>("cpu_temp_limit")->value(), 80);
        QCOMPARE(stored("cpu_share"), QStringLiteral("50")); // another group
        QVERIFY(!m_page->restoreButton(QStringLiteral("hub_url"))); // never the network or the address
    }

    void theTemperaturesAreShownBesideTheirLimits()
    {
        m_page->setTemperatures(54.4, std::nullopt);
        bool now = false;
        for (const QLabel* l : m_page->findChildren<QLabel*>())
            now = now || l->text() == QStringLiteral("Now 54 °C");
        QVERIFY(now);
    }

    void scrollingThePageNeverChangesAField()
    {
        auto* spin = edit<QSpinBox>("idle_minutes");
        auto* scroll = m_page->findChild<QScrollArea*>();
        scroll->verticalScrollBar()->setValue(0);
        const int before = spin->value();
        QWheelEvent wheel(QPointF(5, 5), spin->mapToGlobal(QPointF(5, 5)), QPoint(), QPoint(0, -120),
            Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(spin, &wheel);
        QCOMPARE(spin->value(), before);
        QVERIFY(scroll->verticalScrollBar()->value() > 0);
    }

    void anotherProgramsChangeShowsOnReload()
    {
        Settings other(m_ini);
        QString error;
        QVERIFY(other.set(QStringLiteral("cpu_temp_limit"), QStringLiteral("70"), &error));
        QVERIFY(other.set(QStringLiteral("schedule"), QStringLiteral("sat-sun 0-24"), &error));
        m_settings->reloadIfChanged();
        m_page->reload();
        QCOMPARE(edit<QSpinBox>("cpu_temp_limit")->value(), 70);
        QCOMPARE(m_page->scheduleGrid()->hoursSelected(), 48);
    }
};

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
