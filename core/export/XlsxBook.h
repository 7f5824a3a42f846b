#pragma once

#include <QString>
#include <QStringList>

#include <xlsxwriter.h>

// A workbook of libxlsxwriter written to a temporary file beside the path and renamed over it
// when closed without error, so a half-written workbook never has the name asked for.
class XlsxBook
{
public:
    XlsxBook(const QString& path, bool constantMemory);
    ~XlsxBook();
    XlsxBook(const XlsxBook&) = delete;
    XlsxBook& operator=(const XlsxBook&) = delete;

    lxw_workbook* book() const { return m_book; }
    bool isOpen() const { return m_book != nullptr; }
    // A name Excel accepts for a sheet (31 characters, none of []:*?/\), unique in the book.
    QString sheetName(const QString& wanted);
    lxw_worksheet* addSheet(const QString& wanted);
    // Closes and renames; an error in words (empty on success).
    QString close();

private:
    QString m_path;
    QString m_temporary;
    lxw_workbook* m_book = nullptr;
    QStringList m_sheets;
};
