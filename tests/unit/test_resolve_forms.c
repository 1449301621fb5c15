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
