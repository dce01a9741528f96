// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers for the end-to-end tests: real sparecycles-hub and sparecycles-cli processes on
// loopback, driven through their documented command lines.
#pragma once

// PostgreSQL runs for the suites that link the hub library (its store/database.h): the others
// (wallet, chain, UI against a real hub) always run the hub on SQLite.
#if __has_include("store/database.h")
#include "postgres/testdatabase.h"
#define SC_E2E_POSTGRES 1
#endif

#include <QDeadlineTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <functional>
#include <memory>

namespace e2e {

inline QString bin(const char* name) { return QStringLiteral(SC_BIN_DIR "/") + QLatin1String(name); }

// Runs a short command and returns its stdout parsed as one JSON object (empty on failure).
inline QJsonObject runJson(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        qWarning("%s %s failed: %s", qPrintable(program), qPrintable(args.join(QLatin1Char(' '))),
            p.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

// Polls pred every intervalMs (processing events) until it holds or timeoutMs passes.
inline bool waitFor(const std::function<bool()>& pred, int timeoutMs, int intervalMs = 250)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (pred())
            return true;
        QTest::qWait(intervalMs);
    }
    return pred();
}

// The hub's database for a data directory: its own SQLite file (no arguments), or, when the
// run is on PostgreSQL (SC_TEST_POSTGRES, tests/postgres/testdatabase.h), --db with a new
// database made the first time this directory is named.
inline QStringList dbArgs([[maybe_unused]] const QString& hubDir)
{
#ifndef SC_E2E_POSTGRES
    return {};
#else
    if (!sc::test::onPostgres())
        return {};
    static QHash<QString, QString> made;
    static QTemporaryDir unused;
    auto it = made.find(hubDir);
    if (it == made.end())
        it = made.insert(hubDir, sc::test::freshDatabase(unused, QStringLiteral("e2e")));
    return { QStringLiteral("--db"), it.value() };
#endif
}

// Queues one workunit of app with `sparecycles-hub submit`.
inline bool submitWork(const QString& hubDir, const QString& app, const QString& input)
{
    QProcess p;
    p.start(bin("sparecycles-hub"),
        QStringList { QStringLiteral("submit"), QStringLiteral("--data-dir"), hubDir, QStringLiteral("--app"),
            app, QStringLiteral("--input"), input }
            + dbArgs(hubDir));
    return p.waitForFinished(20000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// Queues one sc-primes workunit over [lo, hi].
inline bool submit(const QString& hubDir, qint64 lo, qint64 hi)
{
    return submitWork(hubDir, QStringLiteral("sc-primes"), QStringLiteral("%1 %2").arg(lo).arg(hi));
}

class Hub {
public:
    Hub(QString dataDir, QStringList extraArgs)
        : m_dataDir(std::move(dataDir))
        , m_extra(std::move(extraArgs))
    {
    }
    ~Hub() { stop(); }

    // Starts on listen (host:port; port 0 picks one) and reads the URL from the first line.
    bool start(const QString& listen = QStringLiteral("127.0.0.1:0"))
    {
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process->start(bin("sparecycles-hub"),
            QStringList { QStringLiteral("serve"), QStringLiteral("--listen"), listen,
                QStringLiteral("--data-dir"), m_dataDir }
                + dbArgs(m_dataDir) + m_extra);
        QByteArray buf;
        QDeadlineTimer deadline(20000);
        while (!buf.contains('\n') && !deadline.hasExpired()) {
            if (!m_process->waitForReadyRead(200) && m_process->state() != QProcess::Running)
                return false;
            buf += m_process->readAllStandardOutput();
        }
        const QByteArray line = buf.left(buf.indexOf('\n')).trimmed();
        if (!line.startsWith("listening on http://"))
            return false;
        m_url = QUrl(QString::fromLatin1(line.mid(13)));
        return true;
    }
    void stop()
    {
        if (!m_process || m_process->state() == QProcess::NotRunning)
            return;
        m_process->terminate();
        if (!m_process->waitForFinished(15000))
            m_process->kill();
        m_process->waitForFinished(5000);
    }
    // SIGKILL: the hub gets no chance to finish anything.
    void killHard()
    {
        if (!m_process || m_process->state() == QProcess::NotRunning)
            return;
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    int exitCode() const { return m_process ? m_process->exitCode() : -1; }
    QUrl url() const { return m_url; }
    QJsonObject stats() const
    {
        return runJson(bin("sparecycles-hub"),
            QStringList {
                QStringLiteral("stats"), QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("--json") }
                + dbArgs(m_dataDir));
    }
    qint64 stat(const char* key) const { return stats().value(QLatin1String(key)).toInteger(-1); }

private:
    QString m_dataDir;
    QStringList m_extra;
    std::unique_ptr<QProcess> m_process;
    QUrl m_url;
};

class Engine {
public:
    Engine(QString dataDir, QUrl hub, QStringList extraArgs = {},
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment())
        : m_dataDir(std::move(dataDir))
        , m_hub(std::move(hub))
        , m_extra(std::move(extraArgs))
        , m_env(std::move(environment))
    {
    }
    ~Engine() { stop(); }

    bool start()
    {
        if (m_process)
            m_log += m_process->readAll(); // what the previous run said is kept
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::MergedChannels);
        m_process->setProcessEnvironment(m_env);
        const QStringList args { QStringLiteral("run"), QStringLiteral("--hub"), m_hub.toString(),
            QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("--always-run"),
            QStringLiteral("--cores"), QStringLiteral("1") };
        m_process->start(bin("sparecycles-cli"), args + m_extra);
        return m_process->waitForStarted(10000);
    }
    // Graceful stop (SIGTERM); returns the exit code.
    int stop()
    {
        if (!m_process || m_process->state() == QProcess::NotRunning)
            return m_process ? m_process->exitCode() : -1;
        m_process->terminate();
        if (!m_process->waitForFinished(30000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
            return -1;
        }
        return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
    }
    void killHard()
    {
        m_process->kill(); // SIGKILL: no chance to clean up
        m_process->waitForFinished(5000);
    }
    // Still running: a process that died by itself (not stop() or killHard()) crashed.
    bool running() const { return m_process && m_process->state() == QProcess::Running; }
    QByteArray output()
    {
        if (m_process)
            m_log += m_process->readAll();
        return m_log;
    }
    QJsonObject status() const
    {
        return runJson(bin("sparecycles-cli"),
            { QStringLiteral("status"), QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("--json") });
    }
    qint64 statusValue(const char* key) const { return status().value(QLatin1String(key)).toInteger(-1); }
    QString dataDir() const { return m_dataDir; }

private:
    QString m_dataDir;
    QUrl m_hub;
    QStringList m_extra;
    QProcessEnvironment m_env;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_log;
};

} // namespace e2e
