#pragma once

#include <QComboBox>

class Session;

// Who owns an 8D step (R11): one of the units, or one person by name (core allows either). The
// units come first, then, after a line, the active people, each marked as a person.
class StepOwnerPicker : public QComboBox
{
    Q_OBJECT
public:
    explicit StepOwnerPicker(Session& session, QWidget* parent = nullptr);

    // A person when userId > 0, else the unit.
    void setOwner(qint64 unitId, qint64 userId);
    qint64 unitId() const; // 0 when a person is chosen
    qint64 userId() const; // 0 when a unit is chosen
};
