// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QPlainTextEdit;

namespace sc::ui {

class ActivityLog;

// What the engine did recently, newest at the bottom.
class ActivityPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityPage)
public:
    explicit ActivityPage(const ActivityLog& log, QWidget* parent = nullptr);
    ~ActivityPage() override;

    QString text() const;

private:
    QPlainTextEdit* m_text = nullptr;
};

} // namespace sc::ui
