// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QMap>
#include <QList>
#include <QSqlDatabase>
#include <QString>
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
    };

    ~Ledger();
    Ledger(const Ledger&) = delete;
    Ledger& operator=(const Ledger&) = delete;

    static std::unique_ptr<Ledger> open(const QString& path, QString* error);

    // Stores a page of the credit feed and the cursor that follows it, in one transaction.
    // Returns false (nothing stored) on a storage error or an amount that would overflow.
    bool applyCredits(const QList<Credit>& credits, qint64 nextCursor);
    qint64 creditCursor() const;

    // Contribution of this device on a (UTC) day.
    bool addContribution(const QDate& day, double cpuSeconds, int tasksCompleted);

    qint64 earnedTotal() const;
    int creditedTasks(const QString& status) const;
    QList<Day> days(const QDate& from, const QDate& to) const;

    // Small key/value facts that must survive restarts (pinned hub keys, device id).
    std::optional<QString> meta(const QString& key) const;
    bool setMeta(const QString& key, const QString& value);

private:
    explicit Ledger(QSqlDatabase db);
    QSqlDatabase m_db;
};

} // namespace sc::core
