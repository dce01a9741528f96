// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/messages.h"

#include <QString>
#include <QUrl>
#include <optional>

namespace sc::hub {

// What `serve --chain-rpc URL --token 0x…` announces in /v1/network: the chain id, the token's
// symbol and decimals as the chain itself reports them (eth_chainId, symbol(), decimals()),
// read once at start so a typo in the token address or a node on the wrong chain stops the hub
// with a clear error instead of sending devices to look at nothing.
struct ChainSetup {
    QUrl rpc; // the node the hub reads (and, later, pays) through
    QString token; // 0x + 40 hex
    QString rpcHint; // what devices are told to read from; empty = rpc when it holds no secret
    QString explorerTxUrl; // optional template with {tx}
    QString nativeSymbol = QStringLiteral("ETH"); // the chain's gas coin

    // Blocks (running an event loop) for at most timeoutMs.
    std::optional<core::ChainInfo> read(int timeoutMs, QString* error) const;
};

} // namespace sc::hub
