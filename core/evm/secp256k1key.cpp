// SPDX-License-Identifier: GPL-3.0-or-later
#include "evm/secp256k1key.h"

#include "evm/keccak.h"

#include <QFile>
#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <secp256k1.h>
#include <secp256k1_recovery.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sc::evm {

namespace {
    constexpr std::size_t kSecretSize = 32;
    // 64 hex digits, an optional newline; one more byte to notice anything longer.
    constexpr std::size_t kFileReadLimit = 66;

    const unsigned char* bytesOf(QByteArrayView v)
    {
        return reinterpret_cast<const unsigned char*>(v.data());
    }

    int hexNibble(unsigned char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    // Wipes a stack buffer however the function is left.
    template <std::size_t N> struct Wiped {
        std::array<unsigned char, N> bytes {};
        ~Wiped() { OPENSSL_cleanse(bytes.data(), bytes.size()); }
    };
} // namespace

struct Secp256k1Key::Impl {
    secp256k1_context* context = nullptr;
    std::array<unsigned char, kSecretSize> secret {};
    secp256k1_pubkey publicKey {};

    ~Impl()
    {
        OPENSSL_cleanse(secret.data(), secret.size());
        if (context)
            secp256k1_context_destroy(context);
    }
};

Secp256k1Key::Secp256k1Key(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{
}
Secp256k1Key::~Secp256k1Key() = default;
Secp256k1Key::Secp256k1Key(Secp256k1Key&&) noexcept = default;
Secp256k1Key& Secp256k1Key::operator=(Secp256k1Key&&) noexcept = default;

std::optional<Secp256k1Key> Secp256k1Key::fromBytes(QByteArrayView secret, QString* error)
{
    if (secret.size() != static_cast<qsizetype>(kSecretSize)) {
        *error = tr("A private key is 32 bytes.");
        return std::nullopt;
    }
    auto impl = std::make_unique<Impl>();
    std::memcpy(impl->secret.data(), secret.data(), kSecretSize);
    impl->context = secp256k1_context_create(SECP256K1_CONTEXT_NONE);
    Wiped<32> seed;
    // Randomising the context blinds the signing arithmetic against side channels.
    if (!impl->context || RAND_bytes(seed.bytes.data(), static_cast<int>(seed.bytes.size())) != 1
        || !secp256k1_context_randomize(impl->context, seed.bytes.data())) {
        *error = tr("Cannot set up secp256k1 (out of memory or no random numbers).");
        return std::nullopt;
    }
    if (!secp256k1_ec_seckey_verify(impl->context, impl->secret.data())
        || !secp256k1_ec_pubkey_create(impl->context, &impl->publicKey, impl->secret.data())) {
        *error = tr("Not a valid secp256k1 private key (zero, or not below the curve order).");
        return std::nullopt;
    }
    return Secp256k1Key(std::move(impl));
}

std::optional<Secp256k1Key> Secp256k1Key::generate(QString* error)
{
    Wiped<kSecretSize> candidate;
    // A random 32 bytes is a valid key except with probability ~2^-128; retry then.
    for (int attempt = 0; attempt < 8; ++attempt) {
        if (RAND_bytes(candidate.bytes.data(), static_cast<int>(candidate.bytes.size())) != 1) {
            *error = tr("The system's random number generator failed.");
            return std::nullopt;
        }
        if (secp256k1_ec_seckey_verify(secp256k1_context_static, candidate.bytes.data()))
            return fromBytes(QByteArrayView(candidate.bytes.data(), kSecretSize), error);
    }
    *error = tr("The system's random number generator failed.");
    return std::nullopt;
}

std::optional<Secp256k1Key> Secp256k1Key::loadFile(const QString& path, QString* error)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) {
        *error
            = tr("Cannot open the key file %1: %2.").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return std::nullopt;
    }
    struct FdCloser {
        int fd;
        ~FdCloser() { ::close(fd); }
    } closer { fd };
    struct stat st { };
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        *error = tr("The key file %1 is not a regular file.").arg(path);
        return std::nullopt;
    }
    if ((st.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        *error = tr("The key file %1 can be read by other users (mode %2); allow only its owner "
                    "with: chmod 600 %1")
                     .arg(path, QString::number(st.st_mode & 07777, 8).rightJustified(4, QLatin1Char('0')));
        return std::nullopt;
    }
    Wiped<kFileReadLimit> text;
    std::size_t length = 0;
    while (length < text.bytes.size()) {
        const ssize_t n = ::read(fd, text.bytes.data() + length, text.bytes.size() - length);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            *error = tr("Cannot read the key file %1.").arg(path);
            return std::nullopt;
        }
        if (n == 0)
            break;
        length += static_cast<std::size_t>(n);
    }
    const bool newlineOk = length == 64 || (length == 65 && text.bytes[64] == '\n');
    Wiped<kSecretSize> secret;
    bool hexOk = newlineOk;
    for (std::size_t i = 0; hexOk && i < kSecretSize; ++i) {
        const int hi = hexNibble(text.bytes[2 * i]);
        const int lo = hexNibble(text.bytes[2 * i + 1]);
        hexOk = hi >= 0 && lo >= 0;
        secret.bytes[i] = static_cast<unsigned char>((hi << 4) | (lo & 0xf));
    }
    if (!hexOk) {
        *error = tr("The key file %1 must hold exactly 64 hexadecimal digits (0-9, a-f) and a newline.")
                     .arg(path);
        return std::nullopt;
    }
    QString why;
    std::optional<Secp256k1Key> key = fromBytes(QByteArrayView(secret.bytes.data(), kSecretSize), &why);
    if (!key)
        *error = tr("The key file %1 does not hold a usable key: %2").arg(path, why);
    return key;
}

bool Secp256k1Key::saveFile(const QString& path, QString* error) const
{
    static constexpr char kDigits[] = "0123456789abcdef";
    Wiped<65> text;
    for (std::size_t i = 0; i < kSecretSize; ++i) {
        text.bytes[2 * i] = static_cast<unsigned char>(kDigits[m_impl->secret[i] >> 4]);
        text.bytes[2 * i + 1] = static_cast<unsigned char>(kDigits[m_impl->secret[i] & 0xf]);
    }
    text.bytes[64] = '\n';
    const QByteArray native = QFile::encodeName(path);
    // O_EXCL: never replace a file that may hold the only copy of a funded key.
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0) {
        *error = errno == EEXIST ? tr("The key file %1 already exists; it is left as it is.").arg(path)
                                 : tr("Cannot create the key file %1: %2.")
                                       .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    bool ok = ::fchmod(fd, 0600) == 0;
    std::size_t written = 0;
    while (ok && written < text.bytes.size()) {
        const ssize_t n = ::write(fd, text.bytes.data() + written, text.bytes.size() - written);
        if (n < 0 && errno == EINTR)
            continue;
        ok = n > 0;
        if (ok)
            written += static_cast<std::size_t>(n);
    }
    ok = ok && ::fsync(fd) == 0;
    ok = (::close(fd) == 0) && ok;
    if (!ok) {
        ::unlink(native.constData());
        *error = tr("Cannot write the key file %1 (disk full?).").arg(path);
    }
    return ok;
}

QByteArray Secp256k1Key::publicKey() const
{
    std::array<unsigned char, 65> out {};
    size_t length = out.size();
    secp256k1_ec_pubkey_serialize(
        secp256k1_context_static, out.data(), &length, &m_impl->publicKey, SECP256K1_EC_UNCOMPRESSED);
    return QByteArray(reinterpret_cast<const char*>(out.data()) + 1, 64);
}

QByteArray Secp256k1Key::addressOf(QByteArrayView publicKey) { return Keccak256::hash(publicKey).right(20); }

QByteArray Secp256k1Key::address() const { return addressOf(publicKey()); }

std::optional<RecoverableSignature> Secp256k1Key::sign(QByteArrayView hash) const
{
    if (hash.size() != 32)
        return std::nullopt;
    secp256k1_ecdsa_recoverable_signature sig;
    // The default nonce function is RFC 6979, so a signature is reproducible from its inputs.
    // libsecp256k1 always produces a low-s signature.
    if (!secp256k1_ecdsa_sign_recoverable(
            m_impl->context, &sig, bytesOf(hash), m_impl->secret.data(), nullptr, nullptr))
        return std::nullopt;
    std::array<unsigned char, 64> compact {};
    int recid = 0;
    secp256k1_ecdsa_recoverable_signature_serialize_compact(
        secp256k1_context_static, compact.data(), &recid, &sig);
    RecoverableSignature out;
    out.r = *Uint256::fromBigEndian(QByteArrayView(compact.data(), 32));
    out.s = *Uint256::fromBigEndian(QByteArrayView(compact.data() + 32, 32));
    out.recoveryId = recid;
    return out;
}

std::optional<QByteArray> Secp256k1Key::recoverAddress(
    QByteArrayView hash, const Uint256& r, const Uint256& s, int recoveryId)
{
    if (hash.size() != 32 || recoveryId < 0 || recoveryId > 3)
        return std::nullopt;
    const QByteArray compact = r.toBigEndian() + s.toBigEndian();
    secp256k1_ecdsa_recoverable_signature sig;
    if (!secp256k1_ecdsa_recoverable_signature_parse_compact(
            secp256k1_context_static, &sig, bytesOf(compact), recoveryId))
        return std::nullopt;
    secp256k1_pubkey pub;
    if (!secp256k1_ecdsa_recover(secp256k1_context_static, &pub, &sig, bytesOf(hash)))
        return std::nullopt;
    std::array<unsigned char, 65> out {};
    size_t length = out.size();
    secp256k1_ec_pubkey_serialize(
        secp256k1_context_static, out.data(), &length, &pub, SECP256K1_EC_UNCOMPRESSED);
    return addressOf(QByteArrayView(out.data() + 1, 64));
}

} // namespace sc::evm
