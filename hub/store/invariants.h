// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace sc::hub {

// The books' invariants, checked on a hub database from outside the code that keeps them
// (`sparecycles-hub check`, docs/deploy.md): what must hold whatever ran, crashed or raced.
struct InvariantResult {
    QString name; // one line: what must hold
    qint64 violations = 0;
    QStringList examples; // at most a few rows that break it, as text
};

class Invariants final {
public:
    static constexpr int kExamples = 5;
    // Every check, in one snapshot; nullopt (with the reason) when the database cannot be read.
    static std::optional<QList<InvariantResult>> check(QSqlDatabase db, int quorum, QString* error);
};

} // namespace sc::hub
