#include "transfer/ColumnMapping.h"

#include "transfer/ImportProblem.h"

#include <QSet>

QString ColumnMapping::folded(const QString& text)
{
    QString out;
    for (const QChar c : text.trimmed().toLower())
        if (!c.isSpace() && c != u'_' && c != u'.' && c != u'-' && c != u'\uFEFF')
            out.append(c);
    return out;
}

ColumnMapping ColumnMapping::fromHeader(const TransferKind& kind, const QStringList& header)
{
    ColumnMapping m;
    for (const QString& h : header) {
        const QString key = folded(h);
        QString found;
        for (const TransferColumn& c : kind.columns) {
            if (key.isEmpty())
                break;
            if (key == folded(c.name) || key == folded(QString::fromUtf8(c.label))
                || key == folded(c.labelText())) {
                found = c.name;
                break;
            }
        }
        m.m_targets.append(found);
        m.m_ignored.append(false);
    }
    return m;
}

void ColumnMapping::setTarget(int fileColumn, const QString& columnName)
{
    if (fileColumn < 0 || fileColumn >= size())
        return;
    m_targets[fileColumn] = columnName;
    if (!columnName.isEmpty())
        m_ignored[fileColumn] = false;
}

void ColumnMapping::setIgnored(int fileColumn, bool ignored)
{
    if (fileColumn < 0 || fileColumn >= size())
        return;
    m_ignored[fileColumn] = ignored;
    if (ignored)
        m_targets[fileColumn].clear();
}

int ColumnMapping::fileColumn(const QString& columnName) const
{
    return columnName.isEmpty() ? -1 : static_cast<int>(m_targets.indexOf(columnName));
}

QList<ImportProblem> ColumnMapping::problems(const TransferKind& kind, const QStringList& header) const
{
    QList<ImportProblem> list;
    QSet<QString> seen;
    for (int i = 0; i < size(); ++i) {
        const QString shown = header.value(i).isEmpty() ? tr("column %1").arg(i + 1) : header.value(i);
        const QString t = m_targets.at(i);
        if (t.isEmpty()) {
            if (!m_ignored.at(i))
                list.append({1, shown,
                             tr("“%1” is not a column of %2. The columns are: %3. Rename the column, or "
                                "leave it out of the import.")
                                 .arg(shown, kind.titleText(), kind.header().join(QStringLiteral(", ")))});
            continue;
        }
        if (seen.contains(t))
            list.append({1, shown,
                         tr("Two columns of the file both fill “%1”: keep one of them.")
                             .arg(kind.column(t)->labelText())});
        seen.insert(t);
    }
    for (const TransferColumn& c : kind.columns)
        if (c.required && !seen.contains(c.name))
            list.append({1, c.name,
                         tr("The file has no column “%1” (%2); %3 cannot be imported without it.")
                             .arg(c.name, c.labelText(), kind.titleText())});
    return list;
}
