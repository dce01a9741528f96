// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/activitypage.h"

#include "ui/activitylog.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace sc::ui {

ActivityPage::ActivityPage(const ActivityLog& log, QWidget* parent)
    : QWidget(parent)
    , m_text(new QPlainTextEdit(this))
{
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("What SpareCycles did recently (newest at the bottom)."), this);
    layout->addWidget(intro);
    m_text->setReadOnly(true);
    m_text->setMaximumBlockCount(1000);
    m_text->setAccessibleName(tr("Recent activity"));
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setTabChangesFocus(true);
    for (const QString& line : log.lines())
        m_text->appendPlainText(line);
    layout->addWidget(m_text);
    connect(
        &log, &ActivityLog::lineAdded, this, [this](const QString& line) { m_text->appendPlainText(line); });
}

ActivityPage::~ActivityPage() = default;

QString ActivityPage::text() const { return m_text->toPlainText(); }

} // namespace sc::ui
