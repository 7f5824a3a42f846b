#pragma once

#include <QCoreApplication>
#include <QStringList>

// How a customer's call reached us (the channel stored with a case), as a clerk reads it.
class ChannelNames
{
    Q_DECLARE_TR_FUNCTIONS(ChannelNames)
public:
    static QStringList codes(); // "phone", "visit", "letter", "email", "onsite"
    static QString name(const QString& code); // "Phone"…; an unknown code as stored
};
