/* test_resolve_news.c -- shapes of recent newswire that TimeBank and
 * AQUAINT rarely contain, each on sentences of our own: dotted and
 * part-of-day clock times, a clock time with its date, slashed ISO dates,
 * "this past Monday", ages of centuries and decades, one-word duration
 * adjectives, plural weekdays and weekends as sets, and numbers that are
 * names, temperatures or periods of a game.  DCT Friday 2013-03-15. */
#include <criterion/criterion.h>

#include "support.h"

#define DCT "2013-03-15"

static void resolves(const char *phrase, tl_tense tense, const char *text, int type, const char *value)
{
    tu_resolves(phrase, DCT, tense, text, type, value, NULL);
}

/* British papers write "10.30am"; a bare "10.30" stays a number. */
Test(resolve_news, dotted_clock_times)
{
    resolves("the shooting happened at 10.30am", TL_TENSE_PAST, "10.30am", TL_TIMEX_TIME, "2013-03-15T10:30");
    resolves("doors open at 6.30pm tonight", TL_TENSE_FUTURE, "6.30pm tonight", TL_TIMEX_TIME, "2013-03-15T18:30");
    resolves("the train left at 10.30 a.m.", TL_TENSE_PAST, "10.30 a.m.", TL_TIMEX_TIME, "2013-03-15T10:30");
    tu_no_timex("shares rose 10.30 percent", DCT);
}

/* A part of the day picks the half of a 12-hour clock and joins the
 * extent; "this morning", "last night" give the day. */
Test(resolve_news, clock_time_and_part_of_day)
{
    resolves("the fire broke out at 9 o'clock Thursday night", TL_TENSE_PAST, "9 o'clock Thursday night",
             TL_TIMEX_TIME, "2013-03-14T21:00");
    resolves("the concert starts at 7:30 tonight", TL_TENSE_FUTURE, "7:30 tonight", TL_TIMEX_TIME,
             "2013-03-15T19:30");
    resolves("the storm hit at 11 p.m. Tuesday night", TL_TENSE_PAST, "11 p.m. Tuesday night", TL_TIMEX_TIME,
             "2013-03-12T23:00");
    resolves("the shooting was reported at 2:30 this morning", TL_TENSE_PAST, "2:30 this morning",
             TL_TIMEX_TIME, "2013-03-15T02:30");
    resolves("shots rang out at 11 p.m. last night", TL_TENSE_PAST, "11 p.m. last night", TL_TIMEX_TIME,
             "2013-03-14T23:00");
}

/* The date after a clock time fixes its day, before the weekday does. */
Test(resolve_news, clock_time_with_a_date)
{
    resolves("the meeting is at 2 p.m. Tuesday, March 19", TL_TENSE_UNKNOWN, "2 p.m. Tuesday, March 19",
             TL_TIMEX_TIME, "2013-03-19T14:00");
    resolves("the rally began at 7 p.m. Wednesday, March 13, 2013", TL_TENSE_PAST,
             "7 p.m. Wednesday, March 13, 2013", TL_TIMEX_TIME, "2013-03-13T19:00");
    /* "on March 2" is a timex of its own, but gives the time its day */
    resolves("he was arrested at 11:40 p.m. on March 2", TL_TENSE_PAST, "11:40 p.m.", TL_TIMEX_TIME,
             "2013-03-02T23:40");
    resolves("he was arrested at 11 p.m. on March 2, 2012", TL_TENSE_PAST, "11 p.m.", TL_TIMEX_TIME,
             "2012-03-02T23:00");
}

Test(resolve_news, slashed_iso_date)
{
    resolves("the loan was approved on 2013/03/12", TL_TENSE_PAST, "2013/03/12", TL_TIMEX_DATE, "2013-03-12");
}

Test(resolve_news, this_past_weekday)
{
    resolves("the ship docked this past Monday", TL_TENSE_PAST, "this past Monday", TL_TIMEX_DATE, "2013-03-11");
}

/* "N units ago" at the unit's granularity, also for decades and
 * centuries; "the 1800s" is a century, "the 2000s" a decade. */
Test(resolve_news, coarse_units_ago_and_centuries)
{
    resolves("the firm was founded two centuries ago", TL_TENSE_PAST, "two centuries ago", TL_TIMEX_DATE, "18");
    resolves("a decade ago the town was smaller", TL_TENSE_PAST, "a decade ago", TL_TIMEX_DATE, "200");
    resolves("three years ago", TL_TENSE_PAST, "three years ago", TL_TIMEX_DATE, "2010");
    resolves("the custom goes back to the 1800s", TL_TENSE_PAST, "the 1800s", TL_TIMEX_DATE, "18");
    tu_resolves("in the early 1900s", DCT, TL_TENSE_PAST, "the early 1900s", TL_TIMEX_DATE, "19", "START");
    resolves("the firm grew through the 2000s", TL_TENSE_PAST, "the 2000s", TL_TIMEX_DATE, "200");
    resolves("jazz flourished in the 1960s", TL_TENSE_PAST, "the 1960s", TL_TIMEX_DATE, "196");
}

Test(resolve_news, one_word_duration_adjectives)
{
    resolves("after a weeklong search", TL_TENSE_PAST, "weeklong", TL_TIMEX_DURATION, "P1W");
    resolves("a yearlong inquiry", TL_TENSE_PAST, "yearlong", TL_TIMEX_DURATION, "P1Y");
    resolves("a daylong strike", TL_TENSE_PAST, "daylong", TL_TIMEX_DURATION, "P1D");
    tu_no_timex("a long search", DCT);
}

Test(resolve_news, plural_weekdays_and_weekends_are_sets)
{
    resolves("the council meets on Tuesdays", TL_TENSE_PRESENT, "Tuesdays", TL_TIMEX_SET, "XXXX-WXX-2");
    resolves("the market is open every weekend", TL_TENSE_PRESENT, "every weekend", TL_TIMEX_SET, "XXXX-WXX-WE");
    tu_no_timex("the book Tuesdays With Morrie", DCT);
}

/* Numbers after a labelling noun are names; "the upper 60s" of a forecast
 * is a temperature; a game's halves and quarters are no calendar's. */
Test(resolve_news, numbers_and_periods_that_are_not_times)
{
    tu_no_timex("Flight 2013 landed safely", DCT);
    tu_no_timex("see page 1998 of the report", DCT);
    tu_no_timex("Route 66 attracts tourists", DCT);
    tu_no_timex("highs will be in the upper 60s", DCT);
    tu_no_timex("highs in the 70s are expected", DCT);
    tu_no_timex("the team scored twice in the second half", DCT);
    tu_no_timex("he scored 12 points in the first quarter", DCT);
    /* a business quarter stays one */
    resolves("sales rose in the fourth quarter", TL_TENSE_PAST, "the fourth quarter", TL_TIMEX_DATE, "2012-Q4");
    /* an apostrophe makes the decade */
    resolves("music of the '60s", TL_TENSE_PAST, "the '60s", TL_TIMEX_DATE, "196");
}

/* A labelling noun makes only a numeral a name: "route two years ago" is a time. */
Test(resolve_news, label_noun_before_a_number_word)
{
    resolves("trains began running along the route two years ago", TL_TENSE_PAST, "two years ago", TL_TIMEX_DATE,
             "2011");
}

/* Holidays of recent news; "St." is its own token, so the phrase has five. */
Test(resolve_news, more_holidays)
{
    resolves("sales peaked on Cyber Monday", TL_TENSE_PAST, "Cyber Monday", TL_TIMEX_DATE, "2012-11-26");
    resolves("sales jumped on Presidents' Day", TL_TENSE_PAST, "Presidents' Day", TL_TIMEX_DATE, "2013-02-18");
    resolves("the parade is on St. Patrick's Day", TL_TENSE_FUTURE, "St. Patrick's Day", TL_TIMEX_DATE,
             "2013-03-17");
    resolves("markets close on Easter Monday", TL_TENSE_FUTURE, "Easter Monday", TL_TIMEX_DATE, "2013-04-01");
}
