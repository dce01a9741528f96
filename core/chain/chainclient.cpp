// SPDX-License-Identifier: GPL-3.0-or-later
#include "chain/chainclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <utility>

namespace sc::chain {

namespace {
    constexpr qint64 kMaxReplyBytes = 1024 * 1024;
    constexpr qint64 kMaxLogsReplyBytes = 8 * 1024 * 1024;

    bool isHexDigit(char c)
    {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    ChainError protocolError(const QString& message, qint64 code = 0)
    {
        return ChainError { ChainError::Kind::Protocol, code, message };
    }

    std::optional<quint64> quantityField(const QJsonObject& o, const char* key)
    {
        return ChainClient::parseQuantity(o.value(QLatin1String(key)));
    }
} // namespace

ChainClient::ChainClient(core::HttpTransport& http, QUrl rpc, QObject* parent)
    : QObject(parent)
    , m_http(http)
    , m_rpc(std::move(rpc))
{
}

QString ChainClient::hexData(const QByteArray& bytes)
{
    return QStringLiteral("0x") + QString::fromLatin1(bytes.toHex());
}

QString ChainClient::hexQuantity(quint64 value) { return QStringLiteral("0x") + QString::number(value, 16); }

std::optional<QByteArray> ChainClient::parseQuantityText(const QJsonValue& v, int maxBits)
{
    if (!v.isString())
        return std::nullopt;
    const QByteArray s = v.toString().toLatin1();
    if (s.size() < 3 || !s.startsWith("0x"))
        return std::nullopt;
    const QByteArray digits = s.mid(2);
    if (digits.size() > 1 && digits.at(0) == '0')
        return std::nullopt; // QUANTITY has no leading zeros
    if (!std::all_of(digits.cbegin(), digits.cend(), isHexDigit))
        return std::nullopt;
    // Bits used: 4 per digit, less the leading digit's unused high bits.
    const int lead = QByteArray(1, digits.at(0)).toInt(nullptr, 16);
    const int leadBits = lead >= 8 ? 4 : lead >= 4 ? 3 : lead >= 2 ? 2 : lead >= 1 ? 1 : 0;
    if (4 * (digits.size() - 1) + leadBits > maxBits)
        return std::nullopt;
    return s.toLower();
}

std::optional<quint64> ChainClient::parseQuantity(const QJsonValue& v)
{
    const auto text = parseQuantityText(v, 64);
    if (!text)
        return std::nullopt;
    bool ok = false;
    const quint64 n = text->mid(2).toULongLong(&ok, 16);
    return ok ? std::optional<quint64>(n) : std::nullopt;
}

std::optional<QByteArray> ChainClient::parseData(const QJsonValue& v, qsizetype exactBytes)
{
    if (!v.isString())
        return std::nullopt;
    const QByteArray s = v.toString().toLatin1();
    if (!s.startsWith("0x") || s.size() % 2 != 0)
        return std::nullopt;
    const QByteArray digits = s.mid(2);
    if (!std::all_of(digits.cbegin(), digits.cend(), isHexDigit))
        return std::nullopt;
    const QByteArray bytes = QByteArray::fromHex(digits);
    if (exactBytes >= 0 && bytes.size() != exactBytes)
        return std::nullopt;
    return bytes;
}

void ChainClient::request(const QString& method, const QJsonArray& params, qint64 maxBytes, RawDone done)
{
    const qint64 id = m_nextId++;
    core::HttpRequest req;
    req.method = "POST";
    req.url = m_rpc;
    req.headers.append(qMakePair(QByteArray("content-type"), QByteArray("application/json")));
    req.body = QJsonDocument(
        QJsonObject { { QStringLiteral("jsonrpc"), QStringLiteral("2.0") }, { QStringLiteral("id"), id },
            { QStringLiteral("method"), method }, { QStringLiteral("params"), params } })
                   .toJson(QJsonDocument::Compact);
    req.timeout = m_timeout;
    req.connectTimeout = std::min(m_timeout, std::chrono::milliseconds(10000));
    req.maxResponseBytes = maxBytes;
    QPointer<ChainClient> self(this);
    m_http.send(std::move(req), [self, id, method, done = std::move(done)](const core::HttpResponse& r) {
        if (!self)
            return;
        if (r.error != core::HttpResponse::Error::None) {
            const QString why = r.error == core::HttpResponse::Error::TooLarge
                ? tr("The chain's answer to %1 was larger than this app accepts.").arg(method)
                : r.errorText;
            return done({}, ChainError { ChainError::Kind::Transport, 0, why });
        }
        QJsonParseError pe {};
        const QJsonDocument doc = QJsonDocument::fromJson(r.body, &pe);
        const QJsonObject o = doc.object();
        // A JSON-RPC error may come with a non-200 status; anything else there is the server's.
        if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
            if (r.status != 200)
                return done({},
                    protocolError(
                        tr("The chain's address answered HTTP %1, not JSON-RPC.").arg(r.status), r.status));
            return done({}, protocolError(tr("The chain's answer to %1 is not a JSON object.").arg(method)));
        }
        if (o.value(QLatin1String("jsonrpc")).toString() != QLatin1String("2.0")
            || o.value(QLatin1String("id")).toInteger(-1) != id)
            return done(
                {}, protocolError(tr("The chain's answer to %1 does not match the request.").arg(method)));
        if (o.contains(QLatin1String("error"))) {
            const QJsonObject e = o.value(QLatin1String("error")).toObject();
            const QString message = e.value(QLatin1String("message")).toString().left(300);
            return done({},
                ChainError { ChainError::Kind::Rpc, e.value(QLatin1String("code")).toInteger(),
                    message.isEmpty() ? tr("The chain refused %1.").arg(method) : message });
        }
        if (!o.contains(QLatin1String("result")))
            return done({}, protocolError(tr("The chain's answer to %1 has no result.").arg(method)));
        done(o.value(QLatin1String("result")), std::nullopt);
    });
}

void ChainClient::chainId(Done<quint64> done)
{
    request(QStringLiteral("eth_chainId"), {}, kMaxReplyBytes,
        [done = std::move(done)](const QJsonValue& v, const std::optional<ChainError>& e) {
            if (e)
                return done(0, e);
            const auto n = parseQuantity(v);
            if (!n || *n == 0)
                return done(0, protocolError(tr("The chain sent a malformed chain id.")));
            done(*n, std::nullopt);
        });
}

void ChainClient::blockNumber(Done<quint64> done)
{
    request(QStringLiteral("eth_blockNumber"), {}, kMaxReplyBytes,
        [done = std::move(done)](const QJsonValue& v, const std::optional<ChainError>& e) {
            if (e)
                return done(0, e);
            const auto n = parseQuantity(v);
            if (!n)
                return done(0, protocolError(tr("The chain sent a malformed block number.")));
            done(*n, std::nullopt);
        });
}

void ChainClient::call(const QByteArray& to, const QByteArray& data, Done<QByteArray> done)
{
    const QJsonObject tx { { QStringLiteral("to"), hexData(to) }, { QStringLiteral("data"), hexData(data) } };
    request(QStringLiteral("eth_call"), QJsonArray { tx, QStringLiteral("latest") }, kMaxReplyBytes,
        [done = std::move(done)](const QJsonValue& v, const std::optional<ChainError>& e) {
            if (e)
                return done({}, e);
            const auto bytes = parseData(v);
            if (!bytes)
                return done({}, protocolError(tr("The chain sent malformed call data.")));
            done(*bytes, std::nullopt);
        });
}

void ChainClient::balance(const QByteArray& address, Done<QByteArray> done)
{
    request(QStringLiteral("eth_getBalance"), QJsonArray { hexData(address), QStringLiteral("latest") },
        kMaxReplyBytes, [done = std::move(done)](const QJsonValue& v, const std::optional<ChainError>& e) {
            if (e)
                return done({}, e);
            const auto q = parseQuantityText(v);
            if (!q)
                return done({}, protocolError(tr("The chain sent a malformed balance.")));
            done(*q, std::nullopt);
        });
}

void ChainClient::transactionCount(const QByteArray& address, bool pending, Done<quint64> done)
{
    request(QStringLiteral("eth_getTransactionCount"),
        QJsonArray { hexData(address), pending ? QStringLiteral("pending") : QStringLiteral("latest") },
        kMaxReplyBytes, [done = std::move(done)](const QJsonValue& v, const std::optional<ChainError>& e) {
            if (e)
                return done(0, e);
            const auto n = parseQuantity(v);
            if (!n)
                return done(0, protocolError(tr("The chain sent a malformed transaction count.")));
            done(*n, std::nullopt);
        });
}

void ChainClient::estimateGas(
    const QByteArray& from, const QByteArray& to, const QByteArray& data, Done<quint64> done)
{
    const QJsonObject tx { { QStringLiteral("from"), hexData(from) }, { QStringLiteral("to"), hexData(to) },
        { QStringLiteral("data"), hexData(data) } };
    request(QStringLiteral("eth_estimateGas"), QJsonArray { tx }, kMaxReplyBytes,
        [done = std::move(done)](const QJsonValue& v, const std::optional<ChainError>& e) {
            if (e)
                return done(0, e);
            const auto n = parseQuantity(v);
            if (!n || *n == 0 || *n > 100'000'000)
                return done(0, protocolError(tr("The chain sent an implausible gas estimate.")));
            done(*n, std::nullopt);
        });
}

void ChainClient::maxPriorityFeePerGas(Done<QByteArray> done)
{
    request(QStringLiteral("eth_maxPriorityFeePerGas"), {}, kMaxReplyBytes,
        [done = std::move(done)](const QJsonValue& v, const std::optional<ChainError>& e) {
            if (e)
                return done({}, e);
            const auto q = parseQuantityText(v);
            if (!q)
                return done({}, protocolError(tr("The chain sent a malformed priority fee.")));
            done(*q, std::nullopt);
        });
}

void ChainClient::nextBaseFee(Done<QByteArray> done)
{
    request(QStringLiteral("eth_feeHistory"),
        QJsonArray { hexQuantity(1), QStringLiteral("latest"), QJsonArray {} }, kMaxReplyBytes,
        [done = std::move(done)](const QJsonValue& v, const std::optional<ChainError>& e) {
            if (e)
                return done({}, e);
            // baseFeePerGas has one entry per block asked for plus the next block's: the last.
            const QJsonArray fees = v.toObject().value(QLatin1String("baseFeePerGas")).toArray();
            const auto q = fees.isEmpty() ? std::nullopt : parseQuantityText(fees.last());
            if (!q)
                return done({}, protocolError(tr("The chain sent a malformed fee history.")));
            done(*q, std::nullopt);
        });
}

void ChainClient::sendRawTransaction(const QByteArray& raw, Done<QByteArray> done)
{
    request(QStringLiteral("eth_sendRawTransaction"), QJsonArray { hexData(raw) }, kMaxReplyBytes,
        [done = std::move(done)](const QJsonValue& v, const std::optional<ChainError>& e) {
            if (e)
                return done({}, e);
            const auto hash = parseData(v, 32);
            if (!hash)
                return done({}, protocolError(tr("The chain sent a malformed transaction hash.")));
            done(*hash, std::nullopt);
        });
}

void ChainClient::receipt(const QByteArray& txHash, Done<std::optional<Receipt>> done)
{
    request(QStringLiteral("eth_getTransactionReceipt"), QJsonArray { hexData(txHash) }, kMaxLogsReplyBytes,
        [txHash, done = std::move(done)](const QJsonValue& v, const std::optional<ChainError>& e) {
            if (e)
                return done(std::nullopt, e);
            // Not mined yet: no receipt, or (some nodes, for a pending transaction) one with no block.
            if (v.isNull() || (v.isObject() && v.toObject().value(QLatin1String("blockNumber")).isNull()))
                return done(std::nullopt, std::nullopt);
            const QJsonObject o = v.toObject();
            const auto hash = parseData(o.value(QLatin1String("transactionHash")), 32);
            const auto block = quantityField(o, "blockNumber");
            const auto status = quantityField(o, "status");
            const auto gas = quantityField(o, "gasUsed");
            const auto price = parseQuantityText(o.value(QLatin1String("effectiveGasPrice")));
            const QJsonArray logs = o.value(QLatin1String("logs")).toArray();
            if (!hash || *hash != txHash || !block || !status || *status > 1 || !gas
                || !o.value(QLatin1String("logs")).isArray() || logs.size() > Receipt::kMaxLogs)
                return done(std::nullopt, protocolError(tr("The chain sent a malformed receipt.")));
            Receipt r { *hash, *block, *status == 1, *gas, price.value_or(QByteArray("0x0")), {} };
            for (const QJsonValue& item : logs) {
                const QJsonObject l = item.toObject();
                LogEntry entry;
                const auto address = parseData(l.value(QLatin1String("address")), 20);
                const auto data = parseData(l.value(QLatin1String("data")));
                const QJsonArray topics = l.value(QLatin1String("topics")).toArray();
                if (!address || !data || topics.size() > 4)
                    return done(std::nullopt, protocolError(tr("The chain sent a malformed receipt.")));
                for (const QJsonValue& topic : topics) {
                    const auto bytes = parseData(topic, 32);
                    if (!bytes)
                        return done(std::nullopt, protocolError(tr("The chain sent a malformed receipt.")));
                    entry.topics.append(*bytes);
                }
                entry.address = *address;
                entry.data = *data;
                entry.blockNumber = *block;
                entry.transactionHash = *hash;
                r.logs.append(entry);
            }
            done(r, std::nullopt);
        });
}

void ChainClient::logs(const QByteArray& address, quint64 fromBlock, quint64 toBlock,
    const QList<QByteArray>& topics, Done<QList<LogEntry>> done)
{
    QJsonArray topicFilter;
    for (const QByteArray& t : topics)
        topicFilter.append(t.isEmpty() ? QJsonValue() : QJsonValue(hexData(t)));
    const QJsonObject filter { { QStringLiteral("address"), hexData(address) },
        { QStringLiteral("fromBlock"), hexQuantity(fromBlock) },
        { QStringLiteral("toBlock"), hexQuantity(toBlock) }, { QStringLiteral("topics"), topicFilter } };
    request(QStringLiteral("eth_getLogs"), QJsonArray { filter }, kMaxLogsReplyBytes,
        [address, fromBlock, toBlock, done = std::move(done)](
            const QJsonValue& v, const std::optional<ChainError>& e) {
            if (e)
                return done({}, e);
            if (!v.isArray())
                return done({}, protocolError(tr("The chain sent a malformed list of logs.")));
            QList<LogEntry> out;
            for (const QJsonValue& item : v.toArray()) {
                const QJsonObject o = item.toObject();
                LogEntry l;
                const auto from = parseData(o.value(QLatin1String("address")), 20);
                const auto data = parseData(o.value(QLatin1String("data")));
                const auto block = quantityField(o, "blockNumber");
                const auto tx = parseData(o.value(QLatin1String("transactionHash")), 32);
                const auto index = quantityField(o, "logIndex");
                // A node must only return what was asked for: the contract, the block range.
                if (!from || *from != address || !data || !block || *block < fromBlock || *block > toBlock
                    || !tx || !index)
                    return done({}, protocolError(tr("The chain sent a malformed log entry.")));
                const QJsonArray t = o.value(QLatin1String("topics")).toArray();
                if (t.size() > 4)
                    return done({}, protocolError(tr("The chain sent a malformed log entry.")));
                for (const QJsonValue& topic : t) {
                    const auto bytes = parseData(topic, 32);
                    if (!bytes)
                        return done({}, protocolError(tr("The chain sent a malformed log entry.")));
                    l.topics.append(*bytes);
                }
                l.address = *from;
                l.data = *data;
                l.blockNumber = *block;
                l.transactionHash = *tx;
                l.logIndex = *index;
                out.append(l);
            }
            done(out, std::nullopt);
        });
}

} // namespace sc::chain
