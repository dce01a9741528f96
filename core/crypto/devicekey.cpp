// SPDX-License-Identifier: GPL-3.0-or-later
#include "devicekey.h"

#include <QCryptographicHash>
#include <QFile>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sc::core {

namespace {
    struct PkeyFree {
        void operator()(EVP_PKEY* k) const { EVP_PKEY_free(k); }
    };
    struct MdCtxFree {
        void operator()(EVP_MD_CTX* c) const { EVP_MD_CTX_free(c); }
    };
    using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;
    using MdCtx = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;
} // namespace

struct DeviceKey::Impl {
    Pkey key;
};

DeviceKey::DeviceKey(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{
}
DeviceKey::~DeviceKey() = default;
DeviceKey::DeviceKey(DeviceKey&&) noexcept = default;
DeviceKey& DeviceKey::operator=(DeviceKey&&) noexcept = default;

DeviceKey DeviceKey::generate()
{
    auto impl = std::make_unique<Impl>();
    impl->key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
    return DeviceKey(std::move(impl));
}

std::optional<DeviceKey> DeviceKey::load(const QString& path, QString* error)
{
    const QByteArray native = QFile::encodeName(path);
    FILE* f = std::fopen(native.constData(), "rb");
    if (!f) {
        *error = QStringLiteral("cannot open device key %1").arg(path);
        return std::nullopt;
    }
    auto impl = std::make_unique<Impl>();
    impl->key.reset(PEM_read_PrivateKey(f, nullptr, nullptr, nullptr));
    std::fclose(f);
    if (!impl->key || EVP_PKEY_get_id(impl->key.get()) != EVP_PKEY_ED25519) {
        *error = QStringLiteral("device key %1 is damaged").arg(path);
        return std::nullopt;
    }
    return DeviceKey(std::move(impl));
}

bool DeviceKey::save(const QString& path, QString* error) const
{
    const QByteArray native = QFile::encodeName(path);
    const QByteArray tmp = native + ".tmp";
    const mode_t old = ::umask(077);
    FILE* f = std::fopen(tmp.constData(), "wb");
    ::umask(old);
    if (!f) {
        *error = QStringLiteral("cannot write device key %1").arg(path);
        return false;
    }
    ::fchmod(fileno(f), 0600);
    const bool ok = PEM_write_PrivateKey(f, m_impl->key.get(), nullptr, nullptr, 0, nullptr, nullptr) == 1
        && std::fflush(f) == 0 && ::fsync(fileno(f)) == 0;
    const bool closed = std::fclose(f) == 0;
    if (!ok || !closed || std::rename(tmp.constData(), native.constData()) != 0) {
        std::remove(tmp.constData());
        *error = QStringLiteral("cannot write device key %1 (disk full?)").arg(path);
        return false;
    }
    return true;
}

std::optional<DeviceKey> DeviceKey::loadOrCreate(const QString& path, QString* error)
{
    if (QFile::exists(path)) {
        auto key = load(path, error);
        if (!key)
            *error = QStringLiteral("device key %1 is damaged; move it away to create a new one").arg(path);
        return key;
    }
    DeviceKey k = generate();
    if (!k.valid()) {
        *error = QStringLiteral("cannot generate a device key");
        return std::nullopt;
    }
    if (!k.save(path, error))
        return std::nullopt;
    return k;
}

bool DeviceKey::valid() const { return m_impl && m_impl->key; }

QByteArray DeviceKey::privateKeyBytes() const
{
    QByteArray out(32, '\0');
    size_t len = 32;
    if (!valid()
        || EVP_PKEY_get_raw_private_key(m_impl->key.get(), reinterpret_cast<unsigned char*>(out.data()), &len)
            != 1
        || len != 32)
        return {};
    return out;
}

std::optional<DeviceKey> DeviceKey::fromPrivateKeyBytes(const QByteArray& bytes)
{
    if (bytes.size() != 32)
        return std::nullopt;
    auto impl = std::make_unique<Impl>();
    impl->key.reset(EVP_PKEY_new_raw_private_key(
        EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char*>(bytes.constData()), 32));
    if (!impl->key)
        return std::nullopt;
    return DeviceKey(std::move(impl));
}

QByteArray DeviceKey::publicKey() const
{
    QByteArray out(32, '\0');
    size_t len = 32;
    if (EVP_PKEY_get_raw_public_key(m_impl->key.get(), reinterpret_cast<unsigned char*>(out.data()), &len)
        != 1)
        return {};
    return out;
}

QByteArray DeviceKey::sign(const QByteArray& message) const
{
    MdCtx ctx(EVP_MD_CTX_new());
    QByteArray sig(64, '\0');
    size_t len = 64;
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, m_impl->key.get()) != 1
        || EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(sig.data()), &len,
               reinterpret_cast<const unsigned char*>(message.constData()),
               static_cast<size_t>(message.size()))
            != 1)
        return {};
    return sig;
}

bool verifyEd25519(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature)
{
    if (publicKey.size() != 32 || signature.size() != 64)
        return false;
    Pkey key(EVP_PKEY_new_raw_public_key(
        EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char*>(publicKey.constData()), 32));
    MdCtx ctx(EVP_MD_CTX_new());
    if (!key || !ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return false;
    return EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char*>(signature.constData()), 64,
               reinterpret_cast<const unsigned char*>(message.constData()),
               static_cast<size_t>(message.size()))
        == 1;
}

QByteArray canonicalRequest(const QByteArray& method, const QByteArray& path, qint64 timestamp,
    const QByteArray& nonce, const QByteArray& body)
{
    return method + '\n' + path + '\n' + QByteArray::number(timestamp) + '\n' + nonce + '\n'
        + QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
}

} // namespace sc::core
