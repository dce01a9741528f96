// SPDX-License-Identifier: GPL-3.0-or-later
#include "openclfit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace sc::hub {

qint64 OpenClFit::largestMemoryBytes(const QByteArray& profileJson, bool acceptCpuDevices)
{
    const QJsonArray devices
        = QJsonDocument::fromJson(profileJson).object().value(QLatin1String("opencl_devices")).toArray();
    qint64 largest = 0;
    for (const QJsonValue& v : devices) {
        const QJsonObject d = v.toObject();
        const QString type = d.value(QLatin1String("type")).toString();
        const bool suitable = type == QLatin1String("gpu") || type == QLatin1String("accelerator")
            || (acceptCpuDevices && type == QLatin1String("cpu"));
        const QJsonValue memory = d.value(QLatin1String("memory_bytes"));
        // A number only: JSON doubles hold every byte count a device can have exactly enough.
        if (suitable && memory.isDouble() && memory.toDouble() > 0)
            largest = qMax(largest, static_cast<qint64>(qMin(memory.toDouble(), 9e18)));
    }
    return largest;
}

} // namespace sc::hub
