// SPDX-License-Identifier: GPL-3.0-or-later
// What task programs write on stdout, as the Executor reads it (core/tasks/taskoutput.h):
// "progress x" and "resumed …" lines among anything else, arriving in pieces of any size.
// Input: a byte that sets the piece size, then the output. Checked: progress is always within
// 0..1, the bytes held never exceed the cap, and how the output is cut into reads does not
// change what is read from it (unless the flood cap cut it).
#include "fuzzhelpers.h"
#include "tasks/taskoutput.h"

#include <QList>

using sc::core::TaskOutputReader;

namespace {

struct Seen {
    QList<int> kinds;
    QList<double> progress;
    bool operator==(const Seen&) const = default;
};

Seen read(const QByteArray& output, qsizetype piece, bool* cut)
{
    TaskOutputReader reader;
    Seen seen;
    for (qsizetype at = 0; at < output.size(); at += piece) {
        const QByteArray chunk = output.mid(at, piece);
        if (reader.pendingBytes() + chunk.size() > TaskOutputReader::kMaxPendingBytes)
            *cut = true;
        reader.append(chunk);
        // The Executor drains the reader after every read.
        while (const auto line = reader.next()) {
            SC_FUZZ_CHECK(line->kind != TaskOutputReader::Line::Kind::Progress
                || (line->progress >= 0 && line->progress <= 1));
            seen.kinds.append(static_cast<int>(line->kind));
            seen.progress.append(line->progress);
        }
        SC_FUZZ_CHECK(reader.pendingBytes() <= TaskOutputReader::kMaxPendingBytes);
        // What is held after draining is the tail after the last newline.
        SC_FUZZ_CHECK(!reader.pendingBytes() || !chunk.right(reader.pendingBytes()).contains('\n')
            || reader.pendingBytes() > chunk.size());
    }
    return seen;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    sc::fuzz::initQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    sc::fuzz::Input in(data, size);
    const qsizetype piece = 1 + in.byte() * 7;
    const QByteArray output = in.rest();
    bool cut = false;
    const Seen inPieces = read(output, piece, &cut);
    const Seen whole = read(output, qMax<qsizetype>(1, output.size()), &cut);
    if (!cut)
        SC_FUZZ_CHECK(inPieces == whole);
    return 0;
}
