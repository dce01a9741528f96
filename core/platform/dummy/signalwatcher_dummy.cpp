// SPDX-License-Identifier: GPL-3.0-or-later
// No termination request reaches the event loop on this platform (Windows would need
// SetConsoleCtrlHandler and WM_QUERYENDSESSION): a watcher that never fires, so the app
// quits only through its own UI or commands.
#include "platform/signalwatcher.h"

namespace sc::core::platform {

SignalWatcher::SignalWatcher(QObject* parent)
    : QObject(parent)
{
}

SignalWatcher::~SignalWatcher() = default;

} // namespace sc::core::platform
