// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/onboarding/identitydialog.h"

#include <QAbstractButton>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace sc::ui {

IdentityDialog::Choice IdentityDialog::ask(QWidget* parent, const QString& problem, QString* file)
{
    for (;;) {
        QMessageBox box(parent);
        box.setObjectName(QStringLiteral("identityDialog"));
        box.setIcon(QMessageBox::Warning);
        box.setWindowTitle(tr("SpareCycles"));
        box.setText(tr("This computer's identity on the network needs your decision"));
        box.setInformativeText(problem + QStringLiteral("\n\n")
            + tr("If you saved a copy of the key, put it back to keep everything. Or start as a new "
                 "device: it starts with no tasks and no credit, and what belongs to the old identity is "
                 "lost."));
        QPushButton* restore = box.addButton(tr("Put a saved copy back…"), QMessageBox::AcceptRole);
        restore->setObjectName(QStringLiteral("restoreButton"));
        QPushButton* fresh = box.addButton(tr("Start as a new device"), QMessageBox::DestructiveRole);
        fresh->setObjectName(QStringLiteral("newDeviceButton"));
        QPushButton* quit = box.addButton(tr("Quit"), QMessageBox::RejectRole);
        quit->setObjectName(QStringLiteral("quitButton"));
        box.setDefaultButton(quit);
        box.setEscapeButton(quit);
        box.exec();
        if (box.clickedButton() == fresh)
            return Choice::BecomeNew;
        if (box.clickedButton() != restore)
            return Choice::Quit;
        const QString picked = QFileDialog::getOpenFileName(parent, tr("The saved copy of the device key"),
            QDir::homePath(), tr("Device key (*.pem);;All files (*)"));
        if (!picked.isEmpty()) {
            *file = picked;
            return Choice::Restore;
        }
        // Cancelled the file dialog: ask again.
    }
}

} // namespace sc::ui
