#pragma once

#include <QTableView>

// A table of cases as every list shows them: whole rows, movable and hideable columns
// (remembered under settingsKey), Enter or a double click opens the case.
class CaseTableView : public QTableView
{
    Q_OBJECT
public:
    explicit CaseTableView(const QString& settingsKey, QWidget* parent = nullptr);
    qint64 currentCaseId() const;
    QList<qint64> selectedCaseIds() const;
    void restoreColumns();
    void saveColumns() const;

signals:
    void caseActivated(qint64 caseId);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void showColumnMenu(const QPoint& pos);
    QString m_settingsKey;
};
