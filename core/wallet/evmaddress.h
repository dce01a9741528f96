// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace sc::core {

// EVM payout addresses: "0x" + 40 hex digits with the EIP-55 mixed-case checksum (Keccak-256
// from sparecycles_evm, evm/keccak.h).
class EvmAddress final {
    Q_DECLARE_TR_FUNCTIONS(EvmAddress)
public:
    // Kept for existing callers; the same as sc::evm::Keccak256::hash.
    static QByteArray keccak256(const QByteArray& data);
    // The EIP-55 form of a 40-hex-digit address (with or without 0x, white space around it
    // ignored as validate() ignores it); empty if not hex.
    static QString checksummed(const QString& address);
    // True when the text is a valid address: all-lower or all-upper hex (no checksum) or
    // correctly checksummed mixed case. *error says why not, for the user.
    static bool validate(const QString& text, QString* error);
    // An address no one receives payouts at: the zero address, or one printed as an example in
    // the EIP-55 specification and copied into guides. The app refuses it as a payout address
    // (the first-run wizard once showed one, and a user pasted it); *error says why.
    static bool isPlaceholder(const QString& text, QString* error);
};

} // namespace sc::core
