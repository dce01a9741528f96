// SPDX-License-Identifier: GPL-3.0-or-later
#include "wallet/walletstore.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTimer>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <openssl/crypto.h>
#include <qt6keychain/keychain.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sc::core {

namespace {
    using Kind = WalletSecretStore::Error::Kind;
    constexpr char kService[] = "SpareCycles";
    constexpr qsizetype kKeyBytes = 32;

    bool fail(WalletSecretStore::Error* error, Kind kind, const QString& message)
    {
        *error = { kind, message };
        return false;
    }

    QString systemError() { return QString::fromLocal8Bit(std::strerror(errno)); }

    // What a finished QtKeychain job said.
    struct JobOutcome {
        bool answered = false;
        QKeychain::Error error = QKeychain::NoError;
        QString errorString;
        QByteArray data; // a read job's secret; wiped by the caller
        ~JobOutcome() { OPENSSL_cleanse(data.data(), static_cast<std::size_t>(data.size())); }
    };

    // Runs a job in a local event loop for at most timeoutMs. A job that does not answer in time
    // is left to finish on its own (it deletes itself); its answer is then dropped.
    std::unique_ptr<JobOutcome> runJob(QKeychain::Job* job, int timeoutMs)
    {
        auto outcome = std::make_unique<JobOutcome>();
        job->setAutoDelete(true);
        job->setInsecureFallback(false); // never a plain-text copy in QSettings
        QEventLoop loop;
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        JobOutcome* out = outcome.get();
        QObject::connect(job, &QKeychain::Job::finished, &loop, [out, &loop](QKeychain::Job* j) {
            out->answered = true;
            out->error = j->error();
            out->errorString = j->errorString();
            if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(j);
                read && j->error() == QKeychain::NoError)
                out->data = read->binaryData();
            loop.quit();
        });
        job->start();
        timer.start(timeoutMs);
        if (!out->answered)
            loop.exec();
        return outcome;
    }

    QString noKeychain(const JobOutcome& o, int timeoutMs)
    {
        if (!o.answered)
            return KeychainWalletStore::tr(
                "The system keychain did not answer within %n seconds.", nullptr, timeoutMs / 1000);
        // QtKeychain says "Unknown error" when no Secret Service or KWallet is on the bus.
        const QString detail = o.errorString.trimmed();
        if (detail.isEmpty() || detail == QLatin1String("Unknown error"))
            return KeychainWalletStore::tr(
                "No system keychain (such as GNOME Keyring or KWallet) is running.");
        return KeychainWalletStore::tr(
            "No system keychain (such as GNOME Keyring or KWallet) is running (%1).")
            .arg(detail);
    }

    bool writeAll(int fd, const QByteArray& bytes)
    {
        qsizetype done = 0;
        while (done < bytes.size()) {
            const ssize_t n
                = ::write(fd, bytes.constData() + done, static_cast<std::size_t>(bytes.size() - done));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return false;
            done += n;
        }
        return true;
    }
} // namespace

// ---- the OS keychain

KeychainWalletStore::KeychainWalletStore(const QString& dataDir, int timeoutMs)
    : m_key(QStringLiteral("wallet-key ") + QFileInfo(dataDir).absoluteFilePath())
    , m_timeoutMs(timeoutMs)
{
}

QString KeychainWalletStore::describe() const { return tr("the system keychain"); }

std::optional<bool> KeychainWalletStore::hasSecret(Error* error)
{
    auto* job = new QKeychain::ReadPasswordJob(QLatin1String(kService));
    job->setKey(m_key);
    const auto o = runJob(job, m_timeoutMs);
    if (o->answered && o->error == QKeychain::NoError)
        return true;
    if (o->answered && o->error == QKeychain::EntryNotFound)
        return false;
    fail(error, Kind::NoKeychain, noKeychain(*o, m_timeoutMs));
    return std::nullopt;
}

bool KeychainWalletStore::save(QByteArrayView privateKey, const QString&, Error* error)
{
    const std::optional<bool> has = hasSecret(error);
    if (!has)
        return false;
    if (*has)
        return fail(
            error, Kind::Exists, tr("The system keychain holds a wallet for this data folder already."));
    auto* job = new QKeychain::WritePasswordJob(QLatin1String(kService));
    job->setKey(m_key);
    QByteArray copy = privateKey.toByteArray();
    job->setBinaryData(copy);
    OPENSSL_cleanse(copy.data(), static_cast<std::size_t>(copy.size()));
    const auto o = runJob(job, m_timeoutMs);
    if (!o->answered || o->error != QKeychain::NoError)
        return fail(error, Kind::NoKeychain, noKeychain(*o, m_timeoutMs));
    *error = {};
    return true;
}

std::optional<SecretBytes> KeychainWalletStore::load(const QString&, Error* error)
{
    auto* job = new QKeychain::ReadPasswordJob(QLatin1String(kService));
    job->setKey(m_key);
    const auto o = runJob(job, m_timeoutMs);
    if (o->answered && o->error == QKeychain::EntryNotFound) {
        fail(error, Kind::NotFound, tr("The system keychain holds no wallet for this data folder."));
        return std::nullopt;
    }
    if (!o->answered || o->error != QKeychain::NoError) {
        fail(error, Kind::NoKeychain, noKeychain(*o, m_timeoutMs));
        return std::nullopt;
    }
    if (o->data.size() != kKeyBytes) {
        fail(error, Kind::Damaged, tr("The wallet key in the system keychain is damaged."));
        return std::nullopt;
    }
    *error = {};
    return SecretBytes(o->data);
}

// ---- one secret of the app's own

KeychainSecret::KeychainSecret(QString entry, int timeoutMs)
    : m_entry(std::move(entry))
    , m_timeoutMs(timeoutMs)
{
}

bool KeychainSecret::save(QByteArrayView secret, QString* error)
{
    auto* job = new QKeychain::WritePasswordJob(QLatin1String(kService));
    job->setKey(m_entry);
    QByteArray copy = secret.toByteArray();
    job->setBinaryData(copy);
    OPENSSL_cleanse(copy.data(), static_cast<std::size_t>(copy.size()));
    const auto o = runJob(job, m_timeoutMs);
    if (!o->answered || o->error != QKeychain::NoError) {
        *error = noKeychain(*o, m_timeoutMs);
        return false;
    }
    return true;
}

std::optional<SecretBytes> KeychainSecret::load(QString* error)
{
    auto* job = new QKeychain::ReadPasswordJob(QLatin1String(kService));
    job->setKey(m_entry);
    const auto o = runJob(job, m_timeoutMs);
    if (o->answered && o->error == QKeychain::EntryNotFound) {
        *error = KeychainWalletStore::tr("The system keychain holds no such entry.");
        return std::nullopt;
    }
    if (!o->answered || o->error != QKeychain::NoError) {
        *error = noKeychain(*o, m_timeoutMs);
        return std::nullopt;
    }
    return SecretBytes(o->data);
}

// ---- wallet.json

FileWalletStore::FileWalletStore(const QString& folder, Keystore::ScryptParams params)
    : m_path(QDir(folder).filePath(QLatin1String(kFileName)))
    , m_params(params)
{
}

QString FileWalletStore::describe() const
{
    return tr("the password-protected file %1").arg(QDir::toNativeSeparators(m_path));
}

std::optional<bool> FileWalletStore::hasSecret(Error*)
{
    struct stat st;
    return ::lstat(QFile::encodeName(m_path).constData(), &st) == 0;
}

bool FileWalletStore::save(QByteArrayView privateKey, const QString& password, Error* error)
{
    if (password.isEmpty())
        return fail(error, Kind::WrongPassword, tr("The wallet file needs a password."));
    if (*hasSecret(error))
        return fail(error, Kind::Exists,
            tr("There is a wallet file already: %1. It is never replaced.")
                .arg(QDir::toNativeSeparators(m_path)));
    Keystore::Error kerr;
    const std::optional<QByteArray> json = Keystore::encrypt(privateKey, password, m_params, &kerr);
    if (!json)
        return fail(error, Kind::Damaged, kerr.message);
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(folder))
        return fail(
            error, Kind::Io, tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder)));
    const QByteArray target = QFile::encodeName(m_path);
    const QByteArray temp = target + ".new-" + QByteArray::number(QRandomGenerator::system()->generate(), 16);
    const int fd = ::open(temp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail(error, Kind::Io,
            tr("Cannot write the wallet file in %1: %2.")
                .arg(QDir::toNativeSeparators(folder), systemError()));
    const bool written = writeAll(fd, *json + '\n') && ::fsync(fd) == 0;
    const int writeErrno = errno;
    ::close(fd);
    // link() never replaces an existing file, unlike rename().
    const bool linked = written && ::link(temp.constData(), target.constData()) == 0;
    const int linkErrno = errno;
    ::unlink(temp.constData());
    if (!written) {
        errno = writeErrno;
        return fail(error, Kind::Io, tr("Cannot write the wallet file %1: %2.").arg(m_path, systemError()));
    }
    if (!linked) {
        errno = linkErrno;
        return fail(error, linkErrno == EEXIST ? Kind::Exists : Kind::Io,
            tr("Cannot write the wallet file %1: %2.").arg(m_path, systemError()));
    }
    if (const int dir = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    *error = {};
    return true;
}

std::optional<SecretBytes> FileWalletStore::load(const QString& password, Error* error)
{
    const int fd = ::open(QFile::encodeName(m_path).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        fail(error, errno == ENOENT ? Kind::NotFound : Kind::Io,
            errno == ENOENT ? tr("There is no wallet file %1.").arg(QDir::toNativeSeparators(m_path))
                            : tr("Cannot open the wallet file %1: %2.").arg(m_path, systemError()));
        return std::nullopt;
    }
    struct Closer {
        int fd;
        ~Closer() { ::close(fd); }
    } closer { fd };
    struct stat st;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        fail(error, Kind::Damaged, tr("%1 is not a regular file.").arg(QDir::toNativeSeparators(m_path)));
        return std::nullopt;
    }
    if (st.st_mode & (S_IRWXG | S_IRWXO)) {
        fail(error, Kind::Damaged,
            tr("The wallet file %1 may be read by other users of this computer; make it yours alone "
               "(chmod 600 %1) and try again.")
                .arg(QDir::toNativeSeparators(m_path)));
        return std::nullopt;
    }
    QByteArray json(Keystore::kMaxFileBytes + 1, Qt::Uninitialized);
    qsizetype got = 0;
    while (got < json.size()) {
        const ssize_t n = ::read(fd, json.data() + got, static_cast<std::size_t>(json.size() - got));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            fail(error, Kind::Io, tr("Cannot read the wallet file %1: %2.").arg(m_path, systemError()));
            return std::nullopt;
        }
        if (n == 0)
            break;
        got += n;
    }
    json.truncate(got);
    Keystore::Error kerr;
    std::optional<SecretBytes> key = Keystore::decrypt(json, password, &kerr);
    if (!key) {
        fail(error, kerr.kind == Keystore::Error::Kind::WrongPassword ? Kind::WrongPassword : Kind::Damaged,
            kerr.kind == Keystore::Error::Kind::WrongPassword
                ? tr("Wrong password for the wallet file.")
                : tr("The wallet file %1 cannot be read: %2")
                      .arg(QDir::toNativeSeparators(m_path), kerr.message));
        return std::nullopt;
    }
    *error = {};
    return key;
}

// ---- which one

WalletStoreChoice WalletStoreChooser::choose(
    const QString& dataDir, std::unique_ptr<WalletSecretStore> keychain, Keystore::ScryptParams fileParams)
{
    auto file = std::make_unique<FileWalletStore>(dataDir, fileParams);
    WalletSecretStore::Error error;
    if (*file->hasSecret(&error)) {
        QString note = tr("Your wallet is in %1.").arg(file->describe());
        return { std::move(file), note };
    }
    // Found or not found: either way the keychain answered.
    if (keychain && keychain->hasSecret(&error).has_value())
        return { std::move(keychain), QString() };
    const QString why = keychain ? error.message : tr("No system keychain is available.");
    WalletStoreChoice choice { std::move(file), QString() };
    choice.note = tr("%1 The wallet is kept in %2 instead.").arg(why, choice.store->describe());
    return choice;
}

} // namespace sc::core
