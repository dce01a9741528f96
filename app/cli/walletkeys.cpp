// SPDX-License-Identifier: GPL-3.0-or-later
#include "walletkeys.h"

#include "commandline.h"
#include "settings/settings.h"
#include "wallet/hdkey.h"
#include "wallet/keystore.h"
#include "wallet/mnemonic.h"
#include "wallet/walletstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <openssl/crypto.h>
#include <termios.h>
#include <unistd.h>

using sc::core::WalletSecretStore;

namespace sc::app::cli {

namespace {
    // Translation context of this file's messages.
    class WalletKeys final {
        Q_DECLARE_TR_FUNCTIONS(WalletKeys)
    };

    constexpr int kConfirmWords = 3;
    constexpr int kMinPasswordLength = 8;

    QTextStream& in()
    {
        static QTextStream s(stdin);
        return s;
    }

    // One line of stdin; nullopt at the end of input.
    std::optional<QString> readLine(const QString& prompt)
    {
        err() << prompt << Qt::flush;
        QString line;
        if (!in().readLineInto(&line))
            return std::nullopt;
        if (!::isatty(STDIN_FILENO))
            err() << Qt::endl; // what a pipe sends is not echoed
        return line;
    }

    // A line typed without echo when stdin is a terminal.
    std::optional<QString> readSecretLine(const QString& prompt)
    {
        termios saved {};
        const bool tty = ::isatty(STDIN_FILENO) && ::tcgetattr(STDIN_FILENO, &saved) == 0;
        if (tty) {
            termios quiet = saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
        std::optional<QString> line = readLine(prompt);
        if (tty) {
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
            err() << Qt::endl; // the Enter key was not echoed
        }
        return line;
    }

    // The first line of a file (a password for scripts and tests).
    std::optional<QString> firstLineOf(const QString& path, QString* error)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = WalletKeys::tr("Cannot read %1: %2.").arg(path, f.errorString());
            return std::nullopt;
        }
        QByteArray bytes = f.read(4096);
        const qsizetype end = bytes.indexOf('\n');
        QString line = QString::fromUtf8(end < 0 ? bytes : bytes.left(end));
        OPENSSL_cleanse(bytes.data(), static_cast<std::size_t>(bytes.size()));
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        return line;
    }

    // A new password: from --password-file, or typed twice.
    std::optional<QString> newPassword(const QString& passwordFile, const QString& what, QString* error)
    {
        if (!passwordFile.isEmpty()) {
            std::optional<QString> p = firstLineOf(passwordFile, error);
            if (p && p->size() < kMinPasswordLength) {
                *error = WalletKeys::tr("The password in %1 is shorter than %2 characters.")
                             .arg(passwordFile)
                             .arg(kMinPasswordLength);
                return std::nullopt;
            }
            return p;
        }
        for (int attempt = 0; attempt < 3; ++attempt) {
            const auto first
                = readSecretLine(WalletKeys::tr("Choose a password for %1 (at least %2 characters): ")
                                     .arg(what)
                                     .arg(kMinPasswordLength));
            if (!first)
                break;
            if (first->size() < kMinPasswordLength) {
                err() << WalletKeys::tr("That password is too short.") << Qt::endl;
                continue;
            }
            const auto again = readSecretLine(WalletKeys::tr("Type the same password again: "));
            if (!again)
                break;
            if (*again == *first)
                return first;
            err() << WalletKeys::tr("The two passwords are not the same.") << Qt::endl;
        }
        *error = WalletKeys::tr("No password was chosen. Nothing was saved.");
        return std::nullopt;
    }

    std::optional<QString> existingPassword(
        const QString& passwordFile, const QString& prompt, QString* error)
    {
        if (!passwordFile.isEmpty())
            return firstLineOf(passwordFile, error);
        std::optional<QString> p = readSecretLine(prompt);
        if (!p)
            *error = WalletKeys::tr("No password was typed.");
        return p;
    }

    // Writes a new file of mode 0600; never replaces one.
    bool writePrivateFile(const QString& path, const QByteArray& bytes, QString* error)
    {
        const int fd = ::open(
            QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
        if (fd < 0) {
            *error = errno == EEXIST
                ? WalletKeys::tr("%1 exists already; choose another file name.").arg(path)
                : WalletKeys::tr("Cannot create %1: %2.")
                      .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
        const bool ok = ::write(fd, bytes.constData(), static_cast<std::size_t>(bytes.size())) == bytes.size()
            && ::fsync(fd) == 0;
        ::close(fd);
        if (!ok) {
            ::unlink(QFile::encodeName(path).constData());
            *error = WalletKeys::tr("Cannot write %1.").arg(path);
        }
        return ok;
    }

    struct Options {
        QString dataDir;
        QString store; // auto, keychain, file
        QString passwordFile;
        QString wordsFile;
        QString keystoreFile;
        QString outFile;
        bool words = false;
    };

    // The store the data folder's wallet is in (or is to go in), with a note for the user.
    std::unique_ptr<WalletSecretStore> openStore(const Options& o, QString* note, QString* error)
    {
        if (o.store == QLatin1String("file"))
            return std::make_unique<core::FileWalletStore>(o.dataDir);
        auto keychain = std::make_unique<core::KeychainWalletStore>(o.dataDir);
        if (o.store == QLatin1String("keychain")) {
            WalletSecretStore::Error e;
            if (!keychain->hasSecret(&e)) {
                *error = e.message + QLatin1Char(' ')
                    + WalletKeys::tr("Use --store file to keep the wallet in a password-protected file.");
                return nullptr;
            }
            return keychain;
        }
        core::WalletStoreChoice choice = core::WalletStoreChooser::choose(o.dataDir, std::move(keychain));
        *note = choice.note;
        return std::move(choice.store);
    }

    // Saves the key where the wallet goes and makes its address the payout address, through the
    // same validation as `config set payout_address`.
    int saveWallet(
        const Options& o, WalletSecretStore& store, const core::SecretBytes& key, const QString& password)
    {
        QString error;
        const QString address = core::HdKey::addressOf(key.view(), &error);
        if (address.isEmpty()) {
            err() << error << Qt::endl;
            return 1;
        }
        WalletSecretStore::Error e;
        if (!store.save(key.view(), password, &e)) {
            err() << e.message << Qt::endl << WalletKeys::tr("Nothing was saved.") << Qt::endl;
            return 1;
        }
        core::Settings settings(QDir(o.dataDir).filePath(QStringLiteral("settings.ini")));
        const QString before = settings.get<core::setting::PayoutAddress>();
        if (!settings.set(QStringLiteral("payout_address"), address, &error)) {
            err() << error << Qt::endl;
            return 1;
        }
        // Not a secret: only where the key is, so the tray app can offer to export it.
        settings.put<core::setting::WalletStore>(store.backend() == WalletSecretStore::Backend::Keychain
                ? QStringLiteral("keychain")
                : QStringLiteral("file"),
            &error);
        out() << WalletKeys::tr("Your wallet is saved in %1.").arg(store.describe()) << Qt::endl;
        out() << WalletKeys::tr("Payouts now go to %1.").arg(address) << Qt::endl;
        if (!before.isEmpty() && before.compare(address, Qt::CaseInsensitive) != 0)
            out() << WalletKeys::tr("Until now they went to %1; what was paid there stays there.").arg(before)
                  << Qt::endl;
        return 0;
    }

    int refuseExisting(WalletSecretStore& store)
    {
        WalletSecretStore::Error e;
        if (store.hasSecret(&e).value_or(false)) {
            err() << WalletKeys::tr(
                "There is a wallet made by SpareCycles for this data folder already, in %1. "
                "It is not replaced: it holds the key of your payouts. To keep a copy, run "
                "'sparecycles-cli wallet export --out FILE'.")
                         .arg(store.describe())
                  << Qt::endl;
            return 1;
        }
        return 0;
    }

    // Shows the words once and has three of them typed back.
    bool showAndConfirm(const QStringList& words)
    {
        out() << Qt::endl
              << WalletKeys::tr(
                     "Your new wallet's recovery words are below. Write them down on paper, in this order, "
                     "and keep "
                     "the paper somewhere safe.\nAnyone who sees these words can take everything in the "
                     "wallet. If "
                     "you lose them and this computer breaks, the wallet is lost for good: nobody, not even "
                     "SpareCycles, can get it back.\nThey are shown only this once.")
              << Qt::endl
              << Qt::endl;
        for (int i = 0; i < words.size(); ++i)
            out() << QStringLiteral("  %1. %2").arg(i + 1, 2).arg(words.at(i)) << Qt::endl;
        out() << Qt::endl << Qt::flush;
        QList<int> positions;
        while (positions.size() < kConfirmWords) {
            const int p
                = static_cast<int>(QRandomGenerator::system()->bounded(static_cast<quint32>(words.size())));
            if (!positions.contains(p))
                positions.append(p);
        }
        std::sort(positions.begin(), positions.end());
        err() << WalletKeys::tr("To check that you wrote them down, type three of the words.") << Qt::endl;
        for (const int p : positions) {
            bool right = false;
            for (int attempt = 0; attempt < 3 && !right; ++attempt) {
                const auto typed = readLine(WalletKeys::tr("Word %1: ").arg(p + 1));
                if (!typed)
                    return false;
                right = typed->trimmed().toLower() == words.at(p);
                if (!right)
                    err() << WalletKeys::tr("That is not word %1. Look at what you wrote down.").arg(p + 1)
                          << Qt::endl;
            }
            if (!right)
                return false;
        }
        return true;
    }

    int newWallet(const Options& o, WalletSecretStore& store)
    {
        if (const int rc = refuseExisting(store))
            return rc;
        QString error;
        const std::optional<QStringList> words = core::Mnemonic::generate(&error);
        if (!words) {
            err() << error << Qt::endl;
            return 1;
        }
        if (!o.wordsFile.isEmpty()) {
            QByteArray text = words->join(QLatin1Char(' ')).toLatin1() + '\n';
            const bool written = writePrivateFile(o.wordsFile, text, &error);
            OPENSSL_cleanse(text.data(), static_cast<std::size_t>(text.size()));
            if (!written) {
                err() << error << Qt::endl;
                return 1;
            }
            out() << WalletKeys::tr(
                "The recovery words were written to %1. Keep that file as safe as the wallet "
                "itself, or write the words on paper and delete it.")
                         .arg(o.wordsFile)
                  << Qt::endl;
        } else if (!showAndConfirm(*words)) {
            err() << WalletKeys::tr(
                "The words were not confirmed. Nothing was saved; run 'wallet new' again for new words.")
                  << Qt::endl;
            return 1;
        }
        QString password;
        if (store.needsPassword()) {
            const auto p = newPassword(o.passwordFile, WalletKeys::tr("the wallet file"), &error);
            if (!p) {
                err() << error << Qt::endl;
                return 1;
            }
            password = *p;
        }
        const auto seed = core::Mnemonic::toSeed(words->join(QLatin1Char(' ')), QString(), &error);
        const auto account = seed ? core::HdKey::ethereumAccount(seed->view(), &error) : std::nullopt;
        if (!account) {
            err() << error << Qt::endl;
            return 1;
        }
        return saveWallet(o, store, account->privateKey, password);
    }

    int importWallet(const Options& o, WalletSecretStore& store)
    {
        if (o.words == !o.keystoreFile.isEmpty())
            return usageError(
                WalletKeys::tr("wallet import needs exactly one of --words or --keystore FILE"));
        if (const int rc = refuseExisting(store))
            return rc;
        QString error;
        std::optional<core::SecretBytes> key;
        QString password;
        if (o.words) {
            const auto phrase = readLine(
                WalletKeys::tr("Type your recovery words, separated by spaces, then press Enter: "));
            const core::Mnemonic::Check check = core::Mnemonic::check(phrase.value_or(QString()));
            if (!check.ok()) {
                err() << check.message << Qt::endl;
                return 1;
            }
            const auto seed = core::Mnemonic::toSeed(*phrase, QString(), &error);
            auto account = seed ? core::HdKey::ethereumAccount(seed->view(), &error) : std::nullopt;
            if (!account) {
                err() << error << Qt::endl;
                return 1;
            }
            key = std::move(account->privateKey);
        } else {
            QFile f(o.keystoreFile);
            if (!f.open(QIODevice::ReadOnly)) {
                err() << WalletKeys::tr("Cannot read %1: %2.").arg(o.keystoreFile, f.errorString())
                      << Qt::endl;
                return 1;
            }
            const QByteArray json = f.read(core::Keystore::kMaxFileBytes + 1);
            const auto p = existingPassword(
                o.passwordFile, WalletKeys::tr("Password of %1: ").arg(o.keystoreFile), &error);
            if (!p) {
                err() << error << Qt::endl;
                return 1;
            }
            core::Keystore::Error kerr;
            key = core::Keystore::decrypt(json, *p, &kerr);
            if (!key) {
                err() << kerr.message << Qt::endl;
                return 1;
            }
            password = *p;
        }
        if (store.needsPassword()) {
            if (password.isEmpty()) {
                const auto p = newPassword(o.passwordFile, WalletKeys::tr("the wallet file"), &error);
                if (!p) {
                    err() << error << Qt::endl;
                    return 1;
                }
                password = *p;
            } else {
                out() << WalletKeys::tr("The wallet file keeps the password of the file you imported.")
                      << Qt::endl;
            }
        }
        return saveWallet(o, store, *key, password);
    }

    int exportWallet(const Options& o, WalletSecretStore& store)
    {
        if (o.outFile.isEmpty())
            return usageError(WalletKeys::tr("wallet export needs --out FILE"));
        WalletSecretStore::Error e;
        const std::optional<bool> has = store.hasSecret(&e);
        if (!has.value_or(false)) {
            err() << (has ? WalletKeys::tr(
                          "This data folder has no wallet made by SpareCycles. Make one with 'wallet new' or "
                          "bring yours with 'wallet import'.")
                          : e.message)
                  << Qt::endl;
            return 1;
        }
        QString error;
        QString password;
        if (store.needsPassword()) {
            const auto p = existingPassword(o.passwordFile, WalletKeys::tr("Wallet password: "), &error);
            if (!p) {
                err() << error << Qt::endl;
                return 1;
            }
            password = *p;
        }
        const std::optional<core::SecretBytes> key = store.load(password, &e);
        if (!key) {
            err() << e.message << Qt::endl;
            return 1;
        }
        if (!store.needsPassword()) {
            const auto p = newPassword(o.passwordFile, WalletKeys::tr("the exported file"), &error);
            if (!p) {
                err() << error << Qt::endl;
                return 1;
            }
            password = *p;
        }
        core::Keystore::Error kerr;
        const auto json = core::Keystore::encrypt(key->view(), password, {}, &kerr);
        if (!json) {
            err() << kerr.message << Qt::endl;
            return 1;
        }
        if (!writePrivateFile(o.outFile, *json + '\n', &error)) {
            err() << error << Qt::endl;
            return 1;
        }
        out() << WalletKeys::tr(
            "Wrote %1: the key of %2, encrypted with %3 (a Web3 keystore file; MetaMask and most "
            "other wallets can import it).")
                     .arg(o.outFile, core::HdKey::addressOf(key->view(), &error),
                         store.needsPassword() ? WalletKeys::tr("your wallet password")
                                               : WalletKeys::tr("the password you just chose"))
              << Qt::endl;
        return 0;
    }
} // namespace

bool isWalletKeyCommand(const QString& action)
{
    return action == QLatin1String("new") || action == QLatin1String("import")
        || action == QLatin1String("export");
}

int walletKeyCommand(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(WalletKeys::tr(
        "Makes a wallet for your payouts (new), brings in one you have (import), or saves a copy of its key "
        "(export)."));
    p.addHelpOption();
    p.addVersionOption();
    p.addPositionalArgument(QStringLiteral("wallet"), WalletKeys::tr("The command."));
    p.addPositionalArgument(QStringLiteral("action"), WalletKeys::tr("new, import or export"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
        WalletKeys::tr("Data folder (default %1).").arg(defaultDataDir()), QStringLiteral("DIR"),
        defaultDataDir());
    const QCommandLineOption store(QStringLiteral("store"),
        WalletKeys::tr(
            "Where the wallet's key is kept: auto (the system keychain if there is one, otherwise a "
            "password-protected file in the data folder), keychain, or file. Default: auto."),
        QStringLiteral("WHERE"), QStringLiteral("auto"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"),
        WalletKeys::tr(
            "For scripts and tests: read the password from the first line of FILE instead of asking."),
        QStringLiteral("FILE"));
    const QCommandLineOption wordsFile(QStringLiteral("words-file"),
        WalletKeys::tr("new, for scripts and tests: write the recovery words to FILE (a new file only you "
                       "can read) instead of "
                       "showing them, and do not ask to type them back."),
        QStringLiteral("FILE"));
    const QCommandLineOption words(
        QStringLiteral("words"), WalletKeys::tr("import: read your recovery words from the input."));
    const QCommandLineOption keystore(QStringLiteral("keystore"),
        WalletKeys::tr("import: a keystore (JSON) file of your wallet."), QStringLiteral("FILE"));
    const QCommandLineOption outFile(QStringLiteral("out"),
        WalletKeys::tr("export: the keystore file to write (a new file)."), QStringLiteral("FILE"));
    p.addOptions({ dataDir, store, passwordFile, wordsFile, words, keystore, outFile });
    if (const auto stop = parseCommand(p, args))
        return *stop;
    const QStringList pos = p.positionalArguments().mid(1);
    if (pos.size() != 1 || !isWalletKeyCommand(pos.first()))
        return usageError(WalletKeys::tr("wallet needs one of: balance, new, import, export"));
    Options o;
    o.dataDir = p.value(dataDir);
    o.store = p.value(store);
    o.passwordFile = p.value(passwordFile);
    o.wordsFile = p.value(wordsFile);
    o.keystoreFile = p.value(keystore);
    o.outFile = p.value(outFile);
    o.words = p.isSet(words);
    if (o.store != QLatin1String("auto") && o.store != QLatin1String("keychain")
        && o.store != QLatin1String("file"))
        return usageError(WalletKeys::tr("--store must be auto, keychain or file"));
    if (!QDir().mkpath(o.dataDir)) {
        err() << WalletKeys::tr("Cannot create the data folder %1.").arg(o.dataDir) << Qt::endl;
        return 1;
    }
    QString note;
    QString error;
    const std::unique_ptr<WalletSecretStore> s = openStore(o, &note, &error);
    if (!s) {
        err() << error << Qt::endl;
        return 1;
    }
    if (!note.isEmpty())
        out() << note << Qt::endl;
    if (pos.first() == QLatin1String("new"))
        return newWallet(o, *s);
    if (pos.first() == QLatin1String("import"))
        return importWallet(o, *s);
    return exportWallet(o, *s);
}

} // namespace sc::app::cli
