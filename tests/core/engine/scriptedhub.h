// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A hub made of canned answers, for the engine's collaborators: each request is answered from
// the route "METHOD /path" (query stripped), asynchronously like the real transport, and
// remembered. Routes without an answer fail as "cannot connect".

#include "crypto/devicekey.h"
#include "engine/datafolder.h"
#include "engine/hubsession.h"
#include "network/httpclient.h"
#include "network/hubclient.h"
#include "protocol/messages.h"
#include "tasks/taskstore.h"

#include <QHash>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>
#include <memory>

namespace sc::test {

class ScriptedHub final : public core::HttpTransport {
public:
    using Answer = std::function<core::HttpResponse(const core::HttpRequest&)>;
    QHash<QString, Answer> routes;
    QList<core::HttpRequest> sent;
    // The hub's clock, sent as X-SC-Time on every answer when set.
    std::function<qint64()> hubClock;

    static core::HttpResponse json(int status, const QJsonObject& body)
    {
        core::HttpResponse r;
        r.status = status;
        r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        return r;
    }
    static core::HttpResponse bytes(const QByteArray& body)
    {
        core::HttpResponse r;
        r.status = 200;
        r.body = body;
        return r;
    }
    static core::HttpResponse error(int status, const QString& code)
    {
        return json(status,
            QJsonObject { { QStringLiteral("error"),
                QJsonObject { { QStringLiteral("code"), code }, { QStringLiteral("message"), code } } } });
    }
    void answer(const QString& route, const core::HttpResponse& r)
    {
        routes.insert(route, [r](const core::HttpRequest&) { return r; });
    }
    int count(const QString& route) const
    {
        int n = 0;
        for (const auto& r : sent)
            n += routeOf(r) == route ? 1 : 0;
        return n;
    }
    static QString routeOf(const core::HttpRequest& r)
    {
        return QString::fromLatin1(r.method) + QLatin1Char(' ') + r.url.path();
    }

    quint64 send(core::HttpRequest request, Callback done) override
    {
        sent.append(request);
        core::HttpResponse r;
        if (const auto it = routes.constFind(routeOf(request)); it != routes.constEnd()) {
            r = (*it)(request);
            if (hubClock)
                r.headers.append(qMakePair(QByteArray("x-sc-time"), QByteArray::number(hubClock())));
        } else {
            r.error = core::HttpResponse::Error::Connect;
            r.errorText = QStringLiteral("Could not connect to 127.0.0.1:9: connection refused");
        }
        QTimer::singleShot(0, this, [r, done] { done(r); });
        return static_cast<quint64>(sent.size());
    }
    void cancel(quint64) override { }
};

// A data folder, a hub client over a ScriptedHub and a session, on a clock the test moves.
struct SessionFixture {
    QTemporaryDir dir;
    ScriptedHub http;
    qint64 monoMs = 1000;
    qint64 wallSeconds = 1'800'000'000;
    core::DeviceKey networkKey = core::DeviceKey::generate(); // the network's code-signing key
    std::unique_ptr<core::DataFolder> folder;
    std::unique_ptr<core::HubClient> hub;
    std::unique_ptr<core::HubSession> session;

    SessionFixture()
    {
        http.hubClock = [this] { return wallSeconds; };
    }
    SessionFixture(const SessionFixture&) = delete;
    SessionFixture& operator=(const SessionFixture&) = delete;

    // What GET /v1/work/held answers unless a test changed the route: a hub that counts exactly
    // the unfinished tasks in the task store.
    core::HttpResponse heldAsStored() const
    {
        core::HeldWork held;
        held.time = wallSeconds;
        if (folder) {
            for (const auto state : { core::TaskStore::State::Queued, core::TaskStore::State::Running,
                     core::TaskStore::State::Finished })
                for (const auto& row : folder->tasks().inState(state))
                    held.tasks.append(row.task);
        }
        return ScriptedHub::json(200, held.toJson());
    }

    core::MonoClock mono()
    {
        return [this] { return monoMs; };
    }
    core::WallClock wall()
    {
        return [this] { return wallSeconds; };
    }
    QJsonObject network() const
    {
        return { { QStringLiteral("protocol"), 1 },
            { QStringLiteral("code_signing_key"), QString::fromLatin1(networkKey.publicKey().toHex()) } };
    }
    void answerNetwork()
    {
        http.answer(QStringLiteral("GET /v1/network"), ScriptedHub::json(200, network()));
    }
    // Opens the folder and a session for http://127.0.0.1:9; the hub answers network and
    // registration unless the test changed those routes.
    bool open(QString* error)
    {
        if (!http.routes.contains(QStringLiteral("GET /v1/network")))
            http.answer(QStringLiteral("GET /v1/network"), ScriptedHub::json(200, network()));
        if (!http.routes.contains(QStringLiteral("POST /v1/devices")))
            http.answer(QStringLiteral("POST /v1/devices"),
                ScriptedHub::json(200, core::RegisterReply { QStringLiteral("device") }.toJson()));
        if (!http.routes.contains(QStringLiteral("GET /v1/work/held")))
            http.routes.insert(QStringLiteral("GET /v1/work/held"),
                [this](const core::HttpRequest&) { return heldAsStored(); });
        folder = core::DataFolder::open(dir.filePath(QStringLiteral("engine")), error);
        if (!folder)
            return false;
        hub = std::make_unique<core::HubClient>(
            http, folder->key(), QUrl(QStringLiteral("http://127.0.0.1:9")), wall(), nullptr, mono());
        session = std::make_unique<core::HubSession>(*hub, folder->ledger(), folder->path(), mono(), [] {
            return core::HubSession::Registration { QJsonObject { { QStringLiteral("cores"), 1 } },
                QStringLiteral("fp1"), QStringLiteral("0x0000000000000000000000000000000000000001") };
        });
        return true;
    }
    // open() and wait until the session is registered with the scripted hub.
    bool openAndConnect()
    {
        QString error;
        if (!open(&error))
            return false;
        session->connectIfNeeded();
        return QTest::qWaitFor([this] { return session->registered(); }, 5000);
    }
};

} // namespace sc::test
