#include "drafts/FormDraft.h"

#include "db/Sql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace {
// A name that is safe as one folder or file name on every system, and one to one.
QString safeName(const QString& name)
{
    return name.isEmpty() ? QStringLiteral("_")
                          : QString::fromLatin1(name.toUtf8().toPercentEncoding(QByteArray(), "~"));
}
} // namespace

FormDraft::FormDraft(const QString& databaseId, const QString& username, const QString& form)
    : m_databaseId(databaseId)
    , m_username(username)
    , m_form(form)
{
    const QDir base(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    m_path = base.filePath(
        QStringLiteral("drafts/%1/%2/%3.json").arg(safeName(databaseId), safeName(username), safeName(form)));
}

QString FormDraft::databaseId(const QSqlDatabase& db)
{
    return Sql::scalar(db, QStringLiteral("SELECT value FROM settings WHERE key = 'database.id'")).toString();
}

QString FormDraft::caseForm(qint64 caseId, const QString& step)
{
    return QStringLiteral("case-%1-%2").arg(caseId).arg(step);
}

std::optional<FormDraft::Content> FormDraft::load() const
{
    if (m_databaseId.isEmpty())
        return std::nullopt;
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    if (o.value(QStringLiteral("database")).toString() != m_databaseId
        || o.value(QStringLiteral("user")).toString() != m_username
        || o.value(QStringLiteral("form")).toString() != m_form)
        return std::nullopt;
    Content c;
    c.fields = o.value(QStringLiteral("fields")).toObject();
    c.caseVersion = o.value(QStringLiteral("caseVersion")).toInt();
    c.savedAt = QDateTime::fromString(o.value(QStringLiteral("savedAt")).toString(), Qt::ISODate);
    return c;
}

bool FormDraft::save(const QJsonObject& fields, int caseVersion, const QDateTime& at) const
{
    if (m_databaseId.isEmpty())
        return false; // a database without an identity: a draft could be offered in another
    if (!QDir().mkpath(QFileInfo(m_path).path()))
        return false;
    const QJsonObject o {{QStringLiteral("database"), m_databaseId},
                         {QStringLiteral("user"), m_username},
                         {QStringLiteral("form"), m_form},
                         {QStringLiteral("caseVersion"), caseVersion},
                         {QStringLiteral("savedAt"), at.toUTC().toString(Qt::ISODate)},
                         {QStringLiteral("fields"), fields}};
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
    return f.commit();
}

void FormDraft::clear() const
{
    QFile::remove(m_path);
}
