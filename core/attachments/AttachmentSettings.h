#pragma once

#include "domain/User.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

// The administrator's settings for files on cases (settings rows attachments.max_file_mb and
// attachments.photo_max_side): how large one file may be, and whether photos are scaled down
// when they are added.
struct AttachmentLimits
{
    int maxFileMegabytes = 25;
    int photoMaxSide = 0; // pixels on the longer side; 0 keeps every photo exactly as it came

    qint64 maxFileBytes() const { return qint64(maxFileMegabytes) * 1024 * 1024; }
};

class AttachmentSettings
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentSettings)
public:
    explicit AttachmentSettings(QSqlDatabase db);
    AttachmentLimits load() const;
    // Only an administrator; a wrong value is refused with its field ("maxFileMegabytes",
    // "photoMaxSide"). Each change is in the audit log.
    void save(const User& actor, const AttachmentLimits& limits, const QDateTime& at) const;
    static void validate(const AttachmentLimits& limits);

    static constexpr int largestFileMegabytes = 512;

private:
    QSqlDatabase m_db;
};
