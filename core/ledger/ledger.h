// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <limits>
#include <memory>
#include <optional>

namespace sc::core {

// The device's own record of what it earned and contributed (SQLite, WAL). Credits come from
// the hub's per-task feed and are keyed by task, so applying the same feed page twice (after a
// crash between the write and saving the cursor) never counts anything twice.
class Ledger final {
public:
    struct Credit {
        qint64 seq = 0;
        QString taskId;
        QString status; // "valid" or "invalid"
        qint64 amount = 0; // micro-tokens
        qint64 time = 0; // unix seconds
    };
    struct Day {
        QDate day;
        double cpuSeconds = 0;
        int tasksCompleted = 0;
        qint64 credit = 0;
        int tasksValid = 0; // results the network accepted that day
        int tasksInvalid = 0; // results it rejected (wrong, failed or late)
        double gpuSeconds = 0; // wall time tasks ran in the GPU slot (a GPU-hour is an hour of it)
    };

    ~Ledger();
    Ledger(const Ledger&) = delete;
    Ledger& operator=(const Ledger&) = delete;

    static std::unique_ptr<Ledger> open(const QString& path, QString* error);

    // Stores a page of the credit feed and the cursor that follows it, in one transaction.
    // Returns false (nothing stored) on a storage error or an amount that would overflow.
    bool applyCredits(const QList<Credit>& credits, qint64 nextCursor);
    qint64 creditCursor() const;
    // Each hub numbers its credit feed on its own: the cursor (and the total paid seen, see
    // hubKey()) belong to one hub, named by its code-signing key (stable across addresses and
    // ports). Call when the hub is known; the facts of a data folder from before are taken over
    // by the first hub set.
    void setHub(const QString& hubId);
    // key + " " + the hub set above (or key alone before setHub).
    QString hubKey(const QString& key) const;

    // Contribution of this device on a (UTC) day.
    bool addContribution(const QDate& day, double cpuSeconds, int tasksCompleted, double gpuSeconds = 0);
    // Whether any day holds GPU time (the UI shows the graphics card only then or when one is
    // there, docs/ui.md).
    bool hasGpuWork() const;

    // One minute of contribution for the charts: CPU and GPU seconds our tasks used, the
    // hottest CPU and GPU readings and the mean duty cycle. Rolled up into hours in the same
    // transaction, and minutes older than kMinuteRetentionDays are dropped, so a year of
    // history reads a few thousand hour rows, never half a million minutes.
    struct Sample {
        qint64 time = 0; // unix seconds, start of the minute or hour
        double cpuSeconds = 0;
        double gpuSeconds = 0;
        double maxTempC = std::numeric_limits<double>::quiet_NaN(); // NaN when no sensor
        double duty = 0;
        double maxGpuTempC = std::numeric_limits<double>::quiet_NaN(); // NaN when no GPU sensor
    };
    static constexpr int kMinuteRetentionDays = 7;
    bool addSamples(const QList<Sample>& minutes);
    // Minutes (range ≤ 2 days) or hours (longer), whichever the range needs, oldest first.
    QList<Sample> samples(qint64 from, qint64 to) const;
    qint64 sampleCount() const;

    qint64 earnedTotal() const;
    int creditedTasks(const QString& status) const;
    QList<Day> days(const QDate& from, const QDate& to) const;

    // Small key/value facts that must survive restarts (pinned hub keys, device id).
    std::optional<QString> meta(const QString& key) const;
    bool removeMeta(const QString& key);
    // Forgets what the hubs said about this device's account (balance, credit feed cursors,
    // payouts seen): a new device identity has an account of its own. History stays.
    bool forgetAccount();
    bool setMeta(const QString& key, const QString& value);

private:
    explicit Ledger(QSqlDatabase db);
    QSqlDatabase m_db;
    QString m_hub; // see setHub()
};

} // namespace sc::core
