/* test_resolve_more.c -- tl_resolve() on the expressions added after the
 * first tagger: ISO week numbers, "-long" durations and "current" as a
 * reference to the present.  DCT 2025-08-16, a Saturday of ISO week 33. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "timeline.h"
#include "support.h"

#define DCT "2025-08-16"

static void check(const char *phrase, const char *text, tl_timex_type type, const char *value)
{
    tu_resolves(phrase, DCT, TL_TENSE_UNKNOWN, text, (int)type, value, NULL);
}

Test(resolve_more, iso_week_numbers)
{
    check("the plan for 2025-W33", "2025-W33", TL_TIMEX_DATE, "2025-W33");
    check("in week 33 of 2025", "week 33 of 2025", TL_TIMEX_DATE, "2025-W33");
    check("Week 1 of 2026 begins", "Week 1 of 2026", TL_TIMEX_DATE, "2026-W01");
    check("in 2020-W53", "2020-W53", TL_TIMEX_DATE, "2020-W53");       /* 2020 has 53 ISO weeks */
    check("in week 53 of 2025", "2025", TL_TIMEX_DATE, "2025");        /* 2025 has 52: only the year */
    tu_no_timex("the W40 engine", DCT);
}

Test(resolve_more, long_compounds_are_durations)
{
    check("a day-long meeting", "day-long", TL_TIMEX_DURATION, "P1D");
    check("the decades-long dispute", "decades-long", TL_TIMEX_DURATION, "PXE");
    check("a three-hour-long delay", "three-hour-long", TL_TIMEX_DURATION, "PT3H");
    check("a year-long inquiry", "year-long", TL_TIMEX_DURATION, "P1Y");
    tu_no_timex("a long day", DCT);
}

Test(resolve_more, current_as_present)
{
    check("because of current market conditions", "current", TL_TIMEX_DATE, "PRESENT_REF");
    check("his current position", "current", TL_TIMEX_DATE, "PRESENT_REF");
    check("the current quarter", "the current quarter", TL_TIMEX_DATE, "2025-Q3");
    tu_no_timex("the current account deficit", DCT);
    tu_no_timex("swept away by the current.", DCT);
}

Test(resolve_more, half_units_and_steps)
{
    check("he waited half an hour", "half an hour", TL_TIMEX_DURATION, "PT30M");
    check("for half a day", "half a day", TL_TIMEX_DURATION, "PT12H");
    check("half a week", "half a week", TL_TIMEX_DURATION, "P3DT12H");
    check("a year and a half", "a year and a half", TL_TIMEX_DURATION, "P1Y6M");
    check("Every other week they meet", "Every other week", TL_TIMEX_SET, "P2W");
    check("every second month", "every second month", TL_TIMEX_SET, "P2M");
}

Test(resolve_more, amounts_modify_spans_not_dates)
{
    tl_resolution r;
    cr_assert_eq(tl_resolve("in the run-up to Christmas, sales rose", DCT, TL_TENSE_PAST, &r), 1);
    cr_expect_str_eq(r.value, "2024-12-25");
    cr_expect_str_eq(r.mod, "", "\"up to\" is no mod of a date");
    cr_expect_eq(r.end - r.start, strlen("Christmas"), "a trailing comma is not part of the extent");
    cr_assert_eq(tl_resolve("up to three years in prison", DCT, TL_TENSE_UNKNOWN, &r), 1);
    cr_expect_str_eq(r.mod, "EQUAL_OR_LESS");
    check("Christmas, 2024", "Christmas, 2024", TL_TIMEX_DATE, "2024-12-25");
}

Test(resolve_more, this_past)
{
    check("the vote this past weekend", "this past weekend", TL_TIMEX_DATE, "2025-W32-WE");
    check("this past spring", "this past spring", TL_TIMEX_DATE, "2025-SP");
    check("at the then-current price", "then-current", TL_TIMEX_DATE, "PAST_REF");
}

Test(resolve_more, quarter_and_half_codes)
{
    check("profit rose in Q3 2013", "Q3 2013", TL_TIMEX_DATE, "2013-Q3");
    check("sales in H1 2013", "H1 2013", TL_TIMEX_DATE, "2013-H1");
    check("the 2012-Q2 report", "2012-Q2", TL_TIMEX_DATE, "2012-Q2");
    check("profit in 2013's first quarter", "2013's first quarter", TL_TIMEX_DATE, "2013-Q1");
    check("profit in 2013\xE2\x80\x99s second quarter", "2013\xE2\x80\x99s second quarter", TL_TIMEX_DATE,
          "2013-Q2");
    tu_no_timex("the Q5 model", DCT);
    tu_no_timex("an H5 virus", DCT);
}

Test(resolve_more, decimal_and_hyphenated_halves)
{
    check("it took 1.5 years", "1.5 years", TL_TIMEX_DURATION, "P1Y6M");
    check("a two-and-a-half-hour wait", "two-and-a-half-hour", TL_TIMEX_DURATION, "PT2H30M");
    check("two-and-a-half years", "two-and-a-half years", TL_TIMEX_DURATION, "P2Y6M");
    tu_no_timex("it rose 2.5 percent", DCT);
    tu_no_timex("he paid $1.5 million", DCT);
}

Test(resolve_more, and_a_half_ago)
{
    check("two-and-a-half years ago", "two-and-a-half years ago", TL_TIMEX_DATE, "2023-02");
    check("2.5 years ago", "2.5 years ago", TL_TIMEX_DATE, "2023-02");
    check("a year and a half ago", "a year and a half ago", TL_TIMEX_DATE, "2024-02");
    check("one and a half decades ago", "one and a half decades ago", TL_TIMEX_DATE, "2010");
}

Test(resolve_more, parts_of_a_named_year_or_month)
{
    check("in the first quarter of next year", "the first quarter of next year", TL_TIMEX_DATE, "2026-Q1");
    check("the fourth quarter of last year", "the fourth quarter of last year", TL_TIMEX_DATE, "2024-Q4");
    check("the second half of the year", "the second half of the year", TL_TIMEX_DATE, "2025-H2");
    check("the first half of fiscal 1990", "the first half of fiscal 1990", TL_TIMEX_DATE, "1990-H1");
    check("in the last week of March", "March", TL_TIMEX_DATE, "2025-03");  /* not the DCT's last week */
    check("the first half of the month", "the month", TL_TIMEX_DATE, "2025-08"); /* no half of a year */
    check("profit in the third quarter of $2 million", "the third quarter", TL_TIMEX_DATE, "2025-Q3");
    tu_no_timex("the second half of the game", DCT);
}

Test(resolve_more, the_same_period_last_year)
{
    tl_timeline *tl = tu_tag("Profit rose in the third quarter. It was up from the corresponding period last year.",
                             "2013-11-15");
    tu_expect_at(tl, 0, "the third quarter", "2013-Q3");
    tu_expect_at(tl, 1, "the corresponding period last year", "2012-Q3");
    tl_free(tl);
}

Test(resolve_more, time_zones_kept_as_written)
{
    tl_timeline *tl = tu_tag("The offer expires at 5 p.m. EST on Friday. The blast hit at 0735 GMT.", "2025-08-16");
    tu_expect_at(tl, 0, "5 p.m. EST", "2025-08-22T17:00");
    cr_expect_str_eq(tl_timex_at(tl, 0)->zone, "EST");
    cr_expect_str_eq(tl_timex_at(tl, 1)->zone, "", "a DATE has no zone");
    cr_expect_str_eq(tl_timex_at(tl, 2)->zone, "GMT");
    char *json = tu_render(tl, TL_OUT_JSON);
    cr_expect_not_null(strstr(json, "\"zone\": \"EST\""), "%s", json);
    free(json);
    tl_free(tl);
}

/* A past clause is not on a later day than the DCT: after a future
 * Friday, "landed at 11 a.m." is on the DCT's day. */
Test(resolve_more, clock_time_day_agrees_with_tense)
{
    tl_timeline *tl = tu_tag("Talks will resume on Friday. The plane landed at 11 a.m. local time.", "2025-08-16");
    tu_expect_at(tl, 0, "Friday", "2025-08-22");
    tu_expect_at(tl, 1, "11 a.m. local time", "2025-08-16T11:00");
    tl_free(tl);
}

/* A future month that has ended is next year's; a month after a year
 * named in its sentence is in that year, a month day is not. */
Test(resolve_more, month_years)
{
    tu_resolves("He will visit in February.", "2013-03-15", TL_TENSE_UNKNOWN, "February", -1, "2014-02", NULL);
    tu_resolves("It will open in March.", "2013-03-15", TL_TENSE_UNKNOWN, "March", -1, "2013-03", NULL);
    tl_timeline *tl = tu_tag("Sales were flat this year through August. In 2010, the firm moved, and in May it "
                             "opened a plant. A plan approved in 1987 had bought shares through Sept. 29.",
                             "1989-10-27");
    tu_expect_text(tl, "August", "1989-08");
    tu_expect_text(tl, "May", "2010-05");
    tu_expect_text(tl, "Sept. 29", "1989-09-29");
    tl_free(tl);
}

Test(resolve_more, set_for_a_day)
{
    tu_resolves("The vote is set for Saturday.", "2013-03-15", TL_TENSE_UNKNOWN, "Saturday", -1, "2013-03-16", NULL);
    tu_resolves("He set for himself a goal on Monday.", "2013-03-15", TL_TENSE_UNKNOWN, "Monday", -1, "2013-03-11",
                NULL);
}

/* "as (previously) planned" says nothing of when the plan's event is. */
Test(resolve_more, as_planned_is_no_future)
{
    tu_resolves("Bush let the offensive begin as previously planned Saturday night.", "1991-02-25",
                TL_TENSE_UNKNOWN, "Saturday night", -1, "1991-02-23TNI", NULL);
    tu_resolves("The vote will go ahead as planned on Sunday.", "1991-02-25", TL_TENSE_UNKNOWN, "Sunday", -1,
                "1991-03-03", NULL);
}
