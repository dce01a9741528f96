// SPDX-License-Identifier: GPL-3.0-or-later
#include "chainsetup.h"

#include "chain/chainclient.h"
#include "evm/abi.h"
#include "network/httpclient.h"

#include <QEventLoop>
#include <QTimer>
#include <cstdio>

namespace sc::hub {

std::optional<core::ChainInfo> ChainSetup::read(int timeoutMs, QString* error) const
{
    const bool hexToken = token.size() == 42 && token.startsWith(QLatin1String("0x"))
        && QByteArray::fromHex(token.mid(2).toLatin1()).size() == 20;
    if (!hexToken) {
        *error = QStringLiteral("--token must be 0x and 40 hex digits, got '%1'").arg(token);
        return std::nullopt;
    }
    core::CurlHttpClient http;
    chain::ChainClient client(http, rpc);
    client.setTimeout(std::chrono::milliseconds(timeoutMs));
    const QByteArray address = QByteArray::fromHex(token.mid(2).toLatin1());
    core::ChainInfo info;
    info.token = token;
    // The node the hub pays through is published to devices only when its address carries no
    // secret: a provider's URL usually holds an API key in its path, query or user info.
    const bool plain = rpc.userInfo().isEmpty() && rpc.query().isEmpty()
        && (rpc.path().isEmpty() || rpc.path() == QLatin1String("/"));
    info.rpcHint = !rpcHint.isEmpty() ? rpcHint : plain ? rpc.toString() : QString();
    if (rpcHint.isEmpty() && !plain)
        std::fprintf(stderr,
            "sparecycles-hub: --chain-rpc has a path, query or user name (an API key?), so devices are not "
            "told"
            " it; give --chain-rpc-hint a public node for them\n");
    info.explorerTxUrl = explorerTxUrl;
    info.nativeSymbol = nativeSymbol;
    QEventLoop loop;
    QString why;
    int pending = 3;
    auto oneDone = [&](const QString& failure) {
        if (!failure.isEmpty() && why.isEmpty())
            why = failure;
        if (--pending == 0)
            loop.quit();
    };
    client.chainId([&](const quint64& id, const std::optional<chain::ChainError>& e) {
        info.chainId = id;
        oneDone(e ? QStringLiteral("eth_chainId: %1").arg(e->message) : QString());
    });
    client.call(address, evm::Abi::decimalsCall(),
        [&](const QByteArray& data, const std::optional<chain::ChainError>& e) {
            QString decodeError;
            const auto decimals = e ? std::nullopt : evm::Abi::decodeUint8(data, &decodeError);
            if (decimals && *decimals <= static_cast<unsigned>(core::ChainInfo::kMaxDecimals))
                info.decimals = static_cast<int>(*decimals);
            oneDone(e ? QStringLiteral("decimals(): %1").arg(e->message)
                    : !decimals
                    ? QStringLiteral("decimals(): %1 (is %2 an ERC-20 token?)")
                          .arg(decodeError.isEmpty() ? QStringLiteral("more than 77") : decodeError, token)
                    : QString());
        });
    client.call(address, evm::Abi::symbolCall(),
        [&](const QByteArray& data, const std::optional<chain::ChainError>& e) {
            QString decodeError;
            const auto symbol = e ? std::nullopt : evm::Abi::decodeString(data, &decodeError);
            const bool fits = symbol && !symbol->isEmpty() && symbol->size() <= 16;
            if (fits)
                info.symbol = *symbol;
            oneDone(e       ? QStringLiteral("symbol(): %1").arg(e->message)
                    : !fits ? QStringLiteral("symbol(): %1 (is %2 an ERC-20 token?)")
                                  .arg(decodeError.isEmpty() ? QStringLiteral("empty or longer than 16")
                                                             : decodeError,
                                      token)
                            : QString());
        });
    if (pending > 0)
        loop.exec();
    if (!why.isEmpty()) {
        *error = QStringLiteral("the chain at %1 did not describe the token: %2")
                     .arg(rpc.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery), why);
        return std::nullopt;
    }
    // The same checks the devices apply (hint and explorer addresses).
    QString invalid;
    const auto checked = core::ChainInfo::fromJson(info.toJson(), &invalid);
    if (!checked)
        *error = invalid;
    return checked;
}

} // namespace sc::hub
