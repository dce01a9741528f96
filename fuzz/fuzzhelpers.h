// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every fuzz target shares: a quiet Qt (a parser's qWarning on every malformed input would
// cost more than the parse), a QCoreApplication for code that wants one, a way to split the
// input, a check that aborts (and so becomes a crash libFuzzer keeps), and a transport that
// answers every request with bytes from the input.
#include "network/httpclient.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>

namespace sc::fuzz {

inline void quietMessages(QtMsgType, const QMessageLogContext&, const QString&) { }

// Called from LLVMFuzzerInitialize.
inline void initQt(int* argc, char*** argv)
{
    qInstallMessageHandler(quietMessages);
    // Never destroyed: at exit Qt's own globals may already be gone.
    static QCoreApplication* app = new QCoreApplication(*argc, *argv);
    Q_UNUSED(app);
}

// An invariant of the code under test broke: report it and abort, so libFuzzer saves the input.
[[noreturn]] inline void broken(const char* what, const char* file, int line)
{
    std::fprintf(stderr, "fuzz check failed: %s (%s:%d)\n", what, file, line);
    std::abort();
}
#define SC_FUZZ_CHECK(cond)                                                                                  \
    do {                                                                                                     \
        if (!(cond))                                                                                         \
            ::sc::fuzz::broken(#cond, __FILE__, __LINE__);                                                   \
    } while (false)

// Reads the fuzzer's bytes from the front: a few selector bytes, then the rest.
class Input final {
public:
    Input(const std::uint8_t* data, std::size_t size)
        : m_data(reinterpret_cast<const char*>(data))
        , m_size(size)
    {
    }
    // The next byte, 0 once the input is used up.
    std::uint8_t byte()
    {
        if (m_pos >= m_size)
            return 0;
        return static_cast<std::uint8_t>(m_data[m_pos++]);
    }
    // Up to n bytes.
    QByteArray bytes(std::size_t n)
    {
        const std::size_t take = std::min(n, m_size - m_pos);
        QByteArray out(m_data + m_pos, static_cast<qsizetype>(take));
        m_pos += take;
        return out;
    }
    // Bytes up to the next '\n' (dropped) or the end.
    QByteArray line()
    {
        std::size_t end = m_pos;
        while (end < m_size && m_data[end] != '\n')
            ++end;
        QByteArray out(m_data + m_pos, static_cast<qsizetype>(end - m_pos));
        m_pos = end < m_size ? end + 1 : end;
        return out;
    }
    QByteArray rest() { return bytes(m_size - m_pos); }
    bool atEnd() const { return m_pos >= m_size; }

private:
    const char* m_data;
    std::size_t m_size;
    std::size_t m_pos = 0;
};

// Records each request and keeps its callback; answer() then runs them (outside send(), as
// the transport's contract says) with a scripted response.
class ScriptedTransport final : public core::HttpTransport {
public:
    quint64 send(core::HttpRequest request, Callback done) override
    {
        m_requests.append(std::move(request));
        m_pending.append(std::move(done));
        return static_cast<quint64>(m_requests.size());
    }
    void cancel(quint64) override { }

    const QList<core::HttpRequest>& requests() const { return m_requests; }
    // Answers every waiting request (also those sent by a callback) with response(request).
    void answerAll(const std::function<core::HttpResponse(const core::HttpRequest&)>& response)
    {
        for (qsizetype i = 0; i < m_pending.size(); ++i) {
            const Callback done = m_pending.at(i);
            done(response(m_requests.at(i)));
        }
        m_pending.clear();
        m_requests.clear();
    }

private:
    QList<core::HttpRequest> m_requests;
    QList<Callback> m_pending;
};

} // namespace sc::fuzz
