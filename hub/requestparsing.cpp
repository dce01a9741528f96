// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestparsing.h"

#include "protocol/jsonfields.h"

#include <QJsonDocument>

namespace sc::hub {

namespace {
    bool isLowerHex(const QByteArray& s, qsizetype length)
    {
        return core::json::isLowerHex(QString::fromLatin1(s), length);
    }
} // namespace

std::optional<QJsonObject> parseJsonBody(const QByteArray& body)
{
    QJsonParseError err {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

std::optional<qint64> queryInt(
    const QUrlQuery& query, const QString& key, qint64 fallback, qint64 min, qint64 max)
{
    if (!query.hasQueryItem(key))
        return fallback;
    bool good = false;
    const qint64 v = query.queryItemValue(key).toLongLong(&good);
    if (!good || v < min || v > max)
        return std::nullopt;
    return v;
}

std::variant<SignedHeaders, QString> readSignedHeaders(
    const QByteArray& key, const QByteArray& timestamp, const QByteArray& signature, const QByteArray& nonce)
{
    if (key.isEmpty() || timestamp.isEmpty() || signature.isEmpty() || nonce.isEmpty())
        return QStringLiteral("X-SC-Key, X-SC-Timestamp, X-SC-Nonce and X-SC-Signature are required");
    if (!isLowerHex(key, 64) || !isLowerHex(signature, 128) || !isLowerHex(nonce, 32))
        return QStringLiteral(
            "X-SC-Key, X-SC-Nonce or X-SC-Signature is not lowercase hex of the right length");
    bool good = false;
    const qint64 ts = timestamp.toLongLong(&good);
    if (!good || timestamp.size() > 19)
        return QStringLiteral("X-SC-Timestamp is not a decimal number");
    return SignedHeaders { key, ts, nonce, QByteArray::fromHex(signature) };
}

} // namespace sc::hub
