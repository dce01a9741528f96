// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/jsonfields.h"

#include <QJsonValue>
#include <algorithm>
#include <cmath>

namespace sc::core::json {

std::optional<qint64> readInt(const QJsonObject& o, const char* key, qint64 min, qint64 max)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    constexpr double exactLimit = 9007199254740992.0; // 2^53
    if (!std::isfinite(d) || d != std::floor(d) || std::fabs(d) > exactLimit || d < static_cast<double>(min)
        || d > static_cast<double>(max))
        return std::nullopt;
    return static_cast<qint64>(d);
}

std::optional<double> readNumber(const QJsonObject& o, const char* key, double min)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < min)
        return std::nullopt;
    return v.toDouble();
}

std::optional<QString> readString(
    const QJsonObject& o, const char* key, qsizetype minLength, qsizetype maxLength)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isString())
        return std::nullopt;
    QString s = v.toString();
    if (s.size() < minLength || s.size() > maxLength)
        return std::nullopt;
    return s;
}

std::optional<bool> readBool(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isBool())
        return std::nullopt;
    return v.toBool();
}

bool isLowerHex(const QString& s, qsizetype length)
{
    return s.size() == length && std::all_of(s.begin(), s.end(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
    });
}

} // namespace sc::core::json
