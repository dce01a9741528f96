// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>
#include <chrono>
#include <functional>
#include <memory>

namespace sc::core {

struct HttpRequest {
    QByteArray method = "GET";
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // Whole-transfer limit; a stalled connection fails with Error::Timeout.
    std::chrono::milliseconds timeout { 30000 };
    std::chrono::milliseconds connectTimeout { 10000 };
    // A larger reply body fails with Error::TooLarge (the transfer is aborted early).
    qint64 maxResponseBytes = 8 * 1024 * 1024;
};

struct HttpResponse {
    enum class Error { None, InvalidUrl, Resolve, Connect, Tls, Timeout, TooLarge, Cancelled, Other };
    Error error = Error::None;
    QString errorText; // for the user; empty when error == None
    int status = 0; // HTTP status when error == None
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // lower-cased names

    bool ok() const { return error == Error::None && status >= 200 && status < 300; }
};

// Asynchronous HTTP. Callbacks run on the thread that owns the transport, from its event loop,
// never from inside send().
class HttpTransport : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const HttpResponse&)>;
    using QObject::QObject;
    ~HttpTransport() override = default;

    // Starts the request; returns an id for cancel(). The callback is called exactly once
    // (with Error::Cancelled after cancel()).
    virtual quint64 send(HttpRequest request, Callback done) = 0;
    virtual void cancel(quint64 id) = 0;
};

// libcurl multi interface driven by the Qt event loop (QSocketNotifier + QTimer): no call
// blocks the thread. TLS peer and host verification are always on. Redirects are not followed;
// libcurl's proxy defaults apply (http_proxy / https_proxy / no_proxy from the environment).
// Destroying the client drops requests still in flight without calling their callbacks.
class CurlHttpClient final : public HttpTransport {
    Q_OBJECT
public:
    explicit CurlHttpClient(QObject* parent = nullptr);
    ~CurlHttpClient() override;

    // Extra CA bundle (PEM) to trust instead of the system store, e.g. a private hub's CA.
    void setCaBundle(const QString& pemPath);

    quint64 send(HttpRequest request, Callback done) override;
    void cancel(quint64 id) override;
    // Requests whose callback has not run yet.
    int inFlight() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace sc::core
