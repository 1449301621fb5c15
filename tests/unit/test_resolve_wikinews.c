/* test_resolve_wikinews.c -- shapes found when auditing the resolver on
 * encyclopaedic-style news (short wire-like reports, markets and company
 * histories) that it was not tuned on, each on sentences of our own: a
 * count qualified before its unit ("six straight days", "five trading
 * days"), "couple of", a month "of this year", months joined to one year,
 * the apostrophe decade "the 1980's", "fourth-quarter 2006", and words
 * that only look temporal (fractions, hyphenated names, titles, the verb
 * "last", "after hours trading").  DCT Friday 2013-03-15 unless said. */
#include <criterion/criterion.h>

#include "support.h"

#define DCT "2013-03-15"

static void resolves(const char *phrase, tl_tense tense, const char *text, int type, const char *value,
                     const char *mod)
{
    tu_resolves(phrase, DCT, tense, text, type, value, mod);
}

/* A run ("straight", "consecutive") or the kind of days counted
 * ("trading", "business") between the count and the unit leaves the
 * length as the count says. */
Test(resolve_wikinews, qualified_count_before_unit)
{
    resolves("the index has slipped for six straight days", TL_TENSE_PAST, "six straight days", TL_TIMEX_DURATION,
             "P6D", "");
    resolves("the economy shrank for two consecutive quarters", TL_TENSE_PAST, "two consecutive quarters",
             TL_TIMEX_DURATION, "P2Q", "");
    resolves("over the past five trading days the shares lost ground", TL_TENSE_PAST, "the past five trading days",
             TL_TIMEX_DURATION, "P5D", "");
    resolves("refunds arrive within ten business days", TL_TENSE_PRESENT, "ten business days", TL_TIMEX_DURATION,
             "P10D", "");
    /* "a calendar year" names a kind of year, not a span */
    tu_no_timex("the club switched to a calendar year", DCT);
}

/* "the next couple of years": two, roughly, as "a couple of years" is. */
Test(resolve_wikinews, couple_of_units)
{
    resolves("rates could climb over the next couple of years", TL_TENSE_FUTURE, "the next couple of years",
             TL_TIMEX_DURATION, "P2Y", "APPROX");
    resolves("sales doubled in the past couple of weeks", TL_TENSE_PAST, "the past couple of weeks",
             TL_TIMEX_DURATION, "P2W", "APPROX");
}

/* "may last months": "last" is the verb, the span is "months". */
Test(resolve_wikinews, verb_last_before_plural_unit)
{
    resolves("the inquiry may last months", TL_TENSE_FUTURE, "months", TL_TIMEX_DURATION, "PXM", "");
    resolves("the talks lasted weeks", TL_TENSE_PAST, "weeks", TL_TIMEX_DURATION, "PXW", "");
}

/* "January of this year" is one date, as "January this year" is. */
Test(resolve_wikinews, month_of_relative_year)
{
    resolves("she has been on leave since January of this year", TL_TENSE_PAST, "January of this year",
             TL_TIMEX_DATE, "2013-01", "");
    resolves("the best showing since March of last year", TL_TENSE_UNKNOWN, "March of last year", TL_TIMEX_DATE,
             "2012-03", "");
}

/* The year of "June of last year" is the year named in the sentence for a
 * bare month after it, as a year alone would be. */
Test(resolve_wikinews, month_with_year_names_the_sentence_year)
{
    tl_timeline *tl = tu_tag("Shares had their worst day since June of last year, but a report of May sales "
                             "could help them recover.",
                             "2008-09-04");
    tu_expect_at(tl, 0, "June of last year", "2007-06");
    tu_expect_at(tl, 1, "May", "2007-05");
    tl_free(tl);
}

/* Months joined by "and" or "to" share the year written after the last. */
Test(resolve_wikinews, joined_months_share_the_year)
{
    tl_timeline *tl = tu_tag("The rally ran between September and October of 2007.", "2009-04-04");
    tu_expect_at(tl, 0, "September", "2007-09");
    tu_expect_at(tl, 1, "October of 2007", "2007-10");
    tl_free(tl);
    tl = tu_tag("Prices fell from May 5 to June 7, 2009.", "2013-03-15");
    tu_expect_at(tl, 0, "May 5", "2009-05-05");
    tu_expect_at(tl, 1, "June 7, 2009", "2009-06-07");
    tl_free(tl);
}

/* "the 1980's": the decade with an apostrophe, after "the" or a position. */
Test(resolve_wikinews, apostrophe_decade)
{
    resolves("in the late 1980's the firm grew", TL_TENSE_PAST, "the late 1980's", TL_TIMEX_DATE, "198", "END");
    resolves("the 1990's were kind to it", TL_TENSE_PAST, "the 1990's", TL_TIMEX_DATE, "199", "");
}

/* An ordinal quarter as an adjective takes the year after it. */
Test(resolve_wikinews, adjectival_quarter_with_year)
{
    resolves("the agency cut its fourth-quarter 2006 growth estimate", TL_TENSE_PAST, "fourth-quarter 2006",
             TL_TIMEX_DATE, "2006-Q4", "");
}

/* Words that contain a temporal word without being times. */
Test(resolve_wikinews, not_times)
{
    tu_no_timex("the fund has lost nearly three quarters of its value", DCT); /* a fraction */
    tu_no_timex("prices went into free-fall", DCT);                         /* a hyphenated word */
    tu_no_timex("the navy flies KC-30s", DCT);                              /* a model name */
    tu_no_timex("the China Daily reported the deal", DCT);                  /* a title */
    tu_no_timex("shares slid in after hours trading", DCT);                 /* a compound */
    /* but: */
    resolves("the firm grew in the mid-1990s", TL_TENSE_PAST, "the mid-1990s", TL_TIMEX_DATE, "199", "MID");
    resolves("they agreed after hours of talks", TL_TENSE_PAST, "hours", TL_TIMEX_DURATION, "PTXH", "");
    resolves("output fell in two quarters of the year", TL_TENSE_PAST, "two quarters", TL_TIMEX_DURATION, "P2Q",
             "");
}

/* "the worst fall since 1987" measures from 1987; the story stays where
 * it was, so "the following day" follows yesterday. */
Test(resolve_wikinews, since_year_is_a_landmark)
{
    tl_timeline *tl = tu_tag("Stocks plunged yesterday. It was the worst fall since 1987. "
                             "By the following day the theory was dropped.",
                             "2010-05-07");
    tu_expect_at(tl, 0, "yesterday", "2010-05-06");
    tu_expect_at(tl, 1, "1987", "1987");
    tu_expect_at(tl, 2, "the following day", "2010-05-07");
    tl_free(tl);
}

/* "this weekend" said on a weekday in the past tense is the one just gone
 * (DCT Monday 2010-01-25: the weekend of ISO week 3); ahead, this week's. */
Test(resolve_wikinews, this_weekend_in_the_past)
{
    tu_resolves("the leak became public this weekend", "2010-01-25", TL_TENSE_PAST, "this weekend", TL_TIMEX_DATE,
                "2010-W03-WE", "");
    tu_resolves("the talks resume this weekend", "2010-01-25", TL_TENSE_FUTURE, "this weekend", TL_TIMEX_DATE,
                "2010-W04-WE", "");
}

/* A position in the fiscal year is a point of it, not the year's span. */
Test(resolve_wikinews, position_in_the_fiscal_year)
{
    resolves("sales jumped at the end of the fiscal year", TL_TENSE_PAST, "the end of the fiscal year",
             TL_TIMEX_DATE, "2013", "END");
    resolves("net income for the fiscal year rose", TL_TENSE_PAST, "the fiscal year", TL_TIMEX_DURATION, "P1Y",
             "");
}

/* "over the years": a span of unknown length (the rule is resolve_web's). */
Test(resolve_wikinews, over_the_years)
{
    resolves("the firm grew steadily over the years", TL_TENSE_PAST, "the years", TL_TIMEX_DURATION, "PXY", "");
}

/* "2007 was the year of the phone": the year is the one it is said to be. */
Test(resolve_wikinews, copular_year)
{
    tl_timeline *tl = tu_tag("Looking back, 2007 was the year of the phone.", DCT);
    tu_expect_at(tl, 0, "2007", "2007");
    tu_expect_at(tl, 1, "the year", "2007");
    tl_free(tl);
}
