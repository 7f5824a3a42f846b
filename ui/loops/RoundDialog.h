#pragma once

#include "common/FieldErrors.h"

#include <QDialog>
#include <QHash>

class DateTimeField;
class FormMessage;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class Session;

// R17 a round of return visits the general manager organizes: its purpose, the period the
// visits are to be made in, and the customers chosen (found by name or code), each getting a
// planned visit the organiser leads.
class RoundDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RoundDialog(Session& session, QWidget* parent = nullptr);

    bool save(); // false with the message next to its field
    qint64 roundId() const { return m_roundId; }
    QString fieldError(const QString& key) const { return m_errors.message(key); }
    QList<qint64> chosen() const { return m_chosen.keys(); }

    QLineEdit* purpose = nullptr;
    DateTimeField* from = nullptr;
    DateTimeField* to = nullptr;
    QLineEdit* find = nullptr; // the customers whose name or code contains it are listed
    QListWidget* customers = nullptr;
    QLineEdit* participants = nullptr;

private:
    void fill();
    void itemChanged(QListWidgetItem* item);
    Session& m_session;
    FieldErrors m_errors;
    QHash<qint64, QString> m_chosen;
    QLabel* m_count = nullptr;
    FormMessage* m_general = nullptr;
    qint64 m_roundId = 0;
    bool m_filling = false;
};
