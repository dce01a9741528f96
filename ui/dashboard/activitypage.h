// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QPushButton;
class QTreeWidget;

namespace sc::ui {

class ActivityLog;

// What happened recently, newest first: one line per thing, task groups open to their tasks,
// a filter for problems and a button that copies what is shown.
class ActivityPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityPage)
public:
    explicit ActivityPage(const ActivityLog& log, QWidget* parent = nullptr);
    ~ActivityPage() override;

    // The lines shown (with their time stamps, expanded details indented), as Copy puts them.
    QString text() const;
    void setProblemsOnly(bool on);
    void copyToClipboard() const;
    QTreeWidget* tree() const { return m_tree; }

private:
    void rebuild();

    const ActivityLog& m_log;
    QTreeWidget* m_tree = nullptr;
    QComboBox* m_filter = nullptr;
    QPushButton* m_copy = nullptr;
};

} // namespace sc::ui
