// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

// Strict readers for protocol fields: a wrong type, a fraction or an out-of-range value is
// nullopt, never a guess.
namespace sc::core::json {

// An exact JSON integer in [min, max] (JSON numbers are doubles: fractions and values beyond
// 2^53, where doubles stop being exact, are refused).
std::optional<qint64> readInt(const QJsonObject& o, const char* key, qint64 min, qint64 max);
// A finite number >= min.
std::optional<double> readNumber(const QJsonObject& o, const char* key, double min);
// A string of minLength..maxLength characters.
std::optional<QString> readString(
    const QJsonObject& o, const char* key, qsizetype minLength, qsizetype maxLength);
// A JSON boolean.
std::optional<bool> readBool(const QJsonObject& o, const char* key);

bool isLowerHex(const QString& s, qsizetype length);

// Sets *why (when given) and returns nullopt: the shape of every fromJson failure.
template <typename T> std::optional<T> fail(QString* why, const QString& message)
{
    if (why)
        *why = message;
    return std::nullopt;
}

} // namespace sc::core::json
