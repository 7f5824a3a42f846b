// Issue 10, item 9: qualityloop-cli init makes a new database with its administrator, the
// password from standard input (one line from a pipe; asked twice without echo on a terminal).
#include "MockClock.h"
#include "TestPaths.h"
#include "auth/UserService.h"
#include "db/Database.h"
#include "db/Sql.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#ifdef Q_OS_UNIX
#include <csignal>
#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>
#endif

namespace {
struct Run
{
    int code;
    QString out, err;
};

Run init(const QStringList& args, const QByteArray& input)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QUALITYLOOP_LANGUAGE"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    p.start(testPath("QL_CLI_PATH"), QStringList {QStringLiteral("init")} + args);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QStringList target(const QString& db, const QString& admin = QStringLiteral("chief"))
{
    return {QStringLiteral("--database"), db, QStringLiteral("--admin"), admin};
}
} // namespace

TEST_CASE("init makes a new database whose administrator then signs in", "[cli][accounts]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("office/quality.sqlite"));
    const Run r = init(target(db) + QStringList {QStringLiteral("--display-name"), QStringLiteral("张伟")},
                       "Seat-leak 2026\n");
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("chief")));
    CHECK_FALSE(r.err.contains(QStringLiteral("Seat-leak")));

    Database database(db);
    MockClock clock;
    UserService users(database.connection(), clock);
    CHECK(users.hasUsableAdministrator());
    const User chief = users.signIn(QStringLiteral("chief"), QStringLiteral("Seat-leak 2026"));
    CHECK(chief.role == Role::Administrator);
    CHECK(chief.displayName == QStringLiteral("张伟"));
    CHECK_FALSE(chief.mustChangePassword);
    CHECK(users.users().size() == 1); // no password-less "admin" beside it
}

TEST_CASE("init refuses an existing database, a weak or missing password, and wrong usage", "[cli][accounts]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("quality.sqlite"));
    REQUIRE(init(target(db), "Seat-leak 2026\n").code == 0);
    const QDateTime modified = QFileInfo(db).lastModified();
    const qint64 size = QFileInfo(db).size();

    // An existing database is not touched: its administrator stays.
    Run r = init(target(db, QStringLiteral("intruder")), "Intrude-2026\n");
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("already exists and is not empty")));
    CHECK(QFileInfo(db).lastModified() == modified);
    CHECK(QFileInfo(db).size() == size);
    {
        Database database(db);
        CHECK_FALSE(UserService(database.connection()).userByName(QStringLiteral("intruder")));
    }

    // A weak password is refused with the rule, and no file is left behind.
    const QString weak = dir.filePath(QStringLiteral("weak.sqlite"));
    r = init(target(weak), "short\n");
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("at least 8 characters")));
    CHECK(r.err.contains(QStringLiteral("not the user name")));
    CHECK_FALSE(QFileInfo::exists(weak));
    r = init(target(weak, QStringLiteral("quality-chief")), "Quality-Chief\n");
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("must not be the user name")));
    r = init(target(weak), "\n");
    CHECK(r.code == 1);
    r = init(target(weak), "");
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("standard input")));
    CHECK_FALSE(QFileInfo::exists(weak));

    // Only the first line is the password (a pipe carries one line).
    const QString piped = dir.filePath(QStringLiteral("piped.sqlite"));
    REQUIRE(init(target(piped), "first-line-pw\r\nsecond line\n").code == 0);
    {
        Database database(piped);
        CHECK(UserService(database.connection())
                  .signIn(QStringLiteral("chief"), QStringLiteral("first-line-pw"))
                  .id
              > 0);
    }

    // Wrong usage: exit 2.
    CHECK(init({QStringLiteral("--database"), weak}, "Seat-leak 2026\n").code == 2);
    CHECK(init({QStringLiteral("--admin"), QStringLiteral("chief")}, "Seat-leak 2026\n").code == 2);
    CHECK(init(target(weak) + QStringList {QStringLiteral("--colour")}, "Seat-leak 2026\n").code == 2);
    CHECK_FALSE(QFileInfo::exists(weak));
}

#ifdef Q_OS_UNIX
namespace {
// qualityloop-cli init on a pseudo-terminal, as a person at a terminal runs it.
class Terminal
{
public:
    explicit Terminal(const QStringList& args)
    {
        QList<QByteArray> bytes;
        bytes.append(testPath("QL_CLI_PATH").toUtf8());
        bytes.append(QByteArrayLiteral("init"));
        for (const QString& a : args)
            bytes.append(a.toUtf8());
        std::vector<char*> argv;
        for (QByteArray& b : bytes)
            argv.push_back(b.data());
        argv.push_back(nullptr);
        qputenv("QUALITYLOOP_LANGUAGE", "en"); // before the fork: the child only calls exec
        m_pid = forkpty(&m_master, nullptr, nullptr, nullptr);
        if (m_pid == 0) {
            execv(argv[0], argv.data());
            _exit(127);
        }
    }
    ~Terminal()
    {
        if (m_pid > 0 && !m_reaped) {
            kill(m_pid, SIGKILL);
            waitpid(m_pid, nullptr, 0);
        }
        if (m_master >= 0)
            close(m_master);
    }
    bool started() const { return m_pid > 0; }
    // Reads what the program writes until the text appears (false after the deadline).
    bool waitFor(const QByteArray& text, int ms = 30000)
    {
        QDeadlineTimer deadline(ms);
        while (!m_seen.contains(text)) {
            if (deadline.hasExpired() || !readSome(static_cast<int>(deadline.remainingTime())))
                return false;
        }
        return true;
    }
    void type(const QByteArray& line)
    {
        REQUIRE(write(m_master, line.constData(), static_cast<size_t>(line.size())) == line.size());
    }
    // Reads to the end and returns the exit code.
    int finish()
    {
        QDeadlineTimer deadline(60000);
        while (!deadline.hasExpired() && readSome(static_cast<int>(deadline.remainingTime()))) { }
        int status = 0;
        waitpid(m_pid, &status, 0);
        m_reaped = true;
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
    const QByteArray& seen() const { return m_seen; }

private:
    bool readSome(int ms)
    {
        pollfd fd {m_master, POLLIN, 0};
        if (poll(&fd, 1, std::max(ms, 0)) <= 0)
            return false;
        char buffer[512];
        const ssize_t n = read(m_master, buffer, sizeof buffer);
        if (n <= 0)
            return false; // EIO once the program has ended
        m_seen.append(buffer, static_cast<int>(n));
        return true;
    }
    pid_t m_pid = -1;
    int m_master = -1;
    bool m_reaped = false;
    QByteArray m_seen;
};
} // namespace

TEST_CASE("On a terminal init asks for the password twice and does not show it", "[cli][accounts]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("tty.sqlite"));
    {
        Terminal t(target(db));
        REQUIRE(t.started());
        REQUIRE(t.waitFor("Password for chief: "));
        t.type("Valve-seat 2026\n");
        REQUIRE(t.waitFor("The same password again: "));
        t.type("Valve-seat 2026\n");
        CHECK(t.finish() == 0);
        INFO(t.seen().toStdString());
        CHECK_FALSE(t.seen().contains("Valve-seat")); // no echo
        CHECK(t.seen().contains("8 characters; not the user name")); // the rule, said before asking
        CHECK(t.seen().contains("Made"));
    }
    Database database(db);
    CHECK(UserService(database.connection())
              .signIn(QStringLiteral("chief"), QStringLiteral("Valve-seat 2026"))
              .id
          > 0);

    const QString other = dir.filePath(QStringLiteral("differ.sqlite"));
    Terminal t(target(other));
    REQUIRE(t.started());
    REQUIRE(t.waitFor("Password for chief: "));
    t.type("Valve-seat 2026\n");
    REQUIRE(t.waitFor("The same password again: "));
    t.type("Valve-seat 2027\n");
    CHECK(t.finish() == 1);
    CHECK(t.seen().contains("differ"));
    CHECK_FALSE(QFileInfo::exists(other));
}
#endif
