// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace sc::hub {

// Outcome of a store call, mapped 1:1 onto the protocol's error codes by the server.
struct StoreResult {
    enum class Code {
        Ok,
        BadRequest,
        UnknownDevice,
        Flagged,
        NotFound,
        AlreadyReported,
        Conflict,
        Expired,
        TooLarge,
        Internal
    };
    Code code = Code::Ok;
    QString message;
    bool ok() const { return code == Code::Ok; }

    static StoreResult fail(Code code, const QString& message) { return StoreResult { code, message }; }
    static StoreResult internal()
    {
        return fail(Code::Internal, QStringLiteral("storage failure; retry later"));
    }
};

} // namespace sc::hub
