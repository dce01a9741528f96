// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/linux/seccomp_linux.h"
#include "platform/sandbox.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <cstddef>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sc::core::platform {

// sc-sandbox-init (sandboxinit_linux.cpp), built and embedded by core/CMakeLists.txt.
extern const unsigned char kSandboxInitProgram[];
extern const std::size_t kSandboxInitProgramSize;

namespace {
    // /tmp in the sandbox is memory: a task gets this much of it.
    constexpr qint64 kTmpBytes = 64LL * 1024 * 1024;

    struct Seccomp {
        std::optional<QByteArray> program;
        QString why;
    };

    const Seccomp& seccomp()
    {
        static const Seccomp s = [] {
            Seccomp out;
            out.program = taskSeccompProgram(&out.why);
            return out;
        }();
        return s;
    }

    // A sealed-off copy of bytes the child reads from the start (bwrap reads to the end).
    int memfdWith(const char* name, const char* data, qsizetype size)
    {
        const int fd = ::memfd_create(name, MFD_CLOEXEC);
        if (fd < 0)
            return -1;
        qsizetype done = 0;
        while (done < size) {
            const ssize_t n = ::write(fd, data + done, static_cast<size_t>(size - done));
            if (n <= 0) {
                ::close(fd);
                return -1;
            }
            done += n;
        }
        ::lseek(fd, 0, SEEK_SET);
        return fd;
    }

    bool isSetuid(const QString& path)
    {
        struct stat st { };
        return ::stat(QFile::encodeName(path).constData(), &st) == 0 && (st.st_mode & S_ISUID) != 0;
    }

    // What a GPU task needs besides a CPU task's sandbox, and no more: the GPUs' compute device
    // files (DRM render nodes, not the card nodes that show the monitors; NVIDIA's card, control
    // and unified-memory nodes, not modeset or the memory tools; AMD's compute node), the ICD
    // registry that tells the OpenCL loader which driver to load, and of /sys only what drivers
    // walk to find their cards: /sys/class/drm and the PCI device folders of display
    // controllers (class 0x03), beside the links of /sys/bus/pci/devices (a link to a device not
    // bound leads nowhere). Only what exists here is bound.
    QStringList gpuAccess()
    {
        QStringList a;
        auto bindTry = [&](const char* option, const QString& path) {
            if (QFileInfo::exists(path))
                a << QString::fromLatin1(option) << path << path;
        };
        const QDir dri(QStringLiteral("/dev/dri"));
        for (const QString& node : dri.entryList({ QStringLiteral("renderD*") }, QDir::System | QDir::Files))
            bindTry("--dev-bind", dri.filePath(node));
        bindTry("--dev-bind", QStringLiteral("/dev/kfd"));
        static const QRegularExpression nvidiaNode(QStringLiteral("^nvidia([0-9]+|ctl|-uvm)$"));
        const QStringList nvidia = QDir(QStringLiteral("/dev"))
                                       .entryList({ QStringLiteral("nvidia*") }, QDir::System | QDir::Files);
        for (const QString& node : nvidia) {
            if (nvidiaNode.match(node).hasMatch())
                bindTry("--dev-bind", QStringLiteral("/dev/") + node);
        }
        bindTry("--ro-bind", QStringLiteral("/etc/OpenCL"));
        bindTry("--ro-bind", QStringLiteral("/sys/class/drm"));
        bindTry("--ro-bind", QStringLiteral("/sys/class/kfd"));
        bindTry("--ro-bind", QStringLiteral("/sys/devices/virtual/kfd"));
        // The CPUs' and memory nodes' topology (hwloc in PoCL and the GPU runtimes pin their
        // threads by it; without it PoCL aborts).
        bindTry("--ro-bind", QStringLiteral("/sys/devices/system/cpu"));
        bindTry("--ro-bind", QStringLiteral("/sys/devices/system/node"));
        const QDir pci(QStringLiteral("/sys/bus/pci/devices"));
        bool anyDisplay = false;
        for (const QString& dev : pci.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::System)) {
            QFile cls(pci.filePath(dev) + QStringLiteral("/class"));
            if (!cls.open(QIODevice::ReadOnly) || !cls.readAll().startsWith("0x03"))
                continue;
            bindTry("--ro-bind", QFileInfo(pci.filePath(dev)).canonicalFilePath());
            anyDisplay = true;
        }
        if (anyDisplay)
            bindTry("--ro-bind", pci.path());
        return a;
    }

    SandboxLaunch bwrapLaunch(const QString& bwrap, const QString& program, const QStringList& args,
        const QString& slotDir, const TaskLimits& limits, QString* why)
    {
        SandboxLaunch l;
        const Seccomp& filter = seccomp();
        if (!filter.program) {
            *why = filter.why;
            return l;
        }
        const int seccompFd = memfdWith("sc-seccomp", filter.program->constData(), filter.program->size());
        const int initFd = memfdWith(
            "sc-sandbox-init", reinterpret_cast<const char*>(kSandboxInitProgram), kSandboxInitProgramSize);
        for (const int fd : { seccompFd, initFd }) {
            if (fd >= 0)
                l.inheritedFds.append(fd);
        }
        if (seccompFd < 0 || initFd < 0) {
            *why = QStringLiteral("cannot create the sandbox's files in memory");
            return l;
        }
        // --as-pid-1: our init is the sandbox's pid 1 (no bwrap in between), so it is the one
        // that reaps, passes stops on and ends with the task.
        QStringList a { bwrap, QStringLiteral("--die-with-parent"), QStringLiteral("--unshare-all"),
            QStringLiteral("--as-pid-1"), QStringLiteral("--ro-bind"), QStringLiteral("/usr"),
            QStringLiteral("/usr") };
        // Merged-/usr systems link /lib, /lib64, /bin into /usr; older ones have real folders.
        for (const char* dir : { "/lib", "/lib64", "/lib32", "/bin" }) {
            const QString d = QString::fromLatin1(dir);
            const QFileInfo fi(d);
            if (fi.isSymLink())
                a << QStringLiteral("--symlink") << fi.symLinkTarget() << d;
            else if (fi.isDir())
                a << QStringLiteral("--ro-bind") << d << d;
        }
        a << QStringLiteral("--proc") << QStringLiteral("/proc") << QStringLiteral("--dev")
          << QStringLiteral("/dev");
        if (limits.gpuDevices)
            a << gpuAccess();
        if (!isSetuid(bwrap)) // a setuid bwrap refuses --size
            a << QStringLiteral("--size") << QString::number(kTmpBytes);
        a << QStringLiteral("--tmpfs") << QStringLiteral("/tmp") << QStringLiteral("--bind") << slotDir
          << QStringLiteral("/slot") << QStringLiteral("--ro-bind") << program
          << QStringLiteral("/app/program") << QStringLiteral("--perms") << QStringLiteral("0555")
          << QStringLiteral("--ro-bind-data") << QString::number(initFd) << QStringLiteral("/app/init")
          << QStringLiteral("--chdir") << QStringLiteral("/slot") << QStringLiteral("--clearenv")
          << QStringLiteral("--setenv") << QStringLiteral("PATH") << QStringLiteral("/usr/bin")
          << QStringLiteral("--setenv") << QStringLiteral("LC_ALL") << QStringLiteral("C")
          << QStringLiteral("--setenv") << QStringLiteral("HOME") << QStringLiteral("/slot")
          << QStringLiteral("--seccomp") << QString::number(seccompFd) << QStringLiteral("/app/init");
        if (limits.processes > 0)
            a << QStringLiteral("--nproc") << QString::number(limits.processes);
        if (limits.fileBytes > 0)
            a << QStringLiteral("--fsize") << QString::number(limits.fileBytes);
        if (limits.openFiles > 0)
            a << QStringLiteral("--nofile") << QString::number(limits.openFiles);
        a << QStringLiteral("--") << QStringLiteral("/app/program") << args;
        l.command = a;
        return l;
    }

    Sandbox probe()
    {
        Sandbox s;
        s.name = QStringLiteral("none");
        const QString bwrap = QStandardPaths::findExecutable(QStringLiteral("bwrap"));
        if (bwrap.isEmpty()) {
            s.reason = QStringLiteral("bubblewrap (bwrap) is not installed");
            return s;
        }
        // The way every task starts: init, limits, seccomp filter and all.
        QTemporaryDir slot;
        QString why;
        SandboxLaunch l = bwrapLaunch(bwrap, QStandardPaths::findExecutable(QStringLiteral("true")), {},
            slot.path(), TaskLimits { 16, 1024 * 1024, 64 }, &why);
        if (l.command.isEmpty()) {
            s.reason = QStringLiteral("the sandbox cannot be prepared: %1").arg(why);
            return s;
        }
        QProcess p;
        const QList<int> fds = l.inheritedFds;
        p.setChildProcessModifier([fds] {
            for (const int fd : fds)
                ::fcntl(fd, F_SETFD, 0);
        });
        p.start(l.command.takeFirst(), l.command);
        if (!p.waitForFinished(10000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            s.reason = QStringLiteral("bubblewrap cannot create a sandbox here: %1")
                           .arg(QString::fromLocal8Bit(p.readAllStandardError()).trimmed().left(200));
            return s;
        }
        s.available = true;
        s.name = QStringLiteral("bubblewrap");
        return s;
    }
} // namespace

SandboxLaunch::~SandboxLaunch()
{
    for (const int fd : std::as_const(inheritedFds))
        ::close(fd);
}

SandboxLaunch::SandboxLaunch(SandboxLaunch&& other) noexcept
    : command(std::move(other.command))
    , inheritedFds(std::exchange(other.inheritedFds, {}))
{
}

SandboxLaunch& SandboxLaunch::operator=(SandboxLaunch&& other) noexcept
{
    if (this != &other) {
        for (const int fd : std::as_const(inheritedFds))
            ::close(fd);
        command = std::move(other.command);
        inheritedFds = std::exchange(other.inheritedFds, {});
    }
    return *this;
}

const Sandbox& detectSandbox()
{
    static const Sandbox s = probe();
    return s;
}

SandboxLaunch sandboxedCommand(const QString& program, const QStringList& args, const QString& slotDir,
    const TaskLimits& limits, QString* why)
{
    if (!detectSandbox().available) {
        SandboxLaunch l;
        l.command = QStringList { program } + args;
        return l;
    }
    QString ignored;
    return bwrapLaunch(QStandardPaths::findExecutable(QStringLiteral("bwrap")), program, args, slotDir,
        limits, why ? why : &ignored);
}

} // namespace sc::core::platform
