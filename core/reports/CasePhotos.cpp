#include "reports/CasePhotos.h"

#include "attachments/AttachmentQuery.h"
#include "attachments/ContentStore.h"
#include "attachments/Photos.h"
#include "reports/DocumentContext.h"

#include <QIODevice>

CasePhotos::CasePhotos(QSqlDatabase db, const DocumentContext& context)
    : m_db(std::move(db))
    , m_context(context)
{
}

QString CasePhotos::tr(const char* source) const
{
    return m_context.translate("CasePhotos", source);
}

void CasePhotos::addTo(ReportDocument& document, const QualityCase& c) const
{
    const ContentStore store(m_db);
    for (const Attachment& a : AttachmentQuery(m_db).list(c.id)) {
        if (!a.isPhoto())
            continue;
        const std::unique_ptr<QIODevice> bytes = store.open(a.sha256);
        ReportPhoto photo;
        photo.image = Photos::read(*bytes, printSide);
        if (photo.image.isNull())
            continue;
        photo.caption
            = a.caption.isEmpty() ? a.fileName : a.caption + QStringLiteral(" (") + a.fileName + u')';
        photo.caption += u'\n' + tr("Added by %1, %2").arg(a.addedBy, m_context.dateTime(a.addedAt));
        document.photos.append(photo);
    }
    if (!document.photos.isEmpty())
        document.photosHeading = tr("Photos of case %1").arg(c.number);
}
