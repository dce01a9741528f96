// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/sandbox.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace sc::core::platform {

namespace {
    QStringList bwrapPrefix(const QString& bwrap, const QString& program, const QString& slotDir)
    {
        QStringList a { bwrap, QStringLiteral("--die-with-parent"), QStringLiteral("--unshare-all"),
            QStringLiteral("--ro-bind"), QStringLiteral("/usr"), QStringLiteral("/usr") };
        // Merged-/usr systems link /lib, /lib64, /bin into /usr; older ones have real folders.
        for (const char* dir : { "/lib", "/lib64", "/lib32", "/bin" }) {
            const QString d = QString::fromLatin1(dir);
            const QFileInfo fi(d);
            if (fi.isSymLink())
                a << QStringLiteral("--symlink") << fi.symLinkTarget() << d;
            else if (fi.isDir())
                a << QStringLiteral("--ro-bind") << d << d;
        }
        a << QStringLiteral("--proc") << QStringLiteral("/proc") << QStringLiteral("--dev")
          << QStringLiteral("/dev") << QStringLiteral("--tmpfs") << QStringLiteral("/tmp")
          << QStringLiteral("--bind") << slotDir << QStringLiteral("/slot") << QStringLiteral("--ro-bind")
          << program << QStringLiteral("/app/program") << QStringLiteral("--chdir") << QStringLiteral("/slot")
          << QStringLiteral("--clearenv") << QStringLiteral("--setenv") << QStringLiteral("PATH")
          << QStringLiteral("/usr/bin") << QStringLiteral("--setenv") << QStringLiteral("LC_ALL")
          << QStringLiteral("C") << QStringLiteral("--setenv") << QStringLiteral("HOME")
          << QStringLiteral("/slot") << QStringLiteral("/app/program");
        return a;
    }

    Sandbox probe()
    {
        Sandbox s;
        s.name = QStringLiteral("none");
        const QString bwrap = QStandardPaths::findExecutable(QStringLiteral("bwrap"));
        if (bwrap.isEmpty()) {
            s.reason = QStringLiteral("bubblewrap (bwrap) is not installed");
            return s;
        }
        const QString truePath = QStandardPaths::findExecutable(QStringLiteral("true"));
        QStringList cmd = bwrapPrefix(bwrap, truePath, QStringLiteral("/tmp"));
        QProcess p;
        p.start(cmd.takeFirst(), cmd);
        if (!p.waitForFinished(10000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            s.reason = QStringLiteral("bubblewrap cannot create a sandbox here: %1")
                           .arg(QString::fromLocal8Bit(p.readAllStandardError()).trimmed().left(200));
            return s;
        }
        s.available = true;
        s.name = QStringLiteral("bubblewrap");
        return s;
    }
} // namespace

const Sandbox& detectSandbox()
{
    static const Sandbox s = probe();
    return s;
}

QStringList sandboxedCommand(const QString& program, const QStringList& args, const QString& slotDir)
{
    if (!detectSandbox().available)
        return QStringList { program } + args;
    return bwrapPrefix(QStandardPaths::findExecutable(QStringLiteral("bwrap")), program, slotDir) + args;
}

} // namespace sc::core::platform
