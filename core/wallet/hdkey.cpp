// SPDX-License-Identifier: GPL-3.0-or-later
#include "wallet/hdkey.h"

#include "evm/secp256k1key.h"
#include "wallet/evmaddress.h"

#include <QStringList>
#include <array>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <secp256k1.h>

namespace sc::core {

namespace {
    constexpr std::size_t kKeySize = 32;
    constexpr int kMaxDepth = 255; // BIP-32 serialises the depth in one byte

    // A signing-capable secp256k1 context for one derivation, randomised (side channels).
    struct Context {
        secp256k1_context* ctx = secp256k1_context_create(SECP256K1_CONTEXT_NONE);
        Context()
        {
            std::array<unsigned char, 32> seed {};
            // Unrandomised still computes correctly; randomising only blinds the arithmetic.
            if (ctx && RAND_bytes(seed.data(), static_cast<int>(seed.size())) == 1
                && !secp256k1_context_randomize(ctx, seed.data()))
                seed.fill(0);
            OPENSSL_cleanse(seed.data(), seed.size());
        }
        ~Context()
        {
            if (ctx)
                secp256k1_context_destroy(ctx);
        }
        Context(const Context&) = delete;
        Context& operator=(const Context&) = delete;
    };

    // HMAC-SHA512 into a wiped 64-byte buffer; false when OpenSSL fails.
    bool hmacSha512(QByteArrayView key, const unsigned char* data, std::size_t size, SecretBytes* out)
    {
        *out = SecretBytes(64);
        unsigned int length = 0;
        return HMAC(EVP_sha512(), key.data(), static_cast<int>(key.size()), data, size, out->data(), &length)
            && length == 64;
    }

    QByteArray compressedPublicKey(const Context& c, const unsigned char* secret)
    {
        secp256k1_pubkey pub;
        if (!c.ctx || !secp256k1_ec_pubkey_create(c.ctx, &pub, secret))
            return {};
        std::array<unsigned char, 33> out {};
        std::size_t length = out.size();
        secp256k1_ec_pubkey_serialize(c.ctx, out.data(), &length, &pub, SECP256K1_EC_COMPRESSED);
        return QByteArray(reinterpret_cast<const char*>(out.data()), static_cast<qsizetype>(length));
    }
} // namespace

HdKey::HdKey(SecretBytes key, SecretBytes chainCode, int depth)
    : m_key(std::move(key))
    , m_chainCode(std::move(chainCode))
    , m_depth(depth)
{
}

std::optional<HdKey> HdKey::fromSeed(QByteArrayView seed, QString* error)
{
    if (seed.size() < 16 || seed.size() > 64) {
        *error = tr("A wallet seed is 16 to 64 bytes.");
        return std::nullopt;
    }
    SecretBytes i;
    if (!hmacSha512(QByteArrayView("Bitcoin seed"), reinterpret_cast<const unsigned char*>(seed.data()),
            static_cast<std::size_t>(seed.size()), &i)) {
        *error = tr("The key could not be derived (OpenSSL failed).");
        return std::nullopt;
    }
    // A left half of zero or not below the curve order happens with probability ~2^-127.
    if (!secp256k1_ec_seckey_verify(secp256k1_context_static, i.data())) {
        *error = tr("This seed gives no valid master key; use another one.");
        return std::nullopt;
    }
    return HdKey(SecretBytes(i.view().first(kKeySize)), SecretBytes(i.view().sliced(kKeySize)), 0);
}

QByteArray HdKey::publicKey() const
{
    const Context c;
    return compressedPublicKey(c, m_key.data());
}

std::optional<HdKey> HdKey::child(quint32 index, QString* error) const
{
    if (m_depth >= kMaxDepth) {
        *error = tr("A key path has at most %1 levels.").arg(kMaxDepth);
        return std::nullopt;
    }
    const Context c;
    // Hardened: 0x00 || k || index. Normal: compressed K || index.
    SecretBytes data(37);
    if (index >= kHardened) {
        data.data()[0] = 0;
        std::copy(m_key.data(), m_key.data() + kKeySize, data.data() + 1);
    } else {
        const QByteArray pub = compressedPublicKey(c, m_key.data());
        if (pub.size() != 33) {
            *error = tr("The key could not be derived (secp256k1 failed).");
            return std::nullopt;
        }
        std::copy(pub.begin(), pub.end(), data.data());
    }
    for (int b = 0; b < 4; ++b)
        data.data()[33 + b] = static_cast<unsigned char>(index >> (24 - 8 * b));
    SecretBytes i;
    if (!hmacSha512(m_chainCode.view(), data.data(), data.size(), &i)) {
        *error = tr("The key could not be derived (OpenSSL failed).");
        return std::nullopt;
    }
    // k_child = IL + k_parent (mod n); libsecp256k1 refuses IL >= n and a zero result, which
    // BIP-32 says to treat as an invalid index (probability ~2^-127).
    SecretBytes key(m_key.view());
    if (!secp256k1_ec_seckey_tweak_add(c.ctx ? c.ctx : secp256k1_context_static, key.data(), i.data())) {
        *error = tr("Key index %1 is invalid for this key (a 1 in 2^127 case); use the next one.")
                     .arg(index & ~kHardened);
        return std::nullopt;
    }
    return HdKey(std::move(key), SecretBytes(i.view().sliced(kKeySize)), m_depth + 1);
}

std::optional<HdKey> HdKey::derive(const QList<quint32>& path, QString* error) const
{
    if (path.isEmpty())
        return HdKey(SecretBytes(m_key.view()), SecretBytes(m_chainCode.view()), m_depth);
    std::optional<HdKey> k = child(path.first(), error);
    for (qsizetype n = 1; k && n < path.size(); ++n)
        k = k->child(path.at(n), error);
    return k;
}

std::optional<QList<quint32>> HdKey::parsePath(const QString& path, QString* error)
{
    const QStringList parts = path.trimmed().split(QLatin1Char('/'));
    if (parts.first() != QLatin1String("m")) {
        *error = tr("A key path starts with \"m\", as in %1.").arg(QLatin1String(kEthereumPath));
        return std::nullopt;
    }
    if (parts.size() - 1 > kMaxDepth) {
        *error = tr("A key path has at most %1 levels.").arg(kMaxDepth);
        return std::nullopt;
    }
    QList<quint32> out;
    for (qsizetype n = 1; n < parts.size(); ++n) {
        QString part = parts.at(n);
        const bool hardened = part.endsWith(QLatin1Char('\'')) || part.endsWith(QLatin1Char('h'))
            || part.endsWith(QLatin1Char('H'));
        if (hardened)
            part.chop(1);
        bool ok = !part.isEmpty();
        for (const QChar ch : part)
            ok = ok && ch >= QLatin1Char('0') && ch <= QLatin1Char('9');
        const qulonglong value = ok ? part.toULongLong(&ok) : 0;
        if (!ok || value >= kHardened) {
            *error = tr("Level %1 of the key path, \"%2\", is not a number from 0 to 2147483647 "
                        "(followed by ' for a hardened level).")
                         .arg(n)
                         .arg(parts.at(n));
            return std::nullopt;
        }
        out.append(static_cast<quint32>(value) | (hardened ? kHardened : 0u));
    }
    return out;
}

QString HdKey::addressOf(QByteArrayView privateKey, QString* error)
{
    const std::optional<evm::Secp256k1Key> key = evm::Secp256k1Key::fromBytes(privateKey, error);
    if (!key)
        return {};
    return EvmAddress::checksummed(QString::fromLatin1(key->address().toHex()));
}

std::optional<EthereumAccount> HdKey::ethereumAccount(QByteArrayView seed, QString* error)
{
    const std::optional<HdKey> master = fromSeed(seed, error);
    const std::optional<QList<quint32>> path = parsePath(QLatin1String(kEthereumPath), error);
    if (!master || !path)
        return std::nullopt;
    std::optional<HdKey> key = master->derive(*path, error);
    if (!key)
        return std::nullopt;
    QString address = addressOf(key->privateKey().view(), error);
    if (address.isEmpty())
        return std::nullopt;
    return EthereumAccount { SecretBytes(key->privateKey().view()), address };
}

} // namespace sc::core
