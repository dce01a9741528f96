// SPDX-License-Identifier: GPL-3.0-or-later
#include "identity.h"

#include "commandline.h"
#include "crypto/devicekey.h"
#include "engine/datafolder.h"
#include "engine/deviceidentity.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace sc::app::cli {

namespace {
    // Translation context of this file's messages.
    class Identity final {
        Q_DECLARE_TR_FUNCTIONS(Identity)
    };

    using core::DataFolder;
    using core::DeviceIdentity;

    int show(const QString& dir)
    {
        const QString keyPath = QDir(dir).filePath(QLatin1String(DeviceIdentity::kKeyFile));
        QString why;
        const auto key = core::DeviceKey::load(keyPath, &why);
        if (!key) {
            err() << Identity::tr(
                "No readable device key in %1. Run 'sparecycles-cli run' to see what to do.")
                         .arg(QDir::toNativeSeparators(dir))
                  << Qt::endl;
            return 1;
        }
        out() << Identity::tr("Device key:  %1").arg(QString::fromLatin1(key->publicKey().toHex()))
              << Qt::endl;
        const auto backup
            = core::DeviceKey::load(QDir(dir).filePath(QLatin1String(DeviceIdentity::kBackupFile)), &why);
        out() << (backup && backup->publicKey() == key->publicKey()
                ? Identity::tr("Backup copy: %1")
                      .arg(QDir::toNativeSeparators(
                          QDir(dir).filePath(QLatin1String(DeviceIdentity::kBackupFile))))
                : Identity::tr("Backup copy: none (the engine writes one when it starts)"))
              << Qt::endl;
        return 0;
    }
} // namespace

QString identityWayOut()
{
    return Identity::tr("To keep them, put your saved copy of the key back:\n"
                        "  sparecycles-cli identity restore FILE\n"
                        "To start as a new device instead (what belongs to the old identity is lost):\n"
                        "  sparecycles-cli identity new");
}

int identityCommand(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Identity::tr(
        "This computer's identity on the network (its device key): show it, save a copy, put a copy back, or "
        "become a new device."));
    p.addHelpOption();
    p.addVersionOption();
    p.addPositionalArgument(QStringLiteral("identity"), Identity::tr("The command."));
    p.addPositionalArgument(QStringLiteral("action"), Identity::tr("show, export, restore FILE or new"),
        QStringLiteral("ACTION"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
        Identity::tr("Data folder (default %1).").arg(defaultDataDir()), QStringLiteral("DIR"),
        defaultDataDir());
    const QCommandLineOption outFile(
        QStringLiteral("out"), Identity::tr("export: the file to write."), QStringLiteral("FILE"));
    const QCommandLineOption yes(QStringLiteral("yes"), Identity::tr("new: do not ask for confirmation."));
    p.addOptions({ dataDir, outFile, yes });
    if (const auto stop = parseCommand(p, args))
        return *stop;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(1);
    const QString dir = p.value(dataDir);
    if (action == QLatin1String("show"))
        return show(dir);
    if (action == QLatin1String("export")) {
        if (!p.isSet(outFile))
            return usageError(Identity::tr("identity export needs --out FILE"));
        QString error;
        if (!DeviceIdentity::exportTo(dir, p.value(outFile), &error)) {
            err() << error << Qt::endl;
            return 1;
        }
        out() << Identity::tr("Saved a copy of the device key to %1. Keep it safe: whoever has it can act as "
                              "this computer on the network.")
                     .arg(QDir::toNativeSeparators(p.value(outFile)))
              << Qt::endl;
        return 0;
    }
    if (action == QLatin1String("restore")) {
        if (pos.size() < 3)
            return usageError(Identity::tr("identity restore needs the FILE with the saved key"));
        DataFolder::Options options;
        options.restoreKeyFrom = pos.at(2);
        DeviceIdentity::Problem problem = DeviceIdentity::Problem::None;
        QString error;
        if (!DataFolder::open(dir, options, &error, &problem)) {
            err() << error << Qt::endl;
            return 1;
        }
        out() << Identity::tr(
            "The device key is back in place; this computer keeps its identity on the network.")
              << Qt::endl;
        return 0;
    }
    if (action == QLatin1String("new")) {
        DeviceIdentity::Problem problem = DeviceIdentity::Problem::None;
        QString error;
        if (DataFolder::open(dir, {}, &error, &problem)) {
            out() << Identity::tr("The device key is in place and is this computer's: nothing to replace.")
                  << Qt::endl;
            return 0;
        }
        if (problem != DeviceIdentity::Problem::Lost && problem != DeviceIdentity::Problem::Replaced) {
            err() << error << Qt::endl;
            return 1;
        }
        err() << error << Qt::endl;
        if (!p.isSet(yes)) {
            err() << Identity::tr("Become a new device? Type 'new' to confirm: ") << Qt::flush;
            QTextStream in(stdin);
            QString line;
            if (!in.readLineInto(&line) || line.trimmed() != QLatin1String("new")) {
                err() << Identity::tr("Not confirmed; nothing was changed.") << Qt::endl;
                return 1;
            }
        }
        DataFolder::Options options;
        options.identity = DeviceIdentity::Mode::BecomeNew;
        const auto folder = DataFolder::open(dir, options, &error, &problem);
        if (!folder) {
            err() << error << Qt::endl;
            return 1;
        }
        out() << folder->identityNotice() << Qt::endl;
        return 0;
    }
    return usageError(action.isEmpty() ? Identity::tr("identity needs one of: show, export, restore, new")
                                       : Identity::tr("unknown identity action '%1'").arg(action));
}

} // namespace sc::app::cli
