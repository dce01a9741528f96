// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace sc::core {

// The protocol's error codes (docs/protocol.md, "Transport and errors"), one list for the
// hub that sends them and the client that reads them.
enum class ErrorCode {
    BadRequest,
    BadSignature,
    ClockSkew,
    Replay,
    UnknownDevice,
    DeviceFlagged,
    NotFound,
    MethodNotAllowed,
    AlreadyReported,
    Conflict,
    Expired,
    TooLarge,
    Internal,
};

QString toString(ErrorCode code);
std::optional<ErrorCode> errorCodeFromString(const QString& text);
int httpStatus(ErrorCode code); // the HTTP status the hub answers with

// {"error": {"code": "...", "message": "..."}}
struct ErrorReply {
    ErrorCode code = ErrorCode::Internal;
    QString message;

    static std::optional<ErrorReply> fromJson(const QJsonObject& o, QString* why);
    QJsonObject toJson() const;
};

} // namespace sc::core
