// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubstore.h"

#include "store/sqlhelpers.h"

#include <QRandomGenerator>
#include <QSqlError>

namespace sc::hub {

HubStore::HubStore(HubConfig config, Clock clock, Random random)
    : m_context { QStringLiteral("sc-hub-%1").arg(reinterpret_cast<quintptr>(this), 0, 16), config,
        std::move(clock), std::move(random) }
{
    if (!m_context.random)
        m_context.random = [] { return QRandomGenerator::global()->generateDouble(); };
    setQuorum(m_context.config.quorum);
}

HubStore::~HubStore() { close(); }

bool HubStore::open(const QString& database, QString* error)
{
    const auto target = DatabaseTarget::parse(database, error);
    return target && open(*target, error);
}

bool HubStore::open(const DatabaseTarget& target, QString* error)
{
    close();
    m_context.dialect = target.dialect;
    m_where = target.display();
    if (!openConnection(target, m_context.connection, error)) {
        close();
        return false;
    }
    if (!Schema::migrate(m_context.db(), error)) {
        *error = QStringLiteral("database %1: %2").arg(target.display(), *error);
        close();
        return false;
    }
    return true;
}

void HubStore::close()
{
    if (!QSqlDatabase::contains(m_context.connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_context.connection, false);
        forgetStatements(db.driver());
        db.close();
    }
    QSqlDatabase::removeDatabase(m_context.connection);
}

bool HubStore::isOpen() const
{
    return QSqlDatabase::contains(m_context.connection) && m_context.db().isOpen();
}

bool HubStore::healthy(QString* why) { return checkLink(why) != Link::Down; }

HubStore::Link HubStore::checkLink(QString* why)
{
    if (!QSqlDatabase::contains(m_context.connection)) {
        *why = QStringLiteral("not open");
        return Link::Down;
    }
    QSqlDatabase db = m_context.db();
    for (int attempt = 0; attempt < 2; ++attempt) {
        {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT 1")) && q.next())
                return attempt == 0 ? Link::Fine : Link::Reopened;
            *why = q.lastError().text().trimmed();
        }
        if (attempt == 0) {
            forgetStatements(db.driver());
            db.close();
            if (!db.open()) {
                *why = db.lastError().text().trimmed();
                return Link::Down;
            }
        }
    }
    return Link::Down;
}

namespace {
    // Serialises a typed reply the store produced, only when it did.
    template <typename Message>
    StoreResult asJson(const StoreResult& r, const Message& message, QJsonObject* out)
    {
        if (r.ok())
            *out = message.toJson();
        return r;
    }
} // namespace

StoreResult HubStore::account(const QString& deviceId, QJsonObject* out)
{
    core::Account account;
    return asJson(m_ledger.account(deviceId, &account), account, out);
}

StoreResult HubStore::credits(const QString& deviceId, qint64 after, QJsonObject* out)
{
    core::CreditPage page;
    return asJson(m_ledger.credits(deviceId, after, &page), page, out);
}

StoreResult HubStore::history(const QString& deviceId, int days, QJsonObject* out)
{
    core::History history;
    return asJson(m_ledger.history(deviceId, days, &history), history, out);
}

std::optional<QString> HubStore::meta(const QString& key)
{
    QSqlQuery q(m_context.db());
    if (!run(q, QStringLiteral("SELECT value FROM meta WHERE key = ?"), { key }) || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

bool HubStore::setMeta(const QString& key, const QString& value)
{
    QSqlQuery q(m_context.db());
    return run(q,
        QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = "
                       "excluded.value"),
        { key, value });
}

QJsonObject HubStore::stats()
{
    QSqlDatabase db = m_context.db();
    Transaction tx(db); // one snapshot even while `serve` writes
    const qint64 now = m_context.clock();
    QSqlQuery q(db);
    auto scalar = [&](const char* sql, const QVariantList& args = {}) -> qint64 {
        if (!run(q, QLatin1String(sql), args) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    };
    const QString inProgress = toString(ReplicaState::InProgress);
    const QString reported = toString(ReplicaState::Reported);
    const QString expired = toString(ReplicaState::Expired);
    const QString pending = toString(ReplicaOutcome::Pending);
    const QString valid = toString(ReplicaOutcome::Valid);
    const QString invalid = toString(ReplicaOutcome::Invalid);
    const char* const replicasIn = "SELECT COUNT(*) FROM results WHERE state = ?";
    const char* const outcomes = "SELECT COUNT(*) FROM results WHERE outcome = ?";
    const char* const workunitsIn = "SELECT COUNT(*) FROM workunits WHERE state = ?";
    QJsonObject s;
    s.insert(QStringLiteral("devices"), scalar("SELECT COUNT(*) FROM devices"));
    s.insert(QStringLiteral("devices_flagged"), scalar("SELECT COUNT(*) FROM devices WHERE flagged = 1"));
    s.insert(QStringLiteral("devices_trusted"),
        scalar("SELECT COUNT(*) FROM devices WHERE trusted = 1 AND flagged = 0"));
    s.insert(QStringLiteral("tasks_in_progress"),
        scalar("SELECT COUNT(*) FROM results WHERE state = ? AND deadline >= ?", { inProgress, now }));
    s.insert(QStringLiteral("tasks_awaiting_validation"),
        scalar("SELECT COUNT(*) FROM results WHERE state = ? AND outcome = ?", { reported, pending }));
    s.insert(QStringLiteral("tasks_credited"), scalar(outcomes, { valid }));
    s.insert(QStringLiteral("tasks_invalid"), scalar(outcomes, { invalid }));
    s.insert(QStringLiteral("tasks_expired"), scalar(replicasIn, { expired }));
    s.insert(QStringLiteral("tasks_released"), scalar(replicasIn, { toString(ReplicaState::Released) }));
    const QString withdrawn = toString(CreditStatus::Withdrawn);
    s.insert(QStringLiteral("credit_total"),
        scalar("SELECT COALESCE(SUM(amount), 0) FROM ledger WHERE status != ?", { withdrawn }));
    // Withdrawn credit (its workunit reopened after a flag); what of it was already paid stays paid.
    s.insert(QStringLiteral("credit_withdrawn"),
        scalar("SELECT COALESCE(SUM(amount), 0) FROM ledger WHERE status = ?", { withdrawn }));
    s.insert(QStringLiteral("credit_withdrawn_paid"),
        scalar("SELECT COALESCE(SUM(amount), 0) FROM ledger WHERE status = ? AND paid = 1", { withdrawn }));
    // A failed payout (reverted, or its nonce taken) paid nothing: its credits are unpaid again.
    const QVariantList failed { toString(PayoutState::Reverted), toString(PayoutState::Dropped) };
    s.insert(
        QStringLiteral("payouts"), scalar("SELECT COUNT(*) FROM payouts WHERE status NOT IN (?, ?)", failed));
    s.insert(QStringLiteral("payouts_failed"),
        scalar("SELECT COUNT(*) FROM payouts WHERE status IN (?, ?)", failed));
    s.insert(QStringLiteral("payouts_open"),
        scalar("SELECT COUNT(*) FROM payouts WHERE status IN (?, ?)",
            { toString(PayoutState::Signed), toString(PayoutState::Sent) }));
    s.insert(QStringLiteral("paid_total"),
        scalar("SELECT COALESCE(SUM(amount), 0) FROM payouts WHERE status NOT IN (?, ?)", failed));
    s.insert(QStringLiteral("workunits_open"), scalar(workunitsIn, { toString(WorkunitState::Open) }));
    s.insert(
        QStringLiteral("workunits_validated"), scalar(workunitsIn, { toString(WorkunitState::Validated) }));
    s.insert(QStringLiteral("workunits_validated_trusted"),
        scalar("SELECT COUNT(*) FROM workunits WHERE state = ? AND trusted_validation = 1",
            { toString(WorkunitState::Validated) }));
    s.insert(QStringLiteral("workunits_failed"), scalar(workunitsIn, { toString(WorkunitState::Failed) }));
    s.insert(QStringLiteral("tasks_queued"), m_work.queuedReplicas(now));
    return s;
}

} // namespace sc::hub
