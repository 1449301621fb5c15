/* test_tagger_tense.c -- how the tense of the clause around a weekday or a
 * month picks the day: reported speech ("would"), modals, parentheses,
 * "until", plans, deadlines ("by", "through"), and the sentence boundary. */
#include <criterion/criterion.h>
#include <string.h>

#include "support.h"

/* DCT Monday 2026-03-16: "would" looks ahead from the saying (yesterday),
 * and from the DCT when the sentence names no day of the saying. */
Test(tagger_tense, would_is_the_future_of_the_report)
{
    tl_timeline *tl = tu_tag("Officials said yesterday that ferry service would double from Tuesday. "
                             "The city would hold a public meeting on Wednesday evening. "
                             "The bridge should reopen in late April.",
                             "2026-03-16");
    tu_expect_text(tl, "yesterday", "2026-03-15");
    tu_expect_text(tl, "Tuesday", "2026-03-17");
    tu_expect_text(tl, "Wednesday evening", "2026-03-18TEV");
    tu_expect_text(tl, "late April", "2026-04");
    cr_expect(strstr(tl_timex_at(tl, 3)->rule, "future") != NULL, "%s", tl_timex_at(tl, 3)->rule);
    tl_free(tl);
}

/* The saying was on Sunday: "Monday" after it is the DCT itself. */
Test(tagger_tense, would_from_a_named_day)
{
    tl_timeline *tl = tu_tag("The union said on Sunday that the strike would end Monday.", "2026-03-16");
    tu_expect_text(tl, "Sunday", "2026-03-15");
    tu_expect_text(tl, "Monday", "2026-03-16");
    tl_free(tl);
    /* said on Monday, DCT Wednesday: the Tuesday after the saying is yesterday */
    tl = tu_tag("The company said Monday it would cut prices on Tuesday.", "2026-03-18");
    tu_expect_text(tl, "Monday", "2026-03-16");
    tu_expect_text(tl, "Tuesday", "2026-03-17");
    tl_free(tl);
}

/* "would have", "may have", "could not": past; a possessive names a known event. */
Test(tagger_tense, modals_with_have_and_negated_could)
{
    tl_timeline *tl = tu_tag("He said the talks would have ended Friday. "
                             "Investigators may have met on Thursday. "
                             "The mayor could not be reached Wednesday. "
                             "They said they would appeal Tuesday's ruling and find a way around Monday's order.",
                             "2026-03-14"); /* a Saturday */
    tu_expect_text(tl, "Friday", "2026-03-13");
    tu_expect_text(tl, "Thursday", "2026-03-12");
    tu_expect_text(tl, "Wednesday", "2026-03-11");
    tu_expect_text(tl, "Tuesday", "2026-03-10");
    tl_free(tl);
}

/* "could" + a verb speaks of what is ahead (not of the past). */
Test(tagger_tense, could_reopen)
{
    tl_timeline *tl = tu_tag("Officials said the bridge could reopen on Friday.", "2026-03-14");
    tu_expect_text(tl, "Friday", "2026-03-20");
    tl_free(tl);
}

/* An aside in parentheses takes the tense of the clause around it. */
Test(tagger_tense, parentheses_are_transparent)
{
    tl_timeline *tl = tu_tag("The father will leave at 4 in the morning (4 a.m. EDT Thursday), he said.", "2000-04-05");
    tu_expect_text(tl, "4 a.m. EDT Thursday", "2000-04-06T04:00");
    tl_free(tl);
}

/* "until" speaks of the future unless the verb after it is a past auxiliary. */
Test(tagger_tense, until_and_the_verb_after_it)
{
    tl_timeline *tl = tu_tag("Until Thursday, the police had not named him. "
                             "The agency extended its deadline until Tuesday. "
                             "A rally planned for Saturday was canceled.",
                             "1999-05-07"); /* a Friday */
    tu_expect_text(tl, "Thursday", "1999-05-06");
    tu_expect_text(tl, "Tuesday", "1999-05-11");
    tu_expect_text(tl, "Saturday", "1999-05-01");
    tl_free(tl);
}

/* A plan seen from the past is still ahead; a perfect is not. */
Test(tagger_tense, plans_from_the_past)
{
    tl_timeline *tl = tu_tag("Protesters planned a march on Saturday and were planning to block the airport on Monday. "
                             "The talks had been scheduled to end Friday.",
                             "2000-01-07"); /* a Friday */
    tu_expect_text(tl, "Saturday", "2000-01-08");
    tu_expect_text(tl, "Monday", "2000-01-10");
    tu_expect_text(tl, "Friday", "2000-01-07");
    tl_free(tl);
}

/* Deadlines: "by February", "through January" are ahead; a month that has
 * not begun in a past clause is last year's; a present passive is not past. */
Test(tagger_tense, deadlines_and_months)
{
    tl_timeline *tl = tu_tag("The company plans to repay the loan by February. "
                             "The bank extended credit through January. "
                             "The operator changed its fiscal year in December. "
                             "The appeal is heard in December.",
                             "1989-11-02");
    tu_expect_text(tl, "February", "1990-02");
    tu_expect_text(tl, "January", "1990-01");
    cr_expect_str_eq(tl_timex_at(tl, 2)->value, "1988-12"); /* "changed": past */
    cr_expect_str_eq(tl_timex_at(tl, 3)->value, "1989-12"); /* "is heard": present */
    tl_free(tl);
}

/* "May" the month is not the modal, even first in a sentence. */
Test(tagger_tense, may_the_month)
{
    tl_timeline *tl = tu_tag("May 5 talks on Friday collapsed.", "2026-03-14");
    tu_expect_text(tl, "Friday", "2026-03-13");
    tl_free(tl);
}

/* A tense cue of the previous sentence does not carry over. */
Test(tagger_tense, cues_stay_in_their_sentence)
{
    tl_timeline *tl = tu_tag("The loan may run longer. Holidays: Ash Wednesday.", "1998-10-26");
    tu_expect_text(tl, "Ash Wednesday", "1998-02-25");
    tl_free(tl);
}

/* Irregular past forms and participles are past cues (DCT 2025-11-20: a
 * December in a past clause is last year's); a form equal to the base
 * ("put") is none, nor a capitalised name ("Drew"). */
Test(tagger_tense, irregular_past)
{
    tl_timeline *tl = tu_tag("In December they ate turkey. "
                             "In December the fields froze. "
                             "The letters written in December were lost. "
                             "In December they put it on sale. "
                             "In December, Drew will sing. "
                             "In December the two sides agreed to resume talks.",
                             "2025-11-20");
    cr_assert_eq(tl_timex_count(tl), 6);
    cr_expect_str_eq(tl_timex_at(tl, 0)->value, "2024-12");
    cr_expect_str_eq(tl_timex_at(tl, 1)->value, "2024-12");
    cr_expect_str_eq(tl_timex_at(tl, 2)->value, "2024-12");
    cr_expect_str_eq(tl_timex_at(tl, 3)->value, "2025-12"); /* no cue: the nearest */
    cr_expect_str_eq(tl_timex_at(tl, 4)->value, "2025-12"); /* "will" */
    cr_expect_str_eq(tl_timex_at(tl, 5)->value, "2024-12"); /* "agreed" is past after the month */
    tl_free(tl);
}

/* A participle after "being": its auxiliary decides ("are being held" is
 * a present of schedule). */
Test(tagger_tense, being_and_a_participle)
{
    tl_timeline *tl = tu_tag("The talks are being held on Friday.", "2025-08-16"); /* a Saturday */
    tu_expect_text(tl, "Friday", "2025-08-22");
    tl_free(tl);
}

/* An infinitive after a future-oriented word is ahead of it: a plan, a
 * selection, an agreement, "likely"; not after an implicative ("declined
 * to comment"), nor "agreed to" + a noun phrase. */
Test(tagger_tense, prospective_infinitives)
{
    tl_timeline *tl = tu_tag("Collins was selected to command a mission in December.", "1998-03-04");
    tu_expect_text(tl, "December", "1998-12");
    tl_free(tl);
    tl = tu_tag("Midwest announced an agreement to acquire the bank in January. "
                "Thermo agreed to purchase the line for $22 million in February. "
                "Dealers are likely to buy the stock in December. "
                "He declined to comment in January. "
                "They agreed to the terms in February.",
                "1989-11-02");
    cr_assert_eq(tl_timex_count(tl), 5);
    cr_expect_str_eq(tl_timex_at(tl, 0)->value, "1990-01");
    cr_expect_str_eq(tl_timex_at(tl, 1)->value, "1990-02");
    cr_expect_str_eq(tl_timex_at(tl, 2)->value, "1989-12");
    cr_expect_str_eq(tl_timex_at(tl, 3)->value, "1989-01");
    cr_expect_str_eq(tl_timex_at(tl, 4)->value, "1989-02");
    tl_free(tl);
    /* after the expression the infinitive does not govern it */
    tl = tu_tag("In January, they agreed to sell the unit.", "1989-11-02");
    tu_expect_text(tl, "January", "1989-01");
    tl_free(tl);
}

/* A month (day) without a year and no cue near: a future further back in
 * the conjunct decides, "would" included; "and" between two dates does not
 * end the conjunct. */
Test(tagger_tense, far_future_for_months)
{
    tl_timeline *tl = tu_tag("Collins will be named commander of the Space Shuttle Columbia for a mission in December.",
                             "1998-03-04");
    tu_expect_text(tl, "December", "1998-12");
    tl_free(tl);
    tl = tu_tag("It said two new flights would leave Bombay on Monday and Tuesday nights from March 30, "
                "with the third departing each Thursday from August 6.",
                "1998-02-13");
    tu_expect_text(tl, "March 30", "1998-03-30");
    tu_expect_text(tl, "August 6", "1998-08-06");
    tl_free(tl);
}

/* A participle after "have", "had", "been" leaves the tense to its
 * auxiliaries: a future perfect is ahead, "would have" and "had been" are
 * past (DCT 2025-11-20). */
Test(tagger_tense, perfect_participles)
{
    tl_timeline *tl = tu_tag("They will have finished the work in December. "
                             "The report will have been published in December. "
                             "The report had been published in December. "
                             "He said the talks would have ended in December. "
                             "They have eaten in December.",
                             "2025-11-20");
    cr_assert_eq(tl_timex_count(tl), 5);
    cr_expect_str_eq(tl_timex_at(tl, 0)->value, "2025-12");
    cr_expect_str_eq(tl_timex_at(tl, 1)->value, "2025-12");
    cr_expect_str_eq(tl_timex_at(tl, 2)->value, "2024-12");
    cr_expect_str_eq(tl_timex_at(tl, 3)->value, "2024-12");
    cr_expect_str_eq(tl_timex_at(tl, 4)->value, "2024-12");
    tl_free(tl);
}
