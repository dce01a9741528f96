// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/history.h"

#include <QWidget>

class QButtonGroup;

namespace sc::ui {

// 7 days · 30 days · 1 year · All, as a row of toggle buttons.
class RangeSelector final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RangeSelector)
public:
    explicit RangeSelector(QWidget* parent = nullptr);
    ~RangeSelector() override;

    core::history::Range range() const { return m_range; }
    void setRange(core::history::Range range);

Q_SIGNALS:
    void rangeChanged(sc::core::history::Range range);

private:
    QButtonGroup* m_group = nullptr;
    core::history::Range m_range = core::history::Range::Month;
};

} // namespace sc::ui
