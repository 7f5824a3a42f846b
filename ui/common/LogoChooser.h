#pragma once

#include <QCoreApplication>
#include <QString>

class QLabel;
class QWidget;

// The company's logo as the first-start setup and the settings show and choose it: one way.
class LogoChooser
{
    Q_DECLARE_TR_FUNCTIONS(LogoChooser)
public:
    // Asks for an image file of a format this program reads; empty when cancelled.
    static QString askForFile(QWidget* parent);
    // Shows the logo (base64 as CompanySettings keeps it) scaled into the preview's box, or
    // "No logo".
    static void showIn(QLabel* preview, const QString& logo);
};
