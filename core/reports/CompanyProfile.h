#pragma once

#include <QImage>
#include <QSqlDatabase>
#include <QString>

// The company as its paper shows it, from the settings table:
//   company.name     the name printed at the head of every page
//   company.address  one or more lines (use "\n" between lines)
//   company.logo     either the path of an image file (PNG, JPEG, SVG is not read) or the image
//                    itself as "data:image/png;base64,...". Empty or unreadable: no logo.
//   company.form_code.feedback_sheet  the controlled-form code printed on the feedback sheet
struct CompanyProfile
{
    QString name;
    QString address;
    QImage logo;
    QString feedbackSheetFormCode; // company.form_code.feedback_sheet, "" when the company has none

    static CompanyProfile load(const QSqlDatabase& db);
    static QImage decodeLogo(const QString& setting);
};
