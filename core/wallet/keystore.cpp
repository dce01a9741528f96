// SPDX-License-Identifier: GPL-3.0-or-later
#include "wallet/keystore.h"

#include "evm/keccak.h"
#include "wallet/evmaddress.h"
#include "wallet/hdkey.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <crypto++/scrypt.h>
#include <exception>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace sc::core {

namespace {
    using Kind = Keystore::Error::Kind;
    constexpr int kKeyBytes = 32;
    constexpr int kDerivedBytes = 32;
    constexpr int kIvBytes = 16;
    constexpr int kSaltBytes = 32;
    constexpr qsizetype kMaxSaltBytes = 1024;

    template <typename T> std::optional<T> fail(Keystore::Error* error, Kind kind, const QString& message)
    {
        *error = { kind, message };
        return std::nullopt;
    }

    // Strict hex: an even number of 0-9a-fA-F and nothing else (QByteArray::fromHex skips junk).
    std::optional<QByteArray> hexField(const QJsonObject& o, QLatin1String name)
    {
        const QJsonValue v = o.value(name);
        if (!v.isString())
            return std::nullopt;
        const QString s = v.toString();
        if (s.size() % 2)
            return std::nullopt;
        for (const QChar c : s) {
            if (!c.isDigit() && !(c >= QLatin1Char('a') && c <= QLatin1Char('f'))
                && !(c >= QLatin1Char('A') && c <= QLatin1Char('F')))
                return std::nullopt;
        }
        return QByteArray::fromHex(s.toLatin1());
    }

    // A JSON number that is a whole number from 1 to 2^53.
    std::optional<quint64> countField(const QJsonObject& o, QLatin1String name)
    {
        const QJsonValue v = o.value(name);
        if (!v.isDouble())
            return std::nullopt;
        const double d = v.toDouble();
        if (!(d >= 1 && d <= 9007199254740992.0) || d != static_cast<double>(static_cast<quint64>(d)))
            return std::nullopt;
        return static_cast<quint64>(d);
    }

    bool scrypt(
        const QByteArray& password, QByteArrayView salt, quint64 n, quint64 r, quint64 p, SecretBytes* out)
    {
        *out = SecretBytes(kDerivedBytes);
        // OpenSSL keeps to RFC 7914's n < 2^(16 r), which the spec's own example breaks (r = 1,
        // n = 2^18) and geth does not enforce; such files go through Crypto++'s scrypt (linked
        // for Keccak already), which computes the same function without that bound.
        if (16 * r >= 64 || n < (quint64(1) << (16 * r))) {
            // OpenSSL needs 128 * r * (n + p + 2) bytes and refuses more than maxmem.
            const quint64 memory = 128 * r * (n + p + 2) + 4096;
            return EVP_PBE_scrypt(password.constData(), static_cast<std::size_t>(password.size()),
                       reinterpret_cast<const unsigned char*>(salt.data()),
                       static_cast<std::size_t>(salt.size()), n, r, p, memory, out->data(), out->size())
                == 1;
        }
        try {
            CryptoPP::Scrypt kdf;
            kdf.DeriveKey(out->data(), out->size(),
                reinterpret_cast<const CryptoPP::byte*>(password.constData()),
                static_cast<std::size_t>(password.size()),
                reinterpret_cast<const CryptoPP::byte*>(salt.data()), static_cast<std::size_t>(salt.size()),
                n, static_cast<unsigned int>(r), static_cast<unsigned int>(p));
            return true;
        } catch (const std::exception&) {
            return false; // Crypto++ throws on bad parameters and when out of memory
        }
    }

    bool aes128Ctr(
        const unsigned char* key, QByteArrayView iv, const unsigned char* in, int size, unsigned char* out)
    {
        EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
        int written = 0;
        int tail = 0;
        const bool ok = ctx
            && EVP_EncryptInit_ex(
                   ctx, EVP_aes_128_ctr(), nullptr, key, reinterpret_cast<const unsigned char*>(iv.data()))
                == 1
            && EVP_EncryptUpdate(ctx, out, &written, in, size) == 1
            && EVP_EncryptFinal_ex(ctx, out + written, &tail) == 1 && written + tail == size;
        EVP_CIPHER_CTX_free(ctx);
        return ok;
    }

    QByteArray mac(const SecretBytes& derived, QByteArrayView ciphertext)
    {
        SecretBytes input(derived.view().sliced(16, 16));
        QByteArray joined = input.view().toByteArray() + ciphertext.toByteArray();
        const QByteArray digest = evm::Keccak256::hash(joined);
        OPENSSL_cleanse(joined.data(), static_cast<std::size_t>(joined.size()));
        return digest;
    }

    // The password as the spec hashes it: its UTF-8 bytes.
    struct PasswordBytes {
        QByteArray bytes;
        explicit PasswordBytes(const QString& password)
            : bytes(password.toUtf8())
        {
        }
        ~PasswordBytes() { OPENSSL_cleanse(bytes.data(), static_cast<std::size_t>(bytes.size())); }
        PasswordBytes(const PasswordBytes&) = delete;
        PasswordBytes& operator=(const PasswordBytes&) = delete;
    };
} // namespace

std::optional<QByteArray> Keystore::encrypt(
    QByteArrayView privateKey, const QString& password, const ScryptParams& params, Error* error)
{
    QString why;
    const QString address = HdKey::addressOf(privateKey, &why);
    if (address.isEmpty())
        return fail<QByteArray>(error, Kind::Malformed, why);
    if (params.n < 2 || (params.n & (params.n - 1)) || params.n > kMaxScryptN || params.r < 1 || params.p < 1
        || 128 * params.n * params.r > kMaxScryptMemoryBytes
        || params.n * params.r * params.p > kMaxScryptWork)
        return fail<QByteArray>(error, Kind::TooCostly, tr("These scrypt settings are out of range."));
    QByteArray salt(kSaltBytes, '\0');
    QByteArray iv(kIvBytes, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(salt.data()), kSaltBytes) != 1
        || RAND_bytes(reinterpret_cast<unsigned char*>(iv.data()), kIvBytes) != 1)
        return fail<QByteArray>(error, Kind::System, tr("The system's random number generator failed."));
    const PasswordBytes pass(password);
    SecretBytes derived;
    QByteArray ciphertext(kKeyBytes, '\0');
    if (!scrypt(pass.bytes, salt, params.n, params.r, params.p, &derived)
        || !aes128Ctr(derived.data(), iv, reinterpret_cast<const unsigned char*>(privateKey.data()),
            kKeyBytes, reinterpret_cast<unsigned char*>(ciphertext.data())))
        return fail<QByteArray>(error, Kind::System, tr("The key could not be encrypted (OpenSSL failed)."));
    const QJsonObject kdfparams { { QStringLiteral("dklen"), kDerivedBytes },
        { QStringLiteral("n"), static_cast<qint64>(params.n) },
        { QStringLiteral("r"), static_cast<qint64>(params.r) },
        { QStringLiteral("p"), static_cast<qint64>(params.p) },
        { QStringLiteral("salt"), QString::fromLatin1(salt.toHex()) } };
    const QJsonObject crypto { { QStringLiteral("cipher"), QStringLiteral("aes-128-ctr") },
        { QStringLiteral("cipherparams"),
            QJsonObject { { QStringLiteral("iv"), QString::fromLatin1(iv.toHex()) } } },
        { QStringLiteral("ciphertext"), QString::fromLatin1(ciphertext.toHex()) },
        { QStringLiteral("kdf"), QStringLiteral("scrypt") }, { QStringLiteral("kdfparams"), kdfparams },
        { QStringLiteral("mac"), QString::fromLatin1(mac(derived, ciphertext).toHex()) } };
    const QJsonObject file { { QStringLiteral("address"), address.mid(2).toLower() },
        { QStringLiteral("crypto"), crypto },
        { QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
        { QStringLiteral("version"), 3 } };
    return QJsonDocument(file).toJson(QJsonDocument::Compact);
}

std::optional<SecretBytes> Keystore::decrypt(QByteArrayView json, const QString& password, Error* error)
{
    using R = SecretBytes;
    if (json.size() > kMaxFileBytes)
        return fail<R>(error, Kind::Malformed, tr("This is not a keystore file (it is far too large)."));
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &parse);
    if (!doc.isObject())
        return fail<R>(error, Kind::Malformed, tr("This is not a keystore file (it is not JSON)."));
    const QJsonObject file = doc.object();
    if (file.value(QLatin1String("version")).toInt(-1) != 3)
        return fail<R>(error, Kind::Unsupported, tr("Only version 3 keystore files can be read."));
    // geth wrote "Crypto" for a while; the spec says "crypto".
    const QJsonObject crypto = file.contains(QLatin1String("crypto"))
        ? file.value(QLatin1String("crypto")).toObject()
        : file.value(QLatin1String("Crypto")).toObject();
    if (crypto.isEmpty())
        return fail<R>(error, Kind::Malformed, tr("The keystore file has no \"crypto\" section."));
    if (crypto.value(QLatin1String("cipher")).toString() != QLatin1String("aes-128-ctr"))
        return fail<R>(error, Kind::Unsupported,
            tr("The keystore file uses the cipher \"%1\"; only aes-128-ctr is supported.")
                .arg(crypto.value(QLatin1String("cipher")).toString()));
    const auto iv = hexField(crypto.value(QLatin1String("cipherparams")).toObject(), QLatin1String("iv"));
    const auto ciphertext = hexField(crypto, QLatin1String("ciphertext"));
    const auto fileMac = hexField(crypto, QLatin1String("mac"));
    if (!iv || iv->size() != kIvBytes || !ciphertext || !fileMac || fileMac->size() != 32)
        return fail<R>(error, Kind::Malformed,
            tr("The keystore file is damaged (its iv, ciphertext or mac is missing or not hex of the right "
               "length)."));
    if (ciphertext->size() != kKeyBytes)
        return fail<R>(
            error, Kind::Malformed, tr("The keystore file does not hold an Ethereum private key."));

    const QString kdf = crypto.value(QLatin1String("kdf")).toString();
    const QJsonObject params = crypto.value(QLatin1String("kdfparams")).toObject();
    const auto salt = hexField(params, QLatin1String("salt"));
    const auto dklen = countField(params, QLatin1String("dklen"));
    if (kdf != QLatin1String("scrypt") && kdf != QLatin1String("pbkdf2"))
        return fail<R>(error, Kind::Unsupported,
            tr("The keystore file uses the key derivation \"%1\"; only scrypt and pbkdf2 are supported.")
                .arg(kdf));
    if (!salt || salt->isEmpty() || salt->size() > kMaxSaltBytes || dklen != quint64(kDerivedBytes))
        return fail<R>(error, Kind::Malformed,
            tr("The keystore file is damaged (its salt or dklen is missing or wrong)."));
    const PasswordBytes pass(password);
    SecretBytes derived;
    if (kdf == QLatin1String("scrypt")) {
        const auto n = countField(params, QLatin1String("n"));
        const auto r = countField(params, QLatin1String("r"));
        const auto p = countField(params, QLatin1String("p"));
        if (!n || !r || !p || *n < 2 || (*n & (*n - 1)))
            return fail<R>(error, Kind::Malformed,
                tr("The keystore file is damaged (scrypt needs n, a power of two, and r and p)."));
        // Checked one at a time so that no product below can overflow.
        if (*n > kMaxScryptN || *r > 1024 || *p > 1024 || 128 * *n * *r > kMaxScryptMemoryBytes
            || *n * *r * *p > kMaxScryptWork)
            return fail<R>(error, Kind::TooCostly,
                tr("The keystore file asks for more work than allowed to unlock it (scrypt n=%1 r=%2 p=%3; "
                   "at most n=%4 and 1 GiB of memory).")
                    .arg(*n)
                    .arg(*r)
                    .arg(*p)
                    .arg(kMaxScryptN));
        if (!scrypt(pass.bytes, *salt, *n, *r, *p, &derived))
            return fail<R>(error, Kind::System, tr("The key could not be derived (OpenSSL failed)."));
    } else {
        if (params.value(QLatin1String("prf")).toString() != QLatin1String("hmac-sha256"))
            return fail<R>(error, Kind::Unsupported,
                tr("The keystore file uses pbkdf2 with \"%1\"; only hmac-sha256 is supported.")
                    .arg(params.value(QLatin1String("prf")).toString()));
        const auto c = countField(params, QLatin1String("c"));
        if (!c)
            return fail<R>(error, Kind::Malformed, tr("The keystore file is damaged (pbkdf2 needs c)."));
        if (*c > kMaxPbkdf2Rounds)
            return fail<R>(error, Kind::TooCostly,
                tr("The keystore file asks for more work than allowed to unlock it (pbkdf2 c=%1; at most "
                   "%2).")
                    .arg(*c)
                    .arg(kMaxPbkdf2Rounds));
        derived = SecretBytes(kDerivedBytes);
        if (PKCS5_PBKDF2_HMAC(pass.bytes.constData(), static_cast<int>(pass.bytes.size()),
                reinterpret_cast<const unsigned char*>(salt->constData()), static_cast<int>(salt->size()),
                static_cast<int>(*c), EVP_sha256(), kDerivedBytes, derived.data())
            != 1)
            return fail<R>(error, Kind::System, tr("The key could not be derived (OpenSSL failed)."));
    }
    const QByteArray expected = mac(derived, *ciphertext);
    if (CRYPTO_memcmp(expected.constData(), fileMac->constData(), 32) != 0)
        return fail<R>(error, Kind::WrongPassword, tr("Wrong password."));
    SecretBytes key(kKeyBytes);
    if (!aes128Ctr(derived.data(), *iv, reinterpret_cast<const unsigned char*>(ciphertext->constData()),
            kKeyBytes, key.data()))
        return fail<R>(error, Kind::System, tr("The key could not be decrypted (OpenSSL failed)."));
    QString why;
    const QString address = HdKey::addressOf(key.view(), &why);
    if (address.isEmpty())
        return fail<R>(
            error, Kind::Malformed, tr("The keystore file does not hold a valid Ethereum private key."));
    const QString named = addressOf(json);
    if (!named.isEmpty() && named.compare(address, Qt::CaseInsensitive) != 0)
        return fail<R>(error, Kind::Mismatch,
            tr("The keystore file names the address %1 but holds the key of %2: it has been altered.")
                .arg(named, address));
    *error = {};
    return key;
}

QString Keystore::addressOf(QByteArrayView json)
{
    if (json.size() > kMaxFileBytes)
        return {};
    QString a
        = QJsonDocument::fromJson(json.toByteArray()).object().value(QLatin1String("address")).toString();
    if (a.size() == 40)
        a.prepend(QLatin1String("0x"));
    return EvmAddress::checksummed(a);
}

} // namespace sc::core
