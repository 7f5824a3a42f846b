#pragma once

#include <QString>

class ActionService;
class AttachmentFiles;
class ImprovementQuery;
class ListQuery;
class ListReferences;
class Session;
class TracingService;
struct ListSpec;
struct ReportDocument;
struct ReportOptions;

// The queries and services a form asks for, on the signed-in session's database (issue 16:
// the window holds no database handle): SessionQueries(session).actions().load(id).
class SessionQueries
{
public:
    explicit SessionQueries(const Session& session);

    ListQuery listQuery(const ListSpec& spec) const;
    ListReferences listReferences() const;
    AttachmentFiles attachmentFiles() const;
    TracingService tracing() const;
    ActionService actions() const;
    ImprovementQuery improvementQuery() const;
    // The printouts of one tracing (its 8D report) or one action (its rectification notice),
    // by number; throw UserError when there is none.
    ReportDocument eightDReport(const QString& number, const ReportOptions& options) const;
    ReportDocument rectificationNotice(const QString& number, const ReportOptions& options) const;

private:
    const Session& m_session;
};
