// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/activitypage.h"

#include "ui/activitylog.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sc::ui {

namespace {

    QString timeText(qint64 unixSeconds)
    {
        const QDateTime t = QDateTime::fromSecsSinceEpoch(unixSeconds);
        const QLocale locale;
        if (t.date() == QDate::currentDate())
            return locale.toString(t.time(), QLocale::ShortFormat);
        return locale.toString(t, QLocale::ShortFormat);
    }

} // namespace

ActivityPage::ActivityPage(const ActivityLog& log, QWidget* parent)
    : QWidget(parent)
    , m_log(log)
    , m_tree(new QTreeWidget(this))
    , m_filter(new QComboBox(this))
    , m_copy(new QPushButton(tr("&Copy"), this))
{
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    auto* intro = new QLabel(tr("What SpareCycles did recently, newest first."), this);
    intro->setWordWrap(true);
    bar->addWidget(intro, 1);
    auto* showLabel = new QLabel(tr("&Show:"), this);
    showLabel->setBuddy(m_filter);
    bar->addWidget(showLabel);
    m_filter->addItem(tr("All activity"));
    m_filter->addItem(tr("Problems only"));
    m_filter->setObjectName(QStringLiteral("activityFilter"));
    bar->addWidget(m_filter);
    m_copy->setObjectName(QStringLiteral("activityCopy"));
    m_copy->setToolTip(tr("Copy the lines shown, with their times"));
    bar->addWidget(m_copy);
    layout->addLayout(bar);

    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({ tr("Time"), tr("What happened") });
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setAccessibleName(tr("Recent activity"));
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setWordWrap(true);
    layout->addWidget(m_tree);

    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] { rebuild(); });
    connect(m_copy, &QPushButton::clicked, this, [this] { copyToClipboard(); });
    connect(&m_log, &ActivityLog::changed, this, [this] { rebuild(); });
    rebuild();
}

ActivityPage::~ActivityPage() = default;

void ActivityPage::setProblemsOnly(bool on) { m_filter->setCurrentIndex(on ? 1 : 0); }

void ActivityPage::rebuild()
{
    // Keep open what the user opened (groups are found again by their interval).
    QSet<qint64> open;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (m_tree->topLevelItem(i)->isExpanded())
            open.insert(m_tree->topLevelItem(i)->data(0, Qt::UserRole).toLongLong());
    const bool problemsOnly = m_filter->currentIndex() == 1;
    m_tree->clear();
    const auto& entries = m_log.entries();
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        if (problemsOnly && !it->problem)
            continue;
        auto* item = new QTreeWidgetItem(m_tree, { timeText(it->time), ActivityLog::lineText(*it) });
        item->setData(0, Qt::UserRole, it->group ? it->bucket : -1);
        if (!it->detail.isEmpty())
            item->setToolTip(1, it->detail);
        if (it->problem)
            item->setIcon(1, style()->standardIcon(QStyle::SP_MessageBoxWarning));
        for (const ActivityLog::Task& t : it->tasks)
            new QTreeWidgetItem(item, { QString(), ActivityLog::taskText(t) });
        if (!it->group && !it->detail.isEmpty())
            new QTreeWidgetItem(item, { QString(), it->detail });
        if (it->group && open.contains(it->bucket))
            item->setExpanded(true);
    }
}

QString ActivityPage::text() const
{
    QStringList lines;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_tree->topLevelItem(i);
        lines.append(item->text(0) + QStringLiteral("  ") + item->text(1));
        if (item->isExpanded())
            for (int c = 0; c < item->childCount(); ++c)
                lines.append(QStringLiteral("      ") + item->child(c)->text(1));
    }
    return lines.join(QLatin1Char('\n'));
}

void ActivityPage::copyToClipboard() const { QApplication::clipboard()->setText(text()); }

} // namespace sc::ui
