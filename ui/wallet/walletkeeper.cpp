// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wallet/walletkeeper.h"

#include "settings/settings.h"
#include "wallet/hdkey.h"
#include "wallet/mnemonic.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace sc::ui {

namespace {
    using StoreError = core::WalletSecretStore::Error;

    // What to do after a store refused to save, for the user.
    QString saveFailed(const StoreError& e)
    {
        switch (e.kind) {
        case StoreError::Kind::NoKeychain:
            return WalletKeeper::tr("%1 Nothing was saved. Close this window and open it again: if the "
                                    "keychain still does not answer, the wallet is kept in a "
                                    "password-protected file instead.")
                .arg(e.message);
        case StoreError::Kind::Io:
            return WalletKeeper::tr("%1 Nothing was saved. Check that the disk is not full and try again.")
                .arg(e.message);
        default:
            return WalletKeeper::tr("%1 Nothing was saved.").arg(e.message);
        }
    }
} // namespace

WalletKeeper::WalletKeeper(core::Settings* settings, core::Keystore::ScryptParams exportParams, Runner run)
    : m_settings(settings)
    , m_exportParams(exportParams)
    , m_run(std::move(run))
{
}

void WalletKeeper::run(const QString& label, bool onWorker, const std::function<void()>& work) const
{
    if (m_run)
        m_run(label, onWorker, work);
    else
        work();
}

QString WalletKeeper::checkNewPassword(const QString& first, const QString& again)
{
    if (first.size() < kMinPasswordLength)
        return tr("The password is shorter than %1 characters. Choose a longer one.").arg(kMinPasswordLength);
    if (again != first)
        return tr("The two passwords are not the same. Type the same password in both fields.");
    return QString();
}

bool WalletKeeper::takeWords(const QString& phrase, QString* error)
{
    const core::Mnemonic::Check check = core::Mnemonic::check(phrase);
    if (!check.ok()) {
        *error = check.message + QLatin1Char(' ') + tr("Nothing was saved.");
        return false;
    }
    const auto seed = core::Mnemonic::toSeed(phrase, QString(), error);
    auto account = seed ? core::HdKey::ethereumAccount(seed->view(), error) : std::nullopt;
    if (!account)
        return false;
    m_key = std::move(account->privateKey);
    return true;
}

bool WalletKeeper::takeKeystoreFile(const QString& path, const QString& password, QString* error)
{
    if (path.isEmpty()) {
        *error = tr("Choose the wallet file first.");
        return false;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2. Choose another file.")
                     .arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    const QByteArray json = f.read(core::Keystore::kMaxFileBytes + 1);
    core::Keystore::Error kerr;
    std::optional<core::SecretBytes> key;
    run(tr("Unlocking the wallet file… (a few seconds)"), true,
        [&] { key = core::Keystore::decrypt(json, password, &kerr); });
    if (!key) {
        *error = kerr.kind == core::Keystore::Error::Kind::WrongPassword
            ? tr("That is not the password of this file. Type it again; capital letters count.")
            : tr("This file cannot be used: %1 Choose the wallet file itself (it usually ends in .json).")
                  .arg(kerr.message);
        return false;
    }
    m_key = std::move(key);
    m_filePassword = password; // wallet.json keeps the password of the file brought in
    return true;
}

std::optional<WalletKeeper::Saved> WalletKeeper::saveKey(
    core::WalletSecretStore& store, const QStringList& words, const QString& password, QString* error)
{
    if (!m_key && !words.isEmpty()) { // a new wallet: its key comes from the words shown
        QString why;
        const auto seed = core::Mnemonic::toSeed(words.join(QLatin1Char(' ')), QString(), &why);
        auto account = seed ? core::HdKey::ethereumAccount(seed->view(), &why) : std::nullopt;
        if (account)
            m_key = std::move(account->privateKey);
    }
    QString why;
    const QString address = m_key ? core::HdKey::addressOf(m_key->view(), &why) : QString();
    if (address.isEmpty()) {
        *error = tr("The wallet's key could not be made (%1). Nothing was saved.").arg(why);
        return std::nullopt;
    }
    bool saved = false;
    StoreError e;
    const bool onWorker = store.backend() == core::WalletSecretStore::Backend::KeystoreFile;
    run(onWorker ? tr("Locking the wallet file with your password… (a few seconds)")
                 : tr("Saving the wallet in the system keychain…"),
        onWorker, [&] { saved = store.save(m_key->view(), password, &e); });
    if (!saved) {
        *error = saveFailed(e);
        return std::nullopt;
    }
    Saved result { address, m_settings->get<core::setting::PayoutAddress>() };
    if (!m_settings->set(QStringLiteral("payout_address"), address, &why)) {
        *error = tr("The wallet was saved, but the payout address could not be set: %1").arg(why);
        return std::nullopt;
    }
    m_settings->put<core::setting::WalletStore>(
        onWorker ? QStringLiteral("file") : QStringLiteral("keychain"), &why);
    m_key.reset();
    m_filePassword.clear();
    return result;
}

std::optional<QString> WalletKeeper::exportCopy(core::WalletSecretStore& store, const QString& path,
    const QString& password, const QString& again, QString* error)
{
    const bool file = store.needsPassword();
    QString problem;
    if (path.isEmpty())
        problem = tr("Choose where to save the copy first.");
    else if (QFileInfo::exists(path))
        problem = tr("%1 exists already. Choose another file name: an existing file is never replaced.")
                      .arg(QDir::toNativeSeparators(path));
    else if (file && password.isEmpty())
        problem = tr("Type your wallet's password.");
    else if (!file)
        problem = checkNewPassword(password, again);
    if (!problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    std::optional<core::SecretBytes> key;
    StoreError e;
    run(file ? tr("Unlocking your wallet file… (a few seconds)") : tr("Asking the system keychain…"), file,
        [&] { key = store.load(password, &e); });
    if (!key) {
        *error = e.kind == StoreError::Kind::WrongPassword
            ? tr("That is not your wallet's password. Type it again; capital letters count.")
            : tr("%1 Nothing was saved.").arg(e.message);
        return std::nullopt;
    }
    std::optional<QByteArray> json;
    core::Keystore::Error kerr;
    run(tr("Locking the copy with the password… (a few seconds)"), true,
        [&] { json = core::Keystore::encrypt(key->view(), password, m_exportParams, &kerr); });
    if (!json) {
        *error = tr("%1 Nothing was saved.").arg(kerr.message);
        return std::nullopt;
    }
    // Readable by the user alone from the start; never over an existing file.
    QFile out(path);
    const bool written = out.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                             QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        && out.write(*json + '\n') == json->size() + 1 && out.flush();
    if (!written) {
        const QString reason = out.errorString();
        if (out.isOpen()) {
            out.close();
            out.remove();
        }
        *error = tr("Cannot save %1: %2. Choose another folder, or check that the disk is not full.")
                     .arg(QDir::toNativeSeparators(path), reason);
        return std::nullopt;
    }
    out.close();
    QString why;
    return core::HdKey::addressOf(key->view(), &why);
}

} // namespace sc::ui
