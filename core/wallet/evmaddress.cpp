// SPDX-License-Identifier: GPL-3.0-or-later
#include "wallet/evmaddress.h"

#include "evm/keccak.h"

#include <QRegularExpression>

namespace sc::core {

QByteArray EvmAddress::keccak256(const QByteArray& data) { return sc::evm::Keccak256::hash(data); }

QString EvmAddress::checksummed(const QString& address)
{
    // White space around it as validate() allows it: what validate() accepts has a checksum.
    const QString a = address.trimmed();
    QString hex = a.startsWith(QLatin1String("0x")) || a.startsWith(QLatin1String("0X")) ? a.mid(2) : a;
    static const QRegularExpression re(QStringLiteral("^[0-9a-fA-F]{40}$"));
    if (!re.match(hex).hasMatch())
        return QString();
    hex = hex.toLower();
    const QByteArray hash = keccak256(hex.toLatin1()).toHex();
    QString out = QStringLiteral("0x");
    for (int i = 0; i < 40; ++i) {
        const QChar c = hex.at(i);
        const bool upper = c.isLetter() && hash.at(i) >= '8';
        out += upper ? c.toUpper() : c;
    }
    return out;
}

bool EvmAddress::validate(const QString& text, QString* error)
{
    const QString t = text.trimmed();
    static const QRegularExpression re(QStringLiteral("^0x[0-9a-fA-F]{40}$"));
    if (!re.match(t).hasMatch()) {
        *error = tr("An address starts with 0x followed by 40 characters 0–9 and a–f.");
        return false;
    }
    const QString hex = t.mid(2);
    if (hex == hex.toLower() || hex == hex.toUpper())
        return true;
    if (checksummed(t) != t) {
        *error = tr("The capital letters do not match the address's checksum: there is probably a typo. "
                    "Copy the address again from your wallet.");
        return false;
    }
    return true;
}

} // namespace sc::core
