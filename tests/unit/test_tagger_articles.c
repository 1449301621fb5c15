/* test_tagger_articles.c -- mistakes first seen on real web articles, each
 * on sentences of our own: possessive weekdays, reporting clauses and
 * "that" complements around a weekday, seasons inside names, "the second
 * half of the game", day ranges with a dash, US time zones, "hours ago"
 * against a DCT with a clock time, and "2 p.m. on Friday".  DCT Saturday
 * 2025-08-16 unless a case says otherwise. */
#include <criterion/criterion.h>
#include <string.h>

#include "support.h"

#define DCT "2025-08-16"

static void resolves(const char *phrase, const char *anchor, tl_tense tense, const char *text, const char *value)
{
    tu_resolves(phrase, anchor, tense, text, -1, value, NULL);
}

/* A possessive weekday names a known event: a future clause takes the
 * next one unless the event was the day before the DCT, a past clause the
 * previous one unless the event is the day after, and without either the
 * next one counts when at most two days ahead. */
Test(tagger_articles, possessive_weekday_by_tense_and_distance)
{
    tl_timeline *tl = tu_tag("Analysts will judge the result of Friday's talks for weeks. "
                             "Monday's hearing in the Senate is expected to be tense. "
                             "Wednesday's vote will shape the budget. "
                             "Prices rose from Thursday's close. "
                             "The champion reached Sunday's final.",
                             DCT);
    tu_expect_at(tl, 0, "Friday", "2025-08-15");    /* the day before: not 08-22 */
    tu_expect_at(tl, 2, "Monday", "2025-08-18");    /* two days ahead */
    tu_expect_at(tl, 3, "Wednesday", "2025-08-20"); /* a future clause */
    tu_expect_at(tl, 4, "Thursday", "2025-08-14");  /* a past clause */
    tu_expect_at(tl, 5, "Sunday", "2025-08-17");    /* the day after */
    tl_free(tl);
    /* on a Monday, last Thursday's price: three days ahead is too far */
    tl = tu_tag("The bonds convert at a premium over Thursday's closing price.", "2025-08-18");
    tu_expect_at(tl, 0, "Thursday", "2025-08-14");
    tl_free(tl);
    /* a closing quote after a full stop ends the quotation's clause */
    tl = tu_tag("He said: 'They have to work with us.' Monday's visit will be pivotal.", DCT);
    tu_expect_at(tl, 0, "Monday", "2025-08-18");
    tl_free(tl);
}

/* ", said two officials" reports the clause before it: its modal, further
 * back than the usual window, decides. */
Test(tagger_articles, reporting_clause_after_the_weekday)
{
    tl_timeline *tl = tu_tag("Several ministers might travel with the delegation to the capital for the talks on "
                             "Monday, said two officials.",
                             DCT);
    tu_expect_at(tl, 0, "Monday", "2025-08-18");
    tl_free(tl);
}

/* No cue near the weekday: a future further back in its conjunct counts
 * ("when he flies on ... on Sunday" in a "will" sentence), but not one
 * across "and", nor a "would". */
Test(tagger_articles, far_future_for_weekdays)
{
    tl_timeline *tl = tu_tag("The president will become the first leader to address the assembly when he flies on "
                             "to the capital on Sunday. "
                             "The court said the man must be sent home to his mother, and named Thursday as the "
                             "last day for his family's appeal.",
                             "2025-08-15");
    tu_expect_at(tl, 0, "Sunday", "2025-08-17");
    tu_expect_at(tl, 1, "Thursday", "2025-08-14");
    tl_free(tl);
}

/* "this Friday" said on a Saturday is the coming one, except in a past
 * clause, where it is this week's. */
Test(tagger_articles, this_weekday)
{
    resolves("the envoy will leave this Friday", DCT, TL_TENSE_FUTURE, "this Friday", "2025-08-22");
    resolves("the envoy leaves this Friday", DCT, TL_TENSE_UNKNOWN, "this Friday", "2025-08-22");
    resolves("the envoy left this Friday", DCT, TL_TENSE_PAST, "this Friday", "2025-08-15");
    resolves("the envoy leaves this Sunday", DCT, TL_TENSE_UNKNOWN, "this Sunday", "2025-08-17");
}

/* "the pledge on Thursday that taxes would not rise": the "would" is the
 * pledge's content, not when it was made. */
Test(tagger_articles, that_complement_after_the_weekday)
{
    tl_timeline *tl = tu_tag("The minister's pledge on Thursday that taxes would not rise angered the unions.", DCT);
    tu_expect_at(tl, 0, "Thursday", "2025-08-14");
    tl_free(tl);
}

/* A capitalised season next to another capitalised word is a name. */
Test(tagger_articles, seasons_in_names)
{
    tu_no_timex("Historians compare it with the Prague Spring.", DCT);
    tu_no_timex("They joined the Arab Spring uprisings.", DCT);
    tu_no_timex("She swam at the Summer Olympics.", DCT);
    tu_no_timex("Crews cleared roads after Winter Storm Elliott.", DCT);
    resolves("Last Spring the river flooded", DCT, TL_TENSE_PAST, "Last Spring", "2024-SP");
    resolves("they left in Spring 2024", DCT, TL_TENSE_PAST, "Spring 2024", "2024-SP");
    resolves("the garden blooms in Spring", DCT, TL_TENSE_PAST, "Spring", "2025-SP");
    /* "May Day" is a holiday (May 1), not the month of May */
    resolves("crowds filled the May Day parade", DCT, TL_TENSE_PAST, "May Day", "2025-05-01");
    resolves("Since Autumn this year prices rose", DCT, TL_TENSE_PAST, "Autumn this year", "2025-FA");
    resolves("floods in spring last year", DCT, TL_TENSE_PAST, "spring last year", "2024-SP");
}

/* "the second half of the game": halves and quarters of things. */
Test(tagger_articles, halves_of_things)
{
    tu_no_timex("The second half of the game was delayed.", DCT);
    tu_no_timex("The first quarter of the match was dull.", DCT);
    resolves("profits fell in the second half of 2024", DCT, TL_TENSE_PAST, "the second half of 2024", "2024-H2");
    resolves("progress in the first half of the new year", DCT, TL_TENSE_FUTURE, "the first half", "2025-H1");
    resolves("profit for the third quarter of $12 million", DCT, TL_TENSE_PAST, "the third quarter", "2025-Q3");
}

/* "Russia Today" is a channel, even first in its sentence. */
Test(tagger_articles, today_in_a_name)
{
    tl_timeline *tl = tu_tag("Russia Today reported the talks. Officials said: 'Today we begin.'", DCT);
    cr_expect_eq(tl_timex_count(tl), 1);
    tu_expect_at(tl, 0, "Today", "2025-08-16");
    tl_free(tl);
}

/* "Aug. 15-16" is two days, not a score. */
Test(tagger_articles, day_range_with_a_dash)
{
    tl_timeline *tl = tu_tag("The fair ran Aug. 15-16 and again on September 3-5. The score was 3-2.", DCT);
    cr_expect_eq(tl_timex_count(tl), 4);
    tu_expect_at(tl, 0, "Aug. 15", "2025-08-15");
    tu_expect_at(tl, 1, "16", "2025-08-16");
    tu_expect_at(tl, 2, "September 3", "2025-09-03");
    tu_expect_at(tl, 3, "5", "2025-09-05");
    tl_free(tl);
}

Test(tagger_articles, clock_times)
{
    resolves("the polls open at 10:30 a.m. ET", DCT, TL_TENSE_FUTURE, "10:30 a.m. ET", "2025-08-16T10:30");
    resolves("a briefing at 4 p.m. PT today", DCT, TL_TENSE_FUTURE, "4 p.m. PT today", "2025-08-16T16:00");
    tu_no_timex("as Smith et al. showed", DCT);
    /* "on Friday" gives the day; the extent leaves it to its own timex */
    resolves("the talks ended at 2 p.m. on Friday", DCT, TL_TENSE_PAST, "2 p.m.", "2025-08-15T14:00");
    /* against a DCT with a clock time, at the unit's granularity */
    resolves("Updated 3 hours ago", "2025-08-16T10:00", TL_TENSE_UNKNOWN, "3 hours ago", "2025-08-16T07");
    resolves("posted 30 minutes ago", "2025-08-16T00:10", TL_TENSE_UNKNOWN, "30 minutes ago", "2025-08-15T23:40");
    resolves("Updated 3 hours ago", DCT, TL_TENSE_UNKNOWN, "3 hours ago", "2025-08-16");
}

/* Bylines: "Fri", "Sat", "Sun" before a date are weekdays ("The Sun." is a
 * newspaper), and a clock time takes the dated day after it. */
Test(tagger_articles, bylines)
{
    tl_timeline *tl = tu_tag("Published 2:15 PM EDT, Fri August 15, 2025.\n\n"
                             "Updated 11:02 AM EDT August 16, 2025.\n\n"
                             "Sat 16 Aug 2025 09:00 BST\n\n"
                             "The story ran in The Sun. Readers wrote in.",
                             DCT);
    cr_expect_eq(tl_timex_count(tl), 5);
    tu_expect_at(tl, 0, "2:15 PM EDT, Fri", "2025-08-15T14:15");
    tu_expect_at(tl, 1, "August 15, 2025", "2025-08-15");
    tu_expect_at(tl, 2, "11:02 AM EDT August 16, 2025", "2025-08-16T11:02");
    tu_expect_at(tl, 3, "Sat 16 Aug 2025", "2025-08-16");
    tu_expect_at(tl, 4, "09:00 BST", "2025-08-16T09:00");
    tl_free(tl);
}

/* "Aug. 22 or 23": the second day too; "in the autumn" with no tense cue
 * in August (the last month of summer) is the coming one. */
Test(tagger_articles, alternative_days_and_the_coming_season)
{
    tl_timeline *tl = tu_tag("The talks resume on Aug. 22 or 23. A deal, perhaps in the autumn.", DCT);
    tu_expect_at(tl, 0, "Aug. 22", "2025-08-22");
    tu_expect_at(tl, 1, "23", "2025-08-23");
    tu_expect_at(tl, 2, "the autumn", "2025-FA");
    tl_free(tl);
    /* in March the summer is three months off: the last one */
    tl = tu_tag("Charges over the border clashes during the summer.", "2025-03-18");
    tu_expect_at(tl, 0, "the summer", "2024-SU");
    tl_free(tl);
}

