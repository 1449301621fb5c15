/* test_resolve_web.c -- shapes met in recent news and magazine pages, each
 * on sentences of our own: generic seasons, "over" as "during" after an
 * amount, "will one day", fractions written with a half sign, screen
 * resolutions, temperatures far from their noun, "every now and then",
 * the verb "spring"; and named parts of units ("midweek", "the year to
 * date", "the turn of the century"), seasons across two years and bare
 * ordinal days ("by the 31st").  DCT Friday 2013-03-15. */
#include <criterion/criterion.h>

#include "support.h"

#define DCT "2013-03-15"

static void resolves(const char *phrase, tl_tense tense, const char *text, int type, const char *value)
{
    tu_resolves(phrase, DCT, tense, text, type, value, NULL);
}

/* A bare season with no past or future cue is the season in general
 * (XXXX-WI); with a cue, or with "the", it is one particular season. */
Test(resolve_web, generic_bare_season)
{
    resolves("road repairs are easier in spring", TL_TENSE_UNKNOWN, "spring", TL_TIMEX_DATE, "XXXX-SP");
    resolves("ice jams are common in winter", TL_TENSE_PRESENT, "winter", TL_TIMEX_DATE, "XXXX-WI");
    resolves("the crews worked through winter", TL_TENSE_PAST, "winter", TL_TIMEX_DATE, "2012-WI");
    resolves("the bridge will reopen in summer", TL_TENSE_FUTURE, "summer", TL_TIMEX_DATE, "2013-SU");
    resolves("the summer is usually quiet", TL_TENSE_PRESENT, "the summer", TL_TIMEX_DATE, "2012-SU");
    /* a season classifying a noun after a preposition: a kind of weather */
    resolves("the cables were shielded from winter storms", TL_TENSE_PAST, "winter", TL_TIMEX_DATE, "XXXX-WI");
}

Test(resolve_web, spring_the_verb)
{
    tu_no_timex("old valves tend to spring leaks", DCT);
    resolves("prices climbed from winter to spring", TL_TENSE_PAST, "winter", TL_TIMEX_DATE, "2012-WI");
}

/* After an amount "over" is "during": no MORE_THAN, and not in the extent;
 * elsewhere it still means "more than". */
Test(resolve_web, over_after_an_amount)
{
    tu_resolves("the plan trims $40 billion over five years", DCT, TL_TENSE_PRESENT, "five years",
                TL_TIMEX_DURATION, "P5Y", "");
    tu_resolves("output grew 12 percent over three years", DCT, TL_TENSE_PAST, "three years", TL_TIMEX_DURATION,
                "P3Y", "");
    tu_resolves("the hearing lasted over four hours", DCT, TL_TENSE_PAST, "over four hours", TL_TIMEX_DURATION,
                "PT4H", "MORE_THAN");
}

/* "will one day" is some day to come (TimeBank: FUTURE_REF), not P1D. */
Test(resolve_web, one_day_after_a_modal)
{
    resolves("she hopes the orchard will one day feed the village", TL_TENSE_FUTURE, "one day", TL_TIMEX_DATE,
             "FUTURE_REF");
    resolves("the ferry ran for one day", TL_TENSE_PAST, "one day", TL_TIMEX_DURATION, "P1D");
}

/* "2½ years", "4 ½ minutes": a count and a half. */
Test(resolve_web, half_sign)
{
    resolves("the strike lasted 2\xC2\xBD years", TL_TENSE_PAST, "2\xC2\xBD years", TL_TIMEX_DURATION, "P2Y6M");
    resolves("the signal faded 4 \xC2\xBD minutes into the flight", TL_TENSE_PAST, "4 \xC2\xBD minutes",
             TL_TIMEX_DURATION, "PT4M30S");
}

Test(resolve_web, numbers_that_are_not_years)
{
    tu_no_timex("the panel shows 2048 x 1536 pixels", DCT);
    tu_no_timex("the screen is 1600 \xC3\x97 1200", DCT);
    /* a temperature whose noun is several words back */
    tu_no_timex("overnight temperatures along the coast quickly climbed into the 40s", DCT);
    tu_no_timex("he visits every now and then", DCT);
}

/* "midweek": the middle of the DCT's week (TimeML: the week, mod MID); in
 * a future clause written on a Thursday or later, the next week's. */
Test(resolve_web, midweek)
{
    tu_resolves("the storm should pass by midweek", "2013-03-11", TL_TENSE_FUTURE, "midweek", TL_TIMEX_DATE,
                "2013-W11", "MID");
    tu_resolves("the storm should pass by midweek", DCT, TL_TENSE_FUTURE, "midweek", TL_TIMEX_DATE, "2013-W12",
                "MID");
    tu_resolves("shares slid until midweek", DCT, TL_TENSE_PAST, "midweek", TL_TIMEX_DATE, "2013-W11", "MID");
}

/* "the year to date": the DCT's year, as TimeBank gives "so far this year". */
Test(resolve_web, year_to_date)
{
    resolves("sales for the year to date are up", TL_TENSE_PRESENT, "the year to date", TL_TIMEX_DATE, "2013");
    resolves("year-to-date sales are up", TL_TENSE_PRESENT, "year-to-date", TL_TIMEX_DATE, "2013");
}

/* "the turn of the century": the century boundary nearest the reference
 * time -- the DCT's, or the narrative's when a date was named before. */
Test(resolve_web, turn_of_the_century)
{
    resolves("the mill closed at the turn of the century", TL_TENSE_PAST, "the turn of the century",
             TL_TIMEX_DATE, "2000");
    tl_timeline *tl = tu_tag("The canal opened in 1897. By the turn of the century it carried coal.", DCT);
    tu_expect_text(tl, "the turn of the century", "1900");
    tl_free(tl);
}

/* A season or a school year across two calendar years: one DATE, the year
 * it starts in (see parts.c); not a pair whose years do not follow. */
Test(resolve_web, season_across_two_years)
{
    resolves("the club won the title in the 2009-10 season", TL_TENSE_PAST, "the 2009-10 season", TL_TIMEX_DATE,
             "2009");
    resolves("fees rose in the 1999-2000 school year", TL_TENSE_PAST, "1999", TL_TIMEX_DATE, "1999");
    resolves("during the 2007-8 season", TL_TENSE_PAST, "the 2007-8 season", TL_TIMEX_DATE, "2007");
}

/* "by the 31st": a day of the reference month after a preposition; the
 * DCT's month moved by tense when the day is on the wrong side of the DCT;
 * never before a noun or as a street name. */
Test(resolve_web, bare_ordinal_day)
{
    resolves("ballots must arrive by the 28th", TL_TENSE_FUTURE, "the 28th", TL_TIMEX_DATE, "2013-03-28");
    resolves("the forms are due on the 2nd", TL_TENSE_FUTURE, "the 2nd", TL_TIMEX_DATE, "2013-04-02");
    resolves("the tanks were refilled on the 20th", TL_TENSE_PAST, "the 20th", TL_TIMEX_DATE, "2013-02-20");
    tl_timeline *tl = tu_tag("The audit began on May 3, 2011. It ended on the 19th.", DCT);
    tu_expect_text(tl, "the 19th", "2011-05-19");
    tl_free(tl);
    tu_no_timex("he was sworn in as the 12th governor", DCT);
    tu_no_timex("the shop on 31st Street closed", DCT);
    tu_no_timex("the report came out after the 3rd edition", DCT);
}

/* Bare plural units as spans after more verbs of spending time, and with
 * "the" after "over", "through", "during": "over the decades" (not "in the
 * weeks before the vote", a time before an event). */
Test(resolve_web, unspecified_spans)
{
    resolves("the survey would have taken decades", TL_TENSE_PAST, "decades", TL_TIMEX_DURATION, "PXE");
    resolves("the pipes were patched over the decades", TL_TENSE_PAST, "the decades", TL_TIMEX_DURATION, "PXE");
    resolves("rules loosened during the years of growth", TL_TENSE_PAST, "the years", TL_TIMEX_DURATION, "PXY");
    tu_no_timex("crowds gathered in the weeks before the vote", DCT);
}

/* "the century" of a past clause in a story told of another century is
 * that century; in a future clause it is still the DCT's. */
Test(resolve_web, the_century_of_the_narrative)
{
    tl_timeline *tl = tu_tag("Gas lamps lit the city in 1925. By the middle of the century, they were gone.", DCT);
    tu_expect_text(tl, "the middle of the century", "19");
    tl_free(tl);
    tl = tu_tag("Gas lamps lit the city in 1925. By the end of the century, the seas will rise.", DCT);
    tu_expect_text(tl, "the end of the century", "20");
    tl_free(tl);
}

/* A range of clock times whose second names the day: both are on it. */
Test(resolve_web, clock_range_shares_its_day)
{
    tl_timeline *tl = tu_tag("The car was stolen between 7 p.m. and 11 p.m. Tuesday.", DCT);
    tu_expect_at(tl, 0, "7 p.m.", "2013-03-12T19:00");
    tu_expect_at(tl, 1, "11 p.m. Tuesday", "2013-03-12T23:00");
    tl_free(tl);
    /* not across a clause: "left at 8 a.m. and returned at 9 p.m. Tuesday" */
    tl = tu_tag("She left at 8 a.m. and returned at 9 p.m. Tuesday.", DCT);
    tu_expect_at(tl, 0, "8 a.m.", "2013-03-15T08:00");
    tl_free(tl);
}
