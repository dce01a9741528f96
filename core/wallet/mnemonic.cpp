// SPDX-License-Identifier: GPL-3.0-or-later
#include "wallet/mnemonic.h"

#include "wallet/bip39english.h"

#include <QHash>
#include <QRegularExpression>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

namespace sc::core {

namespace {
    constexpr int kListSize = 2048;
    constexpr int kRounds = 2048;

    struct WordIndex {
        QStringList list;
        QHash<QString, int> index;
    };

    const WordIndex& wordIndex()
    {
        static const WordIndex w = [] {
            WordIndex r;
            const QString all = QString::fromLatin1(bip39::englishWordList());
            r.list = all.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            for (int i = 0; i < r.list.size(); ++i)
                r.index.insert(r.list.at(i), i);
            return r;
        }();
        return w;
    }

    bool isAscii(QStringView s)
    {
        for (const QChar c : s) {
            if (c.unicode() > 0x7f)
                return false;
        }
        return true;
    }

    // The bit at position i (0 = most significant bit of the first byte).
    bool bitAt(const unsigned char* bytes, int i) { return (bytes[i / 8] >> (7 - i % 8)) & 1; }

    // The entropy that words from the list carry (their checksum bits dropped).
    SecretBytes packEntropy(const QStringList& words, const QHash<QString, int>& index)
    {
        const int entropyBits = static_cast<int>(words.size()) * 11 * 32 / 33;
        SecretBytes bytes(static_cast<std::size_t>(entropyBits / 8));
        std::fill(bytes.data(), bytes.data() + bytes.size(), 0);
        for (int bit = 0; bit < entropyBits; ++bit) {
            if ((index.value(words.at(bit / 11)) >> (10 - bit % 11)) & 1)
                bytes.data()[bit / 8] |= static_cast<unsigned char>(1 << (7 - bit % 8));
        }
        return bytes;
    }

    // Latin-1 bytes of ASCII text, the temporary wiped (QByteArray would leave a copy behind).
    SecretBytes secretLatin1(const QString& text)
    {
        QByteArray bytes = text.toLatin1();
        SecretBytes out(bytes);
        OPENSSL_cleanse(bytes.data(), static_cast<std::size_t>(bytes.size()));
        return out;
    }
} // namespace

const QStringList& Mnemonic::wordList() { return wordIndex().list; }

int Mnemonic::indexOf(QStringView word) { return wordIndex().index.value(word.toString(), -1); }

QStringList Mnemonic::words(const QString& phrase)
{
    return phrase.toLower().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
}

QStringList Mnemonic::fromEntropy(QByteArrayView entropy)
{
    const int n = static_cast<int>(entropy.size());
    if (n < 16 || n > 32 || n % 4 != 0 || wordList().size() != kListSize)
        return {};
    // Entropy, then its first n*8/32 bits of SHA-256 as the checksum; 11 bits a word.
    SecretBytes buffer(static_cast<std::size_t>(n) + SHA256_DIGEST_LENGTH);
    std::copy(entropy.begin(), entropy.end(), buffer.data());
    SHA256(reinterpret_cast<const unsigned char*>(entropy.data()), static_cast<std::size_t>(n),
        buffer.data() + n);
    const int totalBits = n * 8 + n * 8 / 32;
    QStringList out;
    for (int w = 0; w < totalBits / 11; ++w) {
        int index = 0;
        for (int b = 0; b < 11; ++b)
            index = (index << 1) | (bitAt(buffer.data(), w * 11 + b) ? 1 : 0);
        out.append(wordList().at(index));
    }
    return out;
}

std::optional<QStringList> Mnemonic::generate(QString* error)
{
    SecretBytes entropy(kEntropyBytes);
    if (RAND_bytes(entropy.data(), kEntropyBytes) != 1) {
        *error = tr("The system's random number generator failed.");
        return std::nullopt;
    }
    QStringList out = fromEntropy(entropy.view());
    if (out.size() != kWordCount) {
        *error = tr("The built-in word list is damaged.");
        return std::nullopt;
    }
    return out;
}

Mnemonic::Check Mnemonic::check(const QString& phrase)
{
    const QStringList w = words(phrase);
    Check c;
    if (w.size() < 12 || w.size() > 24 || w.size() % 3 != 0) {
        c.problem = Problem::WrongWordCount;
        c.message = tr("A recovery phrase has 12, 15, 18, 21 or 24 words; this one has %n words.", nullptr,
            static_cast<int>(w.size()));
        return c;
    }
    for (int i = 0; i < w.size(); ++i) {
        if (!isAscii(w.at(i))) {
            c.problem = Problem::NotAscii;
            c.wordNumber = i + 1;
            c.message
                = tr("Word %1 has a character that no English recovery word has (only the letters a to z "
                     "are used).")
                      .arg(i + 1);
            return c;
        }
        if (indexOf(w.at(i)) < 0) {
            c.problem = Problem::UnknownWord;
            c.wordNumber = i + 1;
            c.message
                = tr("Word %1, \"%2\", is not one of the 2048 English recovery words. Check its spelling.")
                      .arg(i + 1)
                      .arg(w.at(i));
            return c;
        }
    }
    // Re-encode the entropy the words carry: the checksum bits must come out the same.
    if (fromEntropy(packEntropy(w, wordIndex().index).view()) != w) {
        c.problem = Problem::BadChecksum;
        c.message
            = tr("Every word is a recovery word, but together they do not check out: a word is probably "
                 "wrong or in the wrong place.");
    }
    return c;
}

std::optional<SecretBytes> Mnemonic::toEntropy(const QString& phrase)
{
    if (!check(phrase).ok())
        return std::nullopt;
    return packEntropy(words(phrase), wordIndex().index);
}

std::optional<SecretBytes> Mnemonic::toSeed(const QString& phrase, const QString& passphrase, QString* error)
{
    const Check c = check(phrase);
    if (!c.ok()) {
        *error = c.message;
        return std::nullopt;
    }
    if (!isAscii(passphrase)) {
        *error
            = tr("The passphrase may only use plain ASCII characters (letters a to z, digits, punctuation).");
        return std::nullopt;
    }
    // The words as BIP-39 hashes them: lower case, one space apart.
    const SecretBytes password = secretLatin1(words(phrase).join(QLatin1Char(' ')));
    const SecretBytes salt = secretLatin1(QStringLiteral("mnemonic") + passphrase);
    SecretBytes seed(kSeedBytes);
    if (PKCS5_PBKDF2_HMAC(reinterpret_cast<const char*>(password.data()), static_cast<int>(password.size()),
            salt.data(), static_cast<int>(salt.size()), kRounds, EVP_sha512(), kSeedBytes, seed.data())
        != 1) {
        *error = tr("The recovery phrase could not be turned into a key (OpenSSL failed).");
        return std::nullopt;
    }
    return seed;
}

} // namespace sc::core
