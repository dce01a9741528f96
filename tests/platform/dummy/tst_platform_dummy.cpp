// SPDX-License-Identifier: GPL-3.0-or-later
// core/platform/dummy, built on its own (as on an OS without a backend): every capability
// answers "cannot tell" or "not here", never a guess.
#include "platform/autostart.h"
#include "platform/idlesource.h"
#include "platform/nvml.h"
#include "platform/powersource.h"
#include "platform/systemtheme.h"

#include <QDBusConnection>
#include <QTest>

using namespace sc::core;

class TestPlatformDummy final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void idleTimeIsUnknown()
    {
        const auto idle = createPlatformIdleSource();
        QCOMPARE(idle->idleSeconds(), std::nullopt);
        QCOMPARE(idle->name(), QStringLiteral("unknown"));
        QVERIFY(!idle->pushesActivity());
    }

    void powerNeverAnswers()
    {
        const auto power = createPlatformPowerSource(QDBusConnection(QStringLiteral("none")));
        QCOMPARE(power->read().has_value(), false);
        QCOMPARE(power->name(), QStringLiteral("none"));
    }

    void thereAreNoNvidiaGpus()
    {
        const auto temps = createPlatformTemperatureSource();
        QVERIFY(!temps->isValid());
        QVERIFY(!temps->error().isEmpty());
        QVERIFY(temps->gpus().isEmpty());
        QCOMPARE(temps->hottestTemperatureC(), std::nullopt);
        QVERIFY(platform::Nvml::defaultLibrary().isEmpty());
    }

    void autostartCanOnlyBeOff()
    {
        const auto autostart = createPlatformAutostart();
        QVERIFY(!autostart->setEnabled(true, QStringLiteral("/bin/true"), {}));
        QVERIFY(!autostart->isEnabled());
        QVERIFY(autostart->setEnabled(false, {}, {}));
    }

    void theDesktopSaysNothingAboutItsPanel()
    {
        QCOMPARE(createPlatformSystemTheme()->panelIsDark(), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestPlatformDummy)
#include "tst_platform_dummy.moc"
