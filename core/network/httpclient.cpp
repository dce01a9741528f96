// SPDX-License-Identifier: GPL-3.0-or-later
#include "network/httpclient.h"

#include <QLoggingCategory>
#include <QMetaObject>
#include <QSocketNotifier>
#include <QTimer>
#include <algorithm>
#include <cstring>
#include <curl/curl.h>
#include <mutex>
#include <unordered_map>

// Design notes
// - One CURLM per client; libcurl tells us which sockets to watch (CURLMOPT_SOCKETFUNCTION) and
//   when to call back for timeouts (CURLMOPT_TIMERFUNCTION). QSocketNotifier and a single-shot
//   QTimer turn those into curl_multi_socket_action() calls, so nothing blocks the thread.
//   Name resolution does not block either: Debian's libcurl uses the threaded resolver.
// - User callbacks never run from inside libcurl or from inside send()/cancel(): a finished
//   transfer parks its response in m_pending and a queued call (context: the client) delivers
//   it. Posted events die with the client, so nothing is called after destruction.
// - Proxies: libcurl's defaults are left alone, so http_proxy/https_proxy/no_proxy from the
//   environment apply as for any curl-based tool. Redirects are not followed.
// - Never log bodies, header values or full URLs: they carry signatures.

namespace sc::core {

namespace {

    Q_LOGGING_CATEGORY(lcHttp, "sc.net.http")

    void globalInitOnce()
    {
        // curl_global_init is not thread-safe and must run once per process; we never call
        // curl_global_cleanup because other libraries (or later clients) may still use libcurl.
        static std::once_flag once;
        std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    }

    bool validHeaderPart(const QByteArray& s)
    {
        // A CR or LF would let a caller's value inject extra headers into the request.
        return !s.contains('\r') && !s.contains('\n') && !s.contains('\0');
    }

    QString hostPort(const QUrl& url)
    {
        QString host = url.host(QUrl::FullyEncoded);
        if (host.contains(QLatin1Char(':')))
            host = QLatin1Char('[') + host + QLatin1Char(']');
        const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
        return host + QLatin1Char(':') + QString::number(url.port(defaultPort));
    }

    QString seconds(std::chrono::milliseconds ms)
    {
        return QString::number(static_cast<double>(ms.count()) / 1000.0, 'g', 3);
    }

} // namespace

struct CurlHttpClient::Impl {
    struct Transfer {
        quint64 id = 0;
        CURL* easy = nullptr;
        curl_slist* headerList = nullptr;
        HttpRequest request; // owns the body that CURLOPT_POSTFIELDS points into
        Callback done;
        HttpResponse response;
        bool tooLarge = false;
        // What the transfer got to, for a message that says where it stopped: libcurl records
        // no connect time for a reused connection, nor (7.88) for a TLS handshake that stalls.
        bool readWaited = false; // libcurl waited to read: the TCP connection was up
        qint64 received = 0; // reply bytes, headers included
        char errorBuffer[CURL_ERROR_SIZE] = {};

        Transfer() = default;
        Q_DISABLE_COPY_MOVE(Transfer)
        ~Transfer()
        {
            if (easy)
                curl_easy_cleanup(easy);
            curl_slist_free_all(headerList);
        }
    };

    struct Pending {
        Callback done;
        HttpResponse response;
    };

    struct SocketWatch {
        // Children of the client; on CURL_POLL_REMOVE they are disabled and deleteLater()'d
        // because we may be inside one of their own activated() signals.
        QSocketNotifier* read = nullptr;
        QSocketNotifier* write = nullptr;
    };

    explicit Impl(CurlHttpClient* owner)
        : m_q(owner)
    {
        globalInitOnce();
        m_multi = curl_multi_init();
        m_timer.setSingleShot(true);
        QObject::connect(&m_timer, &QTimer::timeout, m_q, [this] { onTimeout(); });
        if (!m_multi) {
            qCWarning(lcHttp) << "curl_multi_init failed";
            return;
        }
        curl_multi_setopt(m_multi, CURLMOPT_SOCKETFUNCTION, &Impl::socketCallback);
        curl_multi_setopt(m_multi, CURLMOPT_SOCKETDATA, this);
        curl_multi_setopt(m_multi, CURLMOPT_TIMERFUNCTION, &Impl::timerCallback);
        curl_multi_setopt(m_multi, CURLMOPT_TIMERDATA, this);
    }

    ~Impl()
    {
        // Dropping the transfers without calling their callbacks is the documented behaviour
        // of destroying the client; queued deliveries are discarded with the client's events.
        for (auto& [id, t] : m_transfers) {
            Q_UNUSED(id)
            if (m_multi)
                curl_multi_remove_handle(m_multi, t->easy);
        }
        m_transfers.clear();
        if (m_multi)
            curl_multi_cleanup(m_multi); // may still report sockets to remove; m_sockets is alive
        m_timer.stop();
        for (auto& [fd, w] : m_sockets) {
            Q_UNUSED(fd)
            // Still children of the client, which deletes them right after us; disabling keeps
            // them from firing into a dead Impl meanwhile.
            if (w.read)
                w.read->setEnabled(false);
            if (w.write)
                w.write->setEnabled(false);
        }
    }

    Q_DISABLE_COPY_MOVE(Impl)

    // --- libcurl callbacks (C linkage-compatible static functions) -------------------------

    static int socketCallback(CURL* easy, curl_socket_t s, int what, void* userp, void*)
    {
        if (what == CURL_POLL_IN || what == CURL_POLL_INOUT) {
            // A connect in progress waits to write; waiting to read means it is connected.
            char* priv = nullptr;
            if (easy && curl_easy_getinfo(easy, CURLINFO_PRIVATE, &priv) == CURLE_OK && priv)
                reinterpret_cast<Transfer*>(priv)->readWaited = true;
        }
        static_cast<Impl*>(userp)->watchSocket(s, what);
        return 0;
    }

    static int timerCallback(CURLM*, long timeoutMs, void* userp)
    {
        auto* self = static_cast<Impl*>(userp);
        // libcurl forbids calling socket_action from here; the timer fires from the event loop.
        if (timeoutMs < 0)
            self->m_timer.stop();
        else
            self->m_timer.start(static_cast<int>(std::min<long>(timeoutMs, 24L * 3600 * 1000)));
        return 0;
    }

    static size_t writeCallback(char* data, size_t size, size_t nmemb, void* userp)
    {
        auto* t = static_cast<Transfer*>(userp);
        const size_t n = size * nmemb;
        if (t->response.body.size() + static_cast<qint64>(n) > t->request.maxResponseBytes) {
            t->tooLarge = true;
            return 0; // anything but n aborts the transfer with CURLE_WRITE_ERROR
        }
        t->response.body.append(data, static_cast<qsizetype>(n));
        t->received += static_cast<qint64>(n);
        return n;
    }

    static size_t headerCallback(char* data, size_t size, size_t nmemb, void* userp)
    {
        auto* t = static_cast<Transfer*>(userp);
        const size_t n = size * nmemb;
        t->received += static_cast<qint64>(n);
        const QByteArray line = QByteArray(data, static_cast<qsizetype>(n)).trimmed();
        if (line.startsWith("HTTP/")) {
            // A new status line (after 1xx): only the final response's headers count.
            t->response.headers.clear();
        } else if (const qsizetype colon = line.indexOf(':'); colon > 0) {
            t->response.headers.append(
                qMakePair(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()));
        }
        return n;
    }

    // --- event loop side ----------------------------------------------------------------------

    void watchSocket(curl_socket_t s, int what)
    {
        if (what == CURL_POLL_REMOVE) {
            const auto it = m_sockets.find(s);
            if (it == m_sockets.end())
                return;
            for (QSocketNotifier* n : { it->second.read, it->second.write }) {
                if (n) {
                    // Disabled at once so a reused descriptor number can get a fresh notifier.
                    n->setEnabled(false);
                    n->deleteLater();
                }
            }
            m_sockets.erase(it);
            return;
        }
        SocketWatch& w = m_sockets[s];
        const bool wantRead = what == CURL_POLL_IN || what == CURL_POLL_INOUT;
        const bool wantWrite = what == CURL_POLL_OUT || what == CURL_POLL_INOUT;
        if (wantRead && !w.read)
            w.read = makeNotifier(s, QSocketNotifier::Read, CURL_CSELECT_IN);
        if (wantWrite && !w.write)
            w.write = makeNotifier(s, QSocketNotifier::Write, CURL_CSELECT_OUT);
        if (w.read)
            w.read->setEnabled(wantRead);
        if (w.write)
            w.write->setEnabled(wantWrite);
    }

    QSocketNotifier* makeNotifier(curl_socket_t s, QSocketNotifier::Type type, int action)
    {
        auto* n = new QSocketNotifier(static_cast<qintptr>(s), type, m_q);
        QObject::connect(n, &QSocketNotifier::activated, m_q,
            [this, s, action](QSocketDescriptor, QSocketNotifier::Type) { drive(s, action); });
        return n;
    }

    void onTimeout() { drive(CURL_SOCKET_TIMEOUT, 0); }

    void drive(curl_socket_t s, int action)
    {
        int running = 0;
        curl_multi_socket_action(m_multi, s, action, &running);
        collectFinished();
    }

    void collectFinished()
    {
        int left = 0;
        while (CURLMsg* msg = curl_multi_info_read(m_multi, &left)) {
            if (msg->msg != CURLMSG_DONE)
                continue;
            const CURLcode code = msg->data.result;
            CURL* easy = msg->easy_handle;
            char* priv = nullptr;
            curl_easy_getinfo(easy, CURLINFO_PRIVATE, &priv);
            const auto it = m_transfers.find(reinterpret_cast<Transfer*>(priv)->id);
            if (it == m_transfers.end())
                continue;
            std::unique_ptr<Transfer> t = std::move(it->second);
            m_transfers.erase(it);
            finish(*t, code);
            curl_multi_remove_handle(m_multi, easy);
            post(t->id, std::move(t->done), std::move(t->response));
        }
    }

    void finish(Transfer& t, CURLcode code)
    {
        HttpResponse& r = t.response;
        if (code == CURLE_OK) {
            long status = 0;
            curl_easy_getinfo(t.easy, CURLINFO_RESPONSE_CODE, &status);
            r.status = static_cast<int>(status);
            return;
        }
        describeError(t, code);
        // A failed transfer delivers nothing the caller could mistake for a reply.
        r.status = 0;
        r.body.clear();
        r.headers.clear();
        qCDebug(lcHttp).nospace() << "request " << t.id << " to " << hostPort(t.request.url)
                                  << " failed: curl " << static_cast<int>(code);
    }

    void describeError(Transfer& t, CURLcode code)
    {
        HttpResponse& r = t.response;
        const QString where = hostPort(t.request.url);
        const QString detail = t.errorBuffer[0] ? QString::fromUtf8(t.errorBuffer)
                                                : QString::fromUtf8(curl_easy_strerror(code));
        switch (code) {
        case CURLE_UNSUPPORTED_PROTOCOL:
        case CURLE_URL_MALFORMAT:
            r.error = HttpResponse::Error::InvalidUrl;
            r.errorText = CurlHttpClient::tr("The address is not a valid http(s) URL (%1)").arg(detail);
            break;
        case CURLE_COULDNT_RESOLVE_HOST:
            r.error = HttpResponse::Error::Resolve;
            r.errorText = CurlHttpClient::tr("Could not find the host %1").arg(t.request.url.host());
            break;
        case CURLE_COULDNT_CONNECT: {
            long osErrno = 0;
            curl_easy_getinfo(t.easy, CURLINFO_OS_ERRNO, &osErrno);
            QString reason
                = osErrno ? QString::fromLocal8Bit(std::strerror(static_cast<int>(osErrno))) : detail;
            if (!reason.isEmpty())
                reason[0] = reason[0].toLower();
            r.error = HttpResponse::Error::Connect;
            r.errorText = CurlHttpClient::tr("Could not connect to %1: %2").arg(where, reason);
            break;
        }
        case CURLE_OPERATION_TIMEDOUT: {
            // Where it stopped: connecting, setting up TLS, waiting for the answer, or with the
            // answer still arriving (a reply that drips is slow, not missing).
            curl_off_t connectedUs = 0;
            curl_off_t secureUs = 0;
            long requestBytes = 0;
            curl_easy_getinfo(t.easy, CURLINFO_CONNECT_TIME_T, &connectedUs);
            curl_easy_getinfo(t.easy, CURLINFO_APPCONNECT_TIME_T, &secureUs);
            curl_easy_getinfo(t.easy, CURLINFO_REQUEST_SIZE, &requestBytes);
            const bool connected = connectedUs > 0 || t.readWaited || requestBytes > 0 || t.received > 0;
            const bool https = t.request.url.scheme().toLower() == QLatin1String("https");
            const auto connectLimit = std::min(t.request.connectTimeout, t.request.timeout);
            r.error = HttpResponse::Error::Timeout;
            if (t.received > 0)
                r.errorText
                    = CurlHttpClient::tr("The reply from %1 was still arriving after %2 s (%3 bytes so far): "
                                         "the connection or the server is too slow")
                          .arg(where, seconds(t.request.timeout))
                          .arg(t.received);
            else if (requestBytes > 0 || (connected && !https))
                r.errorText = CurlHttpClient::tr("%1 did not answer within %2 s")
                                  .arg(where, seconds(t.request.timeout));
            else if (connected && secureUs == 0)
                r.errorText = CurlHttpClient::tr("The secure connection to %1 was not set up within %2 s")
                                  .arg(where, seconds(connectLimit));
            else
                r.errorText = CurlHttpClient::tr("Could not connect to %1 within %2 s")
                                  .arg(where, seconds(connectLimit));
            break;
        }
        case CURLE_PEER_FAILED_VERIFICATION:
            r.error = HttpResponse::Error::Tls;
            r.errorText = CurlHttpClient::tr("The server's certificate is not trusted (%1)").arg(detail);
            break;
        case CURLE_SSL_CONNECT_ERROR:
        case CURLE_SSL_CERTPROBLEM:
        case CURLE_SSL_CIPHER:
        case CURLE_SSL_CACERT_BADFILE:
        case CURLE_SSL_ISSUER_ERROR:
        case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
        case CURLE_SSL_INVALIDCERTSTATUS:
        case CURLE_SSL_CRL_BADFILE:
        case CURLE_SSL_ENGINE_NOTFOUND:
        case CURLE_SSL_ENGINE_SETFAILED:
        case CURLE_SSL_ENGINE_INITFAILED:
        case CURLE_SSL_SHUTDOWN_FAILED:
        case CURLE_SSL_CLIENTCERT:
        case CURLE_USE_SSL_FAILED:
            r.error = HttpResponse::Error::Tls;
            r.errorText
                = CurlHttpClient::tr("Could not set up a secure connection to %1 (%2)").arg(where, detail);
            break;
        case CURLE_FILESIZE_EXCEEDED:
            r.error = HttpResponse::Error::TooLarge;
            break;
        case CURLE_WRITE_ERROR:
            if (t.tooLarge) {
                r.error = HttpResponse::Error::TooLarge;
                break;
            }
            [[fallthrough]];
        default:
            r.error = HttpResponse::Error::Other;
            r.errorText = CurlHttpClient::tr("The request to %1 failed (%2)").arg(where, detail);
            break;
        }
        if (r.error == HttpResponse::Error::TooLarge)
            r.errorText = CurlHttpClient::tr("The reply from %1 is larger than the limit of %2 bytes")
                              .arg(where)
                              .arg(t.request.maxResponseBytes);
    }

    // Parks the response and delivers it from the event loop; cancel() may still swap it for
    // Error::Cancelled until then.
    void post(quint64 id, Callback done, HttpResponse response)
    {
        m_pending.emplace(id, Pending { std::move(done), std::move(response) });
        QMetaObject::invokeMethod(
            m_q, [this, id] { deliver(id); }, Qt::QueuedConnection);
    }

    void deliver(quint64 id)
    {
        const auto it = m_pending.find(id);
        if (it == m_pending.end())
            return;
        Pending p = std::move(it->second);
        m_pending.erase(it);
        // Last thing we do: the callback may destroy the client.
        if (p.done)
            p.done(p.response);
    }

    static HttpResponse failure(HttpResponse::Error error, const QString& text)
    {
        HttpResponse r;
        r.error = error;
        r.errorText = text;
        return r;
    }

    quint64 start(HttpRequest request, Callback done);
    bool configure(Transfer& t);

    CurlHttpClient* m_q;
    CURLM* m_multi = nullptr;
    QTimer m_timer;
    QString m_caBundle;
    quint64 m_nextId = 1;
    std::unordered_map<quint64, std::unique_ptr<Transfer>> m_transfers;
    std::unordered_map<quint64, Pending> m_pending;
    std::unordered_map<curl_socket_t, SocketWatch> m_sockets;
};

bool CurlHttpClient::Impl::configure(Transfer& t)
{
    CURL* e = t.easy;
    const HttpRequest& req = t.request;
    const QByteArray url = req.url.toEncoded();
    bool ok = true;
    const auto check = [&ok](CURLcode c) { ok = ok && c == CURLE_OK; };

    check(curl_easy_setopt(e, CURLOPT_URL, url.constData())); // libcurl copies strings
    check(curl_easy_setopt(e, CURLOPT_PRIVATE, &t));
    check(curl_easy_setopt(e, CURLOPT_ERRORBUFFER, t.errorBuffer));
    // Signals would be unsafe in a multi-threaded Qt process (and are unnecessary with the
    // threaded resolver).
    check(curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L));
#if LIBCURL_VERSION_NUM >= 0x075500 // 7.85 deprecated the bitmask form
    check(curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https"));
#else
    check(curl_easy_setopt(e, CURLOPT_PROTOCOLS, static_cast<long>(CURLPROTO_HTTP | CURLPROTO_HTTPS)));
#endif
    check(curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 0L));
    check(curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, static_cast<long>(req.timeout.count())));
    check(curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(req.connectTimeout.count())));
    // Peer and host verification are never optional. VERIFYHOST's "on" value is 2.
    check(curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, 1L));
    check(curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, 2L));
    if (!m_caBundle.isEmpty()) {
        const QByteArray path = m_caBundle.toLocal8Bit();
        check(curl_easy_setopt(e, CURLOPT_CAINFO, path.constData()));
        // Debian's libcurl also trusts /etc/ssl/certs via CAPATH; the bundle replaces the
        // system store, so switch that off too.
        check(curl_easy_setopt(e, CURLOPT_CAPATH, static_cast<const char*>(nullptr)));
    }
    // Early abort when the server announces a too-large body; the write callback catches the rest.
    check(curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(req.maxResponseBytes)));
    check(curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, &Impl::writeCallback));
    check(curl_easy_setopt(e, CURLOPT_WRITEDATA, &t));
    check(curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, &Impl::headerCallback));
    check(curl_easy_setopt(e, CURLOPT_HEADERDATA, &t));

    const QByteArray method = req.method.toUpper();
    const bool sendsBody = !req.body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH";
    if (method == "HEAD") {
        check(curl_easy_setopt(e, CURLOPT_NOBODY, 1L));
    } else if (sendsBody) {
        // POSTFIELDS does not copy: the pointer stays valid because t.request owns the body.
        check(curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(req.body.size())));
        check(curl_easy_setopt(e, CURLOPT_POSTFIELDS, req.body.constData()));
        if (method != "POST")
            check(curl_easy_setopt(e, CURLOPT_CUSTOMREQUEST, method.constData()));
    } else if (method != "GET") {
        check(curl_easy_setopt(e, CURLOPT_CUSTOMREQUEST, method.constData()));
    }

    bool hasContentType = false;
    bool hasExpect = false;
    for (const auto& [name, value] : req.headers) {
        const QByteArray lower = name.trimmed().toLower();
        hasContentType = hasContentType || lower == "content-type";
        hasExpect = hasExpect || lower == "expect";
        // "Name;" is libcurl's spelling of a header with an empty value.
        const QByteArray line = value.isEmpty() ? QByteArray(name + ';') : QByteArray(name + ": " + value);
        t.headerList = curl_slist_append(t.headerList, line.constData());
    }
    // Without these libcurl would label bodies as form data and wait for "100 Continue".
    if (sendsBody && !hasContentType)
        t.headerList = curl_slist_append(t.headerList, "Content-Type:");
    if (sendsBody && !hasExpect)
        t.headerList = curl_slist_append(t.headerList, "Expect:");
    if (t.headerList)
        check(curl_easy_setopt(e, CURLOPT_HTTPHEADER, t.headerList));
    return ok;
}

quint64 CurlHttpClient::Impl::start(HttpRequest request, Callback done)
{
    const quint64 id = m_nextId++;
    const QUrl& url = request.url;
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        post(id, std::move(done),
            failure(HttpResponse::Error::InvalidUrl,
                CurlHttpClient::tr("The address is not a valid http(s) URL")));
        return id;
    }
    for (const auto& [name, value] : request.headers) {
        if (name.isEmpty() || name.contains(':') || !validHeaderPart(name) || !validHeaderPart(value)) {
            post(id, std::move(done),
                failure(HttpResponse::Error::Other, CurlHttpClient::tr("The request has an invalid header")));
            return id;
        }
    }

    auto t = std::make_unique<Transfer>();
    t->id = id;
    t->request = std::move(request);
    t->done = std::move(done);
    t->easy = curl_easy_init();
    if (!m_multi || !t->easy || !configure(*t) || curl_multi_add_handle(m_multi, t->easy) != CURLM_OK) {
        post(id, std::move(t->done),
            failure(HttpResponse::Error::Other, CurlHttpClient::tr("Could not start the request")));
        return id;
    }
    // add_handle arms the timer with 0 ms; the transfer starts from the event loop.
    m_transfers.emplace(id, std::move(t));
    return id;
}

CurlHttpClient::CurlHttpClient(QObject* parent)
    : HttpTransport(parent)
    , m_impl(std::make_unique<Impl>(this))
{
}

CurlHttpClient::~CurlHttpClient() = default;

void CurlHttpClient::setCaBundle(const QString& pemPath) { m_impl->m_caBundle = pemPath; }

quint64 CurlHttpClient::send(HttpRequest request, Callback done)
{
    return m_impl->start(std::move(request), std::move(done));
}

void CurlHttpClient::cancel(quint64 id)
{
    const HttpResponse cancelled
        = Impl::failure(HttpResponse::Error::Cancelled, tr("The request was cancelled"));
    if (const auto it = m_impl->m_pending.find(id); it != m_impl->m_pending.end()) {
        // Finished but not yet delivered: the caller asked to cancel, so that is what it hears.
        it->second.response = cancelled;
        return;
    }
    const auto it = m_impl->m_transfers.find(id);
    if (it == m_impl->m_transfers.end())
        return; // unknown or already delivered: the callback has had its one call
    std::unique_ptr<Impl::Transfer> t = std::move(it->second);
    m_impl->m_transfers.erase(it);
    curl_multi_remove_handle(m_impl->m_multi, t->easy);
    m_impl->post(id, std::move(t->done), cancelled);
}

int CurlHttpClient::inFlight() const
{
    return static_cast<int>(m_impl->m_transfers.size() + m_impl->m_pending.size());
}

} // namespace sc::core
