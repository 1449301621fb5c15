/* test_resolve_narrative.c -- resolution across short news articles of our
 * own: the reference time moving through a story, reported speech, weekdays
 * against DCTs on different days of the week, and month days near the turn
 * of the year.  Each test names the rule it pins down. */
#include <criterion/criterion.h>

#include "support.h"

/* A participle after a linking verb is a state, not a past: "will remain
 * closed Monday" (DCT Saturday) is the coming Monday; "remained closed"
 * keeps its own past. */
Test(resolve_narrative, linking_verb_participle)
{
    tl_timeline *tl = tu_tag("Schools will remain closed Monday, officials said. "
                             "The bridge is expected to stay shut Tuesday. "
                             "The airport remained closed Wednesday.",
                             "2013-03-23");
    tu_expect_at(tl, 0, "Monday", "2013-03-25");
    tu_expect_at(tl, 1, "Tuesday", "2013-03-26");
    tu_expect_at(tl, 2, "Wednesday", "2013-03-20");
    tl_free(tl);
}

/* Across the turn of the year a month day without a year and without a
 * past tense is the near one ahead: "take effect on Jan. 1" on Dec. 30 is
 * two days away; in a past clause it stays this year's. */
Test(resolve_narrative, month_day_across_the_year_end)
{
    tl_timeline *tl = tu_tag("Tax increases take effect on Jan. 1 unless Congress acts. "
                             "The rebate took effect on Jan. 15.",
                             "2012-12-30");
    tu_expect_at(tl, 0, "Jan. 1", "2013-01-01");
    tu_expect_at(tl, 1, "Jan. 15", "2012-01-15");
    tl_free(tl);
    /* a date before a noun names a known event; a whole month is as
     * often the one just past: neither moves ahead */
    tl = tu_tag("The guard on duty during the January 13 incident is a former soldier. "
                "Parties that contested the January poll are running again.",
                "2006-12-29");
    tu_expect_at(tl, 0, "January 13", "2006-01-13");
    tu_expect_at(tl, 1, "January", "2006-01");
    tl_free(tl);
    /* the other way round: early January, a late December day is last year's */
    tl = tu_tag("The new rules were announced on Dec. 28.", "2013-01-02");
    tu_expect_at(tl, 0, "Dec. 28", "2012-12-28");
    tl_free(tl);
}

/* "the year" is a reporting period (P1Y) as "the year ended/ending/to",
 * or "the fiscal year";
 * otherwise it is the DCT's year. */
Test(resolve_narrative, the_year_date_or_period)
{
    tl_timeline *tl = tu_tag("For the year, pet food volume was flat. "
                             "The company cut its forecast for the year. "
                             "Net income for the year ended March 31 rose 8 percent.",
                             "2013-06-01");
    tu_expect_at(tl, 0, "the year", "2013");
    tu_expect_at(tl, 1, "the year", "2013");
    tu_expect_at(tl, 2, "the year", "P1Y");
    tu_expect_at(tl, 3, "March 31", "2013-03-31");
    tl_free(tl);
    tl = tu_tag("Profits rose in the year to March. Its budget for the rest of the fiscal year was cut. "
                "Shares closed the year up 80 percent.",
                "2013-06-01");
    tu_expect_at(tl, 0, "the year", "P1Y");
    tu_expect_at(tl, 1, "March", "2013-03");
    tu_expect_at(tl, 2, "the fiscal year", "P1Y");
    tu_expect_at(tl, 3, "the year", "2013");
    tl_free(tl);
    /* in apposition to a year it is that year */
    tl = tu_tag("She was born in 1990, the year the city hosted the Games.", "2013-06-01");
    tu_expect_at(tl, 1, "the year", "1990");
    tl_free(tl);
}

/* A simple past verb just before "through" or "by" closes a span of the
 * past ("continued through the weekend" is last weekend), where a bare
 * "through" or "by" is a deadline ahead. */
Test(resolve_narrative, past_span_through)
{
    tl_timeline *tl = tu_tag("Talks resumed last Thursday and continued through the weekend. "
                             "The offer is valid through the weekend.",
                             "2013-03-20");
    tu_expect_at(tl, 0, "last Thursday", "2013-03-14");
    tu_expect_at(tl, 1, "the weekend", "2013-W11-WE");
    tu_expect_at(tl, 2, "the weekend", "2013-W12-WE");
    tl_free(tl);
}

/* A month before a noun names a period's figures: in a future clause
 * ("will release the December jobs report", DCT Jan. 2) it is the month
 * just ended, not next year's; "results for May" and "its March sales"
 * are months, not the verbs "may" and "march". */
Test(resolve_narrative, attributive_month)
{
    tl_timeline *tl = tu_tag("The Labor Department will release the December jobs report on Friday. "
                             "The summit will be held in December.",
                             "2013-01-02");
    tu_expect_at(tl, 0, "December", "2012-12");
    tu_expect_at(tl, 1, "Friday", "2013-01-04");
    tu_expect_at(tl, 2, "December", "2013-12");
    tl_free(tl);
    tl = tu_tag("Its March sales rose 5 percent. Results for May were weak. Protesters may march on Friday.",
                "2013-06-12");
    tu_expect_at(tl, 0, "March", "2013-03");
    tu_expect_at(tl, 1, "May", "2013-05");
    tu_expect_at(tl, 2, "Friday", "2013-06-14");
    tl_free(tl);
}

/* A whole article, DCT Saturday: "said Friday" is the day before, the
 * future clauses look ahead, the weekday of a past narrative goes back. */
Test(resolve_narrative, article_said_friday_day_after)
{
    tl_timeline *tl = tu_tag("Flooding forced thousands from their homes on Friday, officials said. "
                             "The river was expected to crest Sunday. "
                             "The governor declared a state of emergency Friday afternoon. "
                             "Schools will remain closed Monday. "
                             "Forecasters said Friday that more rain is likely next week.",
                             "2013-03-23");
    tu_expect_at(tl, 0, "Friday", "2013-03-22");
    tu_expect_at(tl, 1, "Sunday", "2013-03-24");
    tu_expect_at(tl, 2, "Friday afternoon", "2013-03-22TAF");
    tu_expect_at(tl, 3, "Monday", "2013-03-25");
    tu_expect_at(tl, 4, "Friday", "2013-03-22");
    tu_expect_at(tl, 5, "next week", "2013-W13");
    tl_free(tl);
}
