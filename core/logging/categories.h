// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// One logging category per area. What is logged under them goes to the log file
// (logging/messagelog.h) only, never to the terminal, so what the programs print stays as it
// was; QT_LOGGING_RULES filters them as usual (e.g. "sc.engine.info=false"). Never log a secret
// (keys, mnemonics): the log is meant to be attached to bug reports.
namespace sc {
Q_DECLARE_LOGGING_CATEGORY(lcApp) // sc.app: start, stop, network switches
Q_DECLARE_LOGGING_CATEGORY(lcEngine) // sc.engine: the engine's activity lines and states
Q_DECLARE_LOGGING_CATEGORY(lcNet) // sc.net: HTTP and the hub protocol
Q_DECLARE_LOGGING_CATEGORY(lcPolicy) // sc.policy: throttling and thermal decisions
Q_DECLARE_LOGGING_CATEGORY(lcTasks) // sc.tasks: task processes
Q_DECLARE_LOGGING_CATEGORY(lcHub) // sc.hub: the reference coordinator
Q_DECLARE_LOGGING_CATEGORY(lcSettings) // sc.settings
Q_DECLARE_LOGGING_CATEGORY(lcUi) // sc.ui: tray and dashboard

// True for the categories above (the log file's alone); false for all others, such as Qt's own
// and sc.net.http, which also reach the terminal as before.
bool isLogFileOnly(const char* category);
} // namespace sc
