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

bool EvmAddress::isPlaceholder(const QString& text, QString* error)
{
    static const char* const kExamples[] = {
        "0x0000000000000000000000000000000000000000",
        // EIP-55's test vectors.
        "0x52908400098527886e0f7030069857d2e4169ee7",
        "0x8617e340b3d01fa5f11f306f4090fd50e238070d",
        "0xde709f2102306220921060314715629080e2fb77",
        "0x27b1fdb04752bbc536007a920d24acb045561c26",
        "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed",
        "0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359",
        "0xdbf03b407c01e7cd3cbea99509d93f8dddc8c6fb",
        "0xd1220a0cf47c7b9be7a2e6ba89f429762e7b9adb",
    };
    const QString t = text.trimmed().toLower();
    for (const char* example : kExamples) {
        if (t == QLatin1String(example)) {
            *error = tr("This is an example address from a guide, not your wallet's: payouts sent to it "
                        "would be lost. Copy the address from your own wallet app.");
            return true;
        }
    }
    return false;
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
