/* test_resolve_forms.c -- tl_resolve() on less common forms: day-first
 * numeric dates (slashes and dots), n-th weekdays, joined durations, "the
 * year 325".
 * DCT 2025-08-16. */
#include <criterion/criterion.h>
#include <string.h>

#include "timeline.h"
#include "support.h"
#include "../../src/time/durjoin.h"

#define DCT "2025-08-16"

static void check(const char *phrase, const char *text, tl_timex_type type, const char *value)
{
    tu_resolves(phrase, DCT, TL_TENSE_UNKNOWN, text, (int)type, value, NULL);
}

Test(resolve_forms, day_first_slash_dates)
{
    check("The deadline is 15/08/2025.", "15/08/2025", TL_TIMEX_DATE, "2025-08-15");
    check("signed on 31/12/24", "31/12/24", TL_TIMEX_DATE, "2024-12-31");
    check("due 8/10/2025", "8/10/2025", TL_TIMEX_DATE, "2025-08-10"); /* ambiguous: month first */
    check("on 13/13/2025", "2025", TL_TIMEX_DATE, "2025");            /* no such date: only the year */
}

Test(resolve_forms, a_day_range_needs_a_month_at_its_start)
{
    tl_timeline *tl = tu_tag("They met on Aug. 3 and 24. The office is open Friday and 24/7.", DCT);
    cr_expect_eq(tl_timex_count(tl), 3);
    tu_expect_at(tl, 0, "Aug. 3", "2025-08-03");
    tu_expect_at(tl, 1, "24", "2025-08-24");
    tu_expect_at(tl, 2, "Friday", "2025-08-15");
    tl_free(tl);
}

Test(resolve_forms, nth_weekday_of_a_month)
{
    tu_resolves("The vote will be held on the first Tuesday of November.", DCT, TL_TENSE_UNKNOWN,
                "the first Tuesday of November", TL_TIMEX_DATE, "2025-11-04", NULL);
    tu_resolves("The vote was held on the first Tuesday of November.", DCT, TL_TENSE_UNKNOWN,
                "the first Tuesday of November", TL_TIMEX_DATE, "2024-11-05", NULL);
    check("the fair on the last Friday in June 2026", "the last Friday in June 2026", TL_TIMEX_DATE,
          "2026-06-26");
    check("on the fifth Sunday of March 2024", "the fifth Sunday of March 2024", TL_TIMEX_DATE,
          "2024-03-31"); /* March 2024 has five Sundays */
    check("the fourth Thursday of November, 2000", "the fourth Thursday of November, 2000", TL_TIMEX_DATE,
          "2000-11-23");
}

Test(resolve_forms, fiscal_years_in_one_word)
{
    check("Sales in FY2024 rose.", "FY2024", TL_TIMEX_DATE, "2024");
    check("FY25 guidance was cut", "FY25", TL_TIMEX_DATE, "2025");
    check("Sales in FY 2023 rose.", "FY 2023", TL_TIMEX_DATE, "2023");
    check("the FY1999 budget", "FY1999", TL_TIMEX_DATE, "1999");
    check("results for Q3 FY25", "Q3 FY25", TL_TIMEX_DATE, "2025-Q3");
    check("FY2026 H1 sales", "FY2026 H1", TL_TIMEX_DATE, "2026-H1");
    tu_no_timex("See the FYI note on FY-style codes and FY123.", DCT);
}

Test(resolve_forms, durations_joined_by_and_are_one)
{
    check("The talks lasted two hours and 17 minutes.", "two hours and 17 minutes", TL_TIMEX_DURATION, "PT2H17M");
    check("He served three years and six months in prison.", "three years and six months", TL_TIMEX_DURATION,
          "P3Y6M");
    check("a year and a day", "a year and a day", TL_TIMEX_DURATION, "P1Y1D");
    check("Stocks fell 8 percent in a single day.", "a single day", TL_TIMEX_DURATION, "P1D");
    /* larger units after smaller ones are two spans: "between two days and three weeks" */
    tl_timeline *tl = tu_tag("It took between two days and three weeks.", DCT);
    cr_expect_eq(tl_timex_count(tl), 2);
    tu_expect_at(tl, 0, "two days", "P2D");
    tu_expect_at(tl, 1, "three weeks", "P3W");
    tl_free(tl);
    /* a modifier on the second keeps them apart */
    tl = tu_tag("The flight took nearly two hours and more than 30 minutes.", DCT);
    cr_expect_eq(tl_timex_count(tl), 2);
    tl_free(tl);
}

Test(resolve_forms, duration_join_values)
{
    char v[64];
    cr_expect_eq(tl_duration_join("PT2H", "PT17M", v, sizeof v), 0);
    cr_expect_str_eq(v, "PT2H17M");
    cr_expect_eq(tl_duration_join("P2W", "P3D", v, sizeof v), 0); /* no weeks beside days in ISO 8601 */
    cr_expect_str_eq(v, "P17D");
    cr_expect_eq(tl_duration_join("P1D", "PT12H", v, sizeof v), 0);
    cr_expect_str_eq(v, "P1DT12H");
    cr_expect_eq(tl_duration_join("P1Y", "PT1H30M", v, sizeof v), 0);
    cr_expect_str_eq(v, "P1YT1H30M");
    cr_expect_eq(tl_duration_join("PT1M", "PT1H", v, sizeof v), -1); /* not largest first */
    cr_expect_eq(tl_duration_join("PT1H", "PT1H", v, sizeof v), -1);
    cr_expect_eq(tl_duration_join("PXY", "P2M", v, sizeof v), -1);  /* unknown count */
    cr_expect_eq(tl_duration_join("P1Y", "", v, sizeof v), -1);
    cr_expect_eq(tl_duration_join("P1Y", "P2M", v, 4), -1);         /* "P1Y2M" does not fit */
}

Test(resolve_forms, the_year_n_is_any_year)
{
    check("The council met in the year 325.", "the year 325", TL_TIMEX_DATE, "0325");
    check("In the year 2000 it rained.", "the year 2000", TL_TIMEX_DATE, "2000");
}

Test(resolve_forms, dotted_dates)
{
    check("The meeting on 12.08.2025 was short.", "12.08.2025", TL_TIMEX_DATE, "2025-08-12"); /* day first */
    check("Born 5.8.1990 in Bern.", "5.8.1990", TL_TIMEX_DATE, "1990-08-05");
    check("Released 2025.08.15 in Seoul.", "2025.08.15", TL_TIMEX_DATE, "2025-08-15");
    tu_no_timex("Version 3.10.2 is out and grew 12.5 percent.", DCT);
    tu_no_timex("The form says 31.02.2025 by mistake.", DCT); /* no such day */
    tu_no_timex("Its address is 10.20.1999.", DCT);           /* no month 20 */
}

Test(resolve_forms, number_pairs_that_count_are_no_years)
{
    tu_no_timex("Sales rose to between 1500 and 1800 units.", DCT);
    tu_no_timex("Output rose from 2000 to 2500 tons.", DCT); /* 2500 cannot be a year */
    tl_timeline *tl = tu_tag("Prices rose from 1990 to 1995 levels. They were sentenced in 1995 to 15 years.", DCT);
    tu_expect_at(tl, 0, "1990", "1990");
    tu_expect_at(tl, 1, "1995", "1995");
    tu_expect_at(tl, 2, "1995", "1995");
    tl_free(tl);
    check("The war lasted from 1861 to 1865.", "1861", TL_TIMEX_DATE, "1861");
}

Test(resolve_forms, over_before_n_ago_is_more_than)
{
    tu_resolves("The plant closed over three years ago.", DCT, TL_TENSE_UNKNOWN, "over three years ago", TL_TIMEX_DATE,
                "2022", "MORE_THAN");
    tu_resolves("He left under two years ago.", DCT, TL_TENSE_UNKNOWN, "under two years ago", TL_TIMEX_DATE, "2023",
                "LESS_THAN");
    /* after an amount "over" is "during": it stays outside */
    tu_resolves("They spent $300 billion over two years ago.", DCT, TL_TENSE_UNKNOWN, "two years ago", TL_TIMEX_DATE,
                "2023", "");
}

Test(resolve_forms, year_ranges_with_a_short_end)
{
    tl_timeline *tl = tu_tag("They fought the Korean War of 1950-53.", DCT);
    cr_expect_eq(tl_timex_count(tl), 2);
    tu_expect_at(tl, 0, "1950", "1950");
    tu_expect_at(tl, 1, "53", "1953");
    tl_free(tl);
    check("He wrote on February, 6, 1996.", "February, 6, 1996", TL_TIMEX_DATE, "1996-02-06");
    check("The main theme of this year--\"One Community\"--was set.", "this year", TL_TIMEX_DATE, "2025");
}

/* a year is no frame for a bare part of a day: the DCT's day; an explicit
 * anaphor keeps to its reference ("the following night") */
Test(resolve_forms, part_of_day_after_a_year)
{
    tl_timeline *tl = tu_tag("Leaders agreed on the 2007-13 budget. Talks went on during the morning.", DCT);
    tu_expect_text(tl, "the morning", "2025-08-16TMO");
    tl_free(tl);
    tl = tu_tag("He wrote a letter in 1996. The following night he left.", DCT);
    tu_expect_text(tl, "The following night", "1996-XX-XXTNI");
    tl_free(tl);
}

Test(resolve_forms, month_day_with_a_relative_year)
{
    check("The bomb exploded on Nov. 13 last year.", "Nov. 13 last year", TL_TIMEX_DATE, "2024-11-13");
    check("The law takes effect Jan. 1 next year.", "Jan. 1 next year", TL_TIMEX_DATE, "2026-01-01");
    tl_timeline *tl = tu_tag("She left on May 5 last week.", DCT); /* no such thing: two timexes */
    cr_expect_eq(tl_timex_count(tl), 2);
    tl_free(tl);
}

/* a date before a noun names the day the story named before */
Test(resolve_forms, the_same_month_day_before_a_noun)
{
    tl_timeline *tl = tu_tag("The colony returns to China on March 1. Officials faced a legal vacuum after the March 1 "
                             "handover. Annan, who is stepping down on December 31, extended the mission until "
                             "December 31, 2026.",
                             DCT);
    tu_expect_at(tl, 0, "March 1", "2026-03-01");
    tu_expect_at(tl, 1, "March 1", "2026-03-01");
    tu_expect_at(tl, 2, "December 31", "2025-12-31"); /* no noun after it: the tense decides */
    tl_free(tl);
}

Test(resolve_forms, a_publication_is_no_frequency)
{
    tu_no_timex("Intro.\nHe told the national news weekly.", DCT);
    tu_no_timex("Intro.\nAccording to the daily, prices rose.", DCT);
    tu_no_timex("Intro.\nPrices will rise, the financial daily said.", DCT);
    check("Intro.\nThe paper is published daily.", "daily", TL_TIMEX_SET, "P1D");
    check("Intro.\nThey meet on a daily basis.", "daily", TL_TIMEX_SET, "P1D");
}

/* the day a report was given is no time of the story it reports */
Test(resolve_forms, the_day_of_a_report_is_not_the_story_s)
{
    tl_timeline *tl = tu_tag("Intro.\nTwo bombs exploded on Sunday, police said Monday. The same day, rebels attacked.\n"
                             "The storm will reach the capital by Friday, the bureau said Tuesday. As of 10 a.m., it "
                             "was 400 km away.",
                             "2005-11-22");
    tu_expect_text(tl, "The same day", "2005-11-20");
    tu_expect_text(tl, "10 a.m.", "2005-11-22T10:00");
    tl_free(tl);
}

Test(resolve_forms, positioned_part_of_day_before_a_noun)
{
    tu_resolves("Intro.\nShares fell in mid-afternoon trading here.", DCT, TL_TENSE_UNKNOWN, "mid-afternoon",
                TL_TIMEX_TIME, "2025-08-16TAF", "MID");
    tu_resolves("Intro.\nBy mid-morning the crowd had gone.", DCT, TL_TENSE_UNKNOWN, "mid-morning", TL_TIMEX_TIME,
                "2025-08-16TMO", "MID");
    tu_no_timex("Intro.\nThe late-night show aired.", DCT);
}

/* a range of counts is one duration, as TimeBank tags "two to three weeks" */
Test(resolve_forms, ranges_of_counts)
{
    tu_resolves("Intro.\nIt takes two to three weeks.", DCT, TL_TENSE_UNKNOWN, "two to three weeks", TL_TIMEX_DURATION,
                "P2W", "EQUAL_OR_MORE");
    tu_resolves("Intro.\nIt was done between 24 and 48 hours earlier.", DCT, TL_TENSE_UNKNOWN, "24 and 48 hours",
                TL_TIMEX_DURATION, "PT24H", "EQUAL_OR_MORE");
    tu_resolves("Intro.\nIt lasts two or three days.", DCT, TL_TENSE_UNKNOWN, "two or three days", TL_TIMEX_DURATION,
                "P2D", "APPROX");
    tu_resolves("Intro.\nSales rose over the next 12 to 18 months.", DCT, TL_TENSE_UNKNOWN, "the next 12 to 18 months",
                TL_TIMEX_DURATION, "P12M", "EQUAL_OR_MORE");
    /* a falling pair is no range */
    tl_timeline *tl = tu_tag("Intro.\nHe was sentenced in 1995 to 15 years.", DCT);
    tu_expect_text(tl, "1995", "1995");
    tu_expect_text(tl, "15 years", "P15Y");
    tl_free(tl);
}

Test(resolve_forms, the_long_weekend)
{
    tu_resolves("Intro.\nShops will close for the long weekend.", DCT, TL_TENSE_UNKNOWN, "the long weekend",
                TL_TIMEX_DATE, "2025-W33-WE", ""); /* a Saturday DCT: this one */
    tu_no_timex("Intro.\nIt was the long year of his life.", DCT);
}

Test(resolve_forms, a_weekday_as_a_kind_of_day)
{
    tl_timeline *tl = tu_tag("Intro.\nChristmas falls on a Friday this year. He was born on a Tuesday.", DCT);
    tu_expect_text(tl, "a Friday", "XXXX-WXX-5");
    tu_expect_text(tl, "a Tuesday", "XXXX-WXX-2");
    tl_free(tl);
    /* "a" with the noun after the day: the day is a date */
    check("Intro.\nHundreds attended a Sunday night memorial service.", "Sunday night", TL_TIMEX_TIME,
          "2025-08-10TNI");
}

/* a holiday named as an example of a kind has no year */
Test(resolve_forms, holidays_as_examples)
{
    tl_timeline *tl = tu_tag("Intro.\nThe young celebrate western festivals like the Valentine's Day and Christmas. "
                             "He will be home for Christmas.",
                             DCT);
    tu_expect_at(tl, 0, "Valentine's Day", "XXXX-02-14");
    tu_expect_at(tl, 1, "Christmas", "XXXX-12-25");
    tu_expect_at(tl, 2, "Christmas", "2025-12-25");
    tl_free(tl);
    check("Intro.\nHolidays such as Christmas are busy.", "Christmas", TL_TIMEX_DATE, "XXXX-12-25");
}

Test(resolve_forms, weekday_after_on_before_a_name)
{
    tl_timeline *tl = tu_tag("Intro.\nOn Friday Iraq began to take the pilgrims home. The Good Friday Agreement held.",
                             "1997-04-27");
    cr_expect_eq(tl_timex_count(tl), 1);
    tu_expect_at(tl, 0, "Friday", "1997-04-25");
    tl_free(tl);
}

Test(resolve_forms, the_units_ahead)
{
    check("Intro.\nCompetition will grow in the years ahead.", "the years ahead", TL_TIMEX_DURATION, "PXY");
    check("Intro.\nThey went ahead Monday with the vote.", "Monday", TL_TIMEX_DATE, "2025-08-11");
}

Test(resolve_forms, one_day_to_come_and_spans_and_a_half)
{
    check("Intro.\nOne day in the not too distant future we will see justice.", "One day", TL_TIMEX_DATE,
          "FUTURE_REF");
    check("Intro.\nI have a dream that one day this nation will rise up.", "one day", TL_TIMEX_DATE, "FUTURE_REF");
    check("Intro.\nThe trial lasted one day.", "one day", TL_TIMEX_DURATION, "P1D");
    check("Intro.\nHe is the fifth coach in the last two and a half years.", "the last two and a half years",
          TL_TIMEX_DURATION, "P2Y6M");
}
