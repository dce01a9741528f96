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

bool ProgramCache::signedByNetwork(const TaskDescriptor& task) const
{
    const QByteArray signedText = "sc-app-v1\n" + task.app.toUtf8() + '\n' + task.appSha256.toLatin1();
    return !m_session.codeSigningKey().isEmpty()
        && verifyEd25519(m_session.codeSigningKey(), signedText, task.appSignature);
}

bool ProgramCache::ensure(const TaskDescriptor& task)
{
    const QString sha = task.appSha256;
    const QString path = pathOf(task);
    // Every start: the task must carry the network's signature for exactly this program, and
    // the file must still be that program. Nothing in the data folder is trusted by itself.
    if (QFile::exists(path) && !m_session.codeSigningKey().isEmpty()) {
        if (!signedByNetwork(task)) {
            if (!m_refusedTasks.contains(task.id)) {
                m_refusedTasks.insert(task.id);
                Q_EMIT activity(tr("Refused to start a task: its program %1 is not signed by the network's "
                                   "code-signing key. The task is dropped.")
                                    .arg(task.app));
            }
            Q_EMIT taskRefused(task.id);
            return false;
        }
        if (fileSha256Hex(path) == sha.toLatin1())
            return true;
        QFile::remove(path); // damaged or replaced cache entry: fetch it again
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
            if (!signedByNetwork(t)) {
                Q_EMIT activity(
                    tr("Refused the program %1 from the hub: its signature is not from the network's "
                       "code-signing key. Its tasks are dropped.")
                        .arg(t.app));
                Q_EMIT refused(t.appSha256, t.app);
                Q_EMIT changed();
                return;
            }
            if (QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()
                != t.appSha256.toLatin1()) {
                // The network signed this program; these bytes are not it. They were damaged on
                // the way (or the hub serves a wrong file): nothing is stored or run, the tasks
                // stay, and the download is tried again after the hub's backoff.
                HubError damaged;
                damaged.kind = HubError::Kind::Protocol;
                damaged.code = QStringLiteral("bad_reply");
                damaged.message
                    = tr("The program %1 arrived damaged (%2 bytes whose SHA-256 is not that of the "
                         "signed program); it is downloaded again.")
                          .arg(t.app)
                          .arg(bytes.size());
                Q_EMIT activity(damaged.message);
                m_session.failed(damaged);
                Q_EMIT changed();
                return;
            }
            m_session.succeeded();
            QSaveFile f(path);
            if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
                Q_EMIT activity(
                    tr("Cannot store the program %1 in %2: %3").arg(t.app, path, f.errorString()));
            } else {
                QFile::setPermissions(path, QFile::ReadOwner | QFile::ExeOwner);
            }
            Q_EMIT changed();
        });
    return false;
}

} // namespace sc::core
