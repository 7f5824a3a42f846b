#include "export/XlsxBook.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>

#include <cstdio>

XlsxBook::XlsxBook(const QString& path, bool constantMemory)
    : m_path(path)
    , m_temporary(path + QStringLiteral(".part"))
{
    lxw_workbook_options options {};
    options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
    const QByteArray temporary = QFile::encodeName(m_temporary);
    m_book = workbook_new_opt(temporary.constData(), &options);
}

XlsxBook::~XlsxBook()
{
    if (m_book) {
        workbook_close(m_book);
        QFile::remove(m_temporary);
    }
}

QString XlsxBook::sheetName(const QString& wanted)
{
    static const QRegularExpression forbidden(QStringLiteral("[\\[\\]:*?/\\\\]"));
    QString base = wanted;
    base.replace(forbidden, QStringLiteral(" "));
    base = base.trimmed().left(31);
    if (base.isEmpty())
        base = QStringLiteral("Sheet");
    QString name = base;
    for (int n = 2; m_sheets.contains(name, Qt::CaseInsensitive); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        name = base.left(31 - suffix.size()) + suffix;
    }
    m_sheets.append(name);
    return name;
}

lxw_worksheet* XlsxBook::addSheet(const QString& wanted)
{
    return workbook_add_worksheet(m_book, sheetName(wanted).toUtf8().constData());
}

QString XlsxBook::close()
{
    if (!m_book)
        return QCoreApplication::translate("XlsxBook", "Cannot write “%1”.").arg(m_path);
    const lxw_error error = workbook_close(m_book);
    m_book = nullptr;
    if (error != LXW_NO_ERROR) {
        QFile::remove(m_temporary);
        return QCoreApplication::translate("XlsxBook", "Cannot write “%1”: %2")
            .arg(m_path, QString::fromUtf8(lxw_strerror(error)));
    }
    if (std::rename(QFile::encodeName(m_temporary).constData(), QFile::encodeName(m_path).constData()) != 0) {
        QFile::remove(m_temporary);
        return QCoreApplication::translate("XlsxBook", "Cannot write “%1”.").arg(m_path);
    }
    return {};
}
