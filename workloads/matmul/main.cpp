// SPDX-License-Identifier: GPL-3.0-or-later
// sc-matmul: the GPU task program. Multiplies two n × n matrices modulo 2^31 − 1, drawn from a
// seed, with a tiled OpenCL kernel, row block by row block, and writes C = A · B. The hub checks
// a result with Freivalds' algorithm (modmat.h) as well as by quorum. Contract:
// docs/workloads.md.
//   sc-matmul --input FILE --output FILE [--checkpoint FILE] [--checkpoint-seconds N]
//             [--device gpu|cpu|any]
// FILE input holds "n seed". Progress goes to stdout as "progress <fraction>"; the OpenCL
// device used goes to stderr. Any OpenCL device runs it (a GPU first); Debian's PoCL runs the
// same kernel on the CPU, which is how the tests and CI exercise it.
#define CL_TARGET_OPENCL_VERSION 120
#include "modmat.h"

#include <CL/cl.h>
#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

volatile std::sig_atomic_t g_stop = 0;
void onTerm(int) { g_stop = 1; }

using namespace sc::matmul;
constexpr unsigned kTile = 16;

// Tiled product of rows [rowBase, rowBase + rows) with 16 × 16 tiles in local memory; two
// products (< 2^62 each) are added to the reduced sum before each reduction, as in
// multiplyRows() on the CPU, so both give the same bits.
const char* const kKernel = R"CLC(
#define TS 16
#define P 2147483647UL
inline ulong reduce(ulong x) {
    x = (x & P) + (x >> 31);
    x = (x & P) + (x >> 31);
    return x >= P ? x - P : x;
}
__kernel __attribute__((reqd_work_group_size(TS, TS, 1)))
void modmul(const uint n, const uint rowBase, __global const uint* A, __global const uint* B,
            __global uint* C) {
    const uint lj = get_local_id(0), li = get_local_id(1);
    const uint j = get_global_id(0), i = rowBase + get_global_id(1);
    __local uint As[TS][TS];
    __local uint Bs[TS][TS];
    ulong acc = 0;
    for (uint t = 0; t < n; t += TS) {
        As[li][lj] = (i < n && t + lj < n) ? A[(size_t)i * n + t + lj] : 0;
        Bs[li][lj] = (t + li < n && j < n) ? B[(size_t)(t + li) * n + j] : 0;
        barrier(CLK_LOCAL_MEM_FENCE);
        for (uint k = 0; k < TS; k += 2)
            acc = reduce(acc + (ulong)As[li][k] * Bs[k][lj] + (ulong)As[li][k + 1] * Bs[k + 1][lj]);
        barrier(CLK_LOCAL_MEM_FENCE);
    }
    if (i < n && j < n)
        C[(size_t)i * n + j] = (uint)acc;
}
)CLC";

int usage(const char* why)
{
    std::fprintf(stderr,
        "sc-matmul: %s\nusage: sc-matmul --input FILE --output FILE [--checkpoint FILE] "
        "[--checkpoint-seconds N] [--device gpu|cpu|any]\n",
        why);
    return 2;
}

bool writeAtomically(const std::string& path, const std::string& bytes)
{
    const std::string tmp = path + ".tmp";
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out.write(bytes.data(), static_cast<std::streamsize>(bytes.size())) || !out.flush())
            return false;
    }
    return std::rename(tmp.c_str(), path.c_str()) == 0;
}

std::string readFile(const std::string& path, std::size_t limit)
{
    std::ifstream in(path, std::ios::binary);
    std::string s;
    if (!in)
        return s;
    s.resize(limit);
    in.read(s.data(), static_cast<std::streamsize>(limit));
    s.resize(static_cast<std::size_t>(in.gcount()));
    return s;
}

// Checkpoint: "sc-matmul-checkpoint 1 <n> <seed> <rows>\n" and the first rows of C.
std::string checkpointHeader(const Input& in, std::uint32_t rows)
{
    return "sc-matmul-checkpoint 1 " + std::to_string(in.n) + ' ' + std::to_string(in.seed) + ' '
        + std::to_string(rows) + '\n';
}

bool saveCheckpoint(
    const std::string& path, const Input& in, std::uint32_t rows, const std::vector<std::uint32_t>& c)
{
    if (path.empty())
        return true;
    std::string bytes = checkpointHeader(in, rows);
    appendEntries(bytes, c.data(), std::size_t(rows) * in.n);
    return writeAtomically(path, bytes);
}

// The rows a valid checkpoint for this task holds (copied into c), else 0.
std::uint32_t loadCheckpoint(const std::string& path, const Input& in, std::vector<std::uint32_t>& c)
{
    if (path.empty())
        return 0;
    const std::string bytes = readFile(path, 16 + 64 + std::size_t(in.n) * in.n * 4);
    const std::size_t eol = bytes.find('\n');
    if (eol == std::string::npos)
        return 0;
    std::istringstream head(bytes.substr(0, eol));
    std::string magic;
    int version = 0;
    std::uint64_t n = 0, seed = 0, rows = 0;
    if (!(head >> magic >> version >> n >> seed >> rows) || magic != "sc-matmul-checkpoint" || version != 1
        || n != in.n || seed != in.seed || rows > in.n)
        return 0;
    const std::uint32_t r = static_cast<std::uint32_t>(rows);
    const auto done = parseEntries(std::string_view(bytes).substr(eol + 1), std::size_t(r) * in.n);
    if (!done)
        return 0;
    std::copy(done->begin(), done->end(), c.begin());
    return r;
}

struct Cl {
    cl_device_id device = nullptr;
    cl_context context = nullptr;
    cl_command_queue queue = nullptr;
    cl_program program = nullptr;
    cl_kernel kernel = nullptr;
    cl_mem a = nullptr, b = nullptr, c = nullptr;
    ~Cl()
    {
        for (cl_mem m : { a, b, c })
            if (m)
                clReleaseMemObject(m);
        if (kernel)
            clReleaseKernel(kernel);
        if (program)
            clReleaseProgram(program);
        if (queue)
            clReleaseCommandQueue(queue);
        if (context)
            clReleaseContext(context);
    }
};

// The first device of the wanted type over all platforms (GPU before anything else for "any").
cl_device_id pickDevice(const std::string& want, std::string* name)
{
    cl_uint platforms = 0;
    if (clGetPlatformIDs(0, nullptr, &platforms) != CL_SUCCESS || platforms == 0)
        return nullptr;
    std::vector<cl_platform_id> ids(platforms);
    clGetPlatformIDs(platforms, ids.data(), nullptr);
    std::vector<cl_device_type> order;
    if (want == "gpu")
        order = { CL_DEVICE_TYPE_GPU };
    else if (want == "cpu")
        order = { CL_DEVICE_TYPE_CPU };
    else
        order = { CL_DEVICE_TYPE_GPU, CL_DEVICE_TYPE_ACCELERATOR, CL_DEVICE_TYPE_CPU };
    for (cl_device_type type : order) {
        for (cl_platform_id p : ids) {
            cl_device_id d = nullptr;
            cl_uint n = 0;
            if (clGetDeviceIDs(p, type, 1, &d, &n) == CL_SUCCESS && n > 0) {
                char buf[256] = {};
                clGetDeviceInfo(d, CL_DEVICE_NAME, sizeof buf - 1, buf, nullptr);
                *name = buf;
                return d;
            }
        }
    }
    return nullptr;
}

} // namespace

int main(int argc, char** argv)
{
    std::string inputPath, outputPath, checkpointPath, deviceType = "any";
    double checkpointSeconds = 5;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--help") {
            std::printf("sc-matmul --input FILE --output FILE [--checkpoint FILE] [--checkpoint-seconds N] "
                        "[--device gpu|cpu|any]\n");
            return 0;
        }
        if (i + 1 >= argc)
            return usage("missing value");
        if (a == "--input")
            inputPath = argv[++i];
        else if (a == "--output")
            outputPath = argv[++i];
        else if (a == "--checkpoint")
            checkpointPath = argv[++i];
        else if (a == "--checkpoint-seconds")
            checkpointSeconds = std::atof(argv[++i]);
        else if (a == "--device")
            deviceType = argv[++i];
        else
            return usage("unknown option");
    }
    if (inputPath.empty() || outputPath.empty())
        return usage("--input and --output are required");
    if (deviceType != "gpu" && deviceType != "cpu" && deviceType != "any")
        return usage("--device takes gpu, cpu or any");
    const std::optional<Input> in = parseInput(readFile(inputPath, 256));
    if (!in) {
        std::fprintf(stderr, "sc-matmul: bad input: expected \"n seed\" with 1 <= n <= %u\n", kMaxN);
        return 3;
    }
    const std::uint32_t n = in->n;
    const std::size_t count = std::size_t(n) * n;
    std::vector<std::uint32_t> c(count, 0);
    std::uint32_t done = loadCheckpoint(checkpointPath, *in, c);
    if (done > 0)
        std::printf("resumed %u\n", done);

    struct sigaction sa { };
    sa.sa_handler = onTerm;
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGINT, &sa, nullptr);

    Cl cl;
    std::string deviceName;
    cl.device = pickDevice(deviceType, &deviceName);
    if (!cl.device) {
        std::fprintf(stderr, "sc-matmul: no OpenCL device of type %s\n", deviceType.c_str());
        return 6;
    }
    std::fprintf(stderr, "sc-matmul: OpenCL device %s\n", deviceName.c_str());
    cl_int err = CL_SUCCESS;
    cl.context = clCreateContext(nullptr, 1, &cl.device, nullptr, nullptr, &err);
    if (err == CL_SUCCESS)
        cl.queue = clCreateCommandQueue(cl.context, cl.device, 0, &err);
    {
        const char* source = kKernel;
        if (err == CL_SUCCESS)
            cl.program = clCreateProgramWithSource(cl.context, 1, &source, nullptr, &err);
    }
    if (err == CL_SUCCESS
        && (err = clBuildProgram(cl.program, 1, &cl.device, "", nullptr, nullptr)) != CL_SUCCESS) {
        char log[4096] = {};
        clGetProgramBuildInfo(cl.program, cl.device, CL_PROGRAM_BUILD_LOG, sizeof log - 1, log, nullptr);
        std::fprintf(stderr, "sc-matmul: the kernel does not build on this device: %s\n", log);
        return 6;
    }
    if (err == CL_SUCCESS)
        cl.kernel = clCreateKernel(cl.program, "modmul", &err);
    const std::vector<std::uint32_t> a = matrix(*in, 0), b = matrix(*in, 1);
    const std::size_t bytes = count * sizeof(std::uint32_t);
    if (err == CL_SUCCESS)
        cl.a = clCreateBuffer(cl.context, CL_MEM_READ_ONLY | CL_MEM_COPY_HOST_PTR, bytes,
            const_cast<std::uint32_t*>(a.data()), &err);
    if (err == CL_SUCCESS)
        cl.b = clCreateBuffer(cl.context, CL_MEM_READ_ONLY | CL_MEM_COPY_HOST_PTR, bytes,
            const_cast<std::uint32_t*>(b.data()), &err);
    if (err == CL_SUCCESS)
        cl.c = clCreateBuffer(cl.context, CL_MEM_WRITE_ONLY, bytes, nullptr, &err);
    if (err != CL_SUCCESS) {
        std::fprintf(stderr, "sc-matmul: OpenCL set-up failed (error %d)\n", err);
        return 6;
    }
    clSetKernelArg(cl.kernel, 0, sizeof n, &n);
    clSetKernelArg(cl.kernel, 2, sizeof(cl_mem), &cl.a);
    clSetKernelArg(cl.kernel, 3, sizeof(cl_mem), &cl.b);
    clSetKernelArg(cl.kernel, 4, sizeof(cl_mem), &cl.c);

    // Row blocks of a multiple of the tile; the block grows while a block takes under 50 ms
    // (and a fifth of the checkpoint period), so a stop (SIGTERM) or checkpoint never waits
    // long, and the engine's GPU duty cycle (1 s periods, docs/policy.md) can hold a card at its
    // temperature limit: a stopped task has at most one short kernel in flight.
    std::uint32_t blockRows = kTile;
    auto lastCp = std::chrono::steady_clock::now();
    const std::size_t globalX = (n + kTile - 1) / kTile * kTile;
    while (done < n && !g_stop) {
        const std::uint32_t rows = std::min(blockRows, n - done);
        const std::size_t global[2] = { globalX, (rows + kTile - 1) / kTile * kTile };
        const std::size_t local[2] = { kTile, kTile };
        const auto t0 = std::chrono::steady_clock::now();
        clSetKernelArg(cl.kernel, 1, sizeof done, &done);
        err = clEnqueueNDRangeKernel(cl.queue, cl.kernel, 2, nullptr, global, local, 0, nullptr, nullptr);
        if (err == CL_SUCCESS)
            err = clEnqueueReadBuffer(cl.queue, cl.c, CL_TRUE, std::size_t(done) * n * 4,
                std::size_t(rows) * n * 4, c.data() + std::size_t(done) * n, 0, nullptr, nullptr);
        if (err != CL_SUCCESS) {
            std::fprintf(stderr, "sc-matmul: the kernel failed (error %d)\n", err);
            saveCheckpoint(checkpointPath, *in, done, c);
            return 6;
        }
        done += rows;
        const auto now = std::chrono::steady_clock::now();
        if (std::chrono::duration<double>(now - t0).count() < std::min(0.05, checkpointSeconds / 5)
            && blockRows < n)
            blockRows *= 2;
        if (std::chrono::duration<double>(now - lastCp).count() >= checkpointSeconds) {
            lastCp = now;
            saveCheckpoint(checkpointPath, *in, done, c);
            std::printf("progress %.4f\n", double(done) / double(n));
            std::fflush(stdout);
        }
    }
    // A stop that arrives after the last block is not a reason to throw the finished work away.
    if (g_stop && done < n) {
        saveCheckpoint(checkpointPath, *in, done, c);
        std::printf("stopped %u\n", done);
        return 143;
    }
    if (!writeAtomically(outputPath, outputBytes(c, n))) {
        std::fprintf(
            stderr, "sc-matmul: cannot write output %s: %s\n", outputPath.c_str(), std::strerror(errno));
        return 4;
    }
    std::printf("progress 1.0000\ndone %u\n", n);
    return 0;
}
