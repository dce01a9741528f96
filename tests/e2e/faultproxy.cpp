// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultproxy.h"

#include <QHostAddress>
#include <QMetaObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <limits>
#include <optional>
#include <random>

namespace e2e {

namespace {

    // One HTTP/1.1 message split at its blank line.
    struct Message {
        QByteArray head; // without the blank line
        QByteArray body;
    };

    std::optional<Message> split(const QByteArray& bytes)
    {
        const qsizetype end = bytes.indexOf("\r\n\r\n");
        if (end < 0)
            return std::nullopt;
        return Message { bytes.left(end), bytes.mid(end + 4) };
    }

    std::optional<qint64> contentLength(const QByteArray& head)
    {
        for (const QByteArray& line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length")
                return line.mid(colon + 1).trimmed().toLongLong();
        }
        return std::nullopt;
    }

    // The head with its Connection and Content-Length lines replaced: every exchange through
    // the proxy is one request on one connection.
    QByteArray reframe(const QByteArray& head, std::optional<qint64> length)
    {
        QList<QByteArray> lines = head.split('\n');
        QByteArray out = lines.takeFirst().trimmed() + "\r\n";
        for (const QByteArray& line : lines) {
            const QByteArray name = line.left(line.indexOf(':')).trimmed().toLower();
            if (name == "connection" || (length && name == "content-length"))
                continue;
            out += line.trimmed() + "\r\n";
        }
        if (length)
            out += "Content-Length: " + QByteArray::number(*length) + "\r\n";
        return out + "Connection: close\r\n";
    }

    QByteArray errorReply(int status, const char* reason)
    {
        const QByteArray body = R"({"error":{"code":"internal","message":"injected by the fault proxy"}})";
        return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
            + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
            + "\r\nConnection: close\r\n\r\n" + body;
    }

    QByteArray requestTarget(const QByteArray& head)
    {
        const QList<QByteArray> parts = head.left(head.indexOf('\r')).split(' ');
        return parts.value(0) + ' ' + parts.value(1);
    }

} // namespace

class FaultProxyWorker final : public QObject {
public:
    FaultProxyWorker(
        quint16 upstream, quint64 seed, FaultProxy::Rates rates, std::shared_ptr<FaultProxy::Shared> shared)
        : m_upstream(upstream)
        , m_rng(seed)
        , m_rates(std::move(rates))
        , m_shared(std::move(shared))
    {
    }

    quint16 listen()
    {
        m_server = new QTcpServer(this);
        if (!m_server->listen(QHostAddress::LocalHost, 0))
            return 0;
        connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* c = m_server->nextPendingConnection())
                accept(c);
        });
        return m_server->serverPort();
    }

private:
    using Fault = FaultProxy::Fault;

    void accept(QTcpSocket* c)
    {
        auto buffer = std::make_shared<QByteArray>();
        auto busy = std::make_shared<bool>(false);
        connect(c, &QTcpSocket::readyRead, c, [this, c, buffer, busy] {
            buffer->append(c->readAll());
            if (*busy)
                return;
            const auto m = split(*buffer);
            if (!m || m->body.size() < contentLength(m->head).value_or(0))
                return;
            *busy = true; // one request per connection: the reply says "Connection: close"
            handle(c, m->head, m->body.left(contentLength(m->head).value_or(0)));
        });
        connect(c, &QTcpSocket::disconnected, c, &QObject::deleteLater);
    }

    Fault roll(const QByteArray& head, const QByteArray& body)
    {
        const double r = std::uniform_real_distribution<double>(0.0, 1.0)(m_rng);
        std::lock_guard lock(m_shared->mutex);
        ++m_shared->requests;
        if (m_shared->healed)
            return Fault::None;
        double sum = 0;
        Fault fault = Fault::None;
        for (auto it = m_rates.cbegin(); it != m_rates.cend(); ++it) {
            sum += it.value();
            if (r < sum) {
                fault = it.key();
                break;
            }
        }
        const QByteArray target = requestTarget(head);
        // Only content the engine can check (a signature, a hash) is flipped: the account and
        // credit replies are not signed, and plain HTTP carries no integrity of its own (TLS
        // does, in production).
        const bool signedReply = target == "POST /v1/work" || target == "GET /v1/work/held"
            || target.startsWith("GET /v1/apps/");
        const bool signedRequest = head.toLower().contains("x-sc-signature:");
        const auto applies = [&](Fault f) {
            return (f != Fault::FlipReply || signedReply) && (f != Fault::FlipRequest || signedRequest);
        };
        if (!applies(fault))
            fault = Fault::None;
        // Every eighth request that would pass untouched gets a kind not injected yet, so each
        // kind happens at least once however the dice fall.
        if (fault == Fault::None && m_shared->requests % 8 == 0) {
            for (auto it = m_rates.cbegin(); it != m_rates.cend(); ++it) {
                if (it.value() > 0 && m_shared->injected.value(it.key()) == 0 && applies(it.key())) {
                    fault = it.key();
                    break;
                }
            }
        }
        Q_UNUSED(body)
        if (fault != Fault::None)
            ++m_shared->injected[fault];
        if (m_trace)
            qInfo("fault proxy: %s: %s", target.constData(), FaultProxy::name(fault));
        return fault;
    }

    qsizetype below(qsizetype n) { return std::uniform_int_distribution<qsizetype>(0, n - 1)(m_rng); }

    void flipBit(QByteArray& bytes, qsizetype from, qsizetype to)
    {
        if (to <= from)
            return;
        const qsizetype at = from + below(to - from);
        bytes[at] = static_cast<char>(bytes[at] ^ (1 << below(8)));
    }

    // A bit of a program (hashed and signed whole), or of one value a descriptor's signatures
    // cover (the task signature: id, app, app_sha256, input, deadline, estimated_ops, reward;
    // the program signature: app, app_sha256), or of a signature itself. Fields no signature
    // covers (app_url, the held list's time) are left alone: nothing could tell them damaged.
    void flipSignedField(QByteArray& body)
    {
        if (!body.startsWith('{'))
            return flipBit(body, 0, body.size());
        QList<std::pair<qsizetype, qsizetype>> values;
        for (const char* field : { "id", "app", "app_sha256", "input", "deadline", "estimated_ops", "reward",
                 "task_signature", "app_signature" }) {
            const QByteArray key = '"' + QByteArray(field) + "\":";
            for (qsizetype at = body.indexOf(key); at >= 0; at = body.indexOf(key, at + 1)) {
                const qsizetype from = at + key.size();
                qsizetype to = from;
                while (to < body.size() && body[to] != ',' && body[to] != '}')
                    ++to;
                values.append({ from, to });
            }
        }
        if (values.isEmpty())
            return flipBit(body, 0, body.size());
        const auto [from, to] = values.at(below(values.size()));
        flipBit(body, from, to);
    }

    void handle(QTcpSocket* c, QByteArray head, QByteArray body)
    {
        const Fault fault = roll(head, body);
        switch (fault) {
        case Fault::DropBeforeHub:
            c->abort();
            c->deleteLater();
            return;
        case Fault::Answer5xx:
            c->write(errorReply(503, "Service Unavailable"));
            c->disconnectFromHost();
            return;
        case Fault::Delay: {
            const int ms = 200 + static_cast<int>(below(1800));
            QTimer::singleShot(ms, c, [this, c, head, body] { forward(c, head, body, Fault::Delay); });
            return;
        }
        case Fault::FlipRequest:
            if (!body.isEmpty()) {
                flipBit(body, 0, body.size());
            } else {
                const qsizetype at = head.toLower().indexOf("x-sc-signature:");
                const qsizetype end = head.indexOf('\r', at);
                flipBit(head, at + 16, end < 0 ? head.size() : end);
            }
            break;
        default:
            break;
        }
        forward(c, head, body, fault);
    }

    void forward(QTcpSocket* c, const QByteArray& head, const QByteArray& body, Fault fault)
    {
        auto* up = new QTcpSocket(c);
        auto reply = std::make_shared<QByteArray>();
        auto done = std::make_shared<bool>(false);
        auto finish = [this, c, reply, done, fault] {
            if (std::exchange(*done, true))
                return;
            deliver(c, *reply, fault);
        };
        connect(up, &QTcpSocket::readyRead, c, [up, reply, finish] {
            reply->append(up->readAll());
            const auto m = split(*reply);
            if (m && m->body.size() >= contentLength(m->head).value_or(std::numeric_limits<qint64>::max()))
                finish();
        });
        connect(up, &QTcpSocket::disconnected, c, finish);
        connect(up, &QTcpSocket::errorOccurred, c, [finish](QAbstractSocket::SocketError) { finish(); });
        up->connectToHost(QHostAddress::LocalHost, m_upstream);
        up->write(reframe(head, body.isEmpty() ? std::nullopt : std::optional<qint64>(body.size())) + "\r\n"
            + body);
    }

    void deliver(QTcpSocket* c, const QByteArray& reply, Fault fault)
    {
        const auto m = split(reply);
        if (!m || fault == Fault::DropAfterHub) {
            c->abort();
            c->deleteLater();
            return;
        }
        QByteArray body = m->body.left(contentLength(m->head).value_or(m->body.size()));
        switch (fault) {
        case Fault::DropMidReply: {
            const QByteArray whole = reframe(m->head, body.size()) + "\r\n" + body;
            c->write(whole.left(1 + below(whole.size() - 1)));
            c->flush();
            QTimer::singleShot(50, c, [c] {
                c->abort();
                c->deleteLater();
            });
            return;
        }
        case Fault::TruncateReply:
            body.truncate(body.size() / 2);
            break;
        case Fault::FlipReply:
            flipSignedField(body);
            break;
        case Fault::Gateway5xx:
            c->write(errorReply(502, "Bad Gateway"));
            c->disconnectFromHost();
            return;
        default:
            break;
        }
        c->write(reframe(m->head, body.size()) + "\r\n" + body);
        c->disconnectFromHost();
    }

    quint16 m_upstream;
    std::mt19937_64 m_rng;
    FaultProxy::Rates m_rates;
    std::shared_ptr<FaultProxy::Shared> m_shared;
    QTcpServer* m_server = nullptr;
    const bool m_trace = qEnvironmentVariableIntValue("SC_FAULT_TRACE") != 0;
};

FaultProxy::FaultProxy(quint16 upstreamPort, quint64 seed, Rates rates)
    : m_shared(std::make_shared<Shared>())
{
    m_thread.setObjectName(QStringLiteral("fault proxy"));
    m_thread.start();
    m_worker = new FaultProxyWorker(upstreamPort, seed, std::move(rates), m_shared);
    m_worker->moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        m_worker, [this] { m_port = m_worker->listen(); }, Qt::BlockingQueuedConnection);
}

FaultProxy::~FaultProxy()
{
    m_worker->deleteLater();
    m_thread.quit();
    m_thread.wait();
}

QUrl FaultProxy::url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }

void FaultProxy::heal()
{
    std::lock_guard lock(m_shared->mutex);
    m_shared->healed = true;
}

QMap<FaultProxy::Fault, int> FaultProxy::injected() const
{
    std::lock_guard lock(m_shared->mutex);
    return m_shared->injected;
}

int FaultProxy::requests() const
{
    std::lock_guard lock(m_shared->mutex);
    return m_shared->requests;
}

const char* FaultProxy::name(Fault f)
{
    switch (f) {
    case Fault::None:
        return "none";
    case Fault::Delay:
        return "delay";
    case Fault::DropBeforeHub:
        return "drop_before_hub";
    case Fault::DropAfterHub:
        return "drop_after_hub";
    case Fault::DropMidReply:
        return "drop_mid_reply";
    case Fault::TruncateReply:
        return "truncate_reply";
    case Fault::FlipReply:
        return "flip_reply";
    case Fault::FlipRequest:
        return "flip_request";
    case Fault::Answer5xx:
        return "answer_503";
    case Fault::Gateway5xx:
        return "gateway_502";
    }
    return "?";
}

QString FaultProxy::summary() const
{
    const auto counts = injected();
    QStringList parts;
    int total = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        parts << QStringLiteral("%1 %2").arg(QLatin1String(name(it.key()))).arg(it.value());
        total += it.value();
    }
    return QStringLiteral("%1 requests, %2 faults: %3")
        .arg(requests())
        .arg(total)
        .arg(parts.join(QStringLiteral(", ")));
}

} // namespace e2e
