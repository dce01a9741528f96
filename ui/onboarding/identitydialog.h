// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace sc::ui {

// Asked at start when this computer's device key is missing, damaged or replaced and no backup
// matches (core::DeviceIdentity): the user puts a saved copy back, or becomes a new device, or
// quits. Becoming a new device is never the default button.
class IdentityDialog final {
    Q_DECLARE_TR_FUNCTIONS(IdentityDialog)
public:
    enum class Choice { Quit, Restore, BecomeNew };
    // problem: the engine's sentence (what is wrong, what belongs to the old identity).
    // On Restore, *file is the saved copy the user picked.
    static Choice ask(QWidget* parent, const QString& problem, QString* file);
};

} // namespace sc::ui
