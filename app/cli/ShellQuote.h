#pragma once

#include <QString>

// A path as a shell takes it in a command printed for the reader to paste: as it is when plain,
// else in single quotes ("qualityloop-cli upgrade --database '/home/li/My files/quality.sqlite'").
QString shellQuoted(const QString& path);
