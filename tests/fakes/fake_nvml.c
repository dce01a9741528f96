/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A stand-in for libnvidia-ml.so.1 with NVML's C entry points, so the dlopen path of
 * platform/nvml.h runs for real on machines without an NVIDIA GPU. The GPUs and their
 * temperatures come from the file named by SC_FAKE_NVML: one line per GPU, "<°C> <name>",
 * re-read on every call so a test can heat a GPU up while the engine watches. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_GPUS 8
static int initialised;
static unsigned count;
static unsigned temps[MAX_GPUS];
static char names[MAX_GPUS][64];

static void load(void)
{
    const char* path = getenv("SC_FAKE_NVML");
    FILE* f = path ? fopen(path, "r") : NULL;
    count = 0;
    if (!f)
        return;
    char line[128];
    while (count < MAX_GPUS && fgets(line, sizeof line, f)) {
        char* rest = NULL;
        const unsigned long t = strtoul(line, &rest, 10);
        if (rest == line)
            continue;
        temps[count] = (unsigned)t;
        while (*rest == ' ')
            ++rest;
        rest[strcspn(rest, "\n")] = 0;
        snprintf(names[count], sizeof names[count], "%s", rest);
        ++count;
    }
    fclose(f);
}

/* Counted, as NVML's own: every nvmlInit needs its nvmlShutdown, and a session of the engine's
 * stays open while the profile opens and closes one of its own. */
int nvmlInit_v2(void)
{
    ++initialised;
    return 0;
}
int nvmlShutdown(void)
{
    if (initialised > 0)
        --initialised;
    return 0;
}
int nvmlSystemGetDriverVersion(char* version, unsigned length)
{
    snprintf(version, length, "550.54.14-fake");
    return 0;
}
int nvmlDeviceGetCount_v2(unsigned* n)
{
    if (!initialised)
        return 1; /* NVML_ERROR_UNINITIALIZED */
    load();
    *n = count;
    return 0;
}
int nvmlDeviceGetHandleByIndex_v2(unsigned i, void** device)
{
    if (!initialised || i >= count)
        return 2; /* NVML_ERROR_INVALID_ARGUMENT */
    *device = (void*)(size_t)(i + 1);
    return 0;
}
int nvmlDeviceGetName(void* device, char* name, unsigned length)
{
    snprintf(name, length, "%s", names[(size_t)device - 1]);
    return 0;
}
typedef struct {
    unsigned long long total, free, used;
} Memory;
int nvmlDeviceGetMemoryInfo(void* device, Memory* m)
{
    m->total = 12ULL << 30;
    m->used = ((size_t)device) << 28;
    m->free = m->total - m->used;
    return 0;
}
typedef struct {
    char busIdLegacy[16];
    unsigned domain, bus, device, pciDeviceId, pciSubSystemId;
    char busId[32];
} PciInfo;
int nvmlDeviceGetPciInfo_v3(void* device, PciInfo* p)
{
    memset(p, 0, sizeof *p);
    p->bus = (unsigned)(size_t)device; // device n sits on bus n
    snprintf(p->busId, sizeof p->busId, "00000000:%02X:00.0", p->bus);
    return 0;
}
int nvmlDeviceGetTemperature(void* device, int sensor, unsigned* t)
{
    if (sensor != 0)
        return 2;
    load();
    *t = temps[(size_t)device - 1];
    return 0;
}
