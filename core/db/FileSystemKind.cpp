#include "db/FileSystemKind.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>

#ifdef Q_OS_LINUX
#include <sys/vfs.h>
#endif

namespace {

struct Magic
{
    unsigned long value;
    const char* name;
};

// f_type values of statfs(2) for file systems that reach another machine.
constexpr Magic networkMagics[] = {
    {0x6969UL, "NFS"},     {0x517BUL, "SMB/CIFS"}, {0xFF534D42UL, "SMB/CIFS"}, {0xFE534D42UL, "SMB/CIFS"},
    {0x5346414FUL, "AFS"}, {0x6B414653UL, "AFS"},  {0x73757245UL, "Coda"},     {0x00C36400UL, "Ceph"},
    {0x01021997UL, "9P"},  {0x564C0000UL, "NCP"},  {0x47504653UL, "GPFS"},
};

constexpr unsigned long fuseMagic = 0x65735546UL;

// FUSE mounts that reach another machine, by the subtype in "fuse.<subtype>".
const char* const networkFuse[][2] = {
    {"sshfs", "sshfs"},         {"gvfsd-fuse", "GVfs (SMB, SFTP, WebDAV)"},
    {"rclone", "rclone"},       {"s3fs", "S3"},
    {"glusterfs", "GlusterFS"}, {"davfs", "WebDAV"},
    {"smbnetfs", "SMB"},        {"curlftpfs", "FTP"},
    {"ceph-fuse", "Ceph"},      {"cifs", "SMB/CIFS"},
};

QString unescapeMountPath(const QByteArray& field)
{
    // mountinfo writes space, tab, newline and backslash as \040, \011, \012 and \134.
    QByteArray out;
    for (int i = 0; i < field.size(); ++i) {
        if (field[i] == '\\' && i + 3 < field.size()) {
            bool ok = false;
            const int code = field.mid(i + 1, 3).toInt(&ok, 8);
            if (ok) {
                out.append(char(code));
                i += 3;
                continue;
            }
        }
        out.append(field[i]);
    }
    return QString::fromUtf8(out);
}

} // namespace

QString FileSystemKind::classify(unsigned long magic, const QString& mountType)
{
    for (const Magic& m : networkMagics)
        if (m.value == magic)
            return QString::fromLatin1(m.name);
    const QString type = mountType.toLower();
    if (type == QLatin1String("nfs") || type == QLatin1String("nfs4"))
        return QStringLiteral("NFS");
    if (type == QLatin1String("cifs") || type == QLatin1String("smb3") || type == QLatin1String("smbfs"))
        return QStringLiteral("SMB/CIFS");
    if (magic == fuseMagic || type.startsWith(QLatin1String("fuse."))) {
        const QString subtype = type.section(QLatin1Char('.'), 1);
        for (const auto& entry : networkFuse)
            if (subtype == QLatin1String(entry[0]))
                return QString::fromUtf8(entry[1]);
    }
    return {};
}

QString FileSystemKind::mountTypeOf(const QString& path, const QByteArray& mountInfo)
{
    // Each line: id parent major:minor root mount-point options [optional...] - type source super
    QString bestPoint;
    QString bestType;
    const QString target = QDir::cleanPath(path);
    for (const QByteArray& line : mountInfo.split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() < 7)
            continue;
        const int dash = fields.indexOf(QByteArrayLiteral("-"), 6);
        if (dash < 0 || dash + 1 >= fields.size())
            continue;
        const QString point = unescapeMountPath(fields.at(4));
        const bool inside
            = point == QLatin1String("/") || target == point || target.startsWith(point + QLatin1Char('/'));
        if (inside && point.size() >= bestPoint.size()) {
            bestPoint = point;
            bestType = QString::fromUtf8(fields.at(dash + 1));
        }
    }
    return bestType;
}

QString FileSystemKind::networkFileSystem(const QString& path)
{
    // The file may not exist yet (a new database): ask its nearest existing folder.
    QFileInfo info(path);
    QString probe = info.exists() ? info.canonicalFilePath() : QString();
    QDir dir = info.absoluteDir();
    while (probe.isEmpty()) {
        if (dir.exists()) {
            probe = dir.canonicalPath();
            break;
        }
        if (!dir.cdUp())
            return {};
    }
#ifdef Q_OS_LINUX
    struct statfs fs
    {
    };
    if (statfs(QFile::encodeName(probe).constData(), &fs) != 0)
        return {};
    QString mountType;
    QFile mounts(QStringLiteral("/proc/self/mountinfo"));
    if (mounts.open(QIODevice::ReadOnly))
        mountType = mountTypeOf(probe, mounts.readAll());
    return classify(static_cast<unsigned long>(fs.f_type), mountType);
#else
    // Elsewhere a UNC path (\\server\share) is the one sure sign.
    return probe.startsWith(QLatin1String("//")) ? QStringLiteral("SMB/CIFS") : QString();
#endif
}
