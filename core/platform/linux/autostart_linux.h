// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/autostart.h"

namespace sc::core::platform {

// The XDG autostart entry $XDG_CONFIG_HOME/autostart/org.sparecycles.SpareCycles.desktop (the
// installed .desktop file's id; ~/.config when unset), which desktops that follow the Desktop Application Autostart spec run at login.
class XdgAutostart final : public Autostart {
public:
    bool setEnabled(bool on, const QString& program, const QStringList& arguments) override;
    bool isEnabled() const override;
    // Where the entry lives now (the folder follows XDG_CONFIG_HOME).
    static QString entryPath();
};

} // namespace sc::core::platform
