// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/rangeselector.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QToolButton>

namespace sc::ui {

using core::history::Range;

RangeSelector::RangeSelector(QWidget* parent)
    : QWidget(parent)
    , m_group(new QButtonGroup(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    const std::pair<Range, QString> items[] = {
        { Range::Week, tr("7 days") },
        { Range::Month, tr("30 days") },
        { Range::Year, tr("1 year") },
        { Range::All, tr("All") },
    };
    for (const auto& [range, text] : items) {
        auto* b = new QToolButton(this);
        b->setText(text);
        b->setCheckable(true);
        b->setAccessibleName(tr("Show %1").arg(text));
        b->setFocusPolicy(Qt::StrongFocus);
        m_group->addButton(b, static_cast<int>(range));
        // Bold as well as pressed: some styles barely show a checked tool button.
        connect(b, &QToolButton::toggled, b, [b](bool on) {
            QFont f = b->font();
            f.setBold(on);
            b->setFont(f);
        });
        layout->addWidget(b);
    }
    layout->addStretch();
    m_group->button(static_cast<int>(m_range))->setChecked(true);
    connect(m_group, &QButtonGroup::idClicked, this, [this](int id) {
        m_range = static_cast<Range>(id);
        Q_EMIT rangeChanged(m_range);
    });
}

RangeSelector::~RangeSelector() = default;

void RangeSelector::setRange(Range range)
{
    m_range = range;
    m_group->button(static_cast<int>(range))->setChecked(true);
    Q_EMIT rangeChanged(range);
}

} // namespace sc::ui
