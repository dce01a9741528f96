// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <memory>

namespace sc::core {

// Starting the app when the user logs in (the start_at_login setting).
class Autostart {
public:
    virtual ~Autostart() = default;
    // Starts `program` with `arguments` at login from now on (replacing an earlier entry), or
    // no longer (on = false). False when the OS refused or this platform has no autostart.
    virtual bool setEnabled(bool on, const QString& program, const QStringList& arguments) = 0;
    virtual bool isEnabled() const = 0;
};

// Linux: an XDG autostart entry; elsewhere one that does nothing yet. Defined once per OS:
// platform/{linux,dummy}/autostart_<os>.cpp.
std::unique_ptr<Autostart> createPlatformAutostart();

} // namespace sc::core
