#include "main/SessionQueries.h"

#include "attachments/AttachmentFiles.h"
#include "improvement/ActionService.h"
#include "improvement/EightDReportDocument.h"
#include "improvement/ImprovementQuery.h"
#include "improvement/RectificationNoticeDocument.h"
#include "improvement/TracingService.h"
#include "lists/ListQuery.h"
#include "lists/ListReferences.h"
#include "main/Session.h"

SessionQueries::SessionQueries(const Session& session)
    : m_session(session)
{
}

ListQuery SessionQueries::listQuery(const ListSpec& spec) const
{
    return ListQuery(m_session.connection(), spec);
}

ListReferences SessionQueries::listReferences() const
{
    return ListReferences(m_session.connection());
}

AttachmentFiles SessionQueries::attachmentFiles() const
{
    return AttachmentFiles(m_session.connection());
}

TracingService SessionQueries::tracing() const
{
    return TracingService(m_session.connection(), m_session.clock());
}

ActionService SessionQueries::actions() const
{
    return ActionService(m_session.connection(), m_session.clock());
}

ImprovementQuery SessionQueries::improvementQuery() const
{
    return ImprovementQuery(m_session.connection(), m_session.clock());
}

ReportDocument SessionQueries::eightDReport(const QString& number, const ReportOptions& options) const
{
    return EightDReportDocument::ofNumber(m_session.connection(), number, options);
}

ReportDocument SessionQueries::rectificationNotice(const QString& number, const ReportOptions& options) const
{
    return RectificationNoticeDocument::ofNumber(m_session.connection(), number, options);
}
