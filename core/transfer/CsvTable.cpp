#include "transfer/CsvTable.h"

#include "transfer/CsvReader.h"

bool CsvTable::next(CsvRecord& record) const
{
    qsizetype i = record.m_next < 0 ? m_body : record.m_next;
    int line = record.m_next < 0 ? m_bodyLine : record.m_nextLine;
    bool found = false;
    while (!found && i < m_bytes.size()) {
        CsvReader::split(*this, i, line, record);
        found = record.filled() > 0;
    }
    record.m_next = i;
    record.m_nextLine = line;
    return found;
}
