// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/states.h"

#include <array>
#include <utility>

namespace sc::hub {

namespace {

    template <typename E, std::size_t N> using Table = std::array<std::pair<E, const char*>, N>;

    constexpr Table<ReplicaState, 5> kReplicaStates { {
        { ReplicaState::InProgress, "in_progress" },
        { ReplicaState::Reported, "reported" },
        { ReplicaState::Expired, "expired" },
        { ReplicaState::Abandoned, "abandoned" },
        { ReplicaState::Released, "released" },
    } };
    constexpr Table<ReplicaOutcome, 3> kOutcomes { {
        { ReplicaOutcome::Pending, "pending" },
        { ReplicaOutcome::Valid, "valid" },
        { ReplicaOutcome::Invalid, "invalid" },
    } };
    constexpr Table<WorkunitState, 3> kWorkunitStates { {
        { WorkunitState::Open, "open" },
        { WorkunitState::Validated, "validated" },
        { WorkunitState::Failed, "failed" },
    } };
    constexpr Table<CreditStatus, 3> kCreditStatuses { {
        { CreditStatus::Valid, "valid" },
        { CreditStatus::Invalid, "invalid" },
        { CreditStatus::Withdrawn, "withdrawn" },
    } };
    constexpr Table<PayoutState, 6> kPayoutStates { {
        { PayoutState::Recorded, "recorded" },
        { PayoutState::Signed, "signed" },
        { PayoutState::Sent, "sent" },
        { PayoutState::Confirmed, "confirmed" },
        { PayoutState::Reverted, "reverted" },
        { PayoutState::Dropped, "dropped" },
    } };

    template <typename E, std::size_t N> QString nameOf(const Table<E, N>& table, E value)
    {
        for (const auto& [e, name] : table) {
            if (e == value)
                return QLatin1String(name);
        }
        return {};
    }

    template <typename E, std::size_t N>
    std::optional<E> valueOf(const Table<E, N>& table, const QString& text)
    {
        for (const auto& [e, name] : table) {
            if (text == QLatin1String(name))
                return e;
        }
        return std::nullopt;
    }

} // namespace

CreditStatus creditStatusFor(ReplicaOutcome outcome)
{
    return outcome == ReplicaOutcome::Valid ? CreditStatus::Valid : CreditStatus::Invalid;
}

QString toString(ReplicaState state) { return nameOf(kReplicaStates, state); }
QString toString(ReplicaOutcome outcome) { return nameOf(kOutcomes, outcome); }
QString toString(WorkunitState state) { return nameOf(kWorkunitStates, state); }
QString toString(CreditStatus status) { return nameOf(kCreditStatuses, status); }
QString toString(PayoutState state) { return nameOf(kPayoutStates, state); }

std::optional<ReplicaState> replicaStateFromString(const QString& text)
{
    return valueOf(kReplicaStates, text);
}
std::optional<ReplicaOutcome> replicaOutcomeFromString(const QString& text)
{
    return valueOf(kOutcomes, text);
}
std::optional<WorkunitState> workunitStateFromString(const QString& text)
{
    return valueOf(kWorkunitStates, text);
}
std::optional<CreditStatus> creditStatusFromString(const QString& text)
{
    return valueOf(kCreditStatuses, text);
}
std::optional<PayoutState> payoutStateFromString(const QString& text) { return valueOf(kPayoutStates, text); }

} // namespace sc::hub
