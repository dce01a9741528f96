// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace sc::core {
class Autostart;
}

namespace sc::app {

// Follows the start_at_login setting: this program, minimized, with its data folder when that
// is not the default one.
void applyStartAtLogin(
    core::Autostart& autostart, bool on, const QString& dataDir, const QString& defaultDataDir);

} // namespace sc::app
