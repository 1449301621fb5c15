/* grammar.c -- the patterns, one a line.  Symbols are those of lexicon.h
 * without the S_ prefix; "X?" is optional and "A|B" either.  The matcher
 * compiles them once into a trie over symbols and keeps the longest match;
 * between matches of equal length the earlier line wins.  Modifiers before
 * an expression ("nearly", "early", "the end of") and after it ("or so") are
 * added by the tagger, so patterns only describe the core expression. */
#include "grammar.h"

const tl_pattern tl_grammar[] = {
    /* not timexes: ages and compounds that merely contain a unit */
    {"CARD|A DASH UNIT DASH OLD", K_BLOCK, "age"},
    {"CARD|A UNITS OLD", K_BLOCK, "age"},
    {"CARD|A UNIT OLD", K_BLOCK, "age"},

    /* calendar dates */
    {"MONTH DAY|ORD COMMA? YEAR", K_DATE, "month day year"},
    {"WDAY COMMA? MONTH DAY|ORD COMMA? YEAR", K_DATE, "weekday month day year"},
    {"MONTH DAY|ORD", K_DATE, "month day, year from the DCT and tense"},
    {"WDAY COMMA? MONTH DAY|ORD", K_DATE, "weekday month day, year from the DCT and tense"},
    {"REL MONTH DAY|ORD", K_DATE, "last/next month day"},
    {"REL WDAY COMMA? MONTH DAY|ORD", K_DATE, "this coming Sunday, March 8"},
    {"DAY|ORD MONTH COMMA? YEAR?", K_DATE, "day month (year)"},
    {"WDAY COMMA? DAY|ORD MONTH COMMA? YEAR?", K_DATE, "weekday day month (year)"},
    {"THE ORD OF MONTH COMMA? YEAR?", K_DATE, "the Nth of month"},
    {"MONTH COMMA? YEAR", K_DATE, "month year"},
    {"MONTH OF YEAR", K_DATE, "month of year"},
    {"MONTH REL UNIT", K_DATE, "month this/last year"},
    {"MONTH", K_MONTH, "month, year from the DCT and tense"},
    {"YEAR", K_YEAR, "year"},
    {"YEAR DASH DAY DASH DAY", K_ISO, "ISO date"},
    {"DAY SLASH DAY SLASH YEAR|CARD", K_SLASH, "month/day/year"},
    {"THE? DECADE", K_DECADE, "decade"},
    {"THE? ORD DASH? UNIT OF YEAR", K_QUARTER, "quarter/half of year"},
    {"THE? YEAR FISCAL? ORD DASH? UNIT", K_QUARTER, "year's quarter"},
    {"THE? FISCAL? ORD DASH? UNIT", K_QUARTER, "quarter/half, year from the DCT"},
    {"THE? FISCAL DASH? ORD DASH? UNIT", K_QUARTER, "quarter/half, year from the DCT"},
    {"THE? REL FISCAL? ORD DASH? UNIT", K_QUARTER, "quarter/half of a relative year"},
    {"THE? REL UNIT OF YEAR", K_QUARTER, "the last quarter/half of a year"},
    {"REL UNIT POSS FISCAL? ORD DASH? UNIT", K_QUARTER, "quarter/half of a relative year"},
    {"YEAR POSS FISCAL? ORD DASH? UNIT", K_QUARTER, "quarter/half of a year"},
    {"THE? FISCAL YEAR", K_FISCAL, "fiscal year"},
    {"THE? FISCAL UNIT YEAR", K_FISCAL, "fiscal year"},
    {"THE UNIT YEAR|CARD", K_FISCAL, "the year 2000"},
    {"THE? YEAR UNIT|PERIOD", K_FISCAL, "the year's period"},
    {"SEASON COMMA? YEAR", K_SEASON, "season of year"},
    {"THE? SEASON OF YEAR", K_SEASON, "season of year"},
    {"THE? SEASON", K_SEASON, "season, year from the DCT and tense"},
    {"THE? SEASON REL UNIT", K_SEASON, "season this/last year"},
    {"HOLIDAY COMMA? YEAR?", K_HOLIDAY, "holiday"},
    {"HOLIDAY UNIT", K_HOLIDAY, "the week of a holiday"},
    {"THE UNIT OF MONTH DAY|ORD", K_DATE, "the week of a date"},
    {"THE UNIT OF MONTH DAY|ORD COMMA? YEAR", K_DATE, "the week of a date"},

    /* weekdays and days relative to the DCT */
    {"WDAY", K_WEEKDAY, "weekday"},
    {"WDAY POD", K_WEEKDAY, "weekday + part of day"},
    {"REL WDAY POD?", K_WEEKDAY, "relative weekday"},
    {"THE REL WDAY", K_WEEKDAY, "relative weekday"},
    {"DEICTIC", K_DEICTIC, "deictic day"},
    {"DEICTIC POD", K_DEICTIC, "deictic day + part of day"},
    {"POD DEICTIC", K_DEICTIC, "part of day + deictic day"},
    {"POD WDAY", K_WEEKDAY, "part of day + weekday"},
    {"THE? REL FISCAL? UNIT|PERIOD|POD", K_RELUNIT, "relative unit"},
    {"UNIT DASH? POSN", K_RELUNIT, "year-end: the end of the DCT's year"},
    {"UNIT POSS POSN", K_RELUNIT, "year's end: the end of the DCT's year"},
    {"THE REL UNIT POD", K_RELUNIT, "relative day + part of day"},
    {"REL MONTH|SEASON|HOLIDAY", K_RELUNIT, "relative calendar unit"},
    {"THE FISCAL? UNIT", K_THEUNIT, "the unit containing or before the DCT"},
    {"REL UNITS", K_RECENT, "recent/coming units"},
    {"THE? REL FEW? UNITS", K_RECENT, "recent/coming units"},
    {"THE REFN", K_REF, "reference to past/present/future"},
    {"REF", K_REF, "reference to past/present/future"},

    /* anaphora: against the reference time of the narrative */
    {"THAT UNIT|POD", K_ANAPHOR, "that unit: the reference time"},
    {"THAT REL UNIT", K_ANAPHOR, "that same unit: the reference time"},
    {"THE UNIT BEFORE", K_ANAPHOR, "the unit before/after the reference time"},

    /* durations and relative spans */
    {"CARD|A|FEW UNIT|UNITS", K_DURATION, "duration"},
    {"CARD|A AND A HALF UNIT|UNITS", K_DURATION, "duration and a half"},
    {"CARD|A MORE UNIT|UNITS", K_DURATION, "duration: two more weeks, an additional year"},
    {"A UNIT AND A HALF", K_DURATION, "duration and a half"},
    {"CARD DAY SLASH DAY UNITS", K_DURATION, "duration and a fraction: 2 1/2 years"},
    {"CARD|A DASH UNIT", K_DURATION, "duration (adjective)"},
    {"A? CARD DASH UNIT PERIOD", K_DURATION, "a N-unit period"},
    {"A CARD UNIT|UNITS", K_DURATION, "a hundred units"},
    {"CARD DASH CARD DASH UNIT", K_DURATION, "duration (adjective)"},
    {"THE? REL CARD|FEW UNITS", K_DURATION, "rolling span"},
    {"THE? ORD? CARD UNITS", K_DURATION, "span of units"},
    {"A FEW UNITS", K_DURATION, "a few units"},
    {"UNITS", K_DURATION, "unspecified number of units"},
    {"CARD|A|FEW UNIT|UNITS AGO", K_AGO, "N units before the DCT"},
    {"UNITS AGO", K_AGO, "some units before the DCT"},
    {"CARD|A UNIT|UNITS OR SO AGO", K_AGO, "about N units before the DCT"},
    {"CARD|A|FEW UNIT|UNITS LATER|BEFORE", K_LATER, "N units from the reference time"},
    {"UNIT DASH LATER|AGO", K_UNITLATER, "a year before the reference time"},
    {"THE UNIT DASH LATER|AGO UNIT|PERIOD", K_UNITLATER, "a year before the reference time"},
    {"THE UNIT DASH LATER|AGO", K_UNITLATER, "a year before the reference time"},
    {"THE? UNIT DASH LATER|AGO ORD DASH? UNIT", K_UNITLATER, "that quarter a year before"},

    /* clock times */
    {"CLOCK AMPM? TZ?", K_TIME, "clock time"},
    {"DAY|CARD AMPM TZ?", K_TIME, "clock time"},
    {"NOON", K_TIME, "noon/midnight"},
    {"CARD TZ", K_TIME, "24-hour clock time: 1200 GMT"},
    {"CLOCK AMPM? TZ? COMMA? WDAY|DEICTIC", K_TIME, "clock time on a day"},
    {"DAY|CARD AMPM TZ? COMMA? WDAY|DEICTIC", K_TIME, "clock time on a day"},
    {"CLOCK AMPM? TZ? COMMA? MONTH DAY|ORD", K_TIME, "clock time on a date"},
    {"DAY|CARD AMPM TZ? COMMA? MONTH DAY|ORD", K_TIME, "clock time on a date"},
    {"CLOCK AMPM? TZ? COMMA? MONTH DAY|ORD COMMA? YEAR", K_TIME, "clock time on a dated day"},
    {"DAY|CARD AMPM TZ? COMMA? MONTH DAY|ORD COMMA? YEAR", K_TIME, "clock time on a dated day"},
    {"NOON WDAY|DEICTIC", K_TIME, "noon/midnight on a day"},
    {"WDAY|DEICTIC IN? NOON", K_TIME, "noon/midnight on a day"},
    {"DAY|CARD IN THE POD", K_TIME, "hour in the part of day"},

    /* frequencies */
    {"EACH UNIT|WDAY|POD|SEASON|MONTH", K_SET, "every unit"},
    {"EACH REL? UNIT", K_SET, "every unit"},
    {"EACH CARD UNITS", K_SET, "every N units"},
    {"SETADV", K_SET, "frequency adverb"},
    {"TIMES A|EACH UNIT", K_SET, "N times a unit"},
    {"CARD TIMESW A|EACH UNIT", K_SET, "N times a unit"},
};

const size_t tl_grammar_len = sizeof tl_grammar / sizeof tl_grammar[0];
