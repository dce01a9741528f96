// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace sc::app::cli {

// `wallet new`, `wallet import` and `wallet export`: the wallet the app makes for a user who
// has none (docs/wallet.md, "A wallet made by the app").
bool isWalletKeyCommand(const QString& action);
int walletKeyCommand(const QStringList& args);

} // namespace sc::app::cli
