// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>
#include <optional>

class QApplication;

namespace sc::app {

// The tray app's command line (README "Command line").
struct GuiOptions {
    bool local = false;
    bool hubGiven = false;
    QUrl hubUrl;
    QString dataDir; // absolute
    QString defaultDataDir;
    bool minimized = false;
    bool acceptDefaults = false;

    // The network the command line names: a hub URL, "local", or empty for none.
    QString network() const;
};

// Parses the command line into *options (--help and --version print and exit); returns an
// exit code when the app must stop here (bad usage, with the reason on stderr).
std::optional<int> parseGuiOptions(QApplication& app, GuiOptions* options);

} // namespace sc::app
