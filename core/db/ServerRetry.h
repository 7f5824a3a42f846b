#pragma once

#include <QSqlDatabase>

#include <functional>

// A whole write transaction run again when a server gave up on it because another save met it
// (a serialization failure or a deadlock, SQLSTATE 40001/40P01): at most `attempts` runs, a
// short, growing pause between them; then the refusal goes to the clerk ("Another person saved at
// the same moment..."). The body must open and commit its own transaction. On a file it runs once
// (SQLite's writers queue up behind the busy timeout instead).
namespace ServerRetry {
void run(const QSqlDatabase& db, const std::function<void()>& body, int attempts = 5);
} // namespace ServerRetry
