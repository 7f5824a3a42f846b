#include "PasswordInput.h"

#include <QtGlobal>

#include <iostream>
#include <string>

#ifdef Q_OS_UNIX
#include <csignal>
#include <termios.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#endif

namespace {
#ifdef Q_OS_UNIX
termios savedTerminal;

// Ctrl+C while the echo is off must not leave the terminal without echo.
void restoreTerminalAndStop(int signal)
{
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedTerminal);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}
#endif

// Turns the terminal's echo off while it lives.
class EchoOff
{
public:
    EchoOff()
    {
#ifdef Q_OS_UNIX
        if (tcgetattr(STDIN_FILENO, &savedTerminal) != 0)
            return;
        termios quiet = savedTerminal;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        m_on = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        if (m_on) {
            m_oldInt = std::signal(SIGINT, restoreTerminalAndStop);
            m_oldTerm = std::signal(SIGTERM, restoreTerminalAndStop);
        }
#endif
#ifdef Q_OS_WIN
        m_input = GetStdHandle(STD_INPUT_HANDLE);
        m_on
            = GetConsoleMode(m_input, &m_mode) && SetConsoleMode(m_input, m_mode & ~DWORD(ENABLE_ECHO_INPUT));
#endif
    }
    ~EchoOff()
    {
        if (!m_on)
            return;
#ifdef Q_OS_UNIX
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedTerminal);
        std::signal(SIGINT, m_oldInt);
        std::signal(SIGTERM, m_oldTerm);
#endif
#ifdef Q_OS_WIN
        SetConsoleMode(m_input, m_mode);
#endif
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    bool m_on = false;
#ifdef Q_OS_UNIX
    void (*m_oldInt)(int) = SIG_DFL;
    void (*m_oldTerm)(int) = SIG_DFL;
#endif
#ifdef Q_OS_WIN
    HANDLE m_input = nullptr;
    DWORD m_mode = 0;
#endif
};

std::optional<QString> readLine()
{
    std::string line;
    if (!std::getline(std::cin, line))
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

std::optional<QString> askQuietly(QTextStream& err, const QString& prompt)
{
    std::optional<QString> answer;
    {
        // The echo goes off before the prompt shows, so nothing typed after it is echoed.
        const EchoOff quiet;
        err << prompt;
        err.flush();
        answer = readLine();
    }
    err << Qt::endl; // the Enter typed was not echoed either
    return answer;
}
} // namespace

bool PasswordInput::isTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) == 1;
#endif
}

std::optional<QString> PasswordInput::read(QTextStream& err, const QString& prompt,
                                           const QString& repeatPrompt, QString& problem)
{
    if (!isTerminal()) {
        std::optional<QString> line = readLine();
        if (!line)
            problem = tr("No password came on standard input: give it as the first line.");
        return line;
    }
    const std::optional<QString> first = askQuietly(err, prompt);
    if (!first) {
        problem = tr("No password was typed.");
        return std::nullopt;
    }
    if (repeatPrompt.isEmpty()) // signing in: asked once
        return first;
    const std::optional<QString> second = askQuietly(err, repeatPrompt);
    if (!second || *second != *first) {
        problem = tr("The two passwords differ. Nothing was made; run the command again.");
        return std::nullopt;
    }
    return first;
}
