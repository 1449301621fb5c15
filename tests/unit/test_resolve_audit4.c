/* test_resolve_audit4.c -- tl_resolve() on the errors of a fourth hand
 * audit of newswire: quarters that are fractions of a thing, "the fall"
 * that is a drop, "the winter months", and the parts of a year named by
 * their position ("the latter half", "the early part", "the second half of
 * the 1990s"), "half a century ago".  DCT 2005-06-16, a
 * Thursday in the spring of 2005. */
#include <criterion/criterion.h>

#include "timeline.h"
#include "support.h"

#define DCT "2005-06-16"

static void check(const char *phrase, tl_tense tense, const char *text, tl_timex_type type, const char *value,
                  const char *mod)
{
    tu_resolves(phrase, DCT, tense, text, (int)type, value, mod);
}

Test(resolve_audit4, quarter_of_a_thing_is_a_fraction)
{
    tu_no_timex("Rebels held more than one quarter of Bolivia by then.", DCT);
    tu_no_timex("One quarter of the delegates walked out.", DCT);
    tu_no_timex("Three quarters of its staff were laid off.", DCT);
    /* a quarter of a year, or of a time, stays a time */
    check("Output fell in the first quarter of 2005.", TL_TENSE_PAST, "the first quarter of 2005", TL_TIMEX_DATE,
          "2005-Q1", "");
    check("It took one quarter.", TL_TENSE_PAST, "one quarter", TL_TIMEX_DURATION, "P1Q", "");
    check("for three quarters of the year", TL_TENSE_PAST, "three quarters", TL_TIMEX_DURATION, "P3Q", "");
}

Test(resolve_audit4, quarters_of_a_unit_are_a_span)
{
    check("The feud lasted a quarter of a century.", TL_TENSE_PAST, "a quarter of a century", TL_TIMEX_DURATION,
          "P25Y", "");
    check("We queued for three quarters of an hour.", TL_TENSE_PAST, "three quarters of an hour", TL_TIMEX_DURATION,
          "PT45M", "");
    check("after a quarter of an hour", TL_TENSE_PAST, "a quarter of an hour", TL_TIMEX_DURATION, "PT15M", "");
    check("for more than a quarter of a century", TL_TENSE_PAST, "more than a quarter of a century",
          TL_TIMEX_DURATION, "P25Y", "MORE_THAN");
    tu_no_timex("It cost a quarter of a million dollars.", DCT);
}

Test(resolve_audit4, the_fall_as_a_drop)
{
    tu_no_timex("The fall was led by two steel makers.", DCT);
    tu_no_timex("The fall in copper prices worried miners.", DCT);
    tu_no_timex("Bonds rallied after the fall in the dollar.", DCT);
    tu_no_timex("Analysts blamed the fall on weak demand.", DCT);
    tu_no_timex("She was hurt in a fall of ten feet.", DCT);
    tu_no_timex("He wrote about the fall of the Roman republic.", DCT);
}

Test(resolve_audit4, the_fall_as_a_season)
{
    check("The vote is due in the fall.", TL_TENSE_FUTURE, "the fall", TL_TIMEX_DATE, "2005-FA", "");
    check("The plant will reopen by the fall.", TL_TENSE_FUTURE, "the fall", TL_TIMEX_DATE, "2005-FA", "");
    check("The plant will reopen by fall.", TL_TENSE_FUTURE, "fall", TL_TIMEX_DATE, "2005-FA", "");
    check("They met this fall.", TL_TENSE_UNKNOWN, "this fall", TL_TIMEX_DATE, "2005-FA", "");
    check("They met last fall.", TL_TENSE_PAST, "last fall", TL_TIMEX_DATE, "2004-FA", "");
    check("It opened in the fall of 1998.", TL_TENSE_PAST, "the fall of 1998", TL_TIMEX_DATE, "1998-FA", "");
    check("Sales peak in the fall season.", TL_TENSE_FUTURE, "the fall", TL_TIMEX_DATE, "2005-FA", "");
    check("It closed at the end of the fall.", TL_TENSE_PAST, "the end of the fall", TL_TIMEX_DATE, "2004-FA",
          "END");
    check("The fall and winter were dry.", TL_TENSE_PAST, "The fall", TL_TIMEX_DATE, "2004-FA", "");
}

Test(resolve_audit4, season_months_are_the_season)
{
    check("Demand slowed during the winter months.", TL_TENSE_PAST, "the winter months", TL_TIMEX_DATE, "2004-WI",
          "");
    check("Traffic will grow over the summer months.", TL_TENSE_FUTURE, "the summer months", TL_TIMEX_DATE,
          "2005-SU", "");
    check("Rain fell in the summer months of 2003.", TL_TENSE_PAST, "the summer months of 2003", TL_TIMEX_DATE,
          "2003-SU", "");
    /* only months: "the winter weeks" is not read as a whole */
    check("Demand slowed in the winter weeks.", TL_TENSE_PAST, "the winter", TL_TIMEX_DATE, "2004-WI", "");
}

Test(resolve_audit4, latter_half_is_the_second)
{
    check("Prices have risen since the latter half of 2003.", TL_TENSE_PAST, "the latter half of 2003",
          TL_TIMEX_DATE, "2003-H2", "");
    check("the last half of 1989", TL_TENSE_PAST, "the last half of 1989", TL_TIMEX_DATE, "1989-H2", "");
    check("Work starts in the latter half of next year.", TL_TENSE_FUTURE, "the latter half of next year",
          TL_TIMEX_DATE, "2006-H2", "");
    tu_no_timex("He scored in the latter half of the match.", DCT);
    tu_no_timex("She chose the latter.", DCT);
}

Test(resolve_audit4, positioned_part_of_a_time)
{
    check("Rates rose in the latter part of 2003.", TL_TENSE_PAST, "the latter part of 2003", TL_TIMEX_DATE, "2003",
          "END");
    check("Rates rose in the early part of 2003.", TL_TENSE_PAST, "the early part of 2003", TL_TIMEX_DATE, "2003",
          "START");
    check("Talks resume in the later part of the week.", TL_TENSE_FUTURE, "the later part of the week",
          TL_TIMEX_DATE, "2005-W24", "END");
    check("in the middle part of 1990", TL_TENSE_PAST, "the middle part of 1990", TL_TIMEX_DATE, "1990", "MID");
    check("the end of 2003", TL_TENSE_PAST, "the end of 2003", TL_TIMEX_DATE, "2003", "END");
    /* a part named by its size, not its position, is not a mod */
    check("They spent a good part of 2003 abroad.", TL_TENSE_PAST, "2003", TL_TIMEX_DATE, "2003", "");
}

Test(resolve_audit4, half_of_a_decade_is_the_decade_with_a_mod)
{
    check("Prices rose in the second half of the 1990s.", TL_TENSE_PAST, "the second half of the 1990s",
          TL_TIMEX_DATE, "199", "END");
    check("It grew in the first half of the 1980s.", TL_TENSE_PAST, "the first half of the 1980s", TL_TIMEX_DATE,
          "198", "START");
    check("The latter half of the 1990s was calm.", TL_TENSE_PAST, "The latter half of the 1990s", TL_TIMEX_DATE,
          "199", "END");
}

Test(resolve_audit4, half_a_unit_ago)
{
    check("Half a century ago he arrived.", TL_TENSE_PAST, "Half a century ago", TL_TIMEX_DATE, "1955", "");
    check("He left half a year ago.", TL_TENSE_PAST, "half a year ago", TL_TIMEX_DATE, "2004-12", "");
}
