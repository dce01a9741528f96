// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace sc::app::cli {

// `identity show | export --out FILE | restore FILE | new [--yes]`: this computer's device key
// (core::DeviceIdentity).
int identityCommand(const QStringList& args);
// What `run` prints under a lost or replaced device key: the two ways out.
QString identityWayOut();

} // namespace sc::app::cli
