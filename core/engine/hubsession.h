// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/clocks.h"
#include "network/backoff.h"
#include "protocol/messages.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <functional>

namespace sc::core {

class HubClient;
class Ledger;
struct HubError;

// This device's standing with its hub: learning who the hub is (its code-signing key, pinned
// on first contact, so a hub that changes keys is refused), registering (again whenever the
// hardware, the benchmark or the payout address changed, or the hub forgot us), and the
// backoff and offline reason after a failure. Every other collaborator asks ready() before it
// talks to the hub and reports its failures here, so there is one backoff for the whole engine.
class HubSession final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HubSession)
public:
    // What the hub is told about this device when it registers.
    struct Registration {
        QJsonObject profile;
        QString fingerprint; // hardware fingerprint of that profile
        QString payoutAddress;
    };
    using RegistrationSource = std::function<Registration()>;

    HubSession(HubClient& hub, Ledger& ledger, QString dataDir, MonoClock mono, RegistrationSource source,
        QObject* parent = nullptr);

    // Registers when not registered and no attempt is in flight or backing off.
    void connectIfNeeded();
    // The next connectIfNeeded() registers again (registration is idempotent on the hub).
    void invalidate() { m_registered = false; }
    bool registered() const { return m_registered; }
    // The hub's identity is known: confirmed this session, or it is the hub last used.
    bool confirmed() const { return m_confirmed; }
    // No calls while blocked (the engine stops or hit a fatal error) or backing off.
    bool ready() const;
    void setBlocked(bool blocked) { m_blocked = blocked; }

    // Every call to the hub ends in one of these.
    void failed(const HubError& error);
    void succeeded();

    QString offlineReason() const { return m_offlineReason; }
    QByteArray codeSigningKey() const { return m_codeSigningKey; }
    // The chain this network pays on, as the hub last said (kept in the ledger, so the wallet
    // can be read while the hub is away); nullopt when it names none.
    std::optional<ChainInfo> chain() const;
    QString registeredPayout() const { return m_registeredPayout; }
    QString registeredFingerprint() const { return m_registeredFingerprint; }
    QUrl url() const;

Q_SIGNALS:
    // A call ended (connected, failed, re-registration due): time to look at the work again.
    void changed();
    void connected();
    // The hub is another network than the one this folder last worked for.
    void networkChanged();
    void chainChanged(); // chain() is different now
    // Nothing more can be done with this hub until the user acts.
    void fatal(const QString& message);
    void activity(const QString& message);

private:
    void registerDevice();

    HubClient& m_hub;
    Ledger& m_ledger;
    QString m_dataDir;
    MonoClock m_mono;
    RegistrationSource m_source;
    Backoff m_backoff;
    bool m_registered = false;
    bool m_confirmed = false;
    bool m_inFlight = false;
    bool m_blocked = false;
    qint64 m_retryAtMs = 0;
    QString m_offlineReason;
    QByteArray m_codeSigningKey;
    QString m_registeredPayout;
    QString m_registeredFingerprint;
};

} // namespace sc::core
