// SPDX-License-Identifier: GPL-3.0-or-later
#include "evm/keccak.h"

#include <crypto++/keccak.h>

namespace sc::evm {

QByteArray Keccak256::hash(QByteArrayView data)
{
    static_assert(CryptoPP::Keccak_256::DIGESTSIZE == kDigestSize);
    CryptoPP::Keccak_256 keccak;
    QByteArray digest(kDigestSize, Qt::Uninitialized);
    keccak.CalculateDigest(reinterpret_cast<CryptoPP::byte*>(digest.data()),
        reinterpret_cast<const CryptoPP::byte*>(data.data()), static_cast<size_t>(data.size()));
    return digest;
}

} // namespace sc::evm
