// SPDX-License-Identifier: GPL-3.0-or-later
// The chain's JSON-RPC replies (core/chain/chainclient.*) as the wallet and the hub's payouts
// read them: the envelope (jsonrpc, id, error, result), QUANTITY and DATA encodings, fee
// history, receipts with their logs and eth_getLogs; and what callers then do with the values
// (core/evm: Uint256::fromHex on quantities, Abi::decodeTransferLog on a receipt's logs,
// decodeUint256/decodeString on eth_call data).
// Input: a selector byte (which call; whether the input is the whole reply or only its
// "result", wrapped in a matching envelope), then the bytes.
#include "chain/chainclient.h"
#include "evm/abi.h"
#include "evm/uint256.h"
#include "fuzzhelpers.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace sc::chain;
using sc::evm::Abi;
using sc::evm::Uint256;

namespace {

const QByteArray kToken = QByteArray::fromHex("5fbdb2315678afecb367f032d93f642f64180aa3");
const QByteArray kTx
    = QByteArray::fromHex("88df016429689c079f3b2f6ad39fa052532c56795b733da78a91ebe6a713944b");

template <typename T> ChainClient::Done<T> expect(bool* called)
{
    return [called](const T&, const std::optional<ChainError>& e) {
        SC_FUZZ_CHECK(!*called); // exactly once
        *called = true;
        SC_FUZZ_CHECK(!e || !e->message.isEmpty());
    };
}

void quantityText(const QByteArray& q)
{
    const auto v = Uint256::fromHex(QString::fromLatin1(q));
    SC_FUZZ_CHECK(v.has_value()); // parseQuantityText promises at most 256 bits
    SC_FUZZ_CHECK(v->toQuantity() == QString::fromLatin1(q));
    SC_FUZZ_CHECK(Uint256::fromDecimal(v->toDecimal()) == v);
}

void callData(const QByteArray& data)
{
    QString why;
    Abi::decodeUint256(data, &why);
    Abi::decodeUint8(data, &why);
    if (const auto s = Abi::decodeString(data, &why))
        SC_FUZZ_CHECK(s->toUtf8().size() <= Abi::kMaxStringBytes);
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
    const std::uint8_t selector = in.byte();
    const QByteArray bytes = in.rest();
    // A new client for each input: its first request has id 1.
    sc::fuzz::ScriptedTransport http;
    ChainClient client(http, QUrl(QStringLiteral("http://127.0.0.1:8545")));
    bool called = false;
    switch ((selector >> 1) % 12) {
    case 0:
        client.chainId(expect<quint64>(&called));
        break;
    case 1:
        client.blockNumber(expect<quint64>(&called));
        break;
    case 2:
        client.call(kToken, Abi::balanceOfCall(kToken), [&called](const QByteArray& d, const auto& e) {
            expect<QByteArray> (&called)(d, e);
            if (!e)
                callData(d);
        });
        break;
    case 3:
        client.balance(kToken, [&called](const QByteArray& q, const auto& e) {
            expect<QByteArray> (&called)(q, e);
            if (!e)
                quantityText(q);
        });
        break;
    case 4:
        client.transactionCount(kToken, selector & 0x80, expect<quint64>(&called));
        break;
    case 5:
        client.estimateGas(kToken, kToken, Abi::decimalsCall(), expect<quint64>(&called));
        break;
    case 6:
        client.maxPriorityFeePerGas([&called](const QByteArray& q, const auto& e) {
            expect<QByteArray> (&called)(q, e);
            if (!e)
                quantityText(q);
        });
        break;
    case 7:
        client.nextBaseFee([&called](const QByteArray& q, const auto& e) {
            expect<QByteArray> (&called)(q, e);
            if (!e)
                quantityText(q);
        });
        break;
    case 8:
        client.sendRawTransaction(QByteArray(1, '\x02'), [&called](const QByteArray& h, const auto& e) {
            expect<QByteArray> (&called)(h, e);
            SC_FUZZ_CHECK(e || h.size() == 32);
        });
        break;
    case 9:
    case 10:
        client.receipt(kTx, [&called](const std::optional<Receipt>& r, const auto& e) {
            expect<std::optional<Receipt>> (&called)(r, e);
            if (!r)
                return;
            SC_FUZZ_CHECK(r->transactionHash == kTx && r->logs.size() <= Receipt::kMaxLogs);
            quantityText(r->effectiveGasPrice);
            QString why;
            for (const LogEntry& l : r->logs)
                Abi::decodeTransferLog(l.topics, l.data, &why);
        });
        break;
    default:
        client.logs(kToken, 100, 200, { Abi::transferTopic() },
            [&called](const QList<LogEntry>& logs, const auto& e) {
                expect<QList<LogEntry>> (&called)(logs, e);
                QString why;
                for (const LogEntry& l : logs) {
                    SC_FUZZ_CHECK(l.address == kToken && l.blockNumber >= 100 && l.blockNumber <= 200);
                    Abi::decodeTransferLog(l.topics, l.data, &why);
                }
            });
        break;
    }
    http.answerAll([&](const sc::core::HttpRequest&) {
        sc::core::HttpResponse r;
        r.status = (selector & 0x40) ? 500 : 200;
        r.body = (selector & 1) ? bytes : "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":" + bytes + "}";
        return r;
    });
    SC_FUZZ_CHECK(called);
    return 0;
}
