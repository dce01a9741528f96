// SPDX-License-Identifier: GPL-3.0-or-later
// The first-run wizard as a newcomer meets it: the payout page shows no real address as an
// example and refuses the examples of guides; an error goes when the choice it was about
// changes; the hours are chosen on the same grid as in Settings; Cancel asks first.
#include "settings/settings.h"
#include "ui/onboarding/firstrunwizard.h"
#include "ui/widgets/schedulegrid.h"
#include "wallet/evmaddress.h"

#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using sc::ui::FirstRunWizard;

class TestFirstRunWizard final : public QObject {
    Q_OBJECT
private:
    static QLabel* visibleError(const QWidget* page)
    {
        for (QLabel* l : page->findChildren<QLabel*>()) {
            if (l->isVisible() && !l->text().isEmpty()
                && l->palette().color(QPalette::WindowText) != page->palette().color(QPalette::WindowText))
                return l;
        }
        return nullptr;
    }

private Q_SLOTS:
    void noRealAddressIsShownAndExamplesAreRefused()
    {
        FirstRunWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.next(); // network
        wizard.next(); // payout
        QWidget* page = wizard.currentPage();
        static const QRegularExpression address(QStringLiteral("0x[0-9a-fA-F]{40}"));
        for (const QLabel* l : page->findChildren<QLabel*>())
            QVERIFY2(!address.match(l->text()).hasMatch(), qPrintable(l->text()));
        auto* payout = page->findChild<QLineEdit*>(QStringLiteral("payout"));
        QVERIFY(payout);
        QVERIFY(!address.match(payout->placeholderText()).hasMatch());
        // The EIP-55 example, pasted with spaces around it as a copy brings it.
        payout->setText(QStringLiteral("  0x52908400098527886E0F7030069857D2E4169EE7 "));
        QVERIFY(!wizard.validateCurrentPage());
        QVERIFY(visibleError(page));
        QString why;
        QVERIFY(sc::core::EvmAddress::isPlaceholder(
            QStringLiteral("0x0000000000000000000000000000000000000000"), &why));
        const QString mine = QStringLiteral("0x3f5ce5fbfe3e9af3971dd833d26ba9b5c936f0be");
        payout->setText(QStringLiteral(" ") + mine + QStringLiteral(" "));
        QVERIFY(wizard.validateCurrentPage());
        QCOMPARE(wizard.choices().payoutAddress, sc::core::EvmAddress::checksummed(mine));
    }

    void anErrorGoesWhenTheChoiceChanges()
    {
        FirstRunWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.next(); // network
        QWidget* page = wizard.currentPage();
        QList<QRadioButton*> radios = page->findChildren<QRadioButton*>();
        QCOMPARE(radios.size(), 2);
        radios.at(1)->click(); // a hub on the internet
        page->findChild<QLineEdit*>()->setText(QStringLiteral("not a hub"));
        QVERIFY(!wizard.validateCurrentPage());
        QVERIFY(visibleError(page));
        radios.at(0)->click(); // back to the demo
        QVERIFY(!visibleError(page));
        // The demo network says what its credit is worth.
        bool noValue = false;
        for (const QLabel* l : page->findChildren<QLabel*>())
            noValue = noValue || l->text().contains(QLatin1String("no value"));
        QVERIFY(noValue);
    }

    void theHoursAreChosenOnTheGrid()
    {
        FirstRunWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.next();
        wizard.next();
        wizard.next(); // when
        QWidget* page = wizard.currentPage();
        auto* grid = page->findChild<sc::ui::ScheduleGrid*>();
        QVERIFY(grid);
        QVERIFY(!grid->isEnabled());
        QList<QRadioButton*> radios = page->findChildren<QRadioButton*>();
        radios.at(2)->click();
        QVERIFY(grid->isEnabled());
        QCOMPARE(grid->hoursSelected(), 5 * 14 + 2 * 24 - 0); // evenings, nights, weekend
        sc::ui::ScheduleGrid::Week none {};
        grid->setWeek(none);
        QVERIFY(!wizard.validateCurrentPage());
        QVERIFY(visibleError(page));
        radios.at(0)->click();
        QVERIFY(!visibleError(page)); // the error was about the hours
        radios.at(2)->click();
        sc::ui::ScheduleGrid::Week weekend {};
        weekend[5] = weekend[6] = 0xFFFFFF;
        grid->setWeek(weekend);
        QVERIFY(wizard.validateCurrentPage());
        QCOMPARE(wizard.choices().schedule, QStringLiteral("sat-sun 0-24"));
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        QVERIFY(FirstRunWizard::applyChoices(wizard.choices(), ini));
        sc::core::Settings s(ini);
        QCOMPARE(s.value(QStringLiteral("schedule")), QStringLiteral("sat-sun 0-24"));
    }

    void cancelAsksFirst()
    {
        FirstRunWizard wizard;
        int asked = 0;
        bool answer = false;
        wizard.setConfirmQuit([&] {
            ++asked;
            return answer;
        });
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.reject();
        QCOMPARE(asked, 1);
        QVERIFY(wizard.isVisible());
        answer = true;
        QTest::keyClick(&wizard, Qt::Key_Escape);
        QCOMPARE(asked, 2);
        QVERIFY(!wizard.isVisible());
        QCOMPARE(wizard.result(), int(QDialog::Rejected));
    }
};

QTEST_MAIN(TestFirstRunWizard)
#include "tst_firstrunwizard.moc"
