// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wallet/walletpage.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sc::ui {

WalletPage::WalletPage(const QString& title, QWidget* parent)
    : QWizardPage(parent)
{
    setTitle(title);
    new QVBoxLayout(this);
}

QVBoxLayout* WalletPage::box() const { return static_cast<QVBoxLayout*>(layout()); }

QLabel* WalletPage::paragraph(const QString& text, QWidget* parent)
{
    auto* l = new QLabel(text, parent);
    l->setWordWrap(true);
    return l;
}

QLabel* WalletPage::errorLabel(const QString& name, QWidget* parent)
{
    auto* l = new QLabel(parent);
    l->setObjectName(name);
    l->setWordWrap(true);
    QPalette p = l->palette();
    p.setColor(QPalette::WindowText, QColor(0xd9, 0x30, 0x25));
    l->setPalette(p);
    l->hide();
    return l;
}

QLineEdit* WalletPage::passwordEdit(const QString& name, const QString& accessible, QWidget* parent)
{
    auto* e = new QLineEdit(parent);
    e->setObjectName(name);
    e->setEchoMode(QLineEdit::Password);
    e->setAccessibleName(accessible);
    return e;
}

QLineEdit* WalletPage::pathRow(const QString& name, const QString& label, QBoxLayout* box, QWidget* parent,
    const std::function<QString()>& pick)
{
    auto* row = new QHBoxLayout;
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    auto* title = new QLabel(label, parent);
    title->setBuddy(edit);
    edit->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    row->addWidget(title);
    auto* browse = new QPushButton(tr("Choose…"), parent);
    browse->setObjectName(name + QStringLiteral("Browse"));
    row->addWidget(edit, 1);
    row->addWidget(browse);
    box->addLayout(row);
    QObject::connect(browse, &QPushButton::clicked, edit, [edit, pick] {
        const QString path = pick();
        if (!path.isEmpty())
            edit->setText(QDir::toNativeSeparators(path));
    });
    return edit;
}

} // namespace sc::ui
