#pragma once

#include "loops/RoundQuery.h"

#include <QWidget>

class DateTimeField;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class Session;

// R17 the rounds of return visits organised by the general manager: newest first, filtered by
// the period they fall in and their state, read a page at a time by key (Show more); a round
// opens with its visits; its document prints or saves as PDF in the language chosen.
class RoundsPage : public QWidget
{
    Q_OBJECT
public:
    explicit RoundsPage(Session& session, QWidget* parent = nullptr);

    void reload();
    void loadMore();
    QTableWidget* table() const { return m_table; }
    const QList<RoundSummary>& rows() const { return m_rows; }
    QComboBox* showFilter() const { return m_show; }
    QComboBox* language() const { return m_language; }
    DateTimeField* from() const { return m_from; }
    DateTimeField* to() const { return m_to; }
    QPushButton* moreButton() const { return m_more; }
    // The selected round's document, in the language chosen; empty when none is selected.
    QList<struct ReportDocument> document() const;
    int openSelected(); // the selected round with its visits; returns how it closed
    static constexpr int pageSize = 100;

private:
    void updateButtons();
    const RoundSummary* selected() const;
    Session& m_session;
    DateTimeField* m_from = nullptr;
    DateTimeField* m_to = nullptr;
    QComboBox* m_show = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_more = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_pdf = nullptr;
    QList<RoundSummary> m_rows;
    bool m_atEnd = false;
};
