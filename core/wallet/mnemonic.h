// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wallet/secretbytes.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace sc::core {

// BIP-39 recovery words in English: entropy → words (with the checksum in the last word),
// words → checked, words → the 64-byte seed that BIP-32 starts from. The word list is the
// published english.txt, embedded at build time (bip39english.h).
//
// Only ASCII is accepted. BIP-39 normalises words and passphrase with Unicode NFKD; every English
// word is ASCII, and NFKD leaves ASCII unchanged, so refusing anything else is exact where
// normalising by hand would be a guess.
class Mnemonic final {
    Q_DECLARE_TR_FUNCTIONS(Mnemonic)

public:
    // What the app makes: 128 bits of entropy, 12 words.
    static constexpr int kEntropyBytes = 16;
    static constexpr int kWordCount = 12;
    static constexpr int kSeedBytes = 64;

    enum class Problem { None, WrongWordCount, NotAscii, UnknownWord, BadChecksum };
    struct Check {
        Problem problem = Problem::None;
        int wordNumber = 0; // 1-based; set for NotAscii and UnknownWord
        QString message; // for the user; empty when the phrase is good
        bool ok() const { return problem == Problem::None; }
    };

    // 12 new words from OpenSSL's CSPRNG (RAND_bytes); nullopt with *error if it fails.
    static std::optional<QStringList> generate(QString* error);
    // The words for 16, 20, 24, 28 or 32 bytes of entropy; empty for any other length.
    static QStringList fromEntropy(QByteArrayView entropy);
    // Splits on any white space and lower-cases; the form every other call compares.
    static QStringList words(const QString& phrase);
    // 12, 15, 18, 21 or 24 words, all in the list, with a matching checksum.
    static Check check(const QString& phrase);
    // The entropy the words encode, or nullopt when check() fails.
    static std::optional<SecretBytes> toEntropy(const QString& phrase);
    // PBKDF2-HMAC-SHA512, 2048 rounds, salt "mnemonic" + passphrase: 64 bytes. Refuses a phrase
    // that check() refuses and a passphrase that is not ASCII; *error says why.
    static std::optional<SecretBytes> toSeed(
        const QString& phrase, const QString& passphrase, QString* error);

    // The word list (2048 words, in order) and one word's index (-1 when not in it).
    static const QStringList& wordList();
    static int indexOf(QStringView word);
};

} // namespace sc::core
