#include "TestDatabase.h"
#include "cases/AuditWords.h"
#include "domain/Channels.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

TEST_CASE("A channel has one word in the window, the timeline, the CLI and the printouts", "[channels]")
{
    // The printouts' word: "Telephone", never "Phone" in one place and "Telephone" in another.
    CHECK(Channels::name(QStringLiteral("phone")) == QStringLiteral("Telephone"));
    CHECK(Channels::name(QStringLiteral("onsite")) == QStringLiteral("On site"));
    for (const QString& code : Channels::codes())
        CHECK(Channels::isKnown(code));
    CHECK_FALSE(Channels::isKnown(QStringLiteral("fax")));
    CHECK(Channels::name(QStringLiteral("fax")) == QStringLiteral("fax")); // as stored
    // The timeline (and the CLI's history) says the word, not the code.
    TestDatabase t;
    const AuditWords words(t.connection(), QTimeZone("Asia/Shanghai"));
    CHECK(words.value(QStringLiteral("cases"), QStringLiteral("channel"), QStringLiteral("phone"))
          == QStringLiteral("Telephone"));
}
