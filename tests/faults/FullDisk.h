#pragma once

// A folder where writes can be made to fail as on a full disk, two ways:
//
// - FileSizeLimit: RLIMIT_FSIZE of this process. A write that would make any file larger than the
//   limit fails with EFBIG (SIGXFSZ is ignored, as its default action ends the process). Works
//   everywhere, without privileges; affects every file the process writes, wherever it is.
// - SmallTmpfs: a 4 MiB tmpfs mounted for the test (in a mount namespace of the test's own) and
//   filled with a filler file until only the room asked for is left; writes beyond it fail with
//   ENOSPC, as on a really full disk. Needs root and a kernel that lets us mount; unavailable()
//   says why not.
//
// restrict(room) makes roughly `room` more bytes fit (FileSizeLimit: no file may grow beyond
// `room` bytes in all; SmallTmpfs: `room` bytes are free), lift() undoes it. A Restriction lifts on
// scope exit, so a failed check never leaves the test itself unable to write.

#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <sched.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace claimscope::faults {

class FullDisk {
public:
    virtual ~FullDisk() = default;
    virtual QString folder() const = 0;
    virtual QString name() const = 0;
    virtual bool restrict(qint64 room) = 0;
    virtual void lift() = 0;
};

class FileSizeLimit final : public FullDisk {
public:
    explicit FileSizeLimit(const QString &parent)
        : m_dir(parent + QStringLiteral("/fsize-XXXXXX"))
    {
        std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_original);
    }
    ~FileSizeLimit() override { lift(); }

    QString folder() const override { return m_dir.path(); }
    QString name() const override { return QStringLiteral("file size limit"); }

    bool restrict(qint64 room) override
    {
        rlimit limit = m_original;
        limit.rlim_cur = static_cast<rlim_t>(room);
        return setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    void lift() override { setrlimit(RLIMIT_FSIZE, &m_original); }

private:
    QTemporaryDir m_dir;
    rlimit m_original{};
};

class SmallTmpfs final : public FullDisk {
public:
    static constexpr qint64 kSize = 4 * 1024 * 1024;

    // Gives this process a mount namespace of its own, so that the tmpfs is seen by this process
    // and its children only, and goes when the process ends, even when it crashes. Must be called
    // before any thread starts (the namespace is the calling thread's); returns why not, or empty.
    static QString enterPrivateMountNamespace()
    {
        if (geteuid() != 0)
            return QStringLiteral("mounting a tmpfs needs root");
        if (unshare(CLONE_NEWNS) != 0)
            return QStringLiteral("unshare(CLONE_NEWNS): ") + QString::fromLocal8Bit(std::strerror(errno));
        if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
            return QStringLiteral("making / private: ") + QString::fromLocal8Bit(std::strerror(errno));
        namespaceProblem() = QString();
        return {};
    }

    explicit SmallTmpfs(const QString &parent)
        : m_mountPoint(parent + QStringLiteral("/tmpfs-XXXXXX"))
    {
        m_unavailable = namespaceProblem();
        if (!m_unavailable.isEmpty())
            return;
        const QByteArray options = "size=" + QByteArray::number(kSize) + ",mode=0700";
        if (::mount("claimscope-faults", QFile::encodeName(m_mountPoint.path()).constData(), "tmpfs", 0,
                    options.constData()) != 0) {
            m_unavailable = QStringLiteral("mount -t tmpfs: ") + QString::fromLocal8Bit(std::strerror(errno));
            return;
        }
        m_mounted = true;
        m_folder = m_mountPoint.path() + QStringLiteral("/work");
        QDir().mkpath(m_folder);
    }
    ~SmallTmpfs() override
    {
        lift();
        if (m_mounted)
            ::umount2(QFile::encodeName(m_mountPoint.path()).constData(), MNT_DETACH);
    }

    QString unavailable() const { return m_unavailable; }
    QString folder() const override { return m_folder; }
    QString name() const override { return QStringLiteral("full tmpfs"); }

    bool restrict(qint64 room) override
    {
        lift();
        const qint64 free = freeBytes();
        if (free < 0)
            return false;
        if (free <= room)
            return true;
        const int fd =
            ::open(QFile::encodeName(fillerPath()).constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (fd < 0)
            return false;
        const bool filled = posix_fallocate(fd, 0, free - room) == 0;
        ::close(fd);
        return filled;
    }
    void lift() override { QFile::remove(fillerPath()); }

    qint64 freeBytes() const
    {
        struct statvfs stats {};
        if (statvfs(QFile::encodeName(m_mountPoint.path()).constData(), &stats) != 0)
            return -1;
        return qint64(stats.f_bavail) * qint64(stats.f_frsize);
    }

private:
    static QString &namespaceProblem()
    {
        static QString problem = QStringLiteral("the test did not enter a mount namespace of its own");
        return problem;
    }
    QString fillerPath() const { return m_mountPoint.path() + QStringLiteral("/filler"); }

    QTemporaryDir m_mountPoint;
    QString m_folder;
    QString m_unavailable;
    bool m_mounted = false;
};

class Restriction {
public:
    Restriction(FullDisk &disk, qint64 room)
        : m_disk(disk)
        , m_ok(disk.restrict(room))
    {
    }
    ~Restriction() { m_disk.lift(); }
    Restriction(const Restriction &) = delete;
    Restriction &operator=(const Restriction &) = delete;
    bool ok() const { return m_ok; }

private:
    FullDisk &m_disk;
    bool m_ok;
};

} // namespace claimscope::faults
