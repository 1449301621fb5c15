/* test_resolve_silver.c -- general causes of errors found by auditing the
 * resolver on newswire it was not tuned on (agency copy of 1994-2007),
 * each on sentences of our own: "following" as a preposition, a title whose
 * name opens the sentence, bare plural units before "of", a year after
 * "since" as a landmark, and the day of a clock time given twice ("9 a.m.
 * (0600 GMT) Tuesday").  DCT Wednesday 2009-06-17. */
#include <criterion/criterion.h>

#include "support.h"

#define DCT "2009-06-17"

/* "following Tuesday's bombing" means "after"; only "the following
 * Tuesday" counts on from the reference time. */
Test(resolve_silver, following_as_preposition)
{
    tl_timeline *tl = tu_tag("Rebels fled the town following Tuesday's bombing.", DCT);
    cr_assert_eq(tl->timexes.len, 1);
    tu_expect_at(tl, 0, "Tuesday", "2009-06-16");
    tl_free(tl);
    tl = tu_tag("Following Monday's vote, the minister resigned.", DCT);
    cr_assert_eq(tl->timexes.len, 1);
    tu_expect_at(tl, 0, "Monday", "2009-06-15");
    tl_free(tl);
    tu_resolves("he came back the following Tuesday", DCT, TL_TENSE_PAST, "the following Tuesday", TL_TIMEX_DATE,
                "2009-06-23", NULL);
}

/* "China Daily" is a newspaper even when "China" opens the sentence; a
 * lower-case "daily" is still a frequency. */
Test(resolve_silver, title_opening_the_sentence)
{
    tl_timeline *tl = tu_tag("China Daily reported the plan on Monday.", DCT);
    cr_assert_eq(tl->timexes.len, 1);
    tu_expect_at(tl, 0, "Monday", "2009-06-15");
    tl_free(tl);
    tu_resolves("the inspectors check the pumps daily", DCT, TL_TENSE_PRESENT, "daily", TL_TIMEX_SET, "P1D", NULL);
}

/* A bare plural unit before "of" is a span: "months of haggling". */
Test(resolve_silver, bare_units_before_of)
{
    tu_resolves("the accord ended months of haggling", DCT, TL_TENSE_PAST, "months", TL_TIMEX_DURATION, "PXM",
                NULL);
    tu_resolves("the ceasefire followed years of fighting", DCT, TL_TENSE_PAST, "years", TL_TIMEX_DURATION, "PXY",
                NULL);
}

/* A year after "since" starts a span that reaches the present: a later
 * yearless month is dated by the DCT and the tense, not by that year; a
 * year named plainly still gives the month its year. */
Test(resolve_silver, since_year_is_a_landmark)
{
    tl_timeline *tl = tu_tag("The mayor, in office since 2001, said in March that she would retire.", DCT);
    cr_assert_eq(tl->timexes.len, 2);
    tu_expect_at(tl, 0, "2001", "2001");
    tu_expect_at(tl, 1, "March", "2009-03");
    tl_free(tl);
    tl = tu_tag("The mayor was elected in 2001 and in March she moved house.", DCT);
    cr_assert_eq(tl->timexes.len, 2);
    tu_expect_at(tl, 1, "March", "2001-03");
    tl_free(tl);
}

/* "9 a.m. (0600 GMT) Tuesday": the weekday after the parenthesis is the
 * day of both clock times, each a timex of its own. */
Test(resolve_silver, clock_time_given_twice_then_weekday)
{
    tl_timeline *tl = tu_tag("The bomb went off at 9 a.m. (0600 GMT) Tuesday near the market.", DCT);
    cr_assert_eq(tl->timexes.len, 3);
    tu_expect_at(tl, 0, "9 a.m.", "2009-06-16T09:00");
    tu_expect_at(tl, 1, "0600 GMT", "2009-06-16T06:00");
    tu_expect_at(tl, 2, "Tuesday", "2009-06-16");
    tl_free(tl);
    /* no weekday after it: the clock time stays on the reference day */
    tl = tu_tag("The bomb went off at 9 a.m. (0600 GMT) near the market.", DCT);
    cr_assert_eq(tl->timexes.len, 2);
    tu_expect_at(tl, 0, "9 a.m.", "2009-06-17T09:00");
    tl_free(tl);
}

/* A 24-hour time with its zone takes a weekday after it into its extent,
 * as "9 a.m. Tuesday" does. */
Test(resolve_silver, zoned_24_hour_time_on_a_weekday)
{
    tu_resolves("the strike began at 1200 GMT Tuesday", DCT, TL_TENSE_PAST, "1200 GMT Tuesday", TL_TIMEX_TIME,
                "2009-06-16T12:00", NULL);
}

/* ... but not a part of a time named after "of", nor a fraction. */
Test(resolve_silver, bare_units_before_of_a_time)
{
    tl_timeline *tl = tu_tag("The convoy left in the early hours of Thursday.", DCT);
    cr_assert_eq(tl->timexes.len, 1);
    tu_expect_at(tl, 0, "Thursday", "2009-06-11");
    tl_free(tl);
    tu_no_timex("the fund lost three quarters of its value", DCT);
}

/* A month naming a futures contract matures at the DCT's month or later,
 * whatever the tense of the report; other months still follow the tense. */
Test(resolve_silver, futures_contract_month)
{
    tu_resolves("crude for May delivery fell 80 cents", DCT, TL_TENSE_PAST, "May", TL_TIMEX_DATE, "2010-05", NULL);
    tu_resolves("crude for July delivery fell 80 cents", DCT, TL_TENSE_PAST, "July", TL_TIMEX_DATE, "2009-07", NULL);
    tu_resolves("the August contract closed higher", DCT, TL_TENSE_PAST, "August", TL_TIMEX_DATE, "2009-08", NULL);
    tu_resolves("exports fell in May", DCT, TL_TENSE_PAST, "May", TL_TIMEX_DATE, "2009-05", NULL);
}

/* A month or weekday between "the" (or a possessive) and an acronym is a
 * time before a name; before a capitalised word it is part of a name. */
Test(resolve_silver, time_before_an_acronym)
{
    tu_resolves("our line at the February G7 meeting was firm", DCT, TL_TENSE_PAST, "February", TL_TIMEX_DATE,
                "2009-02", NULL);
    tu_resolves("the cartel kept its March OPEC quota", DCT, TL_TENSE_PAST, "March", TL_TIMEX_DATE, "2009-03", NULL);
    tu_no_timex("she interviewed April Ryan", DCT);
    tu_no_timex("they praised the April Fools tradition", DCT);
}

/* A rate after an irregular plural is still a rate, not a set. */
Test(resolve_silver, rate_after_irregular_plural)
{
    tu_no_timex("the field yields 4 billion cubic feet per day", DCT);
    tu_no_timex("the clinic treats 300 people a day", DCT);
}

/* "the past" and "the future" before the noun they modify are adjectives;
 * as nouns ("in the past", "the future looks bright") they are times. */
Test(resolve_silver, past_and_future_as_adjectives)
{
    tu_no_timex("the minister discussed the future role of the army", DCT);
    tu_no_timex("a statue honours the past mayor", DCT);
    tu_no_timex("they debated the future US presence", DCT);
    tu_resolves("the future looks bright", DCT, TL_TENSE_PRESENT, "the future", TL_TIMEX_DATE, "FUTURE_REF", NULL);
    tu_resolves("in the past he was poor", DCT, TL_TENSE_PAST, "the past", TL_TIMEX_DATE, "PAST_REF", NULL);
}

/* "daily" as the noun: a newspaper named before or after it. */
Test(resolve_silver, daily_as_a_newspaper)
{
    tu_no_timex("the minister told the Hurriyet daily", DCT);
    tu_no_timex("said the independent daily Al-Ahram", DCT);
    tu_resolves("the ferry sails daily to the island", DCT, TL_TENSE_PRESENT, "daily", TL_TIMEX_SET, "P1D", NULL);
}

/* "the fall of the city" is a collapse; "the fall of 2004" a season. */
Test(resolve_silver, season_noun_before_of)
{
    tu_no_timex("the fall of the capital shocked the region", DCT);
    tu_resolves("the plant opened in the fall of 2004", DCT, TL_TENSE_PAST, "the fall of 2004", TL_TIMEX_DATE,
                "2004-FA", NULL);
}

/* "the January-March period": two months of a range, not a compound. */
Test(resolve_silver, month_range_with_a_dash)
{
    tl_timeline *tl = tu_tag("Exports in the January-March period rose.", DCT);
    cr_assert_eq(tl->timexes.len, 2);
    tu_expect_at(tl, 0, "January", "2009-01");
    tu_expect_at(tl, 1, "March", "2009-03");
    tl_free(tl);
}

/* "said Monday John Smith": after a reporting verb the weekday is the day
 * of the report, though a name follows it. */
Test(resolve_silver, weekday_after_a_reporting_verb_before_a_name)
{
    tu_resolves("the rules are fair, said Monday John Reed, the chairman", DCT, TL_TENSE_PAST, "Monday",
                TL_TIMEX_DATE, "2009-06-15", NULL);
    tu_no_timex("the Sunday Times reported the deal", DCT);
}

/* A season across two years written with a slash, and midnight or noon
 * on a date, are one timex each. */
Test(resolve_silver, slashed_season_and_midnight_on_a_date)
{
    tu_resolves("the record was set in the 1985/86 season", DCT, TL_TENSE_PAST, "the 1985/86 season",
                TL_TIMEX_DATE, "1985", NULL);
    tu_resolves("the lease expired at midnight June 30", DCT, TL_TENSE_PAST, "midnight June 30", TL_TIMEX_TIME,
                "2009-06-30T24", NULL);
}

/* "over the month before as demand rose": "before" is the adverb, the
 * month before the reference time; "a month after the crisis" stays a span. */
Test(resolve_silver, unit_before_then_a_clause)
{
    tl_timeline *tl = tu_tag("Output rose in May over the month before as demand grew.", DCT);
    cr_assert_eq(tl->timexes.len, 2);
    tu_expect_at(tl, 0, "May", "2009-05");
    tu_expect_at(tl, 1, "the month before", "2009-04");
    tl_free(tl);
    tu_resolves("a month after the crisis he resigned", DCT, TL_TENSE_PAST, "a month", TL_TIMEX_DURATION, "P1M",
                NULL);
}

/* "weeks or months": one vague span, valued by its first unit. */
Test(resolve_silver, vague_span_of_two_units)
{
    tu_resolves("the talks could take weeks or months", DCT, TL_TENSE_FUTURE, "weeks or months", TL_TIMEX_DURATION,
                "PXW", NULL);
}

/* "current expenditure" is recurrent spending (public finance), not the present. */
Test(resolve_silver, current_expenditure)
{
    tu_no_timex("the budget covers current expenditures and investment", DCT);
}
