// SPDX-License-Identifier: GPL-3.0-or-later
// What the user or a file hands the wallet (core/wallet): recovery words (BIP-39), derivation
// paths (BIP-32), EVM addresses (EIP-55) and Web3 keystore v3 files with their password.
// Input: a selector byte, then that part's bytes (for a keystore: the password, a newline,
// the file). Checked: accepted words encode the entropy they decode to, a checksummed address
// validates again, a keystore that decrypts holds the key of the address it names.
//
// A keystore asks for its own key-derivation work; files within Keystore's caps but over a
// few thousand rounds are skipped here (the work is the point of the file, not a bug, and
// would take the fuzzer's time), files over the caps still go through (they are refused first).
#include "fuzzhelpers.h"
#include "wallet/evmaddress.h"
#include "wallet/hdkey.h"
#include "wallet/keystore.h"
#include "wallet/mnemonic.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace sc::core;

namespace {

void words(const QByteArray& bytes)
{
    const QString phrase = QString::fromUtf8(bytes);
    const Mnemonic::Check check = Mnemonic::check(phrase);
    const auto entropy = Mnemonic::toEntropy(phrase);
    SC_FUZZ_CHECK(check.ok() == entropy.has_value());
    SC_FUZZ_CHECK(check.ok() == check.message.isEmpty());
    if (!entropy)
        return;
    SC_FUZZ_CHECK(Mnemonic::fromEntropy(entropy->view()) == Mnemonic::words(phrase));
    QString error;
    const auto seed = Mnemonic::toSeed(phrase, QString(), &error);
    SC_FUZZ_CHECK(seed && seed->size() == std::size_t(Mnemonic::kSeedBytes));
    const auto account = HdKey::ethereumAccount(seed->view(), &error);
    SC_FUZZ_CHECK(account.has_value());
}

void path(const QByteArray& bytes)
{
    QString error;
    const auto indexes = HdKey::parsePath(QString::fromUtf8(bytes), &error);
    if (!indexes) {
        SC_FUZZ_CHECK(!error.isEmpty());
        return;
    }
    SC_FUZZ_CHECK(indexes->size() <= 255);
    if (indexes->size() > 8)
        return;
    static const QByteArray seed(32, '\x5a');
    const auto master = HdKey::fromSeed(seed, &error);
    SC_FUZZ_CHECK(master.has_value());
    if (const auto key = master->derive(*indexes, &error))
        SC_FUZZ_CHECK(key->depth() == indexes->size() && key->publicKey().size() == 33);
}

void address(const QByteArray& bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QString error;
    const QString sum = EvmAddress::checksummed(text);
    if (!EvmAddress::validate(text, &error)) {
        SC_FUZZ_CHECK(!error.isEmpty());
        return;
    }
    SC_FUZZ_CHECK(sum.size() == 42);
    SC_FUZZ_CHECK(EvmAddress::validate(sum, &error));
    SC_FUZZ_CHECK(EvmAddress::checksummed(sum) == sum);
}

// Whether the file's key derivation is within Keystore's caps but costly (see the top).
bool costly(const QByteArray& file)
{
    const QJsonObject o = QJsonDocument::fromJson(file).object();
    const QJsonObject crypto = o.contains(QLatin1String("crypto"))
        ? o.value(QLatin1String("crypto")).toObject()
        : o.value(QLatin1String("Crypto")).toObject();
    const QJsonObject p = crypto.value(QLatin1String("kdfparams")).toObject();
    const auto count = [&](const char* k) { return p.value(QLatin1String(k)).toDouble(1); };
    const double scrypt = count("n") * count("r") * count("p");
    const double memory = 128 * count("n") * count("r");
    const bool overCaps = count("n") > double(Keystore::kMaxScryptN) || count("r") > 1024 || count("p") > 1024
        || memory > double(Keystore::kMaxScryptMemoryBytes) || scrypt > double(Keystore::kMaxScryptWork);
    if (crypto.value(QLatin1String("kdf")).toString() == QLatin1String("pbkdf2"))
        return count("c") > 4096 && count("c") <= double(Keystore::kMaxPbkdf2Rounds);
    return scrypt > 4096 && !overCaps;
}

void keystore(sc::fuzz::Input& in)
{
    const QString password = QString::fromUtf8(in.line());
    const QByteArray file = in.rest();
    const QString named = Keystore::addressOf(file);
    SC_FUZZ_CHECK(named.isEmpty() || named.size() == 42);
    if (costly(file))
        return;
    Keystore::Error error;
    const auto key = Keystore::decrypt(file, password, &error);
    SC_FUZZ_CHECK(key.has_value() == (error.kind == Keystore::Error::Kind::None));
    if (!key)
        return;
    QString why;
    const QString address = HdKey::addressOf(key->view(), &why);
    SC_FUZZ_CHECK(!address.isEmpty());
    SC_FUZZ_CHECK(named.isEmpty() || named.compare(address, Qt::CaseInsensitive) == 0);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    sc::fuzz::initQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    sc::fuzz::Input in(data, size);
    switch (in.byte() % 4) {
    case 0:
        words(in.rest());
        break;
    case 1:
        path(in.rest());
        break;
    case 2:
        address(in.rest());
        break;
    default:
        keystore(in);
        break;
    }
    return 0;
}
