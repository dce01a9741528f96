// SPDX-License-Identifier: GPL-3.0-or-later
// sc-bench-matmul: the GPU task program's throughput on this machine's OpenCL device (PoCL on
// the CPU where there is no GPU) and what Freivalds' check costs against recomputing the
// product. Runs sc-matmul (beside this program) on n × n tasks and times the whole run (device
// set-up and the kernel's build included, as a task pays them); then, for the same n, the
// validator's check (2 rounds) against the CPU reference product. Prints key=value lines.
//   sc-bench-matmul [n ...]   (default 512 1024)
#include "matmul/modmat.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>

using namespace sc::matmul;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QList<std::uint32_t> sizes;
    for (int i = 1; i < argc; ++i) {
        if (const auto in = parseInput(std::string(argv[i]) + " 1"))
            sizes.append(in->n);
    }
    if (sizes.isEmpty())
        sizes = { 512, 1024 };
    const QString program = QCoreApplication::applicationDirPath() + QStringLiteral("/sc-matmul");
    for (const std::uint32_t n : sizes) {
        QTemporaryDir dir;
        QFile input(dir.filePath(QStringLiteral("input")));
        if (!input.open(QIODevice::WriteOnly) || input.write(QByteArray::number(n) + " 7") <= 0)
            return 1;
        input.close();
        QProcess p;
        QElapsedTimer t;
        t.start();
        p.start(program,
            { QStringLiteral("--input"), dir.filePath(QStringLiteral("input")), QStringLiteral("--output"),
                dir.filePath(QStringLiteral("output")) });
        if (!p.waitForFinished(600000) || p.exitCode() != 0) {
            std::fprintf(stderr, "sc-matmul failed: %s\n", p.readAllStandardError().constData());
            return 1;
        }
        const double runS = static_cast<double>(t.nsecsElapsed()) / 1e9;
        QByteArray device = p.readAllStandardError().trimmed();
        if (const qsizetype at = device.indexOf("OpenCL device "); at >= 0)
            device = device.mid(at + 14).split('\n').first();
        QFile out(dir.filePath(QStringLiteral("output")));
        if (!out.open(QIODevice::ReadOnly))
            return 1;
        const QByteArray bytes = out.readAll();
        const Input in { n, 7 };
        const auto a = matrix(in, 0), b = matrix(in, 1);
        const auto c = parseOutput(std::string_view(bytes.constData(), std::size_t(bytes.size())), n);
        if (!c)
            return 1;
        t.restart();
        const bool ok = freivalds(a, b, c->data(), n, 2, 0x5eed);
        const double checkS = static_cast<double>(t.nsecsElapsed()) / 1e9;
        t.restart();
        std::vector<std::uint32_t> ref(std::size_t(n) * n);
        multiplyRows(a, b, n, 0, n, ref);
        const double recomputeS = static_cast<double>(t.nsecsElapsed()) / 1e9;
        const double ops = double(n) * n * n; // multiply-adds
        std::printf("n=%u\ndevice=%s\nrun_s=%.3f\nmultiply_adds_per_s=%.3g\nfreivalds_ok=%d\nmatches_cpu=%d\n"
                    "freivalds_2_rounds_ms=%.2f\ncpu_recompute_ms=%.1f\nrecompute_over_freivalds=%.0f\n",
            n, device.constData(), runS, ops / runS, ok ? 1 : 0, ref == *c ? 1 : 0, checkS * 1e3,
            recomputeS * 1e3, recomputeS / checkS);
        std::fflush(stdout);
    }
    return 0;
}
