#pragma once

#include <QDateTime>
#include <QPageSize>
#include <QString>

// How a document is to be printed: its language (whatever the window's), its paper and the
// moment it is printed at (the date on every page; the "now" of the overdue list).
struct ReportOptions
{
    QString language = QStringLiteral("en"); // "en" or "zh_CN"
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    QDateTime now; // defaults to the current time
    bool withPhotos = false; // the case's photos on a page of their own (feedback sheet, service report)
    bool allVisits = false; // the return-visit report lists every visit, not only those with a problem
};
