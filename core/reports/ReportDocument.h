#pragma once

#include "reports/CompanyProfile.h"
#include "reports/ReportPhoto.h"
#include "reports/ReportTable.h"

#include <QPageSize>
#include <QString>
#include <QStringList>

// One document ready to be painted: its body as rich text and everything the head and foot
// of each page show, already in the document's language.
struct ReportDocument
{
    QString language; // "en" or "zh_CN"
    QString fontFamily;
    QString title;
    QString number; // the document number, on every page
    QString date; // the document date, on every page
    QString html; // the body, or with tables the part before them
    QList<ReportTable> tables; // after html, one below the other, painted row by row
    QString htmlAfter; // the body after the tables
    QList<ReportPhoto> photos; // a page (or more) of captioned photos at the end, under photosHeading
    QString photosHeading;
    CompanyProfile company;
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    QString numberLabel; // "No."
    QString dateLabel; // "Date"
    QString pageFormat; // "Page %1 of %2"
    bool landscape = false;
};
