#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliCommands;

// qualityloop-cli print survey-letters (issue 15, R18): the year's survey letters in one PDF,
// one per customer, each in the customer's language unless --language is given.
class SurveyLettersCommand
{
    Q_DECLARE_TR_FUNCTIONS(SurveyLettersCommand)
public:
    static QString usage();
    static int run(CliCommands& cli, const QStringList& args);
};
