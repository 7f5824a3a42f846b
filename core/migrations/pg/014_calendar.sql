-- PostgreSQL's form of 014_calendar.sql: the day's form checked with a regular expression (SQLite: GLOB).
-- The company's working-day calendar (issue 11): public holidays (Spring Festival, National
-- Day ...) and the weekend days worked to make up for them (调休), one row per day. Every
-- deadline that counts working days reads the weekdays of the settings ('deadline.workdays')
-- with these days as exceptions. A database holds one company, so the rows are the company's.
-- day is the date in the company's time zone as YYYY-MM-DD, so it sorts and pages by itself.
CREATE TABLE calendar_days (
    id      INTEGER PRIMARY KEY,
    day     TEXT NOT NULL UNIQUE
            CHECK (day ~ '^[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]$'),
    kind    TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
    name    TEXT NOT NULL DEFAULT '',
    name_zh TEXT NOT NULL DEFAULT '',
    CHECK (name <> '' OR name_zh <> '')
);
