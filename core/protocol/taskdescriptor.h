// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>
#include <variant>

namespace sc::core {

// A protocol error: which field and why. Malformed input from the network is always this,
// never a crash or an exception.
struct ProtocolError {
    QString field;
    QString message;
};

struct TaskDescriptor {
    QString id;
    QString app; // e.g. "sc-primes"
    QString appSha256; // 64 lowercase hex
    QByteArray appSignature; // 64 raw bytes (Ed25519 by the network's code-signing key)
    QString appUrl; // path on the hub, starting with "/v1/"
    QByteArray input; // inline input, at most kMaxInlineInput bytes
    qint64 deadline = 0; // unix seconds
    qint64 estimatedOps = 0;
    qint64 reward = 0; // micro-tokens
    // Ed25519 by the network's code-signing key over taskSigningText(): the hub issued exactly
    // this task (64 raw bytes; empty from hubs before signed tasks, and then it never runs).
    QByteArray signature;
    // What the task runs on: a CPU slot, or the GPU slot (its program computes through OpenCL).
    // Absent from the JSON = Cpu.
    enum class Resource { Cpu, Gpu };
    Resource resource = Resource::Cpu;
};

// What the hub signs for a task: "sc-task-v1\n" + id, app, app_sha256, the input's SHA-256
// (hex), deadline, estimated_ops and reward, each on its own line; a GPU task adds a last line
// "resource gpu" (so a CPU task's text is what it always was).
QByteArray taskSigningText(const TaskDescriptor& task);

inline constexpr qsizetype kMaxReplyBytes = 1024 * 1024;
inline constexpr qsizetype kMaxInlineInput = 64 * 1024;
inline constexpr qsizetype kMaxTasksPerReply = 256;

// Parses the reply to POST /v1/work: {"tasks": [descriptor, ...]}.
std::variant<QList<TaskDescriptor>, ProtocolError> parseWorkReply(const QByteArray& json);
std::variant<QList<TaskDescriptor>, ProtocolError> parseWorkReply(const QJsonObject& reply);

// One descriptor as the hub writes it.
QJsonObject toJson(const TaskDescriptor& task);

// "cpu" / "gpu", as the JSON and the task store spell it; nullopt for anything else.
QString resourceName(TaskDescriptor::Resource r);
std::optional<TaskDescriptor::Resource> resourceFromName(const QString& name);

} // namespace sc::core
