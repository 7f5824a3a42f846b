#pragma once

#include "Clock.h"
#include "cases/CaseStore.h"
#include "deadlines/DeadlineCalculator.h"
#include "domain/User.h"
#include "lists/ListReferences.h"
#include "transfer/CodeCache.h"
#include "transfer/ImportOptions.h"
#include "transfer/RowImporter.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <map>

class FieldCheck;

// Past cases from a spreadsheet (a register kept before QualityLoop): each keeps its number
// (QI-YYYY-NNNNN; the numbering then goes on after the highest one, so no number is given
// twice; a row without a number gets the next one of its year), its dates and its status as
// far as the columns say: logged, sent to Quality, recorded, analysed or closed (a later step
// needs records a file does not carry, such as the plan). The customer, model, grade and defect
// codes must be in the lists (read once per import, CodeCache). Each case gets one audit row naming the file
// and the person who imported it (the case's history shows "Imported from FILE"), what is due next, and its
// place in the search index. A number already in the database is refused: a case is imported once.
class PastCaseImporter : public RowImporter
{
    Q_DECLARE_TR_FUNCTIONS(PastCaseImporter)
public:
    PastCaseImporter(QSqlDatabase db, const Clock& clock, const User& actor, const ImportOptions& options);

    QString fileKey(const RowValues& row) const override;
    Outcome importRow(const RowValues& row) override;
    void finish() override;
    // Every check comes before the first write: a refused row has written nothing.
    bool scopesOwnRows() const override { return true; }

    // "2019-03-05 14:05", "2019/3/5 14:05:30", "2019-03-05" (midnight) in the company's time zone.
    static QDateTime parseTime(const QString& text, const QTimeZone& zone);
    static QStringList importableStatuses(); // codes

private:
    QDateTime time(const RowValues& row, const QString& column, FieldCheck& check) const;
    qint64 reference(const RowValues& row, const QString& column, const ListField& field,
                     FieldCheck& check) const;
    QString text(const RowValues& row, const QString& column, int maxLength, FieldCheck& check) const;

    const Clock& m_clock;
    User m_actor;
    ImportOptions m_options;
    DeadlineCalculator m_deadlines;
    ListReferences m_references;
    CaseStore m_store; // every write of a case and its audit row
    std::map<QString, CodeCache> m_codes; // list id -> its codes, read once per import
    QDateTime m_now;
    QList<qint64> m_added; // for the search index
};
