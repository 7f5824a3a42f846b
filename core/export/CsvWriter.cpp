#include "export/CsvWriter.h"

CsvWriter::CsvWriter(const QString& path)
    : m_file(path)
{
    m_open = m_file.open(QIODevice::WriteOnly);
    if (m_open)
        m_file.write("\xEF\xBB\xBF");
}

QString CsvWriter::error() const
{
    return tr("Cannot write “%1”: %2").arg(m_file.fileName(), m_file.errorString());
}

void CsvWriter::writeRow(const QStringList& cells)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        QString cell = cells.at(i);
        if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r')) {
            cell.replace(QStringLiteral("\""), QStringLiteral("\"\""));
            cell = u'"' + cell + u'"';
        }
        if (i > 0)
            line += u',';
        line += cell;
    }
    line += QStringLiteral("\r\n");
    m_file.write(line.toUtf8());
}

QString CsvWriter::commit()
{
    if (!m_open || !m_file.commit())
        return error();
    return {};
}
