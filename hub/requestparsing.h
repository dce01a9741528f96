// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>
#include <optional>
#include <variant>

// What the hub reads from a device's request before the store is touched: the JSON body,
// the signature headers, query parameters. Pure functions, so HubServer's handlers and the
// fuzz targets (fuzz/fuzz_hubrequest.cpp) run the same code.
namespace sc::hub {

// The body as a JSON object; nullopt for anything else (not JSON, an array, trailing junk).
std::optional<QJsonObject> parseJsonBody(const QByteArray& body);

// A decimal query parameter: fallback when absent, nullopt when present but malformed or out
// of [min, max].
std::optional<qint64> queryInt(
    const QUrlQuery& query, const QString& key, qint64 fallback, qint64 min, qint64 max);

// The X-SC-* headers of a signed request, checked for form (not yet for the signature).
struct SignedHeaders {
    QByteArray key; // 64 lowercase hex: the device's Ed25519 public key
    qint64 timestamp = 0;
    QByteArray nonce; // 32 lowercase hex
    QByteArray signature; // 64 raw bytes (128 lowercase hex on the wire)
};
// The headers, or the message of the bad_signature reply.
std::variant<SignedHeaders, QString> readSignedHeaders(
    const QByteArray& key, const QByteArray& timestamp, const QByteArray& signature, const QByteArray& nonce);

} // namespace sc::hub
