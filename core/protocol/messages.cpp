// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/messages.h"

#include "protocol/jsonfields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <algorithm>
#include <limits>
#include <tuple>

namespace sc::core {

using json::fail;
using json::readBool;
using json::readInt;
using json::readString;

namespace {
    constexpr qint64 kMaxInt = std::numeric_limits<qint64>::max();

    bool isHexDigit(QChar c)
    {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
    }

    // Reads an array of objects with T::fromJson, naming the element that failed.
    template <typename T>
    std::optional<QList<T>> readList(const QJsonObject& o, const char* key, QString* why)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isArray())
            return fail<QList<T>>(why, QStringLiteral("%1: missing or not an array").arg(QLatin1String(key)));
        QList<T> out;
        const QJsonArray list = v.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            QString inner;
            const auto item
                = list.at(i).isObject() ? T::fromJson(list.at(i).toObject(), &inner) : std::nullopt;
            if (!item)
                return fail<QList<T>>(why,
                    QStringLiteral("%1[%2]%3")
                        .arg(QLatin1String(key))
                        .arg(i)
                        .arg(inner.isEmpty() ? QStringLiteral(": not an object")
                                             : QStringLiteral(".") + inner));
            out.append(*item);
        }
        return out;
    }

    template <typename T> QJsonArray writeList(const QList<T>& items)
    {
        QJsonArray out;
        for (const T& item : items)
            out.append(item.toJson());
        return out;
    }
} // namespace

std::optional<ChainInfo> ChainInfo::fromJson(const QJsonObject& o, QString* why)
{
    ChainInfo c;
    // chain_id is a JSON number: exact up to 2^53, which every real chain id is far below.
    const auto id = readInt(o, "chain_id", 1, (qint64(1) << 53));
    if (!id)
        return fail<ChainInfo>(why, QStringLiteral("chain.chain_id: not a positive integer"));
    c.chainId = static_cast<quint64>(*id);
    const auto token = readString(o, "token", 42, 42);
    if (!token || !token->startsWith(QLatin1String("0x"))
        || !std::all_of(token->begin() + 2, token->end(), isHexDigit))
        return fail<ChainInfo>(why, QStringLiteral("chain.token: not 0x and 40 hex digits"));
    c.token = *token;
    const auto symbol = readString(o, "symbol", 1, 16);
    if (!symbol)
        return fail<ChainInfo>(why, QStringLiteral("chain.symbol: not 1 to 16 characters"));
    c.symbol = *symbol;
    const auto decimals = readInt(o, "decimals", 0, kMaxDecimals);
    if (!decimals)
        return fail<ChainInfo>(why, QStringLiteral("chain.decimals: not an integer from 0 to 77"));
    c.decimals = static_cast<int>(*decimals);
    if (o.contains(QLatin1String("native_symbol"))) {
        const auto native = readString(o, "native_symbol", 1, 16);
        if (!native)
            return fail<ChainInfo>(why, QStringLiteral("chain.native_symbol: not 1 to 16 characters"));
        c.nativeSymbol = *native;
    }
    for (const auto& [key, target, needs] : { std::tuple { "rpc_hint", &c.rpcHint, QString() },
             std::tuple { "explorer_tx_url", &c.explorerTxUrl, QStringLiteral("{tx}") } }) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty()))
            continue;
        const auto text = readString(o, key, 1, 2048);
        // "{tx}" is not valid in a URL: check the address as it will be used.
        const QUrl url(
            QString(text.value_or(QString())).replace(QLatin1String("{tx}"), QLatin1String("0x00")),
            QUrl::StrictMode);
        const bool web = url.isValid()
            && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
            && !url.host().isEmpty();
        if (!text || !web || (!needs.isEmpty() && !text->contains(needs)))
            return fail<ChainInfo>(why,
                QStringLiteral("chain.%1: not an http(s) address%2")
                    .arg(QLatin1String(key), needs.isEmpty() ? QString() : QStringLiteral(" with {tx}")));
        *target = *text;
    }
    return c;
}

QJsonObject ChainInfo::toJson() const
{
    QJsonObject o { { QStringLiteral("chain_id"), static_cast<qint64>(chainId) },
        { QStringLiteral("token"), token }, { QStringLiteral("symbol"), symbol },
        { QStringLiteral("decimals"), decimals }, { QStringLiteral("native_symbol"), nativeSymbol } };
    if (!rpcHint.isEmpty())
        o.insert(QStringLiteral("rpc_hint"), rpcHint);
    if (!explorerTxUrl.isEmpty())
        o.insert(QStringLiteral("explorer_tx_url"), explorerTxUrl);
    return o;
}

QString ChainInfo::explorerUrlFor(const QString& txHash) const
{
    if (explorerTxUrl.isEmpty())
        return {};
    QString url = explorerTxUrl;
    return url.replace(QLatin1String("{tx}"), txHash);
}

std::optional<NetworkInfo> NetworkInfo::fromJson(const QJsonObject& o, QString* why)
{
    NetworkInfo n;
    if (readInt(o, "protocol", 0, kMaxInt) != kProtocol)
        return fail<NetworkInfo>(why, QStringLiteral("protocol: not 1"));
    const auto key = readString(o, "code_signing_key", 64, 64);
    if (!key || !std::all_of(key->begin(), key->end(), isHexDigit))
        return fail<NetworkInfo>(why, QStringLiteral("code_signing_key: not 64 hex digits"));
    n.codeSigningKey = QByteArray::fromHex(key->toLatin1());
    // The rest is informational: checked when present, defaulted when not.
    if (o.contains(QLatin1String("name"))) {
        const auto name = readString(o, "name", 0, 256);
        if (!name)
            return fail<NetworkInfo>(why, QStringLiteral("name: not a short string"));
        n.name = *name;
    }
    if (o.contains(QLatin1String("currency"))) {
        const auto currency = readString(o, "currency", 1, 16);
        if (!currency)
            return fail<NetworkInfo>(why, QStringLiteral("currency: not a short string"));
        n.currency = *currency;
    }
    if (o.contains(QLatin1String("base_units_per_token"))) {
        const auto units = readInt(o, "base_units_per_token", 1, kMaxInt);
        if (!units)
            return fail<NetworkInfo>(why, QStringLiteral("base_units_per_token: not a positive integer"));
        n.baseUnitsPerToken = *units;
    }
    if (const QJsonValue chain = o.value(QLatin1String("chain")); !chain.isUndefined() && !chain.isNull()) {
        if (!chain.isObject())
            return fail<NetworkInfo>(why, QStringLiteral("chain: not an object or null"));
        const auto info = ChainInfo::fromJson(chain.toObject(), why);
        if (!info)
            return std::nullopt;
        n.chain = *info;
    }
    if (o.contains(QLatin1String("quorum"))) {
        const auto quorum = readInt(o, "quorum", 1, 16);
        if (!quorum)
            return fail<NetworkInfo>(why, QStringLiteral("quorum: not an integer from 1 to 16"));
        n.quorum = static_cast<int>(*quorum);
    }
    return n;
}

QJsonObject NetworkInfo::toJson() const
{
    return QJsonObject {
        { QStringLiteral("name"), name },
        { QStringLiteral("protocol"), protocol },
        { QStringLiteral("code_signing_key"), QString::fromLatin1(codeSigningKey.toHex()) },
        { QStringLiteral("currency"), currency },
        { QStringLiteral("base_units_per_token"), baseUnitsPerToken },
        { QStringLiteral("quorum"), quorum },
        { QStringLiteral("chain"), chain ? QJsonValue(chain->toJson()) : QJsonValue(QJsonValue::Null) },
    };
}

std::optional<RegisterRequest> RegisterRequest::fromJson(const QJsonObject& o, QString* why)
{
    RegisterRequest r;
    const QJsonValue payout = o.value(QStringLiteral("payout_address"));
    if (!payout.isUndefined() && !payout.isNull()) {
        if (!payout.isString())
            return fail<RegisterRequest>(why, QStringLiteral("payout_address: not a string"));
        r.payoutAddress = payout.toString();
        const QString& a = r.payoutAddress;
        const bool hex = a.size() == 42 && a.startsWith(QLatin1String("0x"))
            && std::all_of(a.begin() + 2, a.end(), isHexDigit);
        if (!a.isEmpty() && !hex)
            return fail<RegisterRequest>(
                why, QStringLiteral("payout_address: not empty and not 0x plus 40 hex digits"));
    }
    const QJsonValue profile = o.value(QStringLiteral("profile"));
    if (!profile.isUndefined()) {
        if (!profile.isObject())
            return fail<RegisterRequest>(why, QStringLiteral("profile: not an object"));
        r.profile = profile.toObject();
        if (r.profileJson().size() > kMaxProfileBytes)
            return fail<RegisterRequest>(why, QStringLiteral("profile: larger than 32 KiB"));
        const QJsonValue ops = r.profile->value(QStringLiteral("ops_per_second"));
        if (!ops.isUndefined() && !json::readNumber(*r.profile, "ops_per_second", 0).value_or(0))
            return fail<RegisterRequest>(
                why, QStringLiteral("profile.ops_per_second: not a positive number"));
    }
    return r;
}

QJsonObject RegisterRequest::toJson() const
{
    QJsonObject o { { QStringLiteral("payout_address"), payoutAddress } };
    if (profile)
        o.insert(QStringLiteral("profile"), *profile);
    return o;
}

QByteArray RegisterRequest::profileJson() const
{
    return profile ? QJsonDocument(*profile).toJson(QJsonDocument::Compact) : QByteArray("{}");
}

double RegisterRequest::opsPerSecond() const
{
    return profile && profile->contains(QLatin1String("ops_per_second"))
        ? profile->value(QLatin1String("ops_per_second")).toDouble()
        : kDefaultOpsPerSecond;
}

std::optional<RegisterReply> RegisterReply::fromJson(const QJsonObject& o, QString* why)
{
    const auto id = readString(o, "device_id", 1, 128);
    if (!id)
        return fail<RegisterReply>(why, QStringLiteral("device_id: missing or not a short string"));
    return RegisterReply { *id };
}

QJsonObject RegisterReply::toJson() const
{
    return QJsonObject { { QStringLiteral("device_id"), deviceId } };
}

std::optional<WorkRequest> WorkRequest::fromJson(const QJsonObject& o, QString* why)
{
    const auto cores = readInt(o, "cores", 1, kMaxCores);
    if (!cores)
        return fail<WorkRequest>(why, QStringLiteral("cores: not an integer from 1 to 256"));
    // 0 seconds: no CPU work, only GPU work (with gpus > 0, checked below).
    const auto seconds = readInt(o, "seconds", 0, kMaxSeconds);
    if (!seconds)
        return fail<WorkRequest>(why, QStringLiteral("seconds: not an integer from 0 to 86400"));
    QString requestId;
    if (const QJsonValue id = o.value(QLatin1String("request_id")); !id.isUndefined()) {
        requestId = id.toString();
        if (!id.isString() || !isValidRequestId(requestId))
            return fail<WorkRequest>(
                why, QStringLiteral("request_id: not 8 to 64 of A-Z, a-z, 0-9, _ and -"));
    }
    int gpus = 0;
    if (o.contains(QLatin1String("gpus"))) {
        const auto g = readInt(o, "gpus", 0, kMaxGpus);
        if (!g)
            return fail<WorkRequest>(why, QStringLiteral("gpus: not an integer from 0 to 16"));
        gpus = static_cast<int>(*g);
    }
    if (*seconds == 0 && gpus == 0)
        return fail<WorkRequest>(why, QStringLiteral("seconds: 0 asks for nothing (only with gpus > 0)"));
    return WorkRequest { static_cast<int>(*cores), *seconds, requestId, gpus };
}

bool WorkRequest::isValidRequestId(const QString& id)
{
    if (id.size() < 8 || id.size() > kMaxRequestIdLength)
        return false;
    return std::all_of(id.cbegin(), id.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_'
            || c == u'-';
    });
}

QJsonObject WorkRequest::toJson() const
{
    QJsonObject o { { QStringLiteral("cores"), cores }, { QStringLiteral("seconds"), seconds } };
    if (!requestId.isEmpty())
        o.insert(QStringLiteral("request_id"), requestId);
    if (gpus > 0)
        o.insert(QStringLiteral("gpus"), gpus);
    return o;
}

std::optional<HeldWork> HeldWork::fromJson(const QJsonObject& o, QString* why)
{
    const auto time = readInt(o, "time", 0, kMaxInt);
    if (!time)
        return fail<HeldWork>(why, QStringLiteral("time: not a non-negative integer"));
    auto parsed = parseWorkReply(o);
    if (const auto* e = std::get_if<ProtocolError>(&parsed))
        return fail<HeldWork>(why, e->field + QStringLiteral(": ") + e->message);
    return HeldWork { std::get<QList<TaskDescriptor>>(std::move(parsed)), *time };
}

QJsonObject HeldWork::toJson() const
{
    QJsonObject o = WorkReply { tasks }.toJson();
    o.insert(QStringLiteral("time"), time);
    return o;
}

std::optional<ReleaseReply> ReleaseReply::fromJson(const QJsonObject& o, QString* why)
{
    const QString status = o.value(QLatin1String("status")).toString();
    if (status != QLatin1String("released"))
        return fail<ReleaseReply>(why, QStringLiteral("status: not released"));
    return ReleaseReply { status };
}

QJsonObject ReleaseReply::toJson() const { return QJsonObject { { QStringLiteral("status"), status } }; }

std::optional<WorkReply> WorkReply::fromJson(const QJsonObject& o, QString* why)
{
    auto parsed = parseWorkReply(o);
    if (const auto* e = std::get_if<ProtocolError>(&parsed))
        return fail<WorkReply>(why, e->field + QStringLiteral(": ") + e->message);
    return WorkReply { std::get<QList<TaskDescriptor>>(std::move(parsed)) };
}

QJsonObject WorkReply::toJson() const
{
    QJsonArray list;
    for (const TaskDescriptor& t : tasks)
        list.append(core::toJson(t));
    return QJsonObject { { QStringLiteral("tasks"), list } };
}

std::optional<OutputReceipt> OutputReceipt::fromJson(const QJsonObject& o, QString* why)
{
    const auto sha = readString(o, "output_sha256", 64, 64);
    if (!sha || !json::isLowerHex(*sha, 64))
        return fail<OutputReceipt>(why, QStringLiteral("output_sha256: not 64 lowercase hex digits"));
    return OutputReceipt { *sha };
}

QJsonObject OutputReceipt::toJson() const
{
    return QJsonObject { { QStringLiteral("output_sha256"), outputSha256 } };
}

std::optional<ResultReport> ResultReport::fromJson(const QJsonObject& o, QString* why)
{
    const auto exitCode = readInt(o, "exit_code", -2147483648LL, 2147483647LL);
    if (!exitCode)
        return fail<ResultReport>(why, QStringLiteral("exit_code: not an integer"));
    const auto cpu = json::readNumber(o, "cpu_seconds", 0);
    if (!cpu)
        return fail<ResultReport>(why, QStringLiteral("cpu_seconds: not a number >= 0"));
    const QJsonValue hash = o.value(QStringLiteral("output_sha256"));
    if (!hash.isString() || !json::isLowerHex(hash.toString(), 64))
        return fail<ResultReport>(why, QStringLiteral("output_sha256: not 64 lowercase hex digits"));
    return ResultReport { *exitCode, *cpu, hash.toString() };
}

QJsonObject ResultReport::toJson() const
{
    return QJsonObject { { QStringLiteral("exit_code"), exitCode },
        { QStringLiteral("cpu_seconds"), cpuSeconds }, { QStringLiteral("output_sha256"), outputSha256 } };
}

std::optional<ResultReply> ResultReply::fromJson(const QJsonObject& o, QString* why)
{
    const QString status = o.value(QLatin1String("status")).toString();
    if (status != QLatin1String("pending") && status != QLatin1String("valid")
        && status != QLatin1String("invalid"))
        return fail<ResultReply>(why, QStringLiteral("status: not pending, valid or invalid"));
    return ResultReply { status };
}

QJsonObject ResultReply::toJson() const { return QJsonObject { { QStringLiteral("status"), status } }; }

std::optional<CreditEntry> CreditEntry::fromJson(const QJsonObject& o, QString* why)
{
    CreditEntry c;
    const auto seq = readInt(o, "seq", 0, kMaxInt);
    const auto task = readString(o, "task_id", 1, 128);
    const QString status = o.value(QLatin1String("status")).toString();
    const auto amount = readInt(o, "amount", 0, kMaxInt);
    const auto time = readInt(o, "time", 0, kMaxInt);
    if (!seq)
        return fail<CreditEntry>(why, QStringLiteral("seq: not a non-negative integer"));
    if (!task)
        return fail<CreditEntry>(why, QStringLiteral("task_id: missing or not a short string"));
    if (status != QLatin1String("valid") && status != QLatin1String("invalid"))
        return fail<CreditEntry>(why, QStringLiteral("status: not valid or invalid"));
    if (!amount)
        return fail<CreditEntry>(why, QStringLiteral("amount: not a non-negative integer"));
    if (!time)
        return fail<CreditEntry>(why, QStringLiteral("time: not a non-negative integer"));
    return CreditEntry { *seq, *task, status, *amount, *time };
}

QJsonObject CreditEntry::toJson() const
{
    return QJsonObject { { QStringLiteral("seq"), seq }, { QStringLiteral("task_id"), taskId },
        { QStringLiteral("status"), status }, { QStringLiteral("amount"), amount },
        { QStringLiteral("time"), time } };
}

std::optional<CreditPage> CreditPage::fromJson(const QJsonObject& o, QString* why)
{
    CreditPage p;
    auto credits = readList<CreditEntry>(o, "credits", why);
    if (!credits)
        return std::nullopt;
    p.credits = std::move(*credits);
    const auto next = readInt(o, "next", 0, kMaxInt);
    if (!next)
        return fail<CreditPage>(why, QStringLiteral("next: not a non-negative integer"));
    p.next = *next;
    if (o.contains(QLatin1String("paid"))) {
        p.paid = readInt(o, "paid", 0, kMaxInt);
        if (!p.paid)
            return fail<CreditPage>(why, QStringLiteral("paid: not a non-negative integer"));
    }
    return p;
}

QJsonObject CreditPage::toJson() const
{
    QJsonObject o { { QStringLiteral("credits"), writeList(credits) }, { QStringLiteral("next"), next } };
    if (paid)
        o.insert(QStringLiteral("paid"), *paid);
    return o;
}

std::optional<PayoutEntry> PayoutEntry::fromJson(const QJsonObject& o, QString* why)
{
    const auto id = readInt(o, "id", 0, kMaxInt);
    const auto amount = readInt(o, "amount", 0, kMaxInt);
    const auto address = readString(o, "address", 0, 64);
    const auto time = readInt(o, "time", 0, kMaxInt);
    if (!id || !amount || !address || !time)
        return fail<PayoutEntry>(why, QStringLiteral("id, amount, address or time: missing or wrong type"));
    PayoutEntry p;
    p.id = *id;
    p.amount = *amount;
    p.address = *address;
    p.time = *time;
    if (o.contains(QLatin1String("status"))) {
        static const QStringList kStates { QStringLiteral("recorded"), QStringLiteral("signed"),
            QStringLiteral("sent"), QStringLiteral("confirmed"), QStringLiteral("reverted"),
            QStringLiteral("dropped") };
        const auto status = readString(o, "status", 1, 16);
        if (!status || !kStates.contains(*status))
            return fail<PayoutEntry>(why, QStringLiteral("status: not a payout state"));
        p.status = *status;
    }
    if (o.contains(QLatin1String("tx_hash"))) {
        const auto hash = readString(o, "tx_hash", 66, 66);
        const bool hex = hash && hash->startsWith(QLatin1String("0x"))
            && std::all_of(hash->cbegin() + 2, hash->cend(), [](QChar c) {
                   return (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                       || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
               });
        if (!hex)
            return fail<PayoutEntry>(why, QStringLiteral("tx_hash: not 0x and 64 lowercase hex digits"));
        p.txHash = *hash;
    }
    if (o.contains(QLatin1String("block"))) {
        const auto block = readInt(o, "block", 0, kMaxInt);
        if (!block)
            return fail<PayoutEntry>(why, QStringLiteral("block: not a non-negative integer"));
        p.block = *block;
    }
    return p;
}

QJsonObject PayoutEntry::toJson() const
{
    QJsonObject o { { QStringLiteral("id"), id }, { QStringLiteral("amount"), amount },
        { QStringLiteral("address"), address }, { QStringLiteral("time"), time },
        { QStringLiteral("status"), status } };
    if (!txHash.isEmpty())
        o.insert(QStringLiteral("tx_hash"), txHash);
    if (block)
        o.insert(QStringLiteral("block"), *block);
    return o;
}

std::optional<Account> Account::fromJson(const QJsonObject& o, QString* why)
{
    Account a;
    const auto device = readString(o, "device_id", 1, 128);
    const auto pending = readInt(o, "pending", 0, kMaxInt);
    const auto paid = readInt(o, "paid", 0, kMaxInt);
    const auto total = readInt(o, "total", 0, kMaxInt);
    const auto flagged = readBool(o, "flagged");
    if (!device)
        return fail<Account>(why, QStringLiteral("device_id: missing or not a short string"));
    if (!pending || !paid || !total)
        return fail<Account>(why, QStringLiteral("pending, paid or total: not a non-negative integer"));
    if (!flagged)
        return fail<Account>(why, QStringLiteral("flagged: not a boolean"));
    auto payouts = readList<PayoutEntry>(o, "payouts", why);
    if (!payouts)
        return std::nullopt;
    const QJsonObject results = o.value(QLatin1String("results")).toObject();
    const auto awaiting = readInt(results, "awaiting_validation", 0, kMaxInt);
    const auto valid = readInt(results, "valid", 0, kMaxInt);
    const auto invalid = readInt(results, "invalid", 0, kMaxInt);
    if (!awaiting || !valid || !invalid)
        return fail<Account>(why, QStringLiteral("results: missing or not three counts"));
    return Account { *device, *pending, *paid, *total, std::move(*payouts), *awaiting, *valid, *invalid,
        *flagged };
}

QJsonObject Account::toJson() const
{
    return QJsonObject {
        { QStringLiteral("device_id"), deviceId },
        { QStringLiteral("pending"), pending },
        { QStringLiteral("paid"), paid },
        { QStringLiteral("payouts"), writeList(payouts) },
        { QStringLiteral("total"), total },
        { QStringLiteral("results"),
            QJsonObject { { QStringLiteral("awaiting_validation"), awaitingValidation },
                { QStringLiteral("valid"), valid }, { QStringLiteral("invalid"), invalid } } },
        { QStringLiteral("flagged"), flagged },
    };
}

std::optional<History> History::fromJson(const QJsonObject& o, QString* why)
{
    const QJsonValue v = o.value(QLatin1String("days"));
    if (!v.isArray())
        return fail<History>(why, QStringLiteral("days: missing or not an array"));
    History h;
    for (const QJsonValue& d : v.toArray()) {
        const QJsonObject day = d.toObject();
        const auto name = readString(day, "day", 10, 10);
        const auto credit = readInt(day, "credit", 0, kMaxInt);
        const auto tasks = readInt(day, "tasks", 0, kMaxInt);
        if (!name || !credit || !tasks)
            return fail<History>(why, QStringLiteral("days: an entry lacks day, credit or tasks"));
        h.days.append(HistoryDay { *name, *credit, *tasks });
    }
    return h;
}

QJsonObject History::toJson() const
{
    QJsonArray list;
    for (const HistoryDay& d : days)
        list.append(QJsonObject { { QStringLiteral("day"), d.day }, { QStringLiteral("credit"), d.credit },
            { QStringLiteral("tasks"), d.tasks } });
    return QJsonObject { { QStringLiteral("days"), list } };
}

} // namespace sc::core
