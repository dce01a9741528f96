// SPDX-License-Identifier: GPL-3.0-or-later
// The EVM primitives that read chain data (core/evm): uint256 from hex, decimal, token amounts
// and big-endian words, and its arithmetic; RLP; signed EIP-1559 transactions; the ABI
// decoders for return data and Transfer logs.
// Input: a selector byte, then that part's bytes. Checked against what the headers promise:
// text round-trips exactly, checked arithmetic agrees with its inverse, canonical RLP encodes
// back to the very bytes it was decoded from.
#include "evm/abi.h"
#include "evm/rlp.h"
#include "evm/transaction.h"
#include "evm/uint256.h"
#include "fuzzhelpers.h"

using namespace sc::evm;

namespace {

void text(sc::fuzz::Input& in)
{
    const unsigned decimals = in.byte() % 80;
    const QString t = QString::fromLatin1(in.rest());
    if (const auto v = Uint256::fromHex(t)) {
        SC_FUZZ_CHECK(Uint256::fromHex(v->toQuantity()) == v);
        SC_FUZZ_CHECK(Uint256::fromBigEndian(v->toBigEndian()) == v);
        SC_FUZZ_CHECK(Uint256::fromBigEndian(v->toMinimalBigEndian()) == v);
    }
    if (const auto v = Uint256::fromDecimal(t))
        SC_FUZZ_CHECK(Uint256::fromDecimal(v->toDecimal()) == v);
    QString error;
    if (const auto v = Uint256::parseUnits(t, decimals, &error))
        SC_FUZZ_CHECK(Uint256::parseUnits(v->formatUnits(decimals), decimals, &error) == v);
    else
        SC_FUZZ_CHECK(!error.isEmpty());
}

void arithmetic(sc::fuzz::Input& in)
{
    const auto a = Uint256::fromBigEndian(in.bytes(32));
    const auto b = Uint256::fromBigEndian(in.bytes(32));
    SC_FUZZ_CHECK(a && b);
    if (const auto sum = a->checkedAdd(*b))
        SC_FUZZ_CHECK(sum->checkedSub(*b) == a);
    if (const auto diff = a->checkedSub(*b))
        SC_FUZZ_CHECK(diff->checkedAdd(*b) == a);
    else
        SC_FUZZ_CHECK(*a < *b);
    const std::uint64_t small = b->limb(0);
    if (const auto product = a->checkedMul(small); product && small != 0) {
        const auto back = product->divMod(small);
        SC_FUZZ_CHECK(back && back->quotient == *a && back->remainder == 0);
    }
    if (const auto product = a->checkedMul(*b))
        SC_FUZZ_CHECK(b->isZero() || product->bitLength() >= a->bitLength());
    SC_FUZZ_CHECK(a->byteLength() == a->toMinimalBigEndian().size());
}

void rlp(const QByteArray& bytes)
{
    QString error;
    const auto item = Rlp::decode(bytes, &error);
    if (!item) {
        SC_FUZZ_CHECK(!error.isEmpty());
        return;
    }
    SC_FUZZ_CHECK(Rlp::encode(*item) == bytes);
    if (!item->isList)
        if (const auto n = Rlp::toUint(*item, &error))
            SC_FUZZ_CHECK(Rlp::encodeUint(*n) == bytes);
}

void transaction(const QByteArray& raw)
{
    QString error;
    const auto tx = SignedEip1559Transaction::decode(raw, &error);
    if (!tx) {
        SC_FUZZ_CHECK(!error.isEmpty());
        return;
    }
    SC_FUZZ_CHECK(tx->transaction.to.size() == 20);
    SC_FUZZ_CHECK(Eip1559Transaction::hash(raw).size() == 32);
    SC_FUZZ_CHECK(tx->transaction.signingHash().size() == 32);
    if (const auto sender = tx->sender())
        SC_FUZZ_CHECK(sender->size() == 20);
}

void abi(sc::fuzz::Input& in)
{
    const int topicCount = in.byte() % 6;
    QList<QByteArray> topics;
    for (int i = 0; i < topicCount; ++i)
        topics.append(in.bytes(32 - (i == 4 ? in.byte() % 2 : 0)));
    const QByteArray data = in.rest();
    QString error;
    if (const auto v = Abi::decodeUint256(data, &error))
        SC_FUZZ_CHECK(Abi::encodeUint256(*v) == data);
    if (const auto d = Abi::decodeUint8(data, &error))
        SC_FUZZ_CHECK(*d <= 255);
    if (const auto s = Abi::decodeString(data, &error))
        SC_FUZZ_CHECK(s->toUtf8().size() <= Abi::kMaxStringBytes);
    if (const auto log = Abi::decodeTransferLog(topics, data, &error)) {
        SC_FUZZ_CHECK(log->from.size() == 20 && log->to.size() == 20);
        SC_FUZZ_CHECK(Abi::encodeAddress(log->from) == topics.value(1));
        SC_FUZZ_CHECK(Abi::encodeAddress(log->to) == topics.value(2));
    }
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
    switch (in.byte() % 5) {
    case 0:
        text(in);
        break;
    case 1:
        arithmetic(in);
        break;
    case 2:
        rlp(in.rest());
        break;
    case 3:
        transaction(in.rest());
        break;
    default:
        abi(in);
        break;
    }
    return 0;
}
