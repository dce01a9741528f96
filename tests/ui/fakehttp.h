// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "network/httpclient.h"

#include <QTimer>

// A transport with no network: every request fails with "cannot connect", from the event loop.
class UnreachableHttp final : public sc::core::HttpTransport {
    Q_OBJECT
public:
    using HttpTransport::HttpTransport;
    quint64 send(sc::core::HttpRequest, Callback done) override
    {
        QTimer::singleShot(0, this, [done] {
            sc::core::HttpResponse r;
            r.error = sc::core::HttpResponse::Error::Connect;
            r.errorText = QStringLiteral("no network in tests");
            done(r);
        });
        return ++m_next;
    }
    void cancel(quint64) override { }

private:
    quint64 m_next = 0;
};
