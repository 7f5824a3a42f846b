#pragma once

#include <QString>

// Which kind of file system a path lives on, so that a database is never opened on a network
// share: SQLite's locks are not reliable there, and two PCs would corrupt one file.
class FileSystemKind
{
public:
    // The name of the network file system a path is on ("NFS", "SMB/CIFS", "sshfs" ...), or an
    // empty string for a local disk. The path itself need not exist yet: its nearest existing
    // folder is asked.
    static QString networkFileSystem(const QString& path);
    // The decision alone, from statfs()'s f_type and the mount's type in /proc/self/mountinfo
    // (for FUSE mounts such as "fuse.sshfs"): for tests and for the function above.
    static QString classify(unsigned long magic, const QString& mountType);
    // The type of the mount holding the path, read from the text of /proc/self/mountinfo.
    static QString mountTypeOf(const QString& path, const QByteArray& mountInfo);
};
