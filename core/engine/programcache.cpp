// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/programcache.h"

#include "crypto/devicekey.h"
#include "engine/datafolder.h"
#include "engine/hubsession.h"
#include "network/hubclient.h"
#include "protocol/taskdescriptor.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSaveFile>

namespace sc::core {

namespace {
    QByteArray fileSha256Hex(const QString& path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QCryptographicHash h(QCryptographicHash::Sha256);
        if (!h.addData(&f))
            return {};
        return h.result().toHex();
    }
} // namespace

ProgramCache::ProgramCache(DataFolder& folder, HubClient& hub, HubSession& session, QObject* parent)
    : QObject(parent)
    , m_folder(folder)
    , m_hub(hub)
    , m_session(session)
{
}

QString ProgramCache::pathOf(const TaskDescriptor& task) const
{
    return m_folder.programPath(task.appSha256);
}

bool ProgramCache::ensure(const TaskDescriptor& task)
{
    const QString sha = task.appSha256;
    if (m_verified.contains(sha))
        return true;
    const QString path = pathOf(task);
    if (QFile::exists(path)) {
        if (fileSha256Hex(path) == sha.toLatin1()) {
            m_verified.insert(sha);
            return true;
        }
        QFile::remove(path); // damaged cache entry: fetch it again
    }
    if (m_downloads.contains(sha) || !m_session.ready() || m_session.codeSigningKey().isEmpty())
        return false;
    m_downloads.insert(sha);
    const TaskDescriptor t = task;
    m_hub.download(t.appUrl, kMaxProgramBytes,
        [this, t, path](const QByteArray& bytes, const std::optional<HubError>& err) {
            m_downloads.remove(t.appSha256);
            if (err) {
                m_session.failed(*err);
                Q_EMIT changed();
                return;
            }
            m_session.succeeded();
            const QByteArray signedText = "sc-app-v1\n" + t.app.toUtf8() + '\n' + t.appSha256.toLatin1();
            QString problem;
            if (QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() != t.appSha256.toLatin1())
                problem = tr("its SHA-256 does not match the task");
            else if (!verifyEd25519(m_session.codeSigningKey(), signedText, t.appSignature))
                problem = tr("its signature is not from the network's code-signing key");
            if (!problem.isEmpty()) {
                Q_EMIT activity(tr("Refused the program %1 from the hub: %2. Its tasks are dropped.")
                                    .arg(t.app, problem));
                Q_EMIT refused(t.appSha256, t.app);
                Q_EMIT changed();
                return;
            }
            QSaveFile f(path);
            if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
                Q_EMIT activity(
                    tr("Cannot store the program %1 in %2: %3").arg(t.app, path, f.errorString()));
            } else {
                QFile::setPermissions(path, QFile::ReadOwner | QFile::ExeOwner);
                m_verified.insert(t.appSha256);
            }
            Q_EMIT changed();
        });
    return false;
}

} // namespace sc::core
