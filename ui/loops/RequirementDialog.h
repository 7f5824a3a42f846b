#pragma once

#include "common/FieldErrors.h"
#include "loops/OrderRequirement.h"
#include "loops/RequirementService.h"

#include <QDialog>

class FormMessage;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class Session;

// R20 an order's requirements before supply: the customer's operating conditions and special
// requirements, and the documents that go with the goods, each checked off when packed. Sales
// edits; everyone else reads.
class RequirementDialog : public QDialog
{
    Q_OBJECT
public:
    RequirementDialog(Session& session, const QString& orderNo, QWidget* parent = nullptr);

    // Saves; a refusal keeps the form open with the message next to its field.
    bool save();
    RequirementData data() const;
    QString fieldError(const QString& key) const { return m_errors.message(key); }
    QString generalError() const;
    // Adds an other document agreed with the customer (the name typed).
    void addDocument(const QString& name);
    static QString documentName(const OrderDocument& d);

    QLineEdit* medium = nullptr;
    QLineEdit* pressure = nullptr;
    QLineEdit* temperature = nullptr;
    QPlainTextEdit* special = nullptr;
    QListWidget* documents = nullptr;
    QLineEdit* newDocument = nullptr;

private:
    void addItem(const OrderDocument& d);
    Session& m_session;
    RequirementService m_service;
    OrderRequirement m_order;
    FieldErrors m_errors;
    FormMessage* m_general = nullptr;
};
