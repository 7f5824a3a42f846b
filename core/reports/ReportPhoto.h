#pragma once

#include <QImage>
#include <QString>

// A photo printed on a document's photo page, upright, with its caption below it.
struct ReportPhoto
{
    QImage image;
    QString caption; // "\n" starts a new line
};
