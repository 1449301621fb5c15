/* test_tagger_anaphora.c -- anaphora against the narrative's reference
 * time at the anaphor's own granularity (tl_context_ref_at), and parts of
 * the day without a day of their own.  DCT 2025-08-16 is a Saturday. */
#include <criterion/criterion.h>
#include <string.h>

#include "support.h"

#define DCT "2025-08-16"

/* The brief's narrative: "that week" only zooms out, so "two days later"
 * counts from the last day; "the following month" moves the story to a
 * month with no day named, so "the same day" is a day of it, unknown which. */
Test(tagger_anaphora, reference_per_granularity)
{
    tl_timeline *tl = tu_tag("The talks began on Monday. The next day they ended. That week was busy. "
                             "Two days later he left. The following month he returned. The same day he resigned.",
                             DCT);
    cr_assert_eq(tl_timex_count(tl), 6);
    tu_expect_at(tl, 0, "Monday", "2025-08-11");
    tu_expect_at(tl, 1, "The next day", "2025-08-12");
    tu_expect_at(tl, 2, "That week", "2025-W33");
    tu_expect_at(tl, 3, "Two days later", "2025-08-14");
    tu_expect_at(tl, 4, "The following month", "2025-09");
    tu_expect_at(tl, 5, "The same day", "2025-09-XX");
    cr_expect_str_eq(tl_timex_at(tl, 3)->anchor, "2025-08-12");
    cr_expect(strstr(tl_timex_at(tl, 3)->rule, "last finer time inside the reference time"), "%s",
              tl_timex_at(tl, 3)->rule);
    cr_expect(strstr(tl_timex_at(tl, 5)->rule, "unknown which"), "%s", tl_timex_at(tl, 5)->rule);
    tl_free(tl);
}

/* A finer time named before a coarser one that does not hold it is no
 * reference for a day anaphor: the DCT's week, not last October. */
Test(tagger_anaphora, finer_time_outside_the_reference)
{
    tl_timeline *tl = tu_tag("He spoke on Thursday. The doctor was killed last October. "
                             "His name was crossed out that same day.", DCT);
    cr_assert_eq(tl_timex_count(tl), 3);
    tu_expect_at(tl, 1, "last October", "2024-10");
    tu_expect_at(tl, 2, "that same day", "2024-10-XX");
    tl_free(tl);
}

Test(tagger_anaphora, year_reference_gives_unknown_month_and_day)
{
    tl_timeline *tl = tu_tag("The plant opened in 1998. That month, workers struck. That same day, it rained.", DCT);
    cr_assert_eq(tl_timex_count(tl), 3);
    tu_expect_at(tl, 1, "That month", "1998-XX");
    tu_expect_at(tl, 2, "That same day", "1998-XX-XX");
    tl_free(tl);
}

/* Week and month anaphora count from the last day when the reference only
 * zoomed out; a week of a month has no TimeML value: the month stays. */
Test(tagger_anaphora, week_and_month_units)
{
    tl_timeline *tl = tu_tag("The strike began on March 3, 2025. That month was cold. The following week, "
                             "talks resumed. In April the deal was signed. The following week it took effect.",
                             DCT);
    cr_assert_eq(tl_timex_count(tl), 5);
    tu_expect_at(tl, 1, "That month", "2025-03");
    tu_expect_at(tl, 2, "The following week", "2025-W11");
    tu_expect_at(tl, 3, "April", "2025-04");
    tu_expect_at(tl, 4, "The following week", "2025-04");
    tl_free(tl);
}

Test(tagger_anaphora, day_after_and_before)
{
    tl_timeline *tl = tu_tag("The vote was held on Tuesday. He left the day after. The day before yesterday it rained. "
                             "The day after tomorrow it will rain. The following day he spoke. "
                             "That same day he left.",
                             DCT);
    cr_assert_eq(tl_timex_count(tl), 6);
    tu_expect_at(tl, 0, "Tuesday", "2025-08-12");
    tu_expect_at(tl, 1, "the day after", "2025-08-13");
    tu_expect_at(tl, 2, "The day before yesterday", "2025-08-14");
    tu_expect_at(tl, 3, "The day after tomorrow", "2025-08-18");
    tu_expect_at(tl, 4, "The following day", "2025-08-19");
    tu_expect_at(tl, 5, "That same day", "2025-08-19");
    tl_free(tl);
}

/* "the day after the vote": a unit and a preposition, not a timex; "days
 * later", "weeks earlier" are left out, as TimeBank and AQUAINT leave them. */
Test(tagger_anaphora, prepositional_and_vague)
{
    tl_timeline *tl = tu_tag("On Monday the talks began. The day after the vote he left. Days later he returned. "
                             "Weeks earlier he had resigned.", DCT);
    cr_expect_eq(tl_timex_count(tl), 1, "got %zu", tl_timex_count(tl));
    tu_expect_at(tl, 0, "Monday", "2025-08-11");
    tl_free(tl);
}

/* Parts of the day on the reference day (TimeML TMO, TAF, TEV, TNI). */
Test(tagger_anaphora, parts_of_day_on_the_reference_day)
{
    tl_timeline *tl = tu_tag("Trading resumed on Friday, Oct. 27, 1989. Dealers placed orders in the morning to "
                             "start the day. In the afternoon he rested. By mid afternoon, prices fell. "
                             "During the evening they met. In the night it rained. Late morning, stocks rose.",
                             "1989-10-30");
    cr_assert_eq(tl_timex_count(tl), 7);
    tu_expect_at(tl, 0, "Friday, Oct. 27, 1989", "1989-10-27");
    tu_expect_at(tl, 1, "the morning", "1989-10-27TMO");
    tu_expect_at(tl, 2, "the afternoon", "1989-10-27TAF");
    tu_expect_at(tl, 3, "mid afternoon", "1989-10-27TAF");
    cr_expect_str_eq(tl_timex_at(tl, 3)->mod, "MID");
    tu_expect_at(tl, 4, "the evening", "1989-10-27TEV");
    tu_expect_at(tl, 5, "the night", "1989-10-27TNI");
    tu_expect_at(tl, 6, "Late morning", "1989-10-27TMO");
    cr_expect_str_eq(tl_timex_at(tl, 6)->mod, "END");
    cr_expect_eq(tl_timex_at(tl, 1)->type, TL_TIMEX_TIME);
    tl_free(tl);
}

/* A part of day before a noun modifies it; before "of" or a clause it
 * names another day; "the morning" needs a preposition of time; "morning"
 * alone is a noun. */
Test(tagger_anaphora, parts_of_day_that_are_not_times)
{
    tl_timeline *tl = tu_tag("He read the morning paper. She is a morning person. We watched the evening news. "
                             "He recalled the night the plane crashed. He died on the night of the storm. "
                             "The morning was quiet. Good morning.",
                             DCT);
    cr_expect_eq(tl_timex_count(tl), 0, "got %s", tl_timex_count(tl) ? tl_timex_at(tl, 0)->text : "");
    tl_free(tl);
}

/* "the next morning" after a month with no day named: a day of it. */
Test(tagger_anaphora, next_morning_after_a_month)
{
    tl_timeline *tl = tu_tag("On Monday he arrived. The next morning he left. In September 2024 the war began. "
                             "The next morning the city fell.", DCT);
    cr_assert_eq(tl_timex_count(tl), 4);
    tu_expect_at(tl, 1, "The next morning", "2025-08-12TMO");
    tu_expect_at(tl, 3, "The next morning", "2024-09-XXTMO");
    tl_free(tl);
}

/* A clock time alone is on the story's day when the reference time holds
 * it, else the DCT's. */
Test(tagger_anaphora, clock_time_on_the_reference_day)
{
    tl_timeline *tl = tu_tag("The raid began on Tuesday. That week was tense. At 3 p.m. the troops left.", DCT);
    cr_assert_eq(tl_timex_count(tl), 3);
    tu_expect_at(tl, 2, "3 p.m.", "2025-08-12T15:00");
    tl_free(tl);
}

/* The DCT is the story's start, not a time named inside a coarser one:
 * "that same day" after the DCT's own year is a day of that year. */
Test(tagger_anaphora, dct_is_not_a_named_day)
{
    tl_timeline *tl = tu_tag("The firm was founded in 2025. That same day, it hired a chief.", DCT);
    cr_assert_eq(tl_timex_count(tl), 2);
    tu_expect_at(tl, 1, "That same day", "2025-XX-XX");
    tl_free(tl);
    tl = tu_tag("The next day, it hired a chief.", DCT);
    cr_assert_eq(tl_timex_count(tl), 1);
    tu_expect_at(tl, 0, "The next day", "2025-08-17");
    tl_free(tl);
}
