#pragma once

#include <QObject>
#include <QString>

class FieldErrors;
class QLabel;
class QPushButton;

// The company's logo as the first-start setup and the settings show and choose it: one way.
// It holds the logo (base64, as CompanySettings keeps it), shows it scaled into the preview's
// box (or "No logo"), asks for an image file on "Choose…", and empties it on "Remove"; a file that
// is no image this program reads is refused beside the field (key "companyLogo").
class LogoChooser : public QObject
{
    Q_OBJECT
public:
    LogoChooser(QLabel* preview, QPushButton* choose, QPushButton* remove, FieldErrors& errors,
                const QString& logo, QObject* parent);

    QString logo() const { return m_logo; }
    void setLogo(const QString& logo);
    // Sets the logo from an image file (what "Choose…" does after its file dialog).
    bool choose(const QString& path);
    // Shows the logo again (after a change of language: "No logo").
    void show();

private:
    void ask();

    QLabel* m_preview;
    QPushButton* m_remove;
    FieldErrors& m_errors;
    QString m_logo;
};
