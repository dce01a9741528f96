// SPDX-License-Identifier: GPL-3.0-or-later
// A fault-injecting HTTP proxy for the end-to-end tests: it sits between a real engine and a
// real hub on loopback and, for each request, rolls a seeded die that decides what goes wrong:
// the connection dropped before the request reaches the hub, after it did, or after the reply
// started; a delay; a reply truncated (consistently framed) or with a flipped bit; a request
// with a flipped bit; a 5xx answered by the proxy itself, before or after the hub saw the
// request. It runs in its own thread, so a test that blocks its own event loop (a `stats`
// command, a hub start) never stalls the traffic.
#pragma once

#include <QMap>
#include <QThread>
#include <QUrl>
#include <memory>
#include <mutex>

namespace e2e {

class FaultProxyWorker;

class FaultProxy final {
public:
    enum class Fault {
        None,
        Delay, // forwarded after 0.2 to 2 s
        DropBeforeHub, // the connection is cut; the hub never sees the request
        DropAfterHub, // the hub answers; the connection is cut before any reply byte
        DropMidReply, // the reply's first part is sent, then the connection is cut
        TruncateReply, // the reply's body is cut in half, Content-Length says so (well framed)
        FlipReply, // one bit of a signed or hashed reply body (work, held work, programs)
        FlipRequest, // one bit of a signed request's body (or of its signature)
        Answer5xx, // the proxy answers 503 itself; the hub never sees the request
        Gateway5xx, // the hub answers; the proxy replaces the reply with 502 (a gateway timeout)
    };
    // Chance of each fault per request; the rest pass untouched.
    using Rates = QMap<Fault, double>;

    FaultProxy(quint16 upstreamPort, quint64 seed, Rates rates);
    ~FaultProxy();
    Q_DISABLE_COPY_MOVE(FaultProxy)

    QUrl url() const;
    // From now on every request passes untouched (the test lets the engine finish).
    void heal();
    // How often each fault was injected so far, and requests seen.
    QMap<Fault, int> injected() const;
    int requests() const;
    // "drop_before_hub 12, delay 30, …" for the test's log.
    QString summary() const;
    static const char* name(Fault f);

private:
    friend class FaultProxyWorker;
    struct Shared {
        mutable std::mutex mutex;
        QMap<Fault, int> injected;
        int requests = 0;
        bool healed = false;
    };
    std::shared_ptr<Shared> m_shared;
    QThread m_thread;
    FaultProxyWorker* m_worker = nullptr; // lives in m_thread
    quint16 m_port = 0;
};

} // namespace e2e
