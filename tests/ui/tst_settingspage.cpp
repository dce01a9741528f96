// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/settings.h"
#include "ui/dashboard/settingspage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>
#include <memory>

using sc::core::Settings;
using sc::ui::SettingsPage;

class TestSettingsPage final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_ini;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SettingsPage> m_page;

    QLineEdit* line(const char* key) const
    {
        return qobject_cast<QLineEdit*>(m_page->editor(QLatin1String(key)));
    }
    // What another process (the CLI, a restarted engine) reads from the file.
    QString stored(const char* key) const { return Settings(m_ini).value(QLatin1String(key)); }

    void type(QLineEdit* edit, const QString& text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

private Q_SLOTS:
    void init()
    {
        m_ini = m_dir.filePath(QStringLiteral("settings.ini"));
        QFile::remove(m_ini);
        m_settings = std::make_unique<Settings>(m_ini);
        m_page = std::make_unique<SettingsPage>(m_settings.get());
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup() { m_page.reset(); }

    void everyRegistrySettingHasAnEditorWithHelp()
    {
        for (const auto& spec : Settings::registry()) {
            if (spec.internal) {
                QVERIFY2(!m_page->editor(spec.key), qPrintable(spec.key));
                continue;
            }
            QWidget* e = m_page->editor(spec.key);
            QVERIFY2(e, qPrintable(spec.key));
            QVERIFY2(!e->accessibleName().isEmpty(), qPrintable(spec.key));
            QVERIFY2(!e->accessibleDescription().isEmpty(), qPrintable(spec.key));
            // Every setting has a title in words, never its key.
            QVERIFY2(SettingsPage::title(spec.key) != spec.key, qPrintable(spec.key));
            for (const QString& choice : spec.choices)
                QVERIFY2(SettingsPage::choiceText(spec.key, choice) != choice,
                    qPrintable(spec.key + QLatin1Char('=') + choice));
        }
        QCOMPARE(line("idle_minutes")->text(), QStringLiteral("3"));
    }

    void outOfRangeNumberShowsWhyAndIsNotSaved()
    {
        QLineEdit* e = line("idle_minutes");
        type(e, QStringLiteral("0"));
        QVERIFY2(m_page->errorText(QStringLiteral("idle_minutes")).contains(QLatin1String("1 to 1440")),
            qPrintable(m_page->errorText(QStringLiteral("idle_minutes"))));
        QTest::keyClick(e, Qt::Key_Return);
        QCOMPARE(m_settings->value(QStringLiteral("idle_minutes")), QStringLiteral("3"));
        QCOMPARE(stored("idle_minutes"), QStringLiteral("3"));
        QVERIFY(!m_page->errorText(QStringLiteral("idle_minutes")).isEmpty());
    }

    void validNumberIsSavedAndClearsTheError()
    {
        QSignalSpy changed(m_page.get(), &SettingsPage::settingChanged);
        QLineEdit* e = line("idle_minutes");
        type(e, QStringLiteral("abc"));
        QVERIFY(!m_page->errorText(QStringLiteral("idle_minutes")).isEmpty());
        type(e, QStringLiteral("15"));
        QVERIFY(m_page->errorText(QStringLiteral("idle_minutes")).isEmpty()); // validated as typed
        QTest::keyClick(e, Qt::Key_Return);
        QCOMPARE(m_settings->value(QStringLiteral("idle_minutes")), QStringLiteral("15"));
        QCOMPARE(stored("idle_minutes"), QStringLiteral("15"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toString(), QStringLiteral("idle_minutes"));
    }

    void badScheduleIsRejectedGoodOneApplied()
    {
        QLineEdit* e = line("schedule");
        type(e, QStringLiteral("weekends please"));
        QTest::keyClick(e, Qt::Key_Return);
        QVERIFY(!m_page->errorText(QStringLiteral("schedule")).isEmpty());
        QCOMPARE(stored("schedule"), QStringLiteral("always"));
        type(e, QStringLiteral("Mon-Fri 18-8"));
        QTest::keyClick(e, Qt::Key_Return);
        QVERIFY(m_page->errorText(QStringLiteral("schedule")).isEmpty());
        QCOMPARE(stored("schedule"), QStringLiteral("mon-fri 18-8"));
    }

    void checkBoxAndChoiceApplyAtOnce()
    {
        auto* box = qobject_cast<QCheckBox*>(m_page->editor(QStringLiteral("run_always")));
        QVERIFY(box);
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(5, box->height() / 2));
        QCOMPARE(stored("run_always"), QStringLiteral("true"));
        auto* combo = qobject_cast<QComboBox*>(m_page->editor(QStringLiteral("on_battery")));
        QVERIFY(combo);
        combo->setCurrentIndex(combo->findData(QStringLiteral("run")));
        QCOMPARE(stored("on_battery"), QStringLiteral("run"));
    }

    void scrollingThePageNeverChangesAList()
    {
        auto* combo = qobject_cast<QComboBox*>(m_page->editor(QStringLiteral("on_battery")));
        QVERIFY(combo);
        const QString before = stored("on_battery");
        auto* bar = m_page->findChild<QScrollArea*>()->verticalScrollBar();
        const int top = bar->value();
        QWheelEvent wheel(QPointF(5, 5), combo->mapToGlobal(QPointF(5, 5)), QPoint(), QPoint(0, -120),
            Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(combo, &wheel);
        QCOMPARE(stored("on_battery"), before); // the setting under the mouse is untouched
        QVERIFY(bar->value() > top); // and the page scrolled
        combo->setFocus(); // a list the user clicked into takes the wheel as usual
        QTRY_VERIFY(combo->hasFocus());
        QWheelEvent again(QPointF(5, 5), combo->mapToGlobal(QPointF(5, 5)), QPoint(), QPoint(0, -120),
            Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(combo, &again);
        QVERIFY(stored("on_battery") != before);
    }

    void reloadShowsValuesChangedElsewhere()
    {
        QString error;
        Settings other(m_ini);
        QVERIFY(other.set(QStringLiteral("cpu_temp_limit"), QStringLiteral("70"), &error));
        QVERIFY(m_settings->reloadIfChanged());
        m_page->reload();
        QCOMPARE(line("cpu_temp_limit")->text(), QStringLiteral("70"));
    }
};

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
