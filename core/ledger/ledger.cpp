// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/ledger.h"

#include "ledger/credit.h"
#include "storage/sqlite.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <cmath>

namespace sc::core {

namespace {
    QString dayKey(const QDate& d) { return d.toString(Qt::ISODate); }

    // steps[v]: from schema version v to v + 1.
    const QList<QStringList>& ledgerSchema()
    {
        static const QList<QStringList> steps {
            { QStringLiteral("CREATE TABLE credits (task_id TEXT PRIMARY KEY, seq INTEGER NOT NULL, "
                             "status TEXT NOT NULL, amount INTEGER NOT NULL, time INTEGER NOT NULL)"),
                QStringLiteral("CREATE TABLE contribution (day TEXT PRIMARY KEY, cpu_seconds REAL NOT NULL, "
                               "tasks_completed INTEGER NOT NULL)"),
                QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)") },
            { QStringLiteral("CREATE TABLE samples_minute (t INTEGER PRIMARY KEY, cpu_seconds REAL NOT NULL, "
                             "gpu_seconds REAL NOT NULL, max_temp REAL, duty REAL NOT NULL)"),
                QStringLiteral("CREATE TABLE samples_hour (t INTEGER PRIMARY KEY, cpu_seconds REAL NOT NULL, "
                               "gpu_seconds REAL NOT NULL, max_temp REAL, duty_sum REAL NOT NULL, n INTEGER "
                               "NOT NULL)") },
            // GPU work (issue 15): GPU seconds per day, the hottest GPU per minute and hour.
            // Old rows keep their values: no GPU time, no GPU reading.
            { QStringLiteral("ALTER TABLE contribution ADD COLUMN gpu_seconds REAL NOT NULL DEFAULT 0"),
                QStringLiteral("ALTER TABLE samples_minute ADD COLUMN max_gpu_temp REAL"),
                QStringLiteral("ALTER TABLE samples_hour ADD COLUMN max_gpu_temp REAL") },
        };
        return steps;
    }
} // namespace

Ledger::Ledger(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Ledger::~Ledger() { storage::close(m_db); }

std::unique_ptr<Ledger> Ledger::open(const QString& path, QString* error)
{
    std::unique_ptr<Ledger> ledger;
    if (auto db = storage::open(path, QStringLiteral("ledger"), error))
        ledger.reset(new Ledger(*db));
    // Only the ledger holds the connection now: when it goes below (a damaged file), it closes
    // and removes the connection with no other handle alive, so Qt prints no warning of its
    // own before this error ("connection ... is still in use").
    if (!ledger)
        return nullptr;
    if (!storage::migrate(ledger->m_db, ledgerSchema(), QStringLiteral("ledger"), path, error))
        return nullptr;
    return ledger;
}

bool Ledger::addSamples(const QList<Sample>& minutes)
{
    if (minutes.isEmpty())
        return true;
    if (!m_db.transaction())
        return false;
    QSqlQuery m(m_db), h(m_db);
    m.prepare(QStringLiteral("INSERT OR REPLACE INTO samples_minute (t, cpu_seconds, gpu_seconds, max_temp, "
                             "duty, max_gpu_temp) VALUES (?,?,?,?,?,?)"));
    h.prepare(QStringLiteral(
        "INSERT INTO samples_hour (t, cpu_seconds, gpu_seconds, max_temp, duty_sum, max_gpu_temp, n) "
        "VALUES (?,?,?,?,?,?,1) ON CONFLICT(t) DO UPDATE SET "
        "cpu_seconds=cpu_seconds+excluded.cpu_seconds, gpu_seconds=gpu_seconds+excluded.gpu_seconds, "
        "max_temp=MAX(COALESCE(max_temp,excluded.max_temp),COALESCE(excluded.max_temp,max_temp)), "
        "max_gpu_temp=MAX(COALESCE(max_gpu_temp,excluded.max_gpu_temp),"
        "COALESCE(excluded.max_gpu_temp,max_gpu_temp)), "
        "duty_sum=duty_sum+excluded.duty_sum, n=n+1"));
    qint64 newest = 0;
    for (const Sample& s : minutes) {
        const qint64 t = s.time - s.time % 60;
        const QVariant temp = std::isnan(s.maxTempC) ? QVariant() : QVariant(s.maxTempC);
        const QVariant gpuTemp = std::isnan(s.maxGpuTempC) ? QVariant() : QVariant(s.maxGpuTempC);
        m.addBindValue(t);
        m.addBindValue(s.cpuSeconds);
        m.addBindValue(s.gpuSeconds);
        m.addBindValue(temp);
        m.addBindValue(s.duty);
        m.addBindValue(gpuTemp);
        h.addBindValue(t - t % 3600);
        h.addBindValue(s.cpuSeconds);
        h.addBindValue(s.gpuSeconds);
        h.addBindValue(temp);
        h.addBindValue(s.duty);
        h.addBindValue(gpuTemp);
        if (!m.exec() || !h.exec()) {
            m_db.rollback();
            return false;
        }
        newest = std::max(newest, t);
    }
    QSqlQuery prune(m_db);
    prune.prepare(QStringLiteral("DELETE FROM samples_minute WHERE t < ?"));
    prune.addBindValue(newest - kMinuteRetentionDays * 86400LL);
    if (!prune.exec()) {
        m_db.rollback();
        return false;
    }
    return m_db.commit();
}

QList<Ledger::Sample> Ledger::samples(qint64 from, qint64 to) const
{
    QList<Sample> out;
    const bool minutes = to - from <= 2 * 86400;
    QSqlQuery q(m_db);
    q.prepare(minutes
            ? QStringLiteral("SELECT t, cpu_seconds, gpu_seconds, max_temp, duty, max_gpu_temp "
                             "FROM samples_minute WHERE t >= ? AND t < ? ORDER BY t")
            : QStringLiteral("SELECT t, cpu_seconds, gpu_seconds, max_temp, duty_sum / n, max_gpu_temp "
                             "FROM samples_hour WHERE t >= ? AND t < ? ORDER BY t"));
    q.addBindValue(from);
    q.addBindValue(to);
    if (!q.exec())
        return out;
    while (q.next()) {
        Sample s;
        s.time = q.value(0).toLongLong();
        s.cpuSeconds = q.value(1).toDouble();
        s.gpuSeconds = q.value(2).toDouble();
        s.maxTempC = q.value(3).isNull() ? std::nan("") : q.value(3).toDouble();
        s.duty = q.value(4).toDouble();
        s.maxGpuTempC = q.value(5).isNull() ? std::nan("") : q.value(5).toDouble();
        out.append(s);
    }
    return out;
}

qint64 Ledger::sampleCount() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral(
               "SELECT (SELECT COUNT(*) FROM samples_minute) + (SELECT COUNT(*) FROM samples_hour)"))
            && q.next()
        ? q.value(0).toLongLong()
        : 0;
}

bool Ledger::applyCredits(const QList<Credit>& credits, qint64 nextCursor)
{
    qint64 total = earnedTotal();
    if (!m_db.transaction())
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO credits VALUES (?,?,?,?,?)"));
    for (const Credit& c : credits) {
        const auto sum = addCredit(total, c.amount);
        if (!sum) {
            m_db.rollback();
            return false;
        }
        q.addBindValue(c.taskId);
        q.addBindValue(c.seq);
        q.addBindValue(c.status);
        q.addBindValue(c.amount);
        q.addBindValue(c.time);
        if (!q.exec()) {
            m_db.rollback();
            return false;
        }
        if (q.numRowsAffected() == 1)
            total = *sum;
    }
    QSqlQuery m(m_db);
    m.prepare(QStringLiteral("INSERT OR REPLACE INTO meta VALUES (?, ?)"));
    m.addBindValue(hubKey(QStringLiteral("credit_cursor")));
    m.addBindValue(QString::number(nextCursor));
    if (!m.exec()) {
        m_db.rollback();
        return false;
    }
    return m_db.commit();
}

qint64 Ledger::creditCursor() const
{
    return meta(hubKey(QStringLiteral("credit_cursor"))).value_or(QStringLiteral("0")).toLongLong();
}

QString Ledger::hubKey(const QString& key) const
{
    return m_hub.isEmpty() ? key : key + QLatin1Char(' ') + m_hub;
}

void Ledger::setHub(const QString& hubUrl)
{
    m_hub = hubUrl;
    // A folder from before hubs were told apart: its facts are the first hub's.
    for (const QString& key : { QStringLiteral("credit_cursor"), QStringLiteral("paid_seen") }) {
        const auto legacy = meta(key);
        if (legacy && !meta(hubKey(key)) && setMeta(hubKey(key), *legacy))
            removeMeta(key);
    }
}

bool Ledger::forgetAccount()
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("DELETE FROM meta WHERE key='balance' OR key LIKE 'credit_cursor%' "
                                 "OR key LIKE 'paid_seen%' OR key LIKE 'payouts_announced%'"));
}

bool Ledger::removeMeta(const QString& key)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM meta WHERE key=?"));
    q.addBindValue(key);
    return q.exec();
}

bool Ledger::addContribution(const QDate& day, double cpuSeconds, int tasksCompleted, double gpuSeconds)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO contribution (day, cpu_seconds, tasks_completed, gpu_seconds) "
                             "VALUES (?,?,?,?) ON CONFLICT(day) DO UPDATE SET "
                             "cpu_seconds=cpu_seconds+excluded.cpu_seconds, "
                             "tasks_completed=tasks_completed+excluded.tasks_completed, "
                             "gpu_seconds=gpu_seconds+excluded.gpu_seconds"));
    q.addBindValue(dayKey(day));
    q.addBindValue(cpuSeconds);
    q.addBindValue(tasksCompleted);
    q.addBindValue(gpuSeconds);
    return q.exec();
}

bool Ledger::hasGpuWork() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT EXISTS(SELECT 1 FROM contribution WHERE gpu_seconds > 0)"))
        && q.next() && q.value(0).toBool();
}

qint64 Ledger::earnedTotal() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT COALESCE(SUM(amount),0) FROM credits")) && q.next()
        ? q.value(0).toLongLong()
        : 0;
}

int Ledger::creditedTasks(const QString& status) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM credits WHERE status=?"));
    q.addBindValue(status);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QList<Ledger::Day> Ledger::days(const QDate& from, const QDate& to) const
{
    QMap<QDate, Day> byDay;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT day, cpu_seconds, tasks_completed, gpu_seconds FROM contribution WHERE day BETWEEN ? AND ?"));
    q.addBindValue(dayKey(from));
    q.addBindValue(dayKey(to));
    if (q.exec()) {
        while (q.next()) {
            Day& d = byDay[QDate::fromString(q.value(0).toString(), Qt::ISODate)];
            d.cpuSeconds = q.value(1).toDouble();
            d.tasksCompleted = q.value(2).toInt();
            d.gpuSeconds = q.value(3).toDouble();
        }
    }
    QSqlQuery c(m_db);
    c.prepare(QStringLiteral("SELECT date(time, 'unixepoch') AS d, SUM(amount), SUM(status = 'valid'), "
                             "SUM(status = 'invalid') FROM credits WHERE d BETWEEN ? AND ? GROUP BY d"));
    c.addBindValue(dayKey(from));
    c.addBindValue(dayKey(to));
    if (c.exec()) {
        while (c.next()) {
            Day& d = byDay[QDate::fromString(c.value(0).toString(), Qt::ISODate)];
            d.credit = c.value(1).toLongLong();
            d.tasksValid = c.value(2).toInt();
            d.tasksInvalid = c.value(3).toInt();
        }
    }
    QList<Day> out;
    for (auto it = byDay.cbegin(); it != byDay.cend(); ++it) {
        Day d = it.value();
        d.day = it.key();
        out.append(d);
    }
    return out;
}

std::optional<QString> Ledger::meta(const QString& key) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key=?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return std::nullopt;
}

bool Ledger::setMeta(const QString& key, const QString& value)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta VALUES (?,?)"));
    q.addBindValue(key);
    q.addBindValue(value);
    return q.exec();
}

} // namespace sc::core
