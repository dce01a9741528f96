// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>
#include <functional>

class QBoxLayout;
class QLabel;
class QLineEdit;
class QVBoxLayout;

namespace sc::ui {

// A page of the wallet dialog: a column of widgets whose Next button waits for a condition
// of the dialog's, and the few kinds of widget its pages are made of.
class WalletPage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WalletPage)
public:
    WalletPage(const QString& title, QWidget* parent);

    std::function<bool()> complete; // empty: always complete
    bool isComplete() const override { return complete ? complete() : true; }
    QVBoxLayout* box() const;

    static QLabel* paragraph(const QString& text, QWidget* parent);
    // Red, word-wrapped and hidden until it has something to say.
    static QLabel* errorLabel(const QString& name, QWidget* parent);
    static QLineEdit* passwordEdit(const QString& name, const QString& accessible, QWidget* parent);
    // A path field with a "Choose…" button that opens a file dialog (pick), added to box.
    static QLineEdit* pathRow(const QString& name, const QString& label, QBoxLayout* box, QWidget* parent,
        const std::function<QString()>& pick);
};

} // namespace sc::ui
