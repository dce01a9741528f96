// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

class QLabel;

namespace sc::ui {

// The recovery words as a numbered grid in a large font, three columns of four, read down
// each column as on a paper backup card. Each word can be selected with the mouse; nothing is
// put on the clipboard by the grid itself. clear() blanks it once the words have been shown.
class WordGrid final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WordGrid)
public:
    explicit WordGrid(QWidget* parent = nullptr);
    ~WordGrid() override;

    void setWords(const QStringList& words);
    void clear();
    // The word shown as number n (1-based), for tests; empty when none.
    QString word(int n) const;

private:
    QList<QLabel*> m_words;
};

} // namespace sc::ui
