// SPDX-License-Identifier: GPL-3.0-or-later
// The XDG autostart entry, written into and removed from a temporary XDG_CONFIG_HOME.
#include "platform/linux/autostart_linux.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sc::core;

class TestAutostart final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_config;
    QString entry() const { return m_config.path() + QStringLiteral("/autostart/sparecycles.desktop"); }
    static QByteArray read(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    }
    void cleanup() { QFile::remove(entry()); }

    void entryLivesUnderXdgConfigHome() { QCOMPARE(platform::XdgAutostart::entryPath(), entry()); }

    void enablingWritesADesktopEntryThatStartsTheProgramMinimized()
    {
        const auto autostart = createPlatformAutostart();
        QVERIFY(!autostart->isEnabled());
        QVERIFY(autostart->setEnabled(
            true, QStringLiteral("/opt/sc/sparecycles"), { QStringLiteral("--minimized") }));
        QVERIFY(autostart->isEnabled());
        QCOMPARE(read(entry()),
            QByteArray("[Desktop Entry]\nType=Application\nName=SpareCycles\n"
                       "Comment=Lend this computer's idle time to a compute network\n"
                       "Exec=\"/opt/sc/sparecycles\" --minimized\nIcon=sparecycles\n"
                       "X-GNOME-Autostart-enabled=true\n"));
    }

    void optionsStayBareAndValuesAreQuoted()
    {
        platform::XdgAutostart autostart;
        QVERIFY(autostart.setEnabled(true, QStringLiteral("/usr/bin/sparecycles"),
            { QStringLiteral("--minimized"), QStringLiteral("--data-dir"),
                QStringLiteral("/home/u/My Data") }));
        QVERIFY(read(entry()).contains(
            "\nExec=\"/usr/bin/sparecycles\" --minimized --data-dir \"/home/u/My Data\"\n"));
    }

    void enablingAgainReplacesTheEntry()
    {
        platform::XdgAutostart autostart;
        QVERIFY(autostart.setEnabled(true, QStringLiteral("/old/sparecycles"), {}));
        QVERIFY(autostart.setEnabled(true, QStringLiteral("/new/sparecycles"), {}));
        const QByteArray text = read(entry());
        QVERIFY(text.contains("Exec=\"/new/sparecycles\"\n"));
        QVERIFY(!text.contains("/old/"));
    }

    void disablingRemovesTheEntry()
    {
        platform::XdgAutostart autostart;
        QVERIFY(autostart.setEnabled(true, QStringLiteral("/usr/bin/sparecycles"), {}));
        QVERIFY(QFile::exists(entry()));
        QVERIFY(autostart.setEnabled(false, {}, {}));
        QVERIFY(!QFile::exists(entry()));
        QVERIFY(!autostart.isEnabled());
        QVERIFY(autostart.setEnabled(false, {}, {})); // nothing to remove is fine
    }
};

QTEST_GUILESS_MAIN(TestAutostart)
#include "tst_autostart.moc"
