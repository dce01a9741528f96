// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/errorcode.h"

#include "protocol/jsonfields.h"

#include <array>
#include <utility>

namespace sc::core {

namespace {
    struct Entry {
        ErrorCode code;
        const char* name;
        int status;
    };
    constexpr std::array<Entry, 13> kCodes { {
        { ErrorCode::BadRequest, "bad_request", 400 },
        { ErrorCode::BadSignature, "bad_signature", 401 },
        { ErrorCode::ClockSkew, "clock_skew", 401 },
        { ErrorCode::Replay, "replay", 401 },
        { ErrorCode::UnknownDevice, "unknown_device", 403 },
        { ErrorCode::DeviceFlagged, "device_flagged", 403 },
        { ErrorCode::NotFound, "not_found", 404 },
        { ErrorCode::MethodNotAllowed, "method_not_allowed", 405 },
        { ErrorCode::AlreadyReported, "already_reported", 409 },
        { ErrorCode::Conflict, "conflict", 409 },
        { ErrorCode::Expired, "expired", 410 },
        { ErrorCode::TooLarge, "too_large", 413 },
        { ErrorCode::Internal, "internal", 500 },
    } };

    const Entry& entry(ErrorCode code)
    {
        for (const Entry& e : kCodes) {
            if (e.code == code)
                return e;
        }
        return kCodes.back();
    }
} // namespace

QString toString(ErrorCode code) { return QLatin1String(entry(code).name); }

int httpStatus(ErrorCode code) { return entry(code).status; }

std::optional<ErrorCode> errorCodeFromString(const QString& text)
{
    for (const Entry& e : kCodes) {
        if (text == QLatin1String(e.name))
            return e.code;
    }
    return std::nullopt;
}

std::optional<ErrorReply> ErrorReply::fromJson(const QJsonObject& o, QString* why)
{
    const QJsonValue error = o.value(QLatin1String("error"));
    if (!error.isObject())
        return json::fail<ErrorReply>(why, QStringLiteral("error: missing or not an object"));
    const QJsonObject e = error.toObject();
    const auto code = errorCodeFromString(e.value(QLatin1String("code")).toString());
    if (!code)
        return json::fail<ErrorReply>(why, QStringLiteral("error.code: not a protocol error code"));
    const auto message = json::readString(e, "message", 0, 4096);
    if (!message)
        return json::fail<ErrorReply>(why, QStringLiteral("error.message: missing or not a string"));
    return ErrorReply { *code, *message };
}

QJsonObject ErrorReply::toJson() const
{
    return QJsonObject { { QStringLiteral("error"),
        QJsonObject {
            { QStringLiteral("code"), toString(code) }, { QStringLiteral("message"), message } } } };
}

} // namespace sc::core
