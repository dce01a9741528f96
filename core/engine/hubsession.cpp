// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/hubsession.h"

#include "ledger/ledger.h"
#include "network/hubclient.h"
#include "tasks/taskdescription.h"

#include <QJsonDocument>
#include <QRandomGenerator>

namespace sc::core {

HubSession::HubSession(HubClient& hub, Ledger& ledger, QString dataDir, MonoClock mono,
    RegistrationSource source, QObject* parent)
    : QObject(parent)
    , m_hub(hub)
    , m_ledger(ledger)
    , m_dataDir(std::move(dataDir))
    , m_mono(std::move(mono))
    , m_source(std::move(source))
    , m_backoff(std::chrono::seconds(1), std::chrono::minutes(5),
          [] { return QRandomGenerator::global()->generateDouble(); })
{
    // Offline, the same hub's work goes on: it is the hub this folder last worked for.
    m_confirmed = m_ledger.meta(QStringLiteral("hub_url_last")) == url().toString(QUrl::StripTrailingSlash);
}

QUrl HubSession::url() const { return m_hub.base(); }

bool HubSession::ready() const { return !m_blocked && m_mono() >= m_retryAtMs; }

void HubSession::failed(const HubError& e)
{
    if (e.kind == HubError::Kind::Http && e.code == QLatin1String("unknown_device")) {
        // The hub forgot us (new hub database): register again, keep everything else.
        m_registered = false;
        Q_EMIT activity(tr("The hub does not know this device any more; registering again."));
        return;
    }
    if (e.kind == HubError::Kind::Http && e.code == QLatin1String("device_flagged")) {
        Q_EMIT fatal(
            tr("The hub stopped sending work to this device because it returned wrong answers to known "
               "tasks. Check the computer's stability (memory, overclocking), then contact the network."));
        return;
    }
    const auto delay = m_backoff.next();
    m_retryAtMs = m_mono() + delay.count();
    const int seconds = static_cast<int>((delay.count() + 999) / 1000);
    // The detail ends its sentence before "Retrying …" starts the next.
    QString detail = e.message.trimmed();
    if (!detail.isEmpty() && !detail.endsWith(QLatin1Char('.')))
        detail += QLatin1Char('.');
    // Says what happened: no answer at all, an answer that is an error, or a damaged reply.
    switch (e.kind) {
    case HubError::Kind::Transport:
        m_offlineReason = tr("Cannot reach the hub at %1: %2 Retrying in %n seconds.", nullptr, seconds)
                              .arg(url().toDisplayString(), detail);
        break;
    case HubError::Kind::Http:
        m_offlineReason = tr(
            "The hub at %1 answered with an error (HTTP %2): %3 Retrying in %n seconds.", nullptr, seconds)
                              .arg(url().toDisplayString())
                              .arg(e.httpStatus)
                              .arg(detail);
        break;
    case HubError::Kind::Protocol:
        m_offlineReason
            = tr("The reply from the hub at %1 was damaged or not as the protocol says: %2 Retrying "
                 "in %n seconds.",
                nullptr, seconds)
                  .arg(url().toDisplayString(), detail);
        break;
    }
    // The detail says which: a certificate this computer does not trust, or a handshake that
    // failed (a server that does not speak TLS there, a broken middlebox).
    if (e.kind == HubError::Kind::Transport && e.code == QLatin1String("tls"))
        m_offlineReason = tr("Could not set up a secure connection to the hub at %1: %2")
                              .arg(url().toDisplayString(), e.message);
}

void HubSession::succeeded()
{
    m_backoff.reset();
    m_offlineReason.clear();
}

std::optional<ChainInfo> HubSession::chain() const
{
    const QString json = m_ledger.meta(QStringLiteral("network_chain")).value_or(QString());
    if (json.isEmpty())
        return std::nullopt;
    return ChainInfo::fromJson(QJsonDocument::fromJson(json.toUtf8()).object(), nullptr);
}

void HubSession::connectIfNeeded()
{
    if (m_registered || m_inFlight || !ready())
        return;
    m_inFlight = true;
    m_hub.getNetwork([this](const QJsonObject& net, const std::optional<HubError>& err) {
        if (err) {
            m_inFlight = false;
            failed(*err);
            if (err->kind != HubError::Kind::Transport && !err->retryable())
                Q_EMIT fatal(err->message);
            Q_EMIT changed();
            return;
        }
        const QString hubUrl = url().toString(QUrl::StripTrailingSlash);
        const QString keyHex = net.value(QLatin1String("code_signing_key")).toString().toLower();
        const QString pinName = QStringLiteral("code_signing_key ") + hubUrl;
        const auto pinned = m_ledger.meta(pinName);
        if (pinned && *pinned != keyHex) {
            m_inFlight = false;
            Q_EMIT fatal(
                tr("The hub at %1 now signs task programs with a different key than when this device first "
                   "joined. SpareCycles will not run programs it cannot trust. If the network announced a "
                   "new key, remove the folder %2 to join again.")
                    .arg(url().toDisplayString(), m_dataDir));
            return;
        }
        if (!pinned)
            m_ledger.setMeta(pinName, keyHex);
        m_ledger.setMeta(QStringLiteral("hub_url_last"), hubUrl);
        const auto info = NetworkInfo::fromJson(net, nullptr); // HubClient already checked it
        const QByteArray chainJson = info && info->chain
            ? QJsonDocument(info->chain->toJson()).toJson(QJsonDocument::Compact)
            : QByteArray();
        if (m_ledger.meta(QStringLiteral("network_chain")).value_or(QString()).toUtf8() != chainJson) {
            m_ledger.setMeta(QStringLiteral("network_chain"), QString::fromUtf8(chainJson));
            Q_EMIT chainChanged();
        }
        m_confirmed = true;
        // Credit feed cursor and payouts seen are this hub's (a changed network starts its own).
        m_ledger.setHub(keyHex);
        if (const auto last = m_ledger.meta(QStringLiteral("hub_id")); last && *last != keyHex)
            Q_EMIT networkChanged();
        m_ledger.setMeta(QStringLiteral("hub_id"), keyHex);
        // A device that has never received credit from this hub was never paid by it: every
        // payout it hears of from now on is news. (An older folder without the mark takes its
        // first total as history, so nothing old is announced as new.)
        const QString paidSeen = m_ledger.hubKey(QStringLiteral("paid_seen"));
        if (!m_ledger.meta(paidSeen) && m_ledger.creditCursor() == 0)
            m_ledger.setMeta(paidSeen, QStringLiteral("0"));
        m_codeSigningKey = QByteArray::fromHex(keyHex.toLatin1());
        registerDevice();
    });
}

void HubSession::registerDevice()
{
    const Registration r = m_source();
    m_registeredFingerprint = r.fingerprint;
    m_registeredPayout = r.payoutAddress;
    const QJsonObject body { { QStringLiteral("payout_address"), r.payoutAddress },
        { QStringLiteral("profile"), r.profile } };
    m_hub.registerDevice(body, [this](const QJsonObject&, const std::optional<HubError>& err) {
        m_inFlight = false;
        if (err) {
            failed(*err);
        } else {
            succeeded();
            m_registered = true;
            Q_EMIT activity(tr("Connected to %1.").arg(TaskDescription::networkName(url())));
            Q_EMIT connected();
        }
        Q_EMIT changed();
    });
}

} // namespace sc::core
