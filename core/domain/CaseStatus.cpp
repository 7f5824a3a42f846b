#include "domain/CaseStatus.h"

#include "UserError.h"

#include <array>

namespace {
constexpr std::array<const char*, 10> codes {"logged",       "sent",    "recorded",    "analysed",
                                             "sheet_issued", "planned", "implemented", "visited",
                                             "followed_up",  "closed"};
}

QString CaseStatuses::code(CaseStatus status)
{
    return QString::fromLatin1(codes.at(static_cast<size_t>(status)));
}

CaseStatus CaseStatuses::fromCode(const QString& code)
{
    for (size_t i = 0; i < codes.size(); ++i)
        if (code == QLatin1String(codes[i]))
            return static_cast<CaseStatus>(i);
    throw UserError(tr("“%1” is not a case status. Use one of: %2.")
                        .arg(code,
                             QStringLiteral("logged, sent, recorded, analysed, sheet_issued, planned, "
                                            "implemented, visited, followed_up, closed")));
}

QList<CaseStatus> CaseStatuses::all()
{
    QList<CaseStatus> list;
    for (size_t i = 0; i < codes.size(); ++i)
        list.append(static_cast<CaseStatus>(i));
    return list;
}

QString CaseStatuses::displayName(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Logged:
        return tr("Logged by Sales");
    case CaseStatus::SentToQuality:
        return tr("Sent to Quality");
    case CaseStatus::Recorded:
        return tr("Recorded by Quality");
    case CaseStatus::Analysed:
        return tr("Analysed");
    case CaseStatus::SheetIssued:
        return tr("Feedback sheet issued");
    case CaseStatus::Planned:
        return tr("Processing planned");
    case CaseStatus::Implemented:
        return tr("Service done");
    case CaseStatus::FirstVisited:
        return tr("First return visit done");
    case CaseStatus::FollowedUp:
        return tr("Followed up");
    case CaseStatus::Closed:
        return tr("Closed");
    }
    return {};
}
