// SPDX-License-Identifier: GPL-3.0-or-later
// The status file reader (core/engine/statusfile.*, EngineStatus::fromJson): what the CLI's
// `status`, the tray app and scripts read from status.json in a data folder, which anything
// that can write the folder may have damaged; and the folder's other JSON file, the cached
// benchmark (core/profile/benchmark.cpp, cachedBenchmark). Input: the file's bytes, written as
// both. Checked: a status read back from its own toJson is the same status, a cached
// benchmark only comes back for its own fingerprint and when it is fresh.
#include "engine/datafolder.h"
#include "engine/enginestatus.h"
#include "engine/statusfile.h"
#include "fuzzhelpers.h"
#include "profile/benchmark.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace sc::core;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    sc::fuzz::initQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static QTemporaryDir dir(QDir::temp().filePath(QStringLiteral("sc-fuzz-statusfile-XXXXXX")));
    SC_FUZZ_CHECK(dir.isValid());
    QFile f(DataFolder::statusPath(dir.path()));
    SC_FUZZ_CHECK(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(reinterpret_cast<const char*>(data), static_cast<qint64>(size));
    f.close();
    QString error;
    const QJsonObject o = StatusFile::read(dir.path(), &error);
    const EngineStatus status = EngineStatus::fromJson(o);
    const QJsonObject written = status.toJson();
    SC_FUZZ_CHECK(EngineStatus::fromJson(written).toJson() == written);
    for (const TaskStatus& t : status.tasks)
        SC_FUZZ_CHECK(t.progress >= 0 && t.progress <= 1);

    QFile bench(dir.filePath(QStringLiteral("benchmark.json")));
    SC_FUZZ_CHECK(bench.open(QIODevice::WriteOnly | QIODevice::Truncate));
    bench.write(reinterpret_cast<const char*>(data), static_cast<qint64>(size));
    bench.close();
    constexpr qint64 now = 1'800'000'000;
    if (const auto cached = cachedBenchmark(dir.path(), QStringLiteral("fp1"), now)) {
        SC_FUZZ_CHECK(cached->fingerprint == QLatin1String("fp1") && cached->measuredAt <= now + 86400);
        cached->score();
        cached->toJson();
    }
    return 0;
}
