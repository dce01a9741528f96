// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/enginehost.h"

#include <QString>
#include <QStringList>
#include <QTextStream>
#include <optional>

class QCommandLineParser;

namespace sc::app::cli {

constexpr int kExitUsage = 2;

QTextStream& out();
QTextStream& err();
// Prints "sparecycles-cli: message" to stderr; returns the exit code for bad usage.
int usageError(const QString& message);
// Parses a command's options; --help and --version print and exit; returns an exit code when
// the command must stop here (bad usage).
std::optional<int> parseCommand(QCommandLineParser& p, const QStringList& args);
QString defaultDataDir();

// What `run` was asked to do.
struct RunOptions {
    LaunchOptions launch;
    QString network; // a hub URL or "local"
    std::optional<QString> caBundle;
    bool quiet = false;
};
// Parses `run`'s options into *options; returns an exit code when the command must stop here.
std::optional<int> parseRunOptions(const QStringList& args, RunOptions* options);

} // namespace sc::app::cli
