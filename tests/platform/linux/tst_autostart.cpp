// SPDX-License-Identifier: GPL-3.0-or-later
// The XDG autostart entry, written into and removed from a temporary XDG_CONFIG_HOME.
#include "platform/linux/autostart_linux.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sc::core;

class TestAutostart final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_config;
    // Named after the installed .desktop file, so the desktop shows the app's own name and icon.
    QString entry() const
    {
        return m_config.path() + QStringLiteral("/autostart/org.sparecycles.SpareCycles.desktop");
    }
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
                       "Exec=\"/opt/sc/sparecycles\" --minimized\nIcon=org.sparecycles.SpareCycles\n"
                       "X-GNOME-Autostart-enabled=true\n"));
    }

    void theEntryOfEarlierVersionsIsReplaced()
    {
        const QString old = m_config.path() + QStringLiteral("/autostart/sparecycles.desktop");
        QVERIFY(QDir().mkpath(m_config.path() + QStringLiteral("/autostart")));
        QFile f(old);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[Desktop Entry]\nType=Application\nName=SpareCycles\nExec=/old/sparecycles\n");
        f.close();
        platform::XdgAutostart autostart;
        QVERIFY(autostart.setEnabled(true, QStringLiteral("/usr/bin/sparecycles"), {}));
        QVERIFY(!QFile::exists(old)); // never started twice at login
        QVERIFY(QFile::exists(entry()));
    }

    void theEntryIsAValidDesktopFile()
    {
        platform::XdgAutostart autostart;
        QVERIFY(autostart.setEnabled(true, QStringLiteral("/usr/bin/sparecycles"),
            { QStringLiteral("--minimized"), QStringLiteral("--data-dir"),
                QStringLiteral("/home/u/My Data") }));
        QProcess validate;
        validate.setProcessChannelMode(QProcess::MergedChannels);
        validate.start(QStringLiteral("desktop-file-validate"), { entry() });
        QVERIFY2(validate.waitForFinished(20000), "desktop-file-validate (scripts/setup.sh installs it)");
        QVERIFY2(validate.exitCode() == 0, validate.readAll().constData());
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
