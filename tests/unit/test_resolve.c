/* test_resolve.c -- tl_resolve(): every kind of expression of issue 4 with
 * its exact TimeML value, extent and mod.  DCT 2025-08-16 is a Saturday
 * (ISO week 33) unless a case says otherwise. */
#include <criterion/criterion.h>
#include <string.h>

#include "timeline.h"
#include "support.h"

#define DCT "2025-08-16"

#define check tu_resolves

#define DATE(p, t, v) check(p, DCT, TL_TENSE_UNKNOWN, t, TL_TIMEX_DATE, v, "")
#define DUR(p, t, v, m) check(p, DCT, TL_TENSE_UNKNOWN, t, TL_TIMEX_DURATION, v, m)

Test(resolve, absolute_dates)
{
    DATE("August 15, 2025", "August 15, 2025", "2025-08-15");
    DATE("on 15 Aug 2025 it rained", "15 Aug 2025", "2025-08-15");
    DATE("Aug. 15", "Aug. 15", "2025-08-15");
    DATE("the form dated 8/15/2025", "8/15/2025", "2025-08-15");
    DATE("2025-08-15", "2025-08-15", "2025-08-15");
    DATE("in 1867", "1867", "1867");
    DATE("February 2025", "February 2025", "2025-02");
    DATE("Monday, March 3, 2025", "Monday, March 3, 2025", "2025-03-03");
    DATE("July last year", "July last year", "2024-07");
}

Test(resolve, decades_centuries_fiscal)
{
    DATE("in the 1990s", "the 1990s", "199");
    DATE("the 19th century", "the 19th century", "18");
    DATE("fiscal 2024", "fiscal 2024", "2024");
    DATE("the nineties", "the nineties", "199");
    check("the early 1980s", DCT, TL_TENSE_UNKNOWN, "the early 1980s", TL_TIMEX_DATE, "198", "START");
    /* a part of the calendar year, not "the year" of a financial report (P1Y) */
    check("rains earlier in the year", DCT, TL_TENSE_PAST, "earlier in the year", TL_TIMEX_DATE, "2025", "START");
}

Test(resolve, months_and_modifiers)
{
    check("mid-August", DCT, TL_TENSE_UNKNOWN, "mid-August", TL_TIMEX_DATE, "2025-08", "MID");
    check("early 1990", DCT, TL_TENSE_UNKNOWN, "early 1990", TL_TIMEX_DATE, "1990", "START");
    check("the end of the year", DCT, TL_TENSE_UNKNOWN, "the end of the year", TL_TIMEX_DATE, "2025", "END");
    check("earlier this year", DCT, TL_TENSE_UNKNOWN, "earlier this year", TL_TIMEX_DATE, "2025", "START");
    /* a month without a year: this year's when it is behind the DCT */
    check("sales fell in February", DCT, TL_TENSE_PAST, "February", TL_TIMEX_DATE, "2025-02", "");
    /* ahead of the DCT in a past clause: last year's */
    check("it was signed in December", DCT, TL_TENSE_PAST, "December", TL_TIMEX_DATE, "2024-12", "");
    check("it will be signed in March", DCT, TL_TENSE_FUTURE, "March", TL_TIMEX_DATE, "2026-03", "");
    DATE("the August 8 deadline", "August 8", "2025-08-08");
    /* after "the", "May" and "March" are months, not verbs */
    check("the March accession", DCT, TL_TENSE_PAST, "March", TL_TIMEX_DATE, "2025-03", "");
    /* a past month that has not begun yet: last year's, even close to the DCT */
    check("it changed its fiscal year in September", DCT, TL_TENSE_PAST, "September", TL_TIMEX_DATE, "2024-09", "");
}

Test(resolve, seasons_quarters_halves_weekends)
{
    DATE("summer 2025", "summer 2025", "2025-SU");
    DATE("last fall", "last fall", "2024-FA");
    DATE("the third quarter", "the third quarter", "2025-Q3");
    DATE("third-quarter profit", "third-quarter", "2025-Q3");
    DATE("the fourth quarter of 2024", "the fourth quarter of 2024", "2024-Q4");
    DATE("the first half of 2025", "the first half of 2025", "2025-H1");
    DATE("the quarter", "the quarter", "2025-Q2"); /* the last completed one */
    DATE("the weekend", "the weekend", "2025-W33-WE");
    DATE("next weekend", "next weekend", "2025-W34-WE");
    DATE("in the week of March 3, 2025", "the week of March 3, 2025", "2025-W10");
}

Test(resolve, deictic)
{
    DATE("today", "today", "2025-08-16");
    DATE("yesterday", "yesterday", "2025-08-15");
    DATE("tomorrow", "tomorrow", "2025-08-17");
    check("tonight", DCT, TL_TENSE_UNKNOWN, "tonight", TL_TIMEX_TIME, "2025-08-16TNI", "");
    DATE("now", "now", "PRESENT_REF");
    DATE("recently", "recently", "PAST_REF");
    DATE("in the near future", "the near future", "FUTURE_REF");
    DUR("recent months", "recent months", "PXM", "");
}

Test(resolve, relative_units)
{
    DATE("last week", "last week", "2025-W32"); /* the previous ISO week */
    DATE("this week", "this week", "2025-W33");
    DATE("next week", "next week", "2025-W34");
    DATE("last month", "last month", "2025-07");
    DATE("next year", "next year", "2026");
    DATE("last year", "last year", "2024");
    DATE("this month", "this month", "2025-08");
    DATE("the coming year", "the coming year", "2026");
    DATE("three years ago", "three years ago", "2022");
    DATE("two months ago", "two months ago", "2025-06");
    DATE("a year ago", "a year ago", "2024");
    DATE("two weeks from now", "two weeks from now", "2025-W35");
    check("later this month", DCT, TL_TENSE_UNKNOWN, "later this month", TL_TIMEX_DATE, "2025-08", "END");
    DUR("the past month", "the past month", "P1M", ""); /* rolling */
    check("it began about two years ago", DCT, TL_TENSE_PAST, "about two years ago", TL_TIMEX_DATE, "2023", "APPROX");
    check("it began almost four years ago", DCT, TL_TENSE_PAST, "almost four years ago", TL_TIMEX_DATE, "2021", "LESS_THAN");
}

Test(resolve, weekdays_by_tense)
{
    DATE("said on Friday", "Friday", "2025-08-15");
    DATE("will meet on Friday", "Friday", "2025-08-22");
    /* on a Friday, "Friday" is that day whatever the tense */
    check("on Friday", "2025-08-15", TL_TENSE_PAST, "Friday", TL_TIMEX_DATE, "2025-08-15", "");
    check("on Friday", "2025-08-15", TL_TENSE_FUTURE, "Friday", TL_TIMEX_DATE, "2025-08-15", "");
    check("Friday", DCT, TL_TENSE_PAST, "Friday", TL_TIMEX_DATE, "2025-08-15", "");
    DATE("last Friday", "last Friday", "2025-08-15");
    DATE("next Tuesday", "next Tuesday", "2025-08-19");
    check("it is this coming Sunday, August seventeenth", DCT, TL_TENSE_UNKNOWN, "this coming Sunday, August seventeenth",
          TL_TIMEX_DATE, "2025-08-17", "");
    check("Friday night", DCT, TL_TENSE_PAST, "Friday night", TL_TIMEX_TIME, "2025-08-15TNI", "");
    check("Saturday morning", DCT, TL_TENSE_PAST, "Saturday morning", TL_TIMEX_TIME, "2025-08-16TMO", "");
}

Test(resolve, times)
{
    check("at 11 a.m. local time", DCT, TL_TENSE_PAST, "11 a.m. local time", TL_TIMEX_TIME, "2025-08-16T11:00", "");
    check("shortly after 3:30 p.m.", DCT, TL_TENSE_PAST, "3:30 p.m.", TL_TIMEX_TIME, "2025-08-16T15:30", "");
    check("at noon", DCT, TL_TENSE_PAST, "noon", TL_TIMEX_TIME, "2025-08-16T12:00", "");
    check("9 a.m. Tuesday", DCT, TL_TENSE_FUTURE, "9 a.m. Tuesday", TL_TIMEX_TIME, "2025-08-19T09:00", "");
}

Test(resolve, durations)
{
    DUR("six years", "six years", "P6Y", "");
    DUR("a decade", "a decade", "P10Y", "");
    DUR("nearly three hours", "nearly three hours", "PT3H", "APPROX");
    DUR("two and a half hours", "two and a half hours", "PT2H30M", "");
    DUR("the past 12 months", "the past 12 months", "P12M", "");
    DUR("it lasted for months", "months", "PXM", "");
    DUR("more than two years", "more than two years", "P2Y", "MORE_THAN");
    DUR("at least a week", "at least a week", "P1W", "EQUAL_OR_MORE");
    DUR("less than a month", "less than a month", "P1M", "LESS_THAN");
    DUR("a two-year contract", "two-year", "P2Y", "");
    DUR("several days", "several days", "PXD", "");
    DUR("twenty-five minutes", "twenty-five minutes", "PT25M", "");
    DUR("in camps for 2 1/2 years", "2 1/2 years", "P2Y6M", "");
    DUR("about 5 1/2 hours", "5 1/2 hours", "PT5H30M", "");
    DUR("for two more weeks", "two more weeks", "P2W", "");
    DUR("for an additional year", "an additional year", "P1Y", "");
}

Test(resolve, sets)
{
    check("every Monday", DCT, TL_TENSE_UNKNOWN, "every Monday", TL_TIMEX_SET, "XXXX-WXX-1", "");
    check("daily", DCT, TL_TENSE_UNKNOWN, "daily", TL_TIMEX_SET, "P1D", "");
    check("weekly", DCT, TL_TENSE_UNKNOWN, "weekly", TL_TIMEX_SET, "P1W", "");
    check("twice a year", DCT, TL_TENSE_UNKNOWN, "twice a year", TL_TIMEX_SET, "P1Y", "");
    check("each winter", DCT, TL_TENSE_UNKNOWN, "each winter", TL_TIMEX_SET, "XXXX-WI", "");
    check("four times a year", DCT, TL_TENSE_UNKNOWN, "four times a year", TL_TIMEX_SET, "P1Y", "");
    /* rates after an amount are left out, as TimeBank and AQUAINT do */
    tu_no_timex("it earns $3 million a year", DCT);
    tu_no_timex("four flights a week", DCT);
    tu_no_timex("15 million instructions per second", DCT);
}

Test(resolve, holidays_computed)
{
    DATE("Christmas 2024", "Christmas 2024", "2024-12-25");
    DATE("Easter 2025", "Easter 2025", "2025-04-20");
    DATE("Easter 2024", "Easter 2024", "2024-03-31");
    DATE("Thanksgiving 2025", "Thanksgiving 2025", "2025-11-27");
    DATE("Labor Day 2025", "Labor Day 2025", "2025-09-01");
    DATE("Memorial Day 2025", "Memorial Day 2025", "2025-05-26");
    DATE("Independence Day 2025", "Independence Day 2025", "2025-07-04");
    DATE("Halloween 2025", "Halloween 2025", "2025-10-31");
    DATE("New Year's Day 2026", "New Year's Day 2026", "2026-01-01");
    DATE("Black Friday 2025", "Black Friday 2025", "2025-11-28");
    DATE("during Easter week", "Easter week", "2025-W16");
    DATE("Election Day 2022", "Election Day 2022", "2022-11-08"); /* Nov. 1 was a Tuesday: not it */
    DATE("Mother's Day 2025", "Mother's Day 2025", "2025-05-11");
    DATE("Father's Day 2025", "Father's Day 2025", "2025-06-15");
    DATE("Martin Luther King Day 2025", "Martin Luther King Day 2025", "2025-01-20");
    DATE("Columbus Day 2025", "Columbus Day 2025", "2025-10-13");
    DATE("Palm Sunday 2025", "Palm Sunday 2025", "2025-04-13");
    DATE("Ash Wednesday 2025", "Ash Wednesday 2025", "2025-03-05");
    DATE("last Christmas", "last Christmas", "2024-12-25");
}

Test(resolve, without_dct)
{
    check("said on Friday", NULL, TL_TENSE_UNKNOWN, "Friday", TL_TIMEX_DATE, "XXXX-WXX-5", "");
    check("yesterday", NULL, TL_TENSE_UNKNOWN, "yesterday", TL_TIMEX_DATE, "XXXX-XX-XX", "");
    check("August 15", NULL, TL_TENSE_UNKNOWN, "August 15", TL_TIMEX_DATE, "XXXX-08-15", "");
    check("last week", NULL, TL_TENSE_UNKNOWN, "last week", TL_TIMEX_DATE, "XXXX-WXX", "");
    check("August 15, 2025", NULL, TL_TENSE_UNKNOWN, "August 15, 2025", TL_TIMEX_DATE, "2025-08-15", "");
    check("three years", NULL, TL_TENSE_UNKNOWN, "three years", TL_TIMEX_DURATION, "P3Y", "");
}

Test(resolve, not_timexes)
{
    static const char *const phrases[] = {
        "it costs $15", "a 15% rise", "earnings of $1.65 a share", "the stock rose 7/8", "an F-22 fighter",
        "the Group of 20", "an A380 jet", "The Sun reported it", "May I ask a question",
        "they may march on", "a 45-year-old man", "the Good Friday Agreement", "the 25% chance",
        "call 555-1234"
    };
    for (size_t i = 0; i < sizeof phrases / sizeof *phrases; i++) tu_no_timex(phrases[i], DCT);
}
