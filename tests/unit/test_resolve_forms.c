/* test_resolve_forms.c -- tl_resolve() on date forms common outside US
 * newswire: day-first numeric dates.  DCT 2025-08-16. */
#include <criterion/criterion.h>

#include "timeline.h"
#include "support.h"

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
