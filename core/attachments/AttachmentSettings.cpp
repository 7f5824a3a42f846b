#include "attachments/AttachmentSettings.h"

#include "UserError.h"
#include "db/RecordWriter.h"
#include "db/Sql.h"
#include "db/WriteScope.h"
#include "workflow/FieldCheck.h"

namespace {
const QString maxKey = QStringLiteral("attachments.max_file_mb");
const QString sideKey = QStringLiteral("attachments.photo_max_side");
} // namespace

AttachmentSettings::AttachmentSettings(QSqlDatabase db)
    : m_db(std::move(db))
{
}

AttachmentLimits AttachmentSettings::load() const
{
    AttachmentLimits limits;
    QSqlQuery q = Sql::exec(m_db, QStringLiteral("SELECT key, value FROM settings WHERE key IN (?, ?)"),
                            {maxKey, sideKey});
    while (q.next()) {
        bool ok = false;
        const int value = q.value(1).toInt(&ok);
        if (!ok)
            continue;
        if (q.value(0).toString() == maxKey && value >= 1)
            limits.maxFileMegabytes = value;
        else if (q.value(0).toString() == sideKey && value >= 0)
            limits.photoMaxSide = value;
    }
    return limits;
}

void AttachmentSettings::validate(const AttachmentLimits& limits)
{
    FieldCheck check;
    check.require(limits.maxFileMegabytes >= 1 && limits.maxFileMegabytes <= largestFileMegabytes,
                  QStringLiteral("maxFileMegabytes"),
                  tr("A file may be from 1 to %1 MB at most.").arg(largestFileMegabytes));
    check.require(limits.photoMaxSide == 0 || (limits.photoMaxSide >= 640 && limits.photoMaxSide <= 20000),
                  QStringLiteral("photoMaxSide"),
                  tr("Photos are scaled down to 640 to 20,000 pixels, or kept as they come."));
    check.throwIfAny();
}

void AttachmentSettings::save(const User& actor, const AttachmentLimits& limits, const QDateTime& at) const
{
    if (actor.role != Role::Administrator)
        throw UserError(tr("Only an administrator can change the settings."));
    validate(limits);
    const AttachmentLimits before = load();
    WriteScope scope(m_db);
    RecordWriter writer(m_db, actor.id, at);
    const QList<std::tuple<QString, int, int>> values {
        {maxKey, before.maxFileMegabytes, limits.maxFileMegabytes},
        {sideKey, before.photoMaxSide, limits.photoMaxSide}};
    for (const auto& [key, old, now] : values) {
        if (old == now)
            continue;
        Sql::exec(m_db,
                  QStringLiteral("INSERT INTO settings(key, value) VALUES (?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                  {key, QString::number(now)});
        writer.log(0, QStringLiteral("settings"), 0, QStringLiteral("update"), key, old, now);
    }
    scope.commit();
}
