// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubstore.h"

#include "ledger/credit.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace sc::hub {

namespace {

    using Code = StoreResult::Code;

    StoreResult fail(Code code, const QString& message) { return StoreResult { code, message }; }
    StoreResult internal() { return fail(Code::Internal, QStringLiteral("storage failure; retry later")); }

    // Prepares and runs one statement with positional arguments; false on any SQL error.
    bool run(QSqlQuery& q, const QString& sql, const QVariantList& args = {})
    {
        if (!q.prepare(sql))
            return false;
        for (const QVariant& a : args)
            q.addBindValue(a);
        return q.exec();
    }

    QString newTaskId()
    {
        quint32 words[4];
        QRandomGenerator::system()->fillRange(words);
        QByteArray raw(reinterpret_cast<const char*>(words), sizeof(words));
        return QStringLiteral("t") + QString::fromLatin1(raw.toHex());
    }

    const QString kInProgress = QStringLiteral("in_progress");
    const QString kReported = QStringLiteral("reported");
    const QString kExpired = QStringLiteral("expired");
    const QString kAbandoned = QStringLiteral("abandoned");
    const QString kPending = QStringLiteral("pending");
    const QString kValid = QStringLiteral("valid");
    const QString kInvalid = QStringLiteral("invalid");

    // Commits on request, rolls back otherwise (early returns included).
    class Transaction final {
    public:
        explicit Transaction(QSqlDatabase db)
            : m_db(std::move(db))
            , m_active(m_db.transaction())
        {
        }
        ~Transaction()
        {
            if (m_active)
                m_db.rollback();
        }
        Transaction(const Transaction&) = delete;
        Transaction& operator=(const Transaction&) = delete;
        bool started() const { return m_active; }
        bool commit()
        {
            m_active = false;
            return m_db.commit();
        }

    private:
        QSqlDatabase m_db;
        bool m_active;
    };

} // namespace

struct HubStore::Replica {
    QString id;
    QString deviceId;
    QString state;
    QString outcome;
    qint64 deadline = 0;
    qint64 exitCode = 0;
    QString sha;
};

HubStore::HubStore(HubConfig config, Clock clock, Random random)
    : m_config(config)
    , m_clock(std::move(clock))
    , m_random(std::move(random))
    , m_connection(QStringLiteral("sc-hub-%1").arg(reinterpret_cast<quintptr>(this), 0, 16))
{
    if (!m_random)
        m_random = [] { return QRandomGenerator::global()->generateDouble(); };
    m_config.quorum = qBound(1, m_config.quorum, 16);
}

HubStore::~HubStore() { close(); }

bool HubStore::open(const QString& databasePath, QString* error)
{
    close();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(databasePath);
        if (!db.open()) {
            *error = QStringLiteral("cannot open database %1: %2").arg(databasePath, db.lastError().text());
            return false;
        }
    }
    if (!migrate(error)) {
        close();
        return false;
    }
    return true;
}

void HubStore::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool HubStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

bool HubStore::migrate(QString* error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    // WAL lets `stats` and `submit` work beside a running `serve`; busy_timeout makes their
    // writes wait for the hub's short transactions instead of failing.
    for (const char* pragma : { "PRAGMA busy_timeout = 5000", "PRAGMA journal_mode = WAL",
             "PRAGMA synchronous = NORMAL", "PRAGMA foreign_keys = ON" }) {
        if (!q.exec(QLatin1String(pragma))) {
            *error = QStringLiteral("cannot set up database: %1").arg(q.lastError().text());
            return false;
        }
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        *error = QStringLiteral("cannot read schema version: %1").arg(q.lastError().text());
        return false;
    }
    const int version = q.value(0).toInt();
    if (version > kSchemaVersion) {
        *error = QStringLiteral("database schema %1 is newer than this hub understands (%2)")
                     .arg(version)
                     .arg(kSchemaVersion);
        return false;
    }
    if (version == kSchemaVersion)
        return true;
    Transaction tx(db);
    const std::vector<const char*> v1 = {
        "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE TABLE devices(id TEXT PRIMARY KEY, payout_address TEXT NOT NULL, profile TEXT NOT NULL,"
        " ops_per_second REAL NOT NULL, flagged INTEGER NOT NULL DEFAULT 0, created INTEGER NOT NULL,"
        " updated INTEGER NOT NULL)",
        "CREATE TABLE workunits(id INTEGER PRIMARY KEY AUTOINCREMENT, app TEXT NOT NULL, input TEXT NOT NULL,"
        " estimated_ops INTEGER NOT NULL CHECK(estimated_ops > 0), reward INTEGER NOT NULL CHECK(reward >= "
        "0),"
        " state TEXT NOT NULL DEFAULT 'open', canonical_sha256 TEXT, created INTEGER NOT NULL, settled "
        "INTEGER)",
        "CREATE INDEX workunits_state ON workunits(state, id)",
        // One row per replica handed out; UNIQUE keeps two replicas of a workunit off one device.
        "CREATE TABLE results(id TEXT PRIMARY KEY, workunit_id INTEGER NOT NULL REFERENCES workunits(id),"
        " device_id TEXT NOT NULL REFERENCES devices(id), canary INTEGER NOT NULL, state TEXT NOT NULL,"
        " outcome TEXT, sent INTEGER NOT NULL, deadline INTEGER NOT NULL, reported INTEGER,"
        " exit_code INTEGER, cpu_seconds REAL, output_sha256 TEXT, UNIQUE(workunit_id, device_id))",
        "CREATE INDEX results_device ON results(device_id, state)",
        "CREATE INDEX results_deadline ON results(state, deadline)",
        "CREATE TABLE outputs(result_id TEXT PRIMARY KEY REFERENCES results(id), sha256 TEXT NOT NULL,"
        " data BLOB NOT NULL)",
        // UNIQUE(task_id): a task can appear in the ledger once, whatever happens above it.
        "CREATE TABLE ledger(seq INTEGER PRIMARY KEY AUTOINCREMENT, device_id TEXT NOT NULL,"
        " task_id TEXT NOT NULL UNIQUE, status TEXT NOT NULL, amount INTEGER NOT NULL CHECK(amount >= 0),"
        " time INTEGER NOT NULL, paid INTEGER NOT NULL DEFAULT 0)",
        "CREATE INDEX ledger_device ON ledger(device_id, seq)",
        "PRAGMA user_version = 1",
    };
    // 2: payouts, and which payout settled each credit.
    const std::vector<const char*> v2 = {
        "CREATE TABLE payouts(id INTEGER PRIMARY KEY AUTOINCREMENT, device_id TEXT NOT NULL,"
        " address TEXT NOT NULL, amount INTEGER NOT NULL CHECK(amount > 0), credits INTEGER NOT NULL,"
        " time INTEGER NOT NULL)",
        "CREATE INDEX payouts_device ON payouts(device_id, id)",
        "ALTER TABLE ledger ADD COLUMN payout_id INTEGER REFERENCES payouts(id)",
        "CREATE INDEX ledger_unpaid ON ledger(paid, status, device_id)",
        "PRAGMA user_version = 2",
    };
    for (const auto* step : { &v1, &v2 }) {
        if (version >= (step == &v1 ? 1 : 2))
            continue;
        for (const char* sql : *step) {
            if (!q.exec(QLatin1String(sql))) {
                *error = QStringLiteral("cannot create schema: %1").arg(q.lastError().text());
                return false;
            }
        }
    }
    if (!tx.commit()) {
        *error = QStringLiteral("cannot commit schema: %1").arg(db.lastError().text());
        return false;
    }
    return true;
}

HubStore::DeviceState HubStore::deviceState(const QString& deviceId)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!run(q, QStringLiteral("SELECT flagged FROM devices WHERE id = ?"), { deviceId }))
        return DeviceState::Error;
    if (!q.next())
        return DeviceState::Unknown;
    return q.value(0).toInt() != 0 ? DeviceState::Flagged : DeviceState::Active;
}

StoreResult HubStore::registerDevice(const QString& deviceId, const QString& payoutAddress,
    const QByteArray& profileJson, double opsPerSecond, bool* created)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    Transaction tx(db);
    const qint64 now = m_clock();
    const DeviceState state = deviceState(deviceId);
    if (state == DeviceState::Error)
        return internal();
    QSqlQuery q(db);
    *created = state == DeviceState::Unknown;
    // A null QString binds as SQL NULL; the column wants "" for "no address".
    const QString address = payoutAddress.isNull() ? QStringLiteral("") : payoutAddress;
    const bool ok = *created
        ? run(q,
            QStringLiteral(
                "INSERT INTO devices(id, payout_address, profile, ops_per_second, created, updated)"
                " VALUES (?, ?, ?, ?, ?, ?)"),
            { deviceId, address, QString::fromUtf8(profileJson), opsPerSecond, now, now })
        : run(q,
            QStringLiteral(
                "UPDATE devices SET payout_address = ?, profile = ?, ops_per_second = ?, updated = ?"
                " WHERE id = ?"),
            { address, QString::fromUtf8(profileJson), opsPerSecond, now, deviceId });
    if (!ok || !tx.commit())
        return internal();
    return {};
}

QList<HubStore::Replica> HubStore::replicasOf(qint64 workunitId, bool* ok)
{
    QList<Replica> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    *ok = run(q,
        QStringLiteral("SELECT id, device_id, state, outcome, deadline, exit_code, output_sha256 FROM results"
                       " WHERE workunit_id = ? AND canary = 0"),
        { workunitId });
    while (*ok && q.next()) {
        out.append(Replica { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toLongLong(), q.value(6).toString() });
    }
    return out;
}

// How many more replicas an open workunit should get now: enough that the replicas still
// running could complete a quorum together with the largest agreeing group, but never more
// than quorum + 2 replicas alive or reported (expired and abandoned ones are replaced).
qint64 HubStore::replicasWanted(const QList<Replica>& replicas, qint64 now) const
{
    qint64 live = 0;
    qint64 issued = 0;
    QHash<QString, qint64> groups;
    qint64 best = 0;
    for (const Replica& r : replicas) {
        if (r.state == kInProgress && r.deadline >= now)
            ++live;
        if (r.state == kInProgress || r.state == kReported)
            ++issued;
        if (r.state == kReported && r.outcome != kInvalid)
            best = qMax(best, ++groups[r.sha]);
    }
    const qint64 need = m_config.quorum - best - live;
    const qint64 room = m_config.quorum + 2 - issued;
    return qMax<qint64>(0, qMin(need, room));
}

bool HubStore::credit(
    const QString& deviceId, const QString& taskId, qint64 amount, const QString& status, qint64 now)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    return run(q,
        QStringLiteral(
            "INSERT OR IGNORE INTO ledger(device_id, task_id, status, amount, time) VALUES (?, ?, ?, ?, ?)"),
        { deviceId, taskId, status, amount, now });
}

// Decides an open workunit once its reported replicas allow it: a group of `quorum` equal
// hashes validates it (that group valid and credited, the others invalid); with no
// agreement possible any more it fails and every pending replica is invalid.
bool HubStore::settleWorkunit(qint64 workunitId, qint64 now)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    if (!run(q, QStringLiteral("SELECT state, reward FROM workunits WHERE id = ?"), { workunitId })
        || !q.next())
        return false;
    if (q.value(0).toString() != QLatin1String("open"))
        return true;
    const qint64 reward = q.value(1).toLongLong();
    bool ok = false;
    const QList<Replica> replicas = replicasOf(workunitId, &ok);
    if (!ok)
        return false;
    QHash<QString, int> groups;
    QString canonical;
    qint64 live = 0;
    for (const Replica& r : replicas) {
        if (r.state == kInProgress && r.deadline >= now)
            ++live;
        if (r.state == kReported && r.outcome == kPending && ++groups[r.sha] >= m_config.quorum)
            canonical = r.sha;
    }
    QString newState;
    if (!canonical.isEmpty())
        newState = QStringLiteral("validated");
    else if (live == 0 && replicasWanted(replicas, now) == 0)
        newState = QStringLiteral("failed");
    else
        return true;
    if (!run(q,
            QStringLiteral("UPDATE workunits SET state = ?, canonical_sha256 = ?, settled = ? WHERE id = ?"),
            { newState, canonical.isEmpty() ? QVariant() : QVariant(canonical), now, workunitId }))
        return false;
    for (const Replica& r : replicas) {
        if (r.state != kReported || r.outcome != kPending)
            continue;
        const bool valid = !canonical.isEmpty() && r.sha == canonical;
        if (!run(q, QStringLiteral("UPDATE results SET outcome = ? WHERE id = ?"),
                { valid ? kValid : kInvalid, r.id })
            || !credit(r.deviceId, r.id, valid ? reward : 0, valid ? kValid : kInvalid, now))
            return false;
    }
    return true;
}

bool HubStore::flagDevice(const QString& deviceId, qint64 now)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!run(
            q, QStringLiteral("UPDATE devices SET flagged = 1, updated = ? WHERE id = ?"), { now, deviceId }))
        return false;
    // Nothing this device said still counts: its running replicas are replaced and its
    // unvalidated answers are invalid, so the workunits settle on other devices' results.
    QList<qint64> touched;
    QList<QString> pending;
    if (!run(q,
            QStringLiteral("SELECT id, workunit_id, state FROM results WHERE device_id = ? AND canary = 0"
                           " AND (state = 'in_progress' OR (state = 'reported' AND outcome = 'pending'))"),
            { deviceId }))
        return false;
    while (q.next()) {
        touched.append(q.value(1).toLongLong());
        if (q.value(2).toString() == kReported)
            pending.append(q.value(0).toString());
    }
    if (!run(q,
            QStringLiteral(
                "UPDATE results SET state = 'abandoned' WHERE device_id = ? AND state = 'in_progress'"),
            { deviceId }))
        return false;
    for (const QString& id : pending) {
        if (!run(q, QStringLiteral("UPDATE results SET outcome = 'invalid' WHERE id = ?"), { id })
            || !credit(deviceId, id, 0, kInvalid, now))
            return false;
    }
    for (qint64 wu : touched) {
        if (!settleWorkunit(wu, now))
            return false;
    }
    return true;
}

bool HubStore::expireOverdue(qint64 now)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    return run(q,
        QStringLiteral("UPDATE results SET state = 'expired' WHERE state = 'in_progress' AND deadline < ?"),
        { now });
}

StoreResult HubStore::assignWork(const QString& deviceId, int cores, qint64 seconds, QList<IssuedTask>* out)
{
    out->clear();
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    Transaction tx(db);
    if (!tx.started())
        return internal();
    const qint64 now = m_clock();
    switch (deviceState(deviceId)) {
    case DeviceState::Unknown:
        return fail(Code::UnknownDevice, QStringLiteral("this key never registered"));
    case DeviceState::Flagged:
        return fail(
            Code::Flagged, QStringLiteral("this device returned wrong known answers; it gets no more work"));
    case DeviceState::Error:
        return internal();
    case DeviceState::Active:
        break;
    }
    if (!expireOverdue(now))
        return internal();
    QSqlQuery q(db);
    if (!run(q, QStringLiteral("SELECT ops_per_second FROM devices WHERE id = ?"), { deviceId }) || !q.next())
        return internal();
    // Doubles so an absurd profile cannot overflow; capped far below 2^63.
    const double budget = qMin(4e18,
        static_cast<double>(cores) * static_cast<double>(seconds) * qBound(1e3, q.value(0).toDouble(), 1e15));
    const auto budgetOps = static_cast<qint64>(budget);

    struct Candidate {
        qint64 id;
        QString app;
        QString input;
        qint64 ops;
        qint64 reward;
    };
    auto readCandidates = [](QSqlQuery& rows) {
        QList<Candidate> list;
        while (rows.next())
            list.append(Candidate { rows.value(0).toLongLong(), rows.value(1).toString(),
                rows.value(2).toString(), rows.value(3).toLongLong(), rows.value(4).toLongLong() });
        return list;
    };
    if (!run(q,
            QStringLiteral(
                "SELECT id, app, input, estimated_ops, reward FROM workunits w WHERE state = 'open'"
                " AND NOT EXISTS (SELECT 1 FROM results r WHERE r.workunit_id = w.id AND r.device_id = ?)"
                " ORDER BY id LIMIT 2048"),
            { deviceId }))
        return internal();
    const QList<Candidate> candidates = readCandidates(q);

    qint64 spent = 0;
    // Subtraction, not spent + ops: one huge workunit must not wrap the sum around.
    auto fits = [&](qint64 ops) { return out->isEmpty() || ops <= budgetOps - spent; };
    auto issue = [&](const Candidate& c, bool canary) {
        IssuedTask t { newTaskId(), c.app, c.input, now + m_config.deadlineSeconds, c.ops, c.reward };
        QSqlQuery ins(db);
        if (!run(ins,
                QStringLiteral(
                    "INSERT INTO results(id, workunit_id, device_id, canary, state, sent, deadline)"
                    " VALUES (?, ?, ?, ?, 'in_progress', ?, ?)"),
                { t.id, c.id, deviceId, canary ? 1 : 0, now, t.deadline }))
            return false;
        spent += c.ops;
        out->append(t);
        return true;
    };
    QSqlQuery held(db);
    if (!run(held,
            QStringLiteral("SELECT COUNT(*) FROM results WHERE device_id = ? AND state = 'in_progress'"),
            { deviceId })
        || !held.next())
        return internal();
    const qint64 room
        = static_cast<qint64>(qBound(1, cores, 1024)) * kMaxInProgressPerCore - held.value(0).toLongLong();
    const auto limit = static_cast<qsizetype>(std::clamp<qint64>(room, 0, kMaxTasksPerReply));
    qsizetype next = 0;
    while (out->size() < limit && next < candidates.size()) {
        if (m_config.canaryRate > 0 && m_random() < m_config.canaryRate) {
            // A canary looks like any task: a validated workunit this device never saw.
            if (!run(q,
                    QStringLiteral(
                        "SELECT id, app, input, estimated_ops, reward FROM workunits w"
                        " WHERE state = 'validated' AND NOT EXISTS (SELECT 1 FROM results r"
                        " WHERE r.workunit_id = w.id AND r.device_id = ?) ORDER BY random() LIMIT 1"),
                    { deviceId }))
                return internal();
            const QList<Candidate> canary = readCandidates(q);
            if (!canary.isEmpty()) {
                if (!fits(canary.first().ops))
                    break;
                if (!issue(canary.first(), true))
                    return internal();
                continue;
            }
        }
        const Candidate& c = candidates.at(next++);
        bool ok = false;
        const QList<Replica> replicas = replicasOf(c.id, &ok);
        if (!ok)
            return internal();
        if (replicasWanted(replicas, now) <= 0)
            continue;
        if (!fits(c.ops))
            break;
        if (!issue(c, false))
            return internal();
    }
    if (!tx.commit())
        return internal();
    return {};
}

StoreResult HubStore::storeOutput(
    const QString& deviceId, const QString& taskId, const QByteArray& output, QByteArray* sha256Hex)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    Transaction tx(db);
    const qint64 now = m_clock();
    QSqlQuery q(db);
    if (!run(q, QStringLiteral("SELECT device_id, state, deadline FROM results WHERE id = ?"), { taskId }))
        return internal();
    if (!q.next() || q.value(0).toString() != deviceId)
        return fail(Code::NotFound, QStringLiteral("no such task for this device"));
    const QString state = q.value(1).toString();
    if (state == kExpired || (state == kInProgress && q.value(2).toLongLong() < now))
        return fail(Code::Expired, QStringLiteral("the task's deadline passed"));
    *sha256Hex = QCryptographicHash::hash(output, QCryptographicHash::Sha256).toHex();
    if (!run(q, QStringLiteral("SELECT sha256 FROM outputs WHERE result_id = ?"), { taskId }))
        return internal();
    if (q.next()) {
        if (q.value(0).toString().toLatin1() != *sha256Hex)
            return fail(
                Code::Conflict, QStringLiteral("a different output was already uploaded for this task"));
        return {};
    }
    if (state == kReported)
        return fail(Code::AlreadyReported, QStringLiteral("a result for this task was already accepted"));
    if (!run(q, QStringLiteral("INSERT INTO outputs(result_id, sha256, data) VALUES (?, ?, ?)"),
            { taskId, QString::fromLatin1(*sha256Hex), output })
        || !tx.commit())
        return internal();
    return {};
}

StoreResult HubStore::reportResult(const QString& deviceId, const QString& taskId, qint64 exitCode,
    double cpuSeconds, const QByteArray& outputSha256Hex, QString* status)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    Transaction tx(db);
    if (!tx.started())
        return internal();
    const qint64 now = m_clock();
    QSqlQuery q(db);
    if (!run(q,
            QStringLiteral(
                "SELECT r.device_id, r.state, r.deadline, r.canary, r.workunit_id, w.state,"
                " w.canonical_sha256, w.reward FROM results r JOIN workunits w ON w.id = r.workunit_id"
                " WHERE r.id = ?"),
            { taskId }))
        return internal();
    if (!q.next() || q.value(0).toString() != deviceId)
        return fail(Code::NotFound, QStringLiteral("no such task for this device"));
    const QString state = q.value(1).toString();
    const qint64 deadline = q.value(2).toLongLong();
    const bool canary = q.value(3).toInt() != 0;
    const qint64 workunit = q.value(4).toLongLong();
    const QString wuState = q.value(5).toString();
    const QString canonical = q.value(6).toString();
    const qint64 reward = q.value(7).toLongLong();
    if (state == kReported)
        return fail(Code::AlreadyReported, QStringLiteral("a result for this task was already accepted"));
    if (state == kExpired || (state == kInProgress && deadline < now)) {
        // Late: no credit; marking it expired makes the workunit hand out a replacement.
        if (!run(q, QStringLiteral("UPDATE results SET state = 'expired' WHERE id = ?"), { taskId })
            || !tx.commit())
            return internal();
        return fail(Code::Expired, QStringLiteral("the task's deadline passed; no credit"));
    }
    if (!run(q, QStringLiteral("SELECT sha256 FROM outputs WHERE result_id = ?"), { taskId }))
        return internal();
    if (!q.next())
        return fail(Code::Conflict, QStringLiteral("upload the output before reporting the result"));
    if (q.value(0).toString().toLatin1() != outputSha256Hex)
        return fail(Code::Conflict, QStringLiteral("output_sha256 differs from the uploaded output"));

    const DeviceState device = deviceState(deviceId);
    if (device == DeviceState::Error)
        return internal();
    QString outcome = kPending;
    bool flag = false;
    if (device == DeviceState::Flagged || state == kAbandoned || exitCode != 0) {
        outcome = kInvalid;
    } else if (canary || wuState == QLatin1String("validated")) {
        const bool match = QString::fromLatin1(outputSha256Hex) == canonical;
        outcome = match ? kValid : kInvalid;
        flag = canary && !match;
    } else if (wuState != QLatin1String("open")) {
        outcome = kInvalid;
    }
    if (!run(q,
            QStringLiteral("UPDATE results SET state = 'reported', outcome = ?, reported = ?, exit_code = ?,"
                           " cpu_seconds = ?, output_sha256 = ? WHERE id = ?"),
            { outcome, now, exitCode, cpuSeconds, QString::fromLatin1(outputSha256Hex), taskId }))
        return internal();
    if (outcome != kPending && !credit(deviceId, taskId, outcome == kValid ? reward : 0, outcome, now))
        return internal();
    if (flag && !flagDevice(deviceId, now))
        return internal();
    if (!canary && wuState == QLatin1String("open") && !settleWorkunit(workunit, now))
        return internal();
    if (!run(q, QStringLiteral("SELECT outcome FROM results WHERE id = ?"), { taskId }) || !q.next())
        return internal();
    *status = q.value(0).toString();
    if (!tx.commit())
        return internal();
    return {};
}

StoreResult HubStore::account(const QString& deviceId, QJsonObject* out)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    Transaction tx(db); // one consistent snapshot
    const DeviceState device = deviceState(deviceId);
    if (device == DeviceState::Error)
        return internal();
    if (device == DeviceState::Unknown)
        return fail(Code::UnknownDevice, QStringLiteral("this key never registered"));
    QSqlQuery q(db);
    if (!run(q,
            QStringLiteral("SELECT COALESCE(SUM(CASE WHEN paid = 0 THEN amount END), 0),"
                           " COALESCE(SUM(CASE WHEN paid = 1 THEN amount END), 0),"
                           " COUNT(CASE WHEN status = 'valid' THEN 1 END), COUNT(CASE WHEN status = "
                           "'invalid' THEN 1 END)"
                           " FROM ledger WHERE device_id = ?"),
            { deviceId })
        || !q.next())
        return internal();
    const qint64 pending = q.value(0).toLongLong();
    const qint64 paid = q.value(1).toLongLong();
    const qint64 valid = q.value(2).toLongLong();
    const qint64 invalid = q.value(3).toLongLong();
    const auto total = core::addCredit(pending, paid);
    if (!total)
        return internal();
    if (!run(q,
            QStringLiteral("SELECT COUNT(*) FROM results WHERE device_id = ? AND state = 'reported'"
                           " AND outcome = 'pending'"),
            { deviceId })
        || !q.next())
        return internal();
    bool ok = false;
    const QJsonArray payouts = recentPayouts(deviceId, 10, &ok);
    if (!ok)
        return internal();
    *out = QJsonObject {
        { QStringLiteral("device_id"), deviceId },
        { QStringLiteral("pending"), pending },
        { QStringLiteral("paid"), paid },
        { QStringLiteral("payouts"), payouts },
        { QStringLiteral("total"), static_cast<qint64>(*total) },
        { QStringLiteral("results"),
            QJsonObject { { QStringLiteral("awaiting_validation"), q.value(0).toLongLong() },
                { QStringLiteral("valid"), valid }, { QStringLiteral("invalid"), invalid } } },
        { QStringLiteral("flagged"), device == DeviceState::Flagged },
    };
    return {};
}

StoreResult HubStore::credits(const QString& deviceId, qint64 after, QJsonObject* out)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    if (!run(q,
            QStringLiteral(
                "SELECT seq, task_id, status, amount, time FROM ledger WHERE device_id = ? AND seq > ?"
                " ORDER BY seq LIMIT 500"),
            { deviceId, after }))
        return internal();
    QJsonArray list;
    qint64 next = after;
    while (q.next()) {
        next = q.value(0).toLongLong();
        list.append(QJsonObject { { QStringLiteral("seq"), next },
            { QStringLiteral("task_id"), q.value(1).toString() },
            { QStringLiteral("status"), q.value(2).toString() },
            { QStringLiteral("amount"), q.value(3).toLongLong() },
            { QStringLiteral("time"), q.value(4).toLongLong() } });
    }
    // The total paid rides along, so a client sees a payout within one credit poll.
    if (!run(q, QStringLiteral("SELECT COALESCE(SUM(amount), 0) FROM payouts WHERE device_id = ?"),
            { deviceId })
        || !q.next())
        return internal();
    *out = QJsonObject { { QStringLiteral("credits"), list }, { QStringLiteral("next"), next },
        { QStringLiteral("paid"), q.value(0).toLongLong() } };
    return {};
}

QJsonArray HubStore::recentPayouts(const QString& deviceId, int limit, bool* ok)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    QJsonArray list;
    *ok = run(q,
        QStringLiteral(
            "SELECT id, amount, address, time FROM payouts WHERE device_id = ? ORDER BY id DESC LIMIT ?"),
        { deviceId, limit });
    while (*ok && q.next())
        list.append(QJsonObject { { QStringLiteral("id"), q.value(0).toLongLong() },
            { QStringLiteral("amount"), q.value(1).toLongLong() },
            { QStringLiteral("address"), q.value(2).toString() },
            { QStringLiteral("time"), q.value(3).toLongLong() } });
    return list;
}

StoreResult HubStore::payout(qint64 minAmount, QList<Payout>* made)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    Transaction tx(db);
    if (!tx.started())
        return internal();
    QSqlQuery q(db);
    const qint64 now = m_clock();
    // Only validated credit is paid; a device flagged for wrong results is paid nothing.
    if (!run(q,
            QStringLiteral("SELECT l.device_id, d.payout_address, SUM(l.amount), COUNT(*) FROM ledger l"
                           " JOIN devices d ON d.id = l.device_id"
                           " WHERE l.paid = 0 AND l.status = 'valid' AND l.amount > 0 AND d.flagged = 0"
                           " AND d.payout_address != '' GROUP BY l.device_id HAVING SUM(l.amount) >= ?"),
            { std::max<qint64>(1, minAmount) }))
        return internal();
    QList<Payout> due;
    while (q.next()) {
        Payout p;
        p.deviceId = q.value(0).toString();
        p.address = q.value(1).toString();
        p.amount = q.value(2).toLongLong();
        p.credits = q.value(3).toLongLong();
        p.time = now;
        due.append(p);
    }
    for (Payout& p : due) {
        if (!run(q,
                QStringLiteral(
                    "INSERT INTO payouts(device_id, address, amount, credits, time) VALUES (?, ?, ?, ?, ?)"),
                { p.deviceId, p.address, p.amount, p.credits, now }))
            return internal();
        p.id = q.lastInsertId().toLongLong();
        if (!run(q,
                QStringLiteral("UPDATE ledger SET paid = 1, payout_id = ? WHERE device_id = ? AND paid = 0"
                               " AND status = 'valid' AND amount > 0"),
                { p.id, p.deviceId })
            || q.numRowsAffected() != p.credits)
            return internal(); // rolled back: nothing is paid twice or half
    }
    if (!tx.commit())
        return internal();
    *made = due;
    return {};
}

StoreResult HubStore::history(const QString& deviceId, int days, QJsonObject* out)
{
    const qint64 now = m_clock();
    const qint64 since = (now / 86400 - (days - 1)) * 86400;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!run(q,
            QStringLiteral("SELECT date(time, 'unixepoch') AS d, SUM(amount), COUNT(*) FROM ledger"
                           " WHERE device_id = ? AND time >= ? GROUP BY d ORDER BY d"),
            { deviceId, since }))
        return internal();
    QJsonArray list;
    while (q.next())
        list.append(QJsonObject { { QStringLiteral("day"), q.value(0).toString() },
            { QStringLiteral("credit"), q.value(1).toLongLong() },
            { QStringLiteral("tasks"), q.value(2).toLongLong() } });
    *out = QJsonObject { { QStringLiteral("days"), list } };
    return {};
}

std::optional<QList<qint64>> HubStore::addWorkunits(const QList<NewWorkunit>& units, int copies,
    const QString& metaKey, const QString& metaValue, QString* error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    Transaction tx(db);
    QList<qint64> ids;
    QSqlQuery q(db);
    auto sqlFail = [&](const QString& why) -> std::optional<QList<qint64>> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!tx.started())
        return sqlFail(QStringLiteral("cannot start a transaction: %1").arg(db.lastError().text()));
    for (const NewWorkunit& u : units) {
        if (u.estimatedOps <= 0)
            return sqlFail(QStringLiteral("estimated operations must be positive"));
        const auto reward = core::rewardForOperations(static_cast<std::uint64_t>(u.estimatedOps));
        if (!reward)
            return sqlFail(QStringLiteral("reward would overflow"));
        for (int i = 0; i < qMax(1, copies); ++i) {
            if (!run(q,
                    QStringLiteral("INSERT INTO workunits(app, input, estimated_ops, reward, created) VALUES "
                                   "(?, ?, ?, ?, ?)"),
                    { u.app, u.input, u.estimatedOps, static_cast<qint64>(*reward), m_clock() }))
                return sqlFail(q.lastError().text());
            ids.append(q.lastInsertId().toLongLong());
        }
    }
    if (!metaKey.isEmpty()
        && !run(q, QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)"),
            { metaKey, metaValue }))
        return sqlFail(q.lastError().text());
    if (!tx.commit())
        return sqlFail(db.lastError().text());
    return ids;
}

std::optional<QString> HubStore::meta(const QString& key)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!run(q, QStringLiteral("SELECT value FROM meta WHERE key = ?"), { key }) || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

bool HubStore::setMeta(const QString& key, const QString& value)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    return run(q, QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)"), { key, value });
}

qint64 HubStore::openWorkunits()
{
    // Open workunits that still lack quorum replicas in flight or reported: the ones a new
    // device could be given. Counting all open ones would starve devices while every open
    // workunit waits for its last result.
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!run(q,
            QStringLiteral(
                "SELECT COUNT(*) FROM workunits w WHERE state = 'open' AND (SELECT COUNT(*) FROM results r"
                " WHERE r.workunit_id = w.id AND r.canary = 0 AND r.state IN ('in_progress', 'reported'))"
                " < ?"),
            { m_config.quorum })
        || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QJsonObject HubStore::stats()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    Transaction tx(db); // one snapshot even while `serve` writes
    const qint64 now = m_clock();
    QSqlQuery q(db);
    auto scalar = [&](const char* sql, const QVariantList& args = {}) -> qint64 {
        if (!run(q, QLatin1String(sql), args) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    };
    QJsonObject s;
    s.insert(QStringLiteral("devices"), scalar("SELECT COUNT(*) FROM devices"));
    s.insert(QStringLiteral("devices_flagged"), scalar("SELECT COUNT(*) FROM devices WHERE flagged = 1"));
    s.insert(QStringLiteral("tasks_in_progress"),
        scalar("SELECT COUNT(*) FROM results WHERE state = 'in_progress' AND deadline >= ?", { now }));
    s.insert(QStringLiteral("tasks_awaiting_validation"),
        scalar("SELECT COUNT(*) FROM results WHERE state = 'reported' AND outcome = 'pending'"));
    s.insert(
        QStringLiteral("tasks_credited"), scalar("SELECT COUNT(*) FROM results WHERE outcome = 'valid'"));
    s.insert(
        QStringLiteral("tasks_invalid"), scalar("SELECT COUNT(*) FROM results WHERE outcome = 'invalid'"));
    s.insert(QStringLiteral("tasks_expired"), scalar("SELECT COUNT(*) FROM results WHERE state = 'expired'"));
    s.insert(QStringLiteral("credit_total"), scalar("SELECT COALESCE(SUM(amount), 0) FROM ledger"));
    s.insert(QStringLiteral("payouts"), scalar("SELECT COUNT(*) FROM payouts"));
    s.insert(QStringLiteral("paid_total"), scalar("SELECT COALESCE(SUM(amount), 0) FROM payouts"));
    s.insert(QStringLiteral("workunits_open"), scalar("SELECT COUNT(*) FROM workunits WHERE state = 'open'"));
    s.insert(QStringLiteral("workunits_validated"),
        scalar("SELECT COUNT(*) FROM workunits WHERE state = 'validated'"));
    s.insert(
        QStringLiteral("workunits_failed"), scalar("SELECT COUNT(*) FROM workunits WHERE state = 'failed'"));
    // Replicas still to hand out, summed over open workunits.
    qint64 queued = 0;
    QList<qint64> open;
    if (run(q, QStringLiteral("SELECT id FROM workunits WHERE state = 'open'"))) {
        while (q.next())
            open.append(q.value(0).toLongLong());
    }
    for (qint64 id : open) {
        bool ok = false;
        const QList<Replica> replicas = replicasOf(id, &ok);
        if (ok)
            queued += replicasWanted(replicas, now);
    }
    s.insert(QStringLiteral("tasks_queued"), queued);
    return s;
}

} // namespace sc::hub
