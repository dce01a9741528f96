// SPDX-License-Identifier: GPL-3.0-or-later
// Several hub replicas on one PostgreSQL database behind nginx (docs/deploy.md): two real
// sparecycles-hub processes sharing the network's code-signing key, a real nginx ending TLS
// (a certificate of a test CA the engines are told to trust) and balancing over them, two real
// engines that only know nginx's https address. One replica is killed with
// SIGKILL while work flows; the other keeps serving, and `sparecycles-hub check` finds the
// books exact. Runs only on PostgreSQL (SC_TEST_POSTGRES, the CTest fixture).
#include "e2e.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <unistd.h>

using namespace e2e;

namespace {

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

// A test CA (ca.pem) and a certificate for 127.0.0.1 it signed (server.pem, server.key) in dir.
bool makePki(const QString& dir)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("bash"),
        { QStringLiteral("-ec"),
            QStringLiteral(
                "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout ca.key "
                "-out ca.pem -days 2 -subj '/CN=SpareCycles replica test CA' "
                "-addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign\n"
                "openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout server.key "
                "-out server.csr -subj /CN=127.0.0.1\n"
                "printf 'subjectAltName=IP:127.0.0.1\\nbasicConstraints=critical,CA:FALSE\\n"
                "extendedKeyUsage=serverAuth\\n' > server.ext\n"
                "openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -set_serial 7 -days 2 "
                "-extfile server.ext -out server.pem\n") });
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        qWarning("openssl: %s", p.readAll().constData());
        return false;
    }
    return true;
}

// nginx in the foreground with its files in dir, ending TLS with dir/server.pem and balancing
// over the given hub ports.
class Nginx {
public:
    bool start(const QString& dir, quint16 port, const QList<quint16>& upstreams)
    {
        QDir().mkpath(dir + QStringLiteral("/tmp"));
        QString servers;
        for (quint16 p : upstreams)
            servers += QStringLiteral("        server 127.0.0.1:%1 max_fails=1 fail_timeout=10s;\n").arg(p);
        // As in docs/deploy.md, on loopback.
        const QString config
            = QStringLiteral(
                "%1daemon off;\nworker_processes 1;\npid %2/nginx.pid;\nerror_log %2/error.log warn;\n"
                "events { worker_connections 1024; }\n"
                "http {\n"
                "    log_format upstream '$status|$upstream_addr|$request_method|$uri';\n"
                "    access_log %2/access.log upstream;\n"
                "    client_body_temp_path %2/tmp/body; proxy_temp_path %2/tmp/proxy;\n"
                "    fastcgi_temp_path %2/tmp/fastcgi; uwsgi_temp_path %2/tmp/uwsgi; scgi_temp_path "
                "%2/tmp/scgi;\n"
                "    upstream sparecycles_hubs {\n%3        keepalive 32;\n    }\n"
                "    server {\n"
                "        listen 127.0.0.1:%4 ssl;\n"
                "        ssl_certificate %2/server.pem;\n"
                "        ssl_certificate_key %2/server.key;\n"
                "        client_max_body_size 2m;\n"
                "        location / {\n"
                "            proxy_pass http://sparecycles_hubs;\n"
                "            proxy_http_version 1.1;\n"
                "            proxy_set_header Connection \"\";\n"
                "            proxy_set_header X-Forwarded-For $remote_addr;\n"
                "            proxy_connect_timeout 2s;\n"
                "            proxy_read_timeout 60s;\n"
                "            proxy_next_upstream error timeout http_502 http_503;\n"
                "        }\n"
                "    }\n"
                "}\n")
                  .arg(geteuid() == 0 ? QStringLiteral("user root;\n") : QString(), dir, servers)
                  .arg(port);
        QFile f(dir + QStringLiteral("/nginx.conf"));
        if (!f.open(QIODevice::WriteOnly) || f.write(config.toUtf8()) < 0)
            return false;
        f.close();
        m_dir = dir;
        m_process.setProcessChannelMode(QProcess::ForwardedChannels);
        m_process.start(QStringLiteral("nginx"),
            { QStringLiteral("-p"), dir, QStringLiteral("-c"), dir + QStringLiteral("/nginx.conf") });
        if (!m_process.waitForStarted(10000))
            return false;
        return waitFor(
            [&] {
                QTcpSocket s;
                s.connectToHost(QHostAddress::LocalHost, port);
                return s.waitForConnected(200);
            },
            10000, 100);
    }
    ~Nginx()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
    }
    QByteArray accessLog() const
    {
        QFile f(m_dir + QStringLiteral("/access.log"));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private:
    QProcess m_process;
    QString m_dir;
};

// Requests in nginx's access log that the upstream on this port answered (the last one tried:
// after a failed connection nginx names both).
int answeredBy(const QByteArray& log, quint16 port)
{
    int n = 0;
    const QByteArray upstream = "127.0.0.1:" + QByteArray::number(port);
    for (const QByteArray& line : log.split('\n')) {
        const QList<QByteArray> fields = line.split('|');
        if (fields.size() == 4 && fields.at(1).split(',').last().trimmed() == upstream)
            ++n;
    }
    return n;
}

int httpsGet(const QUrl& url, const QString& caFile, QByteArray* body)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(caFile));
    request.setSslConfiguration(tls);
    std::unique_ptr<QNetworkReply> reply(nam.get(request));
    QSignalSpy done(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !done.wait(10000))
        return 0;
    *body = reply->readAll();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

} // namespace

class TestReplicas final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (!sc::test::onPostgres())
            QSKIP("replicas share a PostgreSQL database: run with SC_TEST_POSTGRES (ctest does)");
        QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend for the health checks");
    }

    void twoReplicasBehindNginxSurviveAKilledReplica()
    {
        QTemporaryDir dir;
        const QString database = sc::test::freshDatabase(dir, QStringLiteral("replicas"));
        const QString key = dir.filePath(QStringLiteral("code-signing.pem"));
        constexpr int kWorkunits = 16;
        const QStringList db { QStringLiteral("--db"), database };
        for (int i = 0; i < kWorkunits; ++i) {
            QProcess submit;
            submit.start(bin("sparecycles-hub"),
                QStringList { QStringLiteral("submit"), QStringLiteral("--app"), QStringLiteral("sc-primes"),
                    QStringLiteral("--input"),
                    QStringLiteral("%1 %2")
                        .arg(500'000'000LL + i * 10'000'000LL)
                        .arg(510'000'000LL + i * 10'000'000LL) }
                    + db);
            QVERIFY(submit.waitForFinished(20000) && submit.exitCode() == 0);
        }
        // Behind a proxy every connection comes from 127.0.0.1: the proxy limits per client.
        const QStringList common = db
            + QStringList { QStringLiteral("--signing-key"), key, QStringLiteral("--quorum"),
                  QStringLiteral("2"), QStringLiteral("--canary-rate"), QStringLiteral("0"),
                  QStringLiteral("--trust-first"), QStringLiteral("2"),
                  QStringLiteral("--max-connections-per-address"), QStringLiteral("0") };
        Hub first(dir.filePath(QStringLiteral("replica-1")), common);
        QVERIFY(first.start());
        Hub second(dir.filePath(QStringLiteral("replica-2")), common); // the key exists now: shared
        QVERIFY(second.start());
        const quint16 front = freePort();
        const QString frontDir = dir.filePath(QStringLiteral("nginx"));
        QVERIFY(QDir().mkpath(frontDir));
        QVERIFY(makePki(frontDir));
        const QString ca = frontDir + QStringLiteral("/ca.pem");
        Nginx nginx;
        QVERIFY(nginx.start(frontDir, front,
            { static_cast<quint16>(first.url().port()), static_cast<quint16>(second.url().port()) }));
        const QUrl hub(QStringLiteral("https://127.0.0.1:%1").arg(front));
        QByteArray body;
        QCOMPARE(httpsGet(hub.resolved(QUrl(QStringLiteral("/v1/health"))), ca, &body), 200);
        QVERIFY2(body.contains("\"database\":\"ok\""), body.constData());

        const QStringList trustCa { QStringLiteral("--ca-bundle"), ca };
        Engine a(dir.filePath(QStringLiteral("a")), hub, trustCa);
        Engine b(dir.filePath(QStringLiteral("b")), hub, trustCa);
        QVERIFY(a.start());
        QVERIFY(b.start());
        auto credited = [&] {
            const QJsonObject s = runJson(bin("sparecycles-hub"),
                QStringList { QStringLiteral("stats"), QStringLiteral("--json") } + db);
            return s.value(QLatin1String("tasks_credited")).toInteger(-1);
        };
        QVERIFY2(waitFor([&] { return credited() >= kWorkunits / 2; }, 120000),
            a.output().right(2000).constData());
        // Both replicas served the engines before one of them dies.
        const QByteArray before = nginx.accessLog();
        const auto firstPort = static_cast<quint16>(first.url().port());
        const auto secondPort = static_cast<quint16>(second.url().port());
        QVERIFY2(answeredBy(before, firstPort) > 0, before.right(2000).constData());
        QVERIFY2(answeredBy(before, secondPort) > 0, before.right(2000).constData());
        qInfo("before the kill: replica 1 answered %d requests, replica 2 %d", answeredBy(before, firstPort),
            answeredBy(before, secondPort));
        first.killHard();
        QVERIFY2(waitFor([&] { return credited() == 2 * kWorkunits; }, 180000),
            b.output().right(3000).constData());
        QVERIFY(a.running());
        QVERIFY(b.running());
        QCOMPARE(httpsGet(hub.resolved(QUrl(QStringLiteral("/v1/health"))), ca, &body), 200);
        QVERIFY(waitFor(
            [&] {
                return a.statusValue("tasks_valid") == kWorkunits
                    && b.statusValue("tasks_valid") == kWorkunits;
            },
            60000));
        QCOMPARE(a.stop(), 0);
        QCOMPARE(b.stop(), 0);
        const QJsonObject s = runJson(
            bin("sparecycles-hub"), QStringList { QStringLiteral("stats"), QStringLiteral("--json") } + db);
        QCOMPARE(s.value(QLatin1String("devices")).toInt(), 2);
        QCOMPARE(s.value(QLatin1String("workunits_validated")).toInt(), kWorkunits);
        QCOMPARE(s.value(QLatin1String("tasks_invalid")).toInt(), 0);
        QCOMPARE(a.statusValue("earned_total") + b.statusValue("earned_total"),
            s.value(QLatin1String("credit_total")).toInteger());
        QProcess check;
        check.start(bin("sparecycles-hub"), QStringList { QStringLiteral("check") } + db);
        QVERIFY(check.waitForFinished(30000));
        const QByteArray report = check.readAllStandardOutput() + check.readAllStandardError();
        QVERIFY2(check.exitCode() == 0, report.constData());
        QVERIFY2(report.contains("no violation"), report.constData());
        const QByteArray after = nginx.accessLog().mid(before.size());
        QCOMPARE(answeredBy(after, firstPort), 0);
        QVERIFY(answeredBy(after, secondPort) > 0);
        qInfo("after the kill: replica 2 answered %d requests", answeredBy(after, secondPort));
    }
};

QTEST_GUILESS_MAIN(TestReplicas)
#include "tst_replicas.moc"
