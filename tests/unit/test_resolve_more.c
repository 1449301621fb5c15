/* test_resolve_more.c -- tl_resolve() on the expressions added after the
 * first tagger: ISO week numbers, "-long" durations and "current" as a
 * reference to the present.  DCT 2025-08-16, a Saturday of ISO week 33. */
#include <criterion/criterion.h>
#include <string.h>

#include "timeline.h"
#include "support.h"

#define DCT "2025-08-16"

static void check(const char *phrase, const char *text, tl_timex_type type, const char *value)
{
    tl_resolution r;
    cr_assert_eq(tl_resolve(phrase, DCT, TL_TENSE_UNKNOWN, &r), 1, "no timex in \"%s\"", phrase);
    cr_expect_eq(r.end - r.start, strlen(text), "\"%s\": extent \"%.*s\", expected \"%s\"", phrase,
                 (int)(r.end - r.start), phrase + r.start, text);
    cr_expect_eq(strncmp(phrase + r.start, text, strlen(text)), 0, "\"%s\": extent \"%.*s\"", phrase,
                 (int)(r.end - r.start), phrase + r.start);
    cr_expect_str_eq(r.value, value, "\"%s\": value %s, expected %s (%s)", phrase, r.value, value, r.rule);
    cr_expect_eq(r.type, type, "\"%s\": type %s", phrase, tl_timex_type_name(r.type));
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
