// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskdescriptor.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace sc::core {

namespace {

    bool isHex64(const QString& s)
    {
        static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
        return re.match(s).hasMatch();
    }

    // Reads a JSON integer that must be exact (JSON numbers are doubles: reject fractions and
    // values beyond 2^53, where doubles stop being exact).
    bool readInt(const QJsonObject& o, const QString& key, qint64 min, qint64* out)
    {
        const QJsonValue v = o.value(key);
        if (!v.isDouble())
            return false;
        const double d = v.toDouble();
        constexpr double exactLimit = 9007199254740992.0; // 2^53
        // The range first: converting a double beyond qint64 (1e80) to qint64 is undefined.
        if (!(d >= static_cast<double>(min) && d <= exactLimit)
            || d != static_cast<double>(static_cast<qint64>(d)))
            return false;
        *out = static_cast<qint64>(d);
        return true;
    }

    bool readString(const QJsonObject& o, const QString& key, qsizetype maxLen, QString* out)
    {
        const QJsonValue v = o.value(key);
        if (!v.isString())
            return false;
        *out = v.toString();
        return !out->isEmpty() && out->size() <= maxLen;
    }

    // An Ed25519 signature: 128 lowercase hex digits.
    bool readSignature(const QJsonObject& o, const QString& key, QByteArray* out)
    {
        QString hex;
        if (!readString(o, key, 128, &hex))
            return false;
        *out = QByteArray::fromHex(hex.toLatin1());
        return out->size() == 64 && out->toHex() == hex.toLatin1();
    }

    std::variant<TaskDescriptor, ProtocolError> parseTask(const QJsonObject& o, int index)
    {
        const QString at = QStringLiteral("tasks[%1].").arg(index);
        auto fail = [&](const char* field, const QString& why) {
            return ProtocolError { at + QLatin1String(field), why };
        };
        TaskDescriptor t;
        if (!readString(o, QStringLiteral("id"), 128, &t.id))
            return fail("id", QStringLiteral("missing, empty, not a string or over 128 characters"));
        if (!readString(o, QStringLiteral("app"), 64, &t.app))
            return fail("app", QStringLiteral("missing or not a short string"));
        if (!readString(o, QStringLiteral("app_sha256"), 64, &t.appSha256) || !isHex64(t.appSha256))
            return fail("app_sha256", QStringLiteral("not 64 lowercase hex digits"));
        if (!o.contains(QLatin1String("app_signature")))
            return fail("app_signature", QStringLiteral("missing"));
        if (!readSignature(o, QStringLiteral("app_signature"), &t.appSignature))
            return fail("app_signature", QStringLiteral("not 128 hex digits"));
        if (!readString(o, QStringLiteral("app_url"), 512, &t.appUrl)
            || !t.appUrl.startsWith(QLatin1String("/v1/")) || t.appUrl.contains(QLatin1String("..")))
            return fail("app_url", QStringLiteral("not a hub path under /v1/"));
        const QJsonValue input = o.value(QStringLiteral("input"));
        if (!input.isString())
            return fail("input", QStringLiteral("missing or not a string"));
        t.input = input.toString().toUtf8();
        if (t.input.size() > kMaxInlineInput)
            return fail("input", QStringLiteral("larger than %1 bytes").arg(kMaxInlineInput));
        // Absent from hubs before signed tasks (such a task never runs: TaskRunner).
        if (o.contains(QLatin1String("task_signature"))
            && !readSignature(o, QStringLiteral("task_signature"), &t.signature))
            return fail("task_signature", QStringLiteral("not 128 hex digits"));
        if (!readInt(o, QStringLiteral("deadline"), 1, &t.deadline))
            return fail("deadline", QStringLiteral("not a positive integer"));
        if (!readInt(o, QStringLiteral("estimated_ops"), 1, &t.estimatedOps))
            return fail("estimated_ops", QStringLiteral("not a positive integer"));
        if (!readInt(o, QStringLiteral("reward"), 0, &t.reward))
            return fail("reward", QStringLiteral("not a non-negative integer"));
        if (const QJsonValue r = o.value(QLatin1String("resource")); !r.isUndefined()) {
            const auto resource = resourceFromName(r.toString());
            if (!r.isString() || !resource)
                return fail("resource", QStringLiteral("neither \"cpu\" nor \"gpu\""));
            t.resource = *resource;
        }
        return t;
    }

} // namespace

std::variant<QList<TaskDescriptor>, ProtocolError> parseWorkReply(const QByteArray& json)
{
    if (json.size() > kMaxReplyBytes)
        return ProtocolError { QString(), QStringLiteral("reply larger than %1 bytes").arg(kMaxReplyBytes) };
    QJsonParseError err {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        return ProtocolError { QString(), QStringLiteral("not valid JSON: %1").arg(err.errorString()) };
    if (!doc.isObject())
        return ProtocolError { QString(), QStringLiteral("not a JSON object") };
    return parseWorkReply(doc.object());
}

std::variant<QList<TaskDescriptor>, ProtocolError> parseWorkReply(const QJsonObject& reply)
{
    const QJsonValue tasks = reply.value(QStringLiteral("tasks"));
    if (!tasks.isArray())
        return ProtocolError { QStringLiteral("tasks"), QStringLiteral("missing or not an array") };
    const QJsonArray arr = tasks.toArray();
    if (arr.size() > kMaxTasksPerReply)
        return ProtocolError { QStringLiteral("tasks"),
            QStringLiteral("more than %1 tasks").arg(kMaxTasksPerReply) };
    QList<TaskDescriptor> out;
    out.reserve(arr.size());
    for (int i = 0; i < arr.size(); ++i) {
        if (!arr.at(i).isObject())
            return ProtocolError { QStringLiteral("tasks[%1]").arg(i), QStringLiteral("not an object") };
        auto r = parseTask(arr.at(i).toObject(), i);
        if (auto* e = std::get_if<ProtocolError>(&r))
            return *e;
        out.append(std::get<TaskDescriptor>(std::move(r)));
    }
    return out;
}

QByteArray taskSigningText(const TaskDescriptor& task)
{
    return "sc-task-v1\n" + task.id.toUtf8() + '\n' + task.app.toUtf8() + '\n' + task.appSha256.toLatin1()
        + '\n' + QCryptographicHash::hash(task.input, QCryptographicHash::Sha256).toHex() + '\n'
        + QByteArray::number(task.deadline) + '\n' + QByteArray::number(task.estimatedOps) + '\n'
        + QByteArray::number(task.reward)
        + (task.resource == TaskDescriptor::Resource::Gpu ? QByteArray("\nresource gpu") : QByteArray());
}

QString resourceName(TaskDescriptor::Resource r)
{
    return r == TaskDescriptor::Resource::Gpu ? QStringLiteral("gpu") : QStringLiteral("cpu");
}

std::optional<TaskDescriptor::Resource> resourceFromName(const QString& name)
{
    if (name == QLatin1String("cpu"))
        return TaskDescriptor::Resource::Cpu;
    if (name == QLatin1String("gpu"))
        return TaskDescriptor::Resource::Gpu;
    return std::nullopt;
}

QJsonObject toJson(const TaskDescriptor& task)
{
    QJsonObject o {
        { QStringLiteral("id"), task.id },
        { QStringLiteral("app"), task.app },
        { QStringLiteral("app_sha256"), task.appSha256 },
        { QStringLiteral("app_signature"), QString::fromLatin1(task.appSignature.toHex()) },
        { QStringLiteral("app_url"), task.appUrl },
        { QStringLiteral("input"), QString::fromUtf8(task.input) },
        { QStringLiteral("deadline"), task.deadline },
        { QStringLiteral("estimated_ops"), task.estimatedOps },
        { QStringLiteral("reward"), task.reward },
    };
    if (!task.signature.isEmpty())
        o.insert(QStringLiteral("task_signature"), QString::fromLatin1(task.signature.toHex()));
    if (task.resource != TaskDescriptor::Resource::Cpu)
        o.insert(QStringLiteral("resource"), resourceName(task.resource));
    return o;
}

} // namespace sc::core
