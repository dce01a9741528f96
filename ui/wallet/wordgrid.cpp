// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wallet/wordgrid.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>

namespace sc::ui {

namespace {
    constexpr int kRows = 4;
}

WordGrid::WordGrid(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("wordGrid"));
    setAccessibleName(tr("Recovery words"));
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

WordGrid::~WordGrid() = default;

void WordGrid::setWords(const QStringList& words)
{
    delete layout(); // the labels stay children of the grid and are replaced below
    qDeleteAll(m_words);
    m_words.clear();
    for (QLabel* number : findChildren<QLabel*>(QString(), Qt::FindDirectChildrenOnly))
        delete number;
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(16, 12, 16, 12);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(8);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    QFont wordFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    wordFont.setPointSizeF(big.pointSizeF());
    wordFont.setBold(true);
    for (int i = 0; i < words.size(); ++i) {
        const int row = i % kRows;
        const int column = (i / kRows) * 2;
        auto* number = new QLabel(QStringLiteral("%1.").arg(i + 1), this);
        number->setFont(big);
        number->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        number->setForegroundRole(QPalette::PlaceholderText);
        auto* word = new QLabel(words.at(i), this);
        word->setObjectName(QStringLiteral("word_%1").arg(i + 1));
        word->setFont(wordFont);
        word->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        word->setAccessibleName(tr("Word %1").arg(i + 1));
        word->setForegroundRole(QPalette::Text);
        grid->addWidget(number, row, column);
        grid->addWidget(word, row, column + 1);
        m_words.append(word);
    }
    for (int c = 1; c < grid->columnCount(); c += 2)
        grid->setColumnStretch(c, 1);
}

void WordGrid::clear()
{
    for (QLabel* w : std::as_const(m_words))
        w->clear();
}

QString WordGrid::word(int n) const
{
    return n >= 1 && n <= m_words.size() ? m_words.at(n - 1)->text() : QString();
}

} // namespace sc::ui
