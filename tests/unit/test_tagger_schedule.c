/* test_tagger_schedule.c -- a present of schedule ("the summit starts on
 * Friday", "the two sides meet Thursday", "the show opens March 18", "are
 * holding talks on Friday", "the vote is on Friday") is the next such day;
 * reporting verbs, headlines, known events and past clauses are not. */
#include <criterion/criterion.h>
#include <string.h>

#include "timeline.h"
#include "support.h"

/* One sentence, one expression: its value. */
static void expect_one(const char *text, const char *dct, const char *phrase, const char *value)
{
    tl_timeline *tl = tu_tag(text, dct);
    tu_expect_text(tl, phrase, value);
    tl_free(tl);
}

/* DCT Wednesday 2025-08-13. */
Test(tagger_schedule, present_simple_is_the_next_day)
{
    tl_timeline *tl = tu_tag("The summit starts at 2 p.m. EDT on Friday.", "2025-08-13");
    tu_expect_text(tl, "Friday", "2025-08-15");
    tu_expect_text(tl, "2 p.m. EDT", "2025-08-15T14:00"); /* the corpora keep local clock time, no offset */
    tl_free(tl);
    expect_one("Negotiations resume Monday in Geneva.", "2025-08-13", "Monday", "2025-08-18");
    expect_one("The committee convenes Thursday to review the budget.", "2025-08-13", "Thursday", "2025-08-14");
    expect_one("The new ferry line begins service on Sunday.", "2025-08-13", "Sunday", "2025-08-17");
    expect_one("Mayor Ruiz visits the flooded district on Saturday.", "2025-08-13", "Saturday", "2025-08-16");
}

/* A plural subject with the base form, a name or a pronoun before it. */
Test(tagger_schedule, plural_subject)
{
    expect_one("The two foreign ministers meet Thursday in Oslo.", "2025-08-13", "Thursday", "2025-08-14");
    expect_one("They travel to Cairo on Tuesday.", "2025-08-13", "Tuesday", "2025-08-19");
    expect_one("Mr. Lopez and Ms. Chen meet separately Monday with the envoy.", "2025-08-13", "Monday",
               "2025-08-18");
}

/* "is", "are" with an "-ing" form or "on"; "is due" was a future already. */
Test(tagger_schedule, progressive_and_is_on)
{
    expect_one("Union leaders are holding talks with the port authority on Friday.", "2025-08-13", "Friday",
               "2025-08-15");
    expect_one("The final vote is on Friday.", "2025-08-13", "Friday", "2025-08-15");
    expect_one("The audit report is due on Monday.", "2025-08-13", "Monday", "2025-08-18");
}

/* The DCT's weekday is the DCT itself, whatever the tense. */
Test(tagger_schedule, the_dcts_own_day)
{
    expect_one("The stock exchange opens Wednesday after the holiday.", "2025-08-13", "Wednesday", "2025-08-13");
}

/* A month day: a schedule looks ahead, into next year when it has passed
 * by more than two months. */
Test(tagger_schedule, month_day)
{
    expect_one("The museum reopens March 18 after the renovation.", "2025-08-13", "March 18", "2026-03-18");
    expect_one("The festival opens September 4 in the old harbour.", "2025-08-13", "September 4", "2025-09-04");
    expect_one("Her term expires in January.", "2025-11-20", "January", "2026-01");
}

/* Not schedules: reporting verbs, past clauses, headlines, known events. */
Test(tagger_schedule, not_a_schedule)
{
    expect_one("The minister says on Friday that taxes will rise.", "2025-08-13", "Friday", "2025-08-08");
    expect_one("The summit started on Friday.", "2025-08-13", "Friday", "2025-08-08");
    expect_one("The leaders met on Monday and signed the accord.", "2025-08-13", "Monday", "2025-08-11");
    /* a headline (no final stop) reports the past in the present */
    expect_one("Prime minister meets rebel leaders on Tuesday\n\nThe talks lasted four hours.", "2025-08-13",
               "Tuesday", "2025-08-12");
    /* a photo caption describes the picture in the present */
    expect_one("Sen. Ruiz visits a school in Austin on Tuesday. (AP Photo/Eric Gay)", "2025-08-13", "Tuesday",
               "2025-08-12");
    /* a known event: "the Oct. 3 attack", "Monday's ruling" */
    expect_one("Police are investigating the May 3 attack.", "2025-08-13", "May 3", "2025-05-03");
    expect_one("Lawyers are appealing Monday's ruling.", "2025-08-13", "Monday", "2025-08-11");
    /* nouns, not verbs: "state visits", "the Senate vote" */
    expect_one("The Senate vote on Monday surprised analysts.", "2025-08-13", "Monday", "2025-08-11");
    /* after the expression a present verb is often in a relative clause */
    expect_one("On Tuesday, Ms. Ortiz, who heads the agency, resigned.", "2025-08-13", "Tuesday", "2025-08-12");
}

/* tl_resolve's caller passes the tense: a schedule is a future. */
Test(tagger_schedule, resolve_api_future)
{
    tl_resolution r;
    cr_assert_eq(tl_resolve("Friday", "2025-08-13", TL_TENSE_FUTURE, &r), 1);
    cr_expect_str_eq(r.value, "2025-08-15");
}

/* "run", "last", "continue" of a span of time: a schedule ("the fair runs
 * from June 2 to 5" in August is next year's); "runs" the noun is not. */
Test(tagger_schedule, spans_of_time)
{
    tl_timeline *tl = tu_tag("The fair runs from June 2 to 5.", "2025-08-16");
    tu_expect_text(tl, "June 2", "2026-06-02");
    tu_expect_text(tl, "5", "2026-06-05");
    tl_free(tl);
    expect_one("The exhibition lasts until June 2.", "2025-08-16", "June 2", "2026-06-02");
    expect_one("The trial continues on Monday.", "2025-08-16", "Monday", "2025-08-18");
    expect_one("The games run through Sunday.", "2025-08-13", "Sunday", "2025-08-17");
    expect_one("He scored two home runs on Friday.", "2025-08-16", "Friday", "2025-08-15");
}
