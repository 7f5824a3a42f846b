#pragma once

#include "loops/CustomerVisit.h"

#include <QDialog>

class QLabel;
class QTableWidget;
class Session;

// R17 one round of return visits as it stands: what it is for, when, who organised it, and each
// customer's visit (who led it, when, its state, which departments have signed for its record);
// printed or saved as PDF from here in the language the list had chosen.
class RoundViewDialog : public QDialog
{
    Q_OBJECT
public:
    // Throws UserError when there is no such round.
    RoundViewDialog(Session& session, qint64 roundId, const QString& language, QWidget* parent = nullptr);

    QTableWidget* visits() const { return m_visits; }
    QLabel* header() const { return m_header; }
    QList<struct ReportDocument> document() const;

private:
    Session& m_session;
    VisitRound m_round;
    QString m_language;
    QLabel* m_header = nullptr;
    QTableWidget* m_visits = nullptr;
};
