// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSet>

namespace sc::core {

class DataFolder;
class HubClient;
class HubSession;
struct TaskDescriptor;

// The task programs this device has downloaded, in programs/ of the data folder, named by their
// SHA-256. A program is stored only after its hash matches the task descriptor and its
// signature verifies against the network's code-signing key. Before every start of a task
// (ensure) the task's signature for its program is verified again and the cached file hashed
// again: a file or task row planted in the data folder never runs without the network's
// signature, and a damaged file is fetched again.
class ProgramCache final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgramCache)
public:
    static constexpr qint64 kMaxProgramBytes = 256LL * 1024 * 1024;

    ProgramCache(DataFolder& folder, HubClient& hub, HubSession& session, QObject* parent = nullptr);

    // True when the task's program is ready to run; otherwise starts its download (once per
    // program) and returns false: ask again after changed().
    bool ensure(const TaskDescriptor& task);
    QString pathOf(const TaskDescriptor& task) const;
    // The network's signature of (app, sha256), as the task carries it.
    bool signedByNetwork(const TaskDescriptor& task) const;

Q_SIGNALS:
    void changed(); // a download ended, stored or not
    // A task names a program the network did not sign: tasks that need it cannot run. (A
    // download that does not hash to the signed program arrived damaged: it is fetched again.)
    void refused(const QString& sha256, const QString& app);
    // A task that carries no valid network signature for its program: it alone is dropped.
    void taskRefused(const QString& taskId);
    void activity(const QString& message);

private:
    DataFolder& m_folder;
    HubClient& m_hub;
    HubSession& m_session;
    QSet<QString> m_downloads; // sha256 being downloaded
    QSet<QString> m_refusedTasks; // task ids already said to be refused
};

} // namespace sc::core
