// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace sc::core::platform {

// The seccomp filter every task program runs under (bwrap --seccomp), as a classic BPF
// program for this machine's architecture. The list of what it refuses, and why, is in
// seccomp_linux.cpp (kRefused) and docs/sandbox.md. nullopt and *why when libseccomp fails.
std::optional<QByteArray> taskSeccompProgram(QString* why);

} // namespace sc::core::platform
