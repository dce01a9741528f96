// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/database.h"

#include <QSqlDatabase>
#include <QString>
#include <functional>

namespace sc::hub {

struct HubConfig {
    int quorum = 2;
    double canaryRate = 0.05;
    qint64 deadlineSeconds = 86400;
    // The first this many devices to register are trusted (`serve --trust-first`): a private
    // network's own machines. 0: trust only by the operator's `trust` command or earned.
    int trustFirstDevices = 0;
    // GPU work also goes to OpenCL devices of type "cpu" (PoCL): `serve
    // --gpu-work-on-cpu-opencl`, for a demo or a test on a machine without a GPU.
    bool gpuWorkOnCpuOpenCl = false;
};

// What every store unit shares: the connection's name and engine, the configuration and the
// injected clock and randomness. HubStore owns it; the units hold a reference.
struct StoreContext {
    using Clock = std::function<qint64()>; // unix seconds
    using Random = std::function<double()>; // uniform in [0, 1)

    QString connection;
    HubConfig config;
    Clock clock;
    Random random;
    SqlDialect dialect = SqlDialect::Sqlite;

    bool postgres() const { return dialect == SqlDialect::Postgres; }

    QSqlDatabase db() const { return QSqlDatabase::database(connection, false); }
};

} // namespace sc::hub
