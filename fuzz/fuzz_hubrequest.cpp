// SPDX-License-Identifier: GPL-3.0-or-later
// What the hub reads from devices before its store is touched (hub/requestparsing.h,
// hub/connectiongate.h): the first request header of a connection (the gate's Content-Length
// and chunked check), the signature headers and the canonical text they sign, query
// parameters, and the JSON bodies of register, work and result reports, read as HubServer's
// handlers read them (parseJsonBody, then the message's fromJson).
// Input: one selector byte, then that part's bytes.
#include "connectiongate.h"
#include "crypto/devicekey.h"
#include "fuzzhelpers.h"
#include "protocol/messages.h"
#include "requestparsing.h"

#include <QUrl>
#include <limits>

using namespace sc::core;
using namespace sc::hub;

namespace {

void header(const QByteArray& head)
{
    const auto verdict = ConnectionGate::checkHeader(head.left(ConnectionGate::kMaxHeaderBytes));
    using Action = ConnectionGate::HeaderVerdict::Action;
    SC_FUZZ_CHECK((verdict.action == Action::Reject) == !verdict.message.isEmpty());
    // Without the blank line that ends a header, nothing is handed over.
    if (!head.left(ConnectionGate::kMaxHeaderBytes).contains("\r\n\r\n"))
        SC_FUZZ_CHECK(verdict.action != Action::HandOver);
}

void signedHeaders(sc::fuzz::Input& in)
{
    const QByteArray key = in.line();
    const QByteArray timestamp = in.line();
    const QByteArray signature = in.line();
    const QByteArray nonce = in.line();
    const QByteArray target = in.line();
    const QByteArray body = in.rest();
    const auto headers = readSignedHeaders(key, timestamp, signature, nonce);
    if (const auto* h = std::get_if<SignedHeaders>(&headers)) {
        SC_FUZZ_CHECK(h->signature.size() == 64 && h->key.size() == 64 && h->nonce.size() == 32);
        // A signature that holds (the seed's) holds for exactly this request: not for another body.
        const QByteArray text = canonicalRequest("POST", target, h->timestamp, h->nonce, body);
        const QByteArray rawKey = QByteArray::fromHex(h->key);
        if (verifyEd25519(rawKey, text, h->signature))
            SC_FUZZ_CHECK(!verifyEd25519(
                rawKey, canonicalRequest("POST", target, h->timestamp, h->nonce, body + ' '), h->signature));
    } else {
        SC_FUZZ_CHECK(!std::get<QString>(headers).isEmpty());
    }
}

void query(const QByteArray& text)
{
    const QUrlQuery q(QUrl(QStringLiteral("http://hub/v1/account/credits?") + QString::fromUtf8(text)));
    if (const auto after = queryInt(q, QStringLiteral("after"), 0, 0, std::numeric_limits<qint64>::max()))
        SC_FUZZ_CHECK(*after >= 0);
    if (const auto days = queryInt(q, QStringLiteral("days"), 30, 1, 3660))
        SC_FUZZ_CHECK(*days >= 1 && *days <= 3660);
}

void bodies(const QByteArray& body)
{
    if (body.size() > ConnectionGate::kMaxJsonBytes)
        return; // the gate and HubServer::route refuse it before any parsing
    const auto o = parseJsonBody(body);
    if (!o)
        return;
    QString why;
    if (const auto r = RegisterRequest::fromJson(*o, &why)) {
        SC_FUZZ_CHECK(r->profileJson().size() <= RegisterRequest::kMaxProfileBytes);
        SC_FUZZ_CHECK(r->opsPerSecond() > 0);
        SC_FUZZ_CHECK(RegisterRequest::fromJson(r->toJson(), nullptr).has_value());
    }
    if (const auto w = WorkRequest::fromJson(*o, &why)) {
        SC_FUZZ_CHECK(w->cores >= 1 && w->cores <= WorkRequest::kMaxCores);
        SC_FUZZ_CHECK(w->seconds >= 1 && w->seconds <= WorkRequest::kMaxSeconds);
        SC_FUZZ_CHECK(WorkRequest::fromJson(w->toJson(), nullptr).has_value());
    }
    if (const auto r = ResultReport::fromJson(*o, &why)) {
        SC_FUZZ_CHECK(r->cpuSeconds >= 0 && r->outputSha256.size() == 64);
        SC_FUZZ_CHECK(ResultReport::fromJson(r->toJson(), nullptr).has_value());
    }
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
    switch (in.byte() % 4) {
    case 0:
        header(in.rest());
        break;
    case 1:
        signedHeaders(in);
        break;
    case 2:
        query(in.rest());
        break;
    default:
        bodies(in.rest());
        break;
    }
    return 0;
}
