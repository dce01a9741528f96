// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/onboarding/evmaddress.h"

#include <QRegularExpression>
#include <array>
#include <cstring>

namespace sc::ui {

namespace {
    constexpr std::array<quint64, 24> kRoundConstants {
        0x0000000000000001ULL, 0x0000000000008082ULL, 0x800000000000808aULL, 0x8000000080008000ULL,
        0x000000000000808bULL, 0x0000000080000001ULL, 0x8000000080008081ULL, 0x8000000000008009ULL,
        0x000000000000008aULL, 0x0000000000000088ULL, 0x0000000080008009ULL, 0x000000008000000aULL,
        0x000000008000808bULL, 0x800000000000008bULL, 0x8000000000008089ULL, 0x8000000000008003ULL,
        0x8000000000008002ULL, 0x8000000000000080ULL, 0x000000000000800aULL, 0x800000008000000aULL,
        0x8000000080008081ULL, 0x8000000000008080ULL, 0x0000000080000001ULL, 0x8000000080008008ULL,
    };
    constexpr std::array<int, 25> kRotations { 0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8,
        18, 2, 61, 56, 14 };

    quint64 rotl(quint64 x, int n) { return n == 0 ? x : (x << n) | (x >> (64 - n)); }

    void keccakF(std::array<quint64, 25>& a)
    {
        for (quint64 rc : kRoundConstants) {
            std::array<quint64, 5> c {};
            for (int x = 0; x < 5; ++x)
                c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
            for (int x = 0; x < 5; ++x) {
                const quint64 d = c[(x + 4) % 5] ^ rotl(c[(x + 1) % 5], 1);
                for (int y = 0; y < 25; y += 5)
                    a[y + x] ^= d;
            }
            std::array<quint64, 25> b {};
            for (int x = 0; x < 5; ++x) {
                for (int y = 0; y < 5; ++y)
                    b[y + 5 * ((2 * x + 3 * y) % 5)] = rotl(a[x + 5 * y], kRotations[x + 5 * y]);
            }
            for (int y = 0; y < 25; y += 5) {
                for (int x = 0; x < 5; ++x)
                    a[y + x] = b[y + x] ^ (~b[y + (x + 1) % 5] & b[y + (x + 2) % 5]);
            }
            a[0] ^= rc;
        }
    }
} // namespace

QByteArray EvmAddress::keccak256(const QByteArray& data)
{
    constexpr int rate = 136;
    std::array<quint64, 25> state {};
    QByteArray padded = data;
    // Keccak padding (0x01 … 0x80), not SHA-3's 0x06.
    padded.append(char(0x01));
    while (padded.size() % rate != 0)
        padded.append(char(0));
    padded[padded.size() - 1] = static_cast<char>(static_cast<unsigned char>(padded[padded.size() - 1]) | 0x80);
    for (qsizetype off = 0; off < padded.size(); off += rate) {
        for (int i = 0; i < rate / 8; ++i) {
            quint64 lane = 0;
            for (int b = 7; b >= 0; --b)
                lane = (lane << 8) | static_cast<unsigned char>(padded[off + i * 8 + b]);
            state[static_cast<size_t>(i)] ^= lane;
        }
        keccakF(state);
    }
    QByteArray out(32, Qt::Uninitialized);
    for (int i = 0; i < 32; ++i)
        out[i] = static_cast<char>((state[static_cast<size_t>(i / 8)] >> (8 * (i % 8))) & 0xff);
    return out;
}

QString EvmAddress::checksummed(const QString& address)
{
    QString hex = address.startsWith(QLatin1String("0x")) || address.startsWith(QLatin1String("0X")) ? address.mid(2) : address;
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

} // namespace sc::ui
