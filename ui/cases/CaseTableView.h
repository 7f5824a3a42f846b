#pragma once

#include <QTableView>

#include <functional>

// A table of cases as every list shows them: whole rows, movable and hideable columns
// (remembered under settingsKey), Enter or a double click opens the case.
class CaseTableView : public QTableView
{
    Q_OBJECT
public:
    explicit CaseTableView(const QString& settingsKey, QWidget* parent = nullptr);
    qint64 currentCaseId() const;
    QList<qint64> selectedCaseIds() const;
    void setModel(QAbstractItemModel* model) override;
    void restoreColumns();
    void saveColumns() const;

    // Runs a change of the rows (inserted or removed by the model) and keeps the rows in sight
    // where they were, unless the view was at its top, where new cases then show.
    void keepingPlace(const std::function<void()>& change);
    // The selected cases, the current one and the one at the top of the view, to put back
    // after a short list was read again.
    struct Place
    {
        QList<qint64> selected;
        qint64 current = 0;
        qint64 top = 0;
    };
    Place place() const;
    void restorePlace(const Place& place);

signals:
    void caseActivated(qint64 caseId);
    // Any row opened (double click, Enter), a case's or not (My work's actions and 8D steps).
    void rowActivated(int row);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void showColumnMenu(const QPoint& pos);
    // Until the user sizes the columns, they are sized to their content and fit the view's width
    // (issue 12.5): the customer, status and next step give way first, with "…" where cut.
    void fitColumns();
    // The width of the widest text of a column in the rows read first; 0 when all are empty.
    int widestText(int column) const;
    QString m_settingsKey;
    bool m_userSized = false;
    bool m_fitting = false;
};
