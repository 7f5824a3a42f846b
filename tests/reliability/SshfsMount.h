#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

// A real network file system on this machine, for tests: an OpenSSH server of the test's own
// (127.0.0.1, a free port, a host key and a user key made in a temporary folder, no system
// configuration read or changed) and an sshfs mount of one of its folders. Needs root,
// /dev/fuse, sshd and sshfs; skipReason() says what is missing when it cannot be made.
class SshfsMount
{
public:
    SshfsMount();
    ~SshfsMount();
    SshfsMount(const SshfsMount&) = delete;
    SshfsMount& operator=(const SshfsMount&) = delete;

    const QString& skipReason() const { return m_skipReason; }
    QString mountPoint() const { return m_dir.filePath(QStringLiteral("mnt")); }
    QString serverFolder() const { return m_dir.filePath(QStringLiteral("export")); } // what the mount shows

private:
    bool setUp();
    bool run(const QString& program, const QStringList& arguments);

    QTemporaryDir m_dir;
    QProcess m_sshd;
    bool m_mounted = false;
    QString m_skipReason;
};
