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
// signature verifies against the network's code-signing key; a cached file is hashed again
// before its first use in a session, and a damaged one is fetched again.
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

Q_SIGNALS:
    void changed(); // a download ended, stored or not
    // The hub served a program that failed verification: tasks that need it cannot run.
    void refused(const QString& sha256, const QString& app);
    void activity(const QString& message);

private:
    DataFolder& m_folder;
    HubClient& m_hub;
    HubSession& m_session;
    QSet<QString> m_verified; // sha256 of programs checked this session
    QSet<QString> m_downloads; // sha256 being downloaded
};

} // namespace sc::core
