// SPDX-License-Identifier: GPL-3.0-or-later
// The protocol messages the engine reads from the hub (core/protocol): network info, work
// replies and their task descriptors, the held list, account and credit feed pages, history,
// release/output/result replies and error replies; and what verifies signatures over them
// (taskSigningText, verifyEd25519). Input: one JSON text, read as every message in turn.
// Checked: nothing crashes, and whatever a reader accepts, its toJson writes back in a form the
// same reader accepts again unchanged (the hub writes with toJson, the engine reads with
// fromJson: a message that does not survive that is a protocol bug).
#include "crypto/devicekey.h"
#include "fuzzhelpers.h"
#include "protocol/errorcode.h"
#include "protocol/messages.h"
#include "protocol/taskdescriptor.h"

#include <QCryptographicHash>
#include <QJsonDocument>

using namespace sc::core;

namespace {

// fromJson(toJson(m)) must succeed and give the same wire form.
template <typename T> void roundTrips(const T& message)
{
    const QJsonObject written = message.toJson();
    QString why;
    const auto again = T::fromJson(written, &why);
    SC_FUZZ_CHECK(again.has_value());
    SC_FUZZ_CHECK(again->toJson() == written);
}

template <typename T> void readAs(const QJsonObject& o)
{
    QString why;
    if (const auto m = T::fromJson(o, &why))
        roundTrips(*m);
    else
        SC_FUZZ_CHECK(!why.isEmpty());
}

// A fixed network key: a descriptor's signatures are checked as the engine checks them.
const DeviceKey& networkKey()
{
    static const DeviceKey key = DeviceKey::generate();
    return key;
}

void checkTasks(const QList<TaskDescriptor>& tasks)
{
    const QByteArray pub = networkKey().publicKey();
    for (const TaskDescriptor& t : tasks) {
        SC_FUZZ_CHECK(t.input.size() <= kMaxInlineInput);
        const QByteArray text = taskSigningText(t);
        // A signature the fuzzer made up never verifies; the network's own always does.
        SC_FUZZ_CHECK(!verifyEd25519(pub, text, t.signature));
        SC_FUZZ_CHECK(verifyEd25519(pub, text, networkKey().sign(text)));
        const QByteArray appText = "sc-app-v1\n" + t.app.toUtf8() + '\n' + t.appSha256.toLatin1();
        SC_FUZZ_CHECK(!verifyEd25519(pub, appText, t.appSignature));
        // The descriptor as the hub writes it reads back the same.
        const auto again = parseWorkReply(QJsonDocument(WorkReply { { t } }.toJson()).toJson());
        SC_FUZZ_CHECK(std::holds_alternative<QList<TaskDescriptor>>(again));
        SC_FUZZ_CHECK(toJson(std::get<QList<TaskDescriptor>>(again).value(0)) == toJson(t));
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    sc::fuzz::initQt(argc, argv);
    networkKey();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    // The engine's own entry point for POST /v1/work replies, size cap included.
    const auto parsed = parseWorkReply(bytes);
    if (const auto* tasks = std::get_if<QList<TaskDescriptor>>(&parsed)) {
        SC_FUZZ_CHECK(tasks->size() <= kMaxTasksPerReply);
        checkTasks(*tasks);
    }
    if (bytes.size() > kMaxReplyBytes)
        return 0; // HubClient refuses larger replies before parsing
    const QJsonObject o = QJsonDocument::fromJson(bytes).object();
    readAs<NetworkInfo>(o);
    readAs<RegisterReply>(o);
    readAs<WorkReply>(o);
    readAs<HeldWork>(o);
    readAs<ReleaseReply>(o);
    readAs<OutputReceipt>(o);
    readAs<ResultReply>(o);
    readAs<CreditEntry>(o);
    readAs<CreditPage>(o);
    readAs<PayoutEntry>(o);
    readAs<Account>(o);
    readAs<History>(o);
    readAs<ErrorReply>(o);
    if (const auto held = HeldWork::fromJson(o, nullptr))
        checkTasks(held->tasks);
    if (const auto chain = ChainInfo::fromJson(o.value(QLatin1String("chain")).toObject(), nullptr)) {
        roundTrips(*chain);
        const QString hash = QStringLiteral("0x") + QString(64, QLatin1Char('a'));
        SC_FUZZ_CHECK(chain->explorerTxUrl.isEmpty() || chain->explorerUrlFor(hash).contains(hash));
    }
    return 0;
}
