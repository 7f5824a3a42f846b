#pragma once

#include <QDateTime>
#include <QString>

// Rows of the company's reference lists, as the forms and the workflow read them.

struct NamedItem
{
    qint64 id = 0;
    QString code;
    QString name;
};

struct Grade
{
    qint64 id = 0;
    QString code;
    QString name;
    QString responseRules;
    QString temporaryMeasures;
    int processingHours = 0;
    int unitReplyHours = 0;
    int arrivalHours = 0;
};

struct SerialInfo // what typing a serial number fills in on the intake form
{
    QString serialNo;
    qint64 modelId = 0;
    QString modelCode;
    QString modelName;
    QString productLine;
    qint64 shipmentId = 0;
    QString batchNo;
    QString orderNo;
    qint64 customerId = 0;
    QString customerName;
    QDateTime shippedAt;
    int openCases = 0; // cases of this serial that are not closed
};

struct Technician
{
    enum class Training
    {
        None, // no passed training for the product
        Valid, // a passed training for the model or its line, valid today
        Expired, // trained for the product, but every such training has expired
    };
    qint64 id = 0;
    qint64 agencyId = 0;
    QString name;
    QString agencyName;
    bool knowsLine = false; // knows the product line asked about
    bool knowsModel = false; // knows the model asked about (techniciansFor)
    Training training = Training::None; // for the line or model asked about (techniciansFor)
    QDate trainingUntil; // Valid: until when (none: no end); Expired: when the last one ended
};
