#pragma once

#include <QLabel>

#include <functional>

class FieldErrors;

// The line under a form's fields for what core refuses that is no one field's (changed by someone
// else, not allowed to you ...): in the error colour, hidden while there is nothing to say.
// run() is the one way a form's Save calls core: each of core's messages goes next to its field,
// any other refusal to this line, and what was typed stays in the form.
class FormMessage : public QLabel
{
    Q_OBJECT
public:
    explicit FormMessage(QWidget* parent);

    // Clears the messages and runs save; false, with core's messages shown, when it throws a
    // UserError.
    bool run(FieldErrors& errors, const std::function<void()>& save);
    QString shown() const; // the message on the line, empty while it is hidden
};
