#include "SshfsMount.h"

#include "Wait.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

const QString sshd = QStringLiteral("/usr/sbin/sshd"); // sshd re-executes itself: an absolute path

// A TCP port on 127.0.0.1 that nobody listens on now (0 when none could be had).
int freePort()
{
    const int s = socket(AF_INET, SOCK_STREAM, 0);
    if (s < 0)
        return 0;
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof(address);
    int port = 0;
    if (bind(s, reinterpret_cast<sockaddr*>(&address), length) == 0
        && getsockname(s, reinterpret_cast<sockaddr*>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    close(s);
    return port;
}

bool fuseUsable()
{
    const int fd = ::open("/dev/fuse", O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return false;
    ::close(fd);
    return true;
}

} // namespace

SshfsMount::SshfsMount()
{
    if (geteuid() != 0)
        m_skipReason = QStringLiteral("not root: mounting sshfs here needs root");
    else if (!fuseUsable())
        m_skipReason = QStringLiteral("/dev/fuse cannot be opened");
    else if (!QFileInfo(sshd).isExecutable()
             || QStandardPaths::findExecutable(QStringLiteral("sshfs")).isEmpty()
             || QStandardPaths::findExecutable(QStringLiteral("ssh-keygen")).isEmpty())
        m_skipReason
            = QStringLiteral("openssh-server and sshfs are not installed (bash .ci/quickstart.sh test "
                             "installs them)");
    else if (!setUp() && m_skipReason.isEmpty())
        m_skipReason = QStringLiteral("the sshfs mount could not be made");
}

SshfsMount::~SshfsMount()
{
    if (m_mounted)
        run(QStringLiteral("fusermount3"), {QStringLiteral("-u"), mountPoint()})
            || run(QStringLiteral("umount"), {QStringLiteral("-l"), mountPoint()});
    if (m_sshd.state() != QProcess::NotRunning) {
        m_sshd.terminate();
        if (!m_sshd.waitForFinished(10000))
            m_sshd.kill();
        m_sshd.waitForFinished(10000);
    }
}

bool SshfsMount::run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        m_skipReason
            = QStringLiteral("%1 failed: %2").arg(program, QString::fromUtf8(process.readAllStandardError()));
        return false;
    }
    return true;
}

bool SshfsMount::setUp()
{
    if (!m_dir.isValid() || !QDir(m_dir.path()).mkpath(QStringLiteral("export"))
        || !QDir(m_dir.path()).mkpath(QStringLiteral("mnt")))
        return false;
    const QString hostKey = m_dir.filePath(QStringLiteral("host_key"));
    const QString userKey = m_dir.filePath(QStringLiteral("user_key"));
    for (const QString& key : {hostKey, userKey})
        if (!run(QStringLiteral("ssh-keygen"),
                 {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                  QString(), QStringLiteral("-f"), key}))
            return false;
    if (!QFile::copy(userKey + QStringLiteral(".pub"), m_dir.filePath(QStringLiteral("authorized_keys"))))
        return false;
    const int port = freePort();
    const QString pidFile = m_dir.filePath(QStringLiteral("sshd.pid"));
    QFile config(m_dir.filePath(QStringLiteral("sshd_config")));
    if (port == 0 || !config.open(QIODevice::WriteOnly))
        return false;
    config.write(QStringLiteral("ListenAddress 127.0.0.1:%1\nHostKey %2\nAuthorizedKeysFile %3\nPidFile %4\n"
                                "PasswordAuthentication no\nKbdInteractiveAuthentication no\n"
                                "PermitRootLogin prohibit-password\nUsePAM no\nStrictModes no\n"
                                "Subsystem sftp internal-sftp\n")
                     .arg(port)
                     .arg(hostKey, m_dir.filePath(QStringLiteral("authorized_keys")), pidFile)
                     .toUtf8());
    config.close();
    // sshd insists on its privilege separation folder; Debian's init script makes it the same way.
    QDir().mkpath(QStringLiteral("/run/sshd"));
    m_sshd.setProcessChannelMode(QProcess::MergedChannels);
    m_sshd.start(sshd, {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"), config.fileName()});
    // It writes its pid file once it listens (no event tells: look every 10 ms).
    if (!waitUntil([&]() { return QFileInfo::exists(pidFile) || m_sshd.state() == QProcess::NotRunning; },
                   30000, 10)
        || m_sshd.state() == QProcess::NotRunning) {
        m_skipReason = QStringLiteral("sshd did not start: ") + QString::fromUtf8(m_sshd.readAll());
        return false;
    }
    if (!run(QStringLiteral("sshfs"),
             {QStringLiteral("-o"),
              QStringLiteral("IdentityFile=%1,port=%2,StrictHostKeyChecking=no,UserKnownHostsFile=/dev/null,"
                             "BatchMode=yes,ssh_command=ssh -F /dev/null")
                  .arg(userKey)
                  .arg(port),
              QStringLiteral("root@127.0.0.1:") + serverFolder(), mountPoint()}))
        return false;
    m_mounted = true;
    return true;
}
