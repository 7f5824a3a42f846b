#pragma once

#include "loops/Survey.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QToolButton;
class Session;

// R18 the year-end satisfaction survey of the year chosen: start it over the customers chosen
// (those supplied in the year by default), the letters with their answers as they come back,
// record an answer, send the summary to Quality; print or save the letters (each in its
// customer's language, or all in the language chosen) and the summary. Below, Quality's review
// of the summary: its improvement opportunities and what the departments found.
class SurveyPage : public QWidget
{
    Q_OBJECT
public:
    explicit SurveyPage(Session& session, QWidget* parent = nullptr);

    void reload();
    void setYear(int year);
    QTableWidget* table() const { return m_table; }
    QComboBox* language() const { return m_language; }
    bool hasSurvey() const { return m_survey.id > 0; }
    const Survey& survey() const { return m_survey; }
    // The documents as the window prints them (the language chosen; letters in the customers'
    // own when "each customer's language" is chosen). Empty after saying why, when none.
    QList<struct ReportDocument> letters();
    QList<struct ReportDocument> summary();
    void recordSelected(); // the answer form of the selected letter
    void start(); // the form that starts the year's survey
    void report(); // asks Sales' analysis and sends the summary to Quality
    // Quality's review: the improvement opportunities named (each raising its corrective
    // action), a new one, and closing the review with what the departments found.
    QTableWidget* findings() const { return m_findings; }
    int addFinding(); // the form of a new improvement opportunity; returns how it closed
    int closeReview(); // the form that closes the review; returns how it closed

private:
    void updateButtons();
    Session& m_session;
    QSpinBox* m_year = nullptr;
    QLabel* m_summary = nullptr;
    QComboBox* m_language = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_answer = nullptr;
    QPushButton* m_report = nullptr;
    QTableWidget* m_findings = nullptr;
    QLabel* m_review = nullptr;
    QPushButton* m_addFinding = nullptr;
    QPushButton* m_closeReview = nullptr;
    QToolButton* m_print = nullptr;
    Survey m_survey;
};
