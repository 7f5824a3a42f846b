#pragma once

#include <QStringList>

// Phrases of sample data, in English and Chinese as the company's clerks would type them.
namespace SampleTexts {
const QStringList& customerNames();
const QStringList& regions();
const QStringList& symptoms();
const QStringList& requests();
const QStringList& verifications();
const QStringList& analyses();
const QStringList& unitTasks();
const QStringList& workDone();
const QStringList& visitRequirements();
const QStringList& feedback();
const QStringList& contacts();
} // namespace SampleTexts
