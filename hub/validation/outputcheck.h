// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace sc::hub {

// What the hub's own check says about one uploaded output, before any quorum counts it.
struct OutputVerdict {
    enum class Reason {
        NotChecked, // the app has no check of its own (sc-primes): only the quorum judges it
        Passed, // sc-matmul: Freivalds' check passed every round
        Unparsable, // not the app's output for this input (its header or size)
        WrongProduct, // sc-matmul: a Freivalds round found C ≠ A · B, or an entry is ≥ p
        BadInput, // the workunit's own input is not one the app takes (never queued by TaskApps)
    };
    Reason reason = Reason::NotChecked;

    bool rejected() const { return reason != Reason::NotChecked && reason != Reason::Passed; }
    // The rejection as stored with the output (outputs.rejection), empty when not rejected.
    QString text() const;
};

// The hub's check of one output, pure: bytes in, verdict out; no SQL, no I/O, no randomness of
// its own. For sc-matmul it runs kMatmulRounds of Freivalds' check (workloads/matmul/modmat.h,
// freivaldsOutput: O(rounds · n²) time, O(rounds · n) memory, the output read in place); a
// wrong product passes with probability at most p^-rounds (p = 2^31 − 1). secret draws the
// random vectors: the caller takes it from a source the device cannot predict, one per output.
class OutputCheck final {
public:
    static constexpr int kMatmulRounds = 3;

    static OutputVerdict judge(
        const QString& app, const QByteArray& input, const QByteArray& output, quint64 secret);
};

} // namespace sc::hub
