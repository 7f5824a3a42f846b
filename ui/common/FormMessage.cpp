#include "common/FormMessage.h"

#include "UserError.h"
#include "common/FieldErrors.h"
#include "common/Palette.h"

FormMessage::FormMessage(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("generalError"));
    setWordWrap(true);
    setStyleSheet(QStringLiteral("color: %1").arg(Palette::error(palette()).name()));
    hide();
}

bool FormMessage::run(FieldErrors& errors, const std::function<void()>& save)
{
    errors.clear();
    hide();
    try {
        save();
    } catch (const UserError& e) {
        if (!errors.show(e.fieldErrors())) {
            setText(e.message());
            show();
        }
        return false;
    }
    return true;
}

QString FormMessage::shown() const
{
    return isHidden() ? QString() : text();
}
