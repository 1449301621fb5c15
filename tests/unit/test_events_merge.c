/* test_events_merge.c -- the event stage on what a journalist checks first:
 * one event per happening (a date and its clock time, several articles
 * telling one meeting), labels without stray prepositions, the past tense
 * once a happening is reported as done, who said what, and dates of what
 * was said.  Timexes are made by hand, as in test_events.c. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "../../src/events/events.h"
#include "../../src/model/stages.h"
#include "support.h"

/* ---- a date and its time: one event --------------------------------------- */

Test(events_merge, date_and_clock_time_are_one_event_without_dangling_words)
{
    const char *docs[] = {"A public hearing on the new bus lanes is scheduled for April 2 at 6 p.m. "
                          "at the library."};
    tl_timeline *tl = tu_docs(docs, NULL, 1);
    tu_date(tl, 0, "April 2", "2026-04-02");
    tu_timex(tl, 0, "6 p.m.", 0, "2026-04-02T18:00", TL_TIMEX_TIME);
    cr_assert_eq(tl_events_build(tl), 0);
    cr_assert_eq(tl->events.len, 1);
    const tl_event *e = &tl->events.items[0];
    cr_assert_str_eq(e->when.start, "2026-04-02T18:00");
    cr_assert_eq(e->when.granularity, TL_GRAN_MINUTE);
    /* neither date left, and no "for" hanging where "April 2" was */
    cr_assert_str_eq(e->label, "A public hearing on the new bus lanes is scheduled at the library");
    tl_free(tl);
}

Test(events_merge, time_before_its_day_is_one_event_too)
{
    const char *docs[] = {"The school board will vote at 10 a.m. on Thursday on the new calendar."};
    tl_timeline *tl = tu_docs(docs, NULL, 1);
    tu_timex(tl, 0, "10 a.m.", 0, "2026-03-19T10:00", TL_TIMEX_TIME);
    tu_date(tl, 0, "Thursday", "2026-03-19");
    cr_assert_eq(tl_events_build(tl), 0);
    cr_assert_eq(tl->events.len, 1);
    cr_assert_str_eq(tl->events.items[0].when.start, "2026-03-19T10:00");
    cr_assert_str_eq(tl->events.items[0].label, "The school board will vote on the new calendar");
    tl_free(tl);
}

Test(events_merge, a_month_and_a_day_stay_two_dates)
{
    const char *docs[] = {"The museum reopened on May 4 after a flood in March damaged the archive."};
    tl_timeline *tl = tu_events_of(docs[0], "May 4", "2026-05-04", "March", "2026-03", NULL);
    cr_assert_eq(tl->events.len, 2);
    tl_free(tl);
}

/* ---- one happening told by several articles ------------------------------- */

static const char *const town_hall[] = {
    "A town hall on the school closures is planned for May 6 at 7 p.m. at the Grange Theatre.",
    "The mayor said the city would hold a town hall on Wednesday evening to hear parents about "
    "the school closures.",
    "Hundreds of parents packed the Grange Theatre on Wednesday night to question the board "
    "about the closures.\n\n"
    "The board met on Wednesday morning at the Grange Theatre to approve the budget.",
};

Test(events_merge, one_meeting_told_three_ways_is_one_event)
{
    tl_timeline *tl = tu_docs(town_hall, NULL, 3);
    tu_date(tl, 0, "May 6", "2026-05-06");
    tu_timex(tl, 0, "7 p.m.", 0, "2026-05-06T19:00", TL_TIMEX_TIME);
    tu_timex(tl, 1, "Wednesday evening", 0, "2026-05-06TEV", TL_TIMEX_TIME);
    tu_timex(tl, 2, "Wednesday night", 0, "2026-05-06TNI", TL_TIMEX_TIME);
    tu_timex(tl, 2, "Wednesday morning", 0, "2026-05-06TMO", TL_TIMEX_TIME);
    cr_assert_eq(tl_events_build(tl), 0);
    const tl_event *e = tu_event_with(tl, "town hall");
    cr_assert_not_null(e);
    cr_assert_eq(e->n_mentions, 3, "%zu mentions", e->n_mentions);
    cr_assert_eq(e->mentions[0].doc, 0);
    cr_assert_eq(e->mentions[1].doc, 1);
    cr_assert_eq(e->mentions[2].doc, 2);
    cr_assert_str_eq(e->when.start, "2026-05-06T19:00"); /* the finest */
    /* the same place that morning is another happening */
    const tl_event *budget = tu_event_with(tl, "budget");
    cr_assert_not_null(budget);
    cr_assert_neq(budget, e);
    cr_assert_eq(budget->n_mentions, 1);
    cr_assert_eq(tl->events.len, 2);
    tl_free(tl);
}

Test(events_merge, a_title_stands_for_the_name_seen_with_it)
{
    const char *docs[] = {"Freedonian President Anna Kovacs will visit Berlin on Tuesday.",
                          "The chancellor will host the Freedonian president at the Chancellery "
                          "on Tuesday."};
    tl_timeline *tl = tu_pair_events(docs, NULL, "Tuesday", "2026-06-09", "Tuesday", "2026-06-09");
    cr_assert_eq(tl->events.len, 1);
    cr_assert_eq(tl->events.items[0].n_mentions, 2);
    tl_free(tl);
}

Test(events_merge, same_host_and_guest_on_one_day_merge_within_an_article)
{
    const char *docs[] = {"Freedonian President Anna Kovacs arrived in Bonn late on Sunday.\n\n"
                          "Chancellor Weber will host President Anna Kovacs and her trade delegation "
                          "in the old Bonn palace gardens on Tuesday.\n\n"
                          "Weber will host the Freedonian president at the Chancellery on Tuesday in "
                          "their first formal encounter since the grain dispute."};
    tl_timeline *tl = tu_docs(docs, NULL, 1);
    tu_date(tl, 0, "Sunday", "2026-06-07");
    tu_timex(tl, 0, "Tuesday", 0, "2026-06-09", TL_TIMEX_DATE);
    const char *second = strstr(tl->docs.items[0]->pub.text, "Chancellery on Tuesday");
    tl_timex t = tl->timexes.items[tl->timexes.len - 1];
    t.id = tl->timexes.len;
    t.start = (size_t)(second - tl->docs.items[0]->pub.text) + strlen("Chancellery on ");
    t.end = t.start + strlen("Tuesday");
    t.sentence = 2;
    cr_assert_eq(TL_VEC_PUSH(&tl->timexes, t), 0);
    tl->docs.items[0]->timex_count++;
    cr_assert_eq(tl_events_build(tl), 0);
    const tl_event *e = tu_event_with(tl, "will host");
    cr_assert_not_null(e);
    cr_assert_eq(e->n_mentions, 2, "%s: %zu mentions", e->label, e->n_mentions);
    cr_assert_eq(tl->events.len, 2);
    tl_free(tl);
}

Test(events_merge, same_day_same_verb_different_guests_stay_apart)
{
    const char *docs[] = {"Chancellor Weber met Governor Ortiz in Bonn on Tuesday.",
                          "Chancellor Weber met Senator Lund in Bonn on Tuesday."};
    tl_timeline *tl = tu_pair_events(docs, NULL, "Tuesday", "2026-06-09", "Tuesday", "2026-06-09");
    cr_assert_eq(tl->events.len, 2);
    tl_free(tl);
}

Test(events_merge, one_class_of_happening_on_one_day_is_not_enough)
{
    const char *docs[] = {"Tokyo shares closed higher on Wednesday as exporters gained on a weaker yen.",
                          "Frankfurt shares closed lower on Wednesday after weak factory orders."};
    tl_timeline *tl = tu_pair_events(docs, NULL, "Wednesday", "2026-06-10", "Wednesday", "2026-06-10");
    cr_assert_eq(tl->events.len, 2);
    tl_free(tl);
}

Test(events_merge, many_copies_of_one_story_merge_through_the_index)
{
    enum { N = 300 };
    const char *docs[N];
    for (size_t i = 0; i < N; i++)
        docs[i] = i % 2 ? "Workers repaired the Elm Street water main on Friday."
                        : "Crews finished painting the Oakridge library on Friday.";
    tl_timeline *tl = tu_docs(docs, NULL, N);
    for (size_t i = 0; i < N; i++) tu_date(tl, i, "Friday", "2026-06-12");
    cr_assert_eq(tl_events_build(tl), 0);
    cr_assert_eq(tl->events.len, 2);
    cr_assert_eq(tl->events.items[0].n_mentions + tl->events.items[1].n_mentions, N);
    tl_free(tl);
}

/* ---- labels ---------------------------------------------------------------- */

Test(events_merge, a_past_report_labels_what_a_preview_announced)
{
    const char *docs[] = {"The Elm Street tunnel will close to traffic on Monday for repairs.",
                          "The Elm Street tunnel closed on Monday for urgent repairs."};
    const char *dcts[] = {"2026-03-13", "2026-03-17"};
    tl_timeline *tl = tu_pair_events(docs, dcts, "Monday", "2026-03-16", "Monday", "2026-03-16");
    cr_assert_eq(tl->events.len, 1);
    cr_assert_eq(tl->events.items[0].n_mentions, 2);
    cr_assert_str_eq(tl->events.items[0].label, "The Elm Street tunnel closed for urgent repairs");
    tl_free(tl);
}

Test(events_merge, announcing_is_an_event_and_a_speaker_is_a_clean_phrase)
{
    const char *docs[] = {"The port authority announced the closure on Thursday.\n\n"
                          "The ferry line will end on Friday, the city's port authority said on "
                          "Wednesday."};
    tl_timeline *tl = tu_events_of(docs[0],
                                   "Thursday", "2026-03-12",
                                   "Friday", "2026-03-13",
                                   "Wednesday", "2026-03-11",
                                   NULL);
    cr_assert_not_null(tu_event_with(tl, "The port authority announced the closure"));
    const tl_event *said = tu_event_with(tl, "Port authority: ");
    cr_assert_not_null(said);
    cr_assert_str_eq(said->when.start, "2026-03-11");
    cr_assert(strncmp(said->label, "Port authority: The ferry line will end", 39) == 0, "%s", said->label);
    tl_free(tl);
}

Test(events_merge, reported_content_takes_its_own_date)
{
    const char *docs[] = {"Officials said yesterday that tram service would double from Tuesday."};
    tl_timeline *tl = tu_events_of(docs[0], "yesterday", "2026-03-15", "Tuesday", "2026-03-17", NULL);
    cr_assert_eq(tl->events.len, 1);
    const tl_event *e = &tl->events.items[0];
    cr_assert_str_eq(e->when.start, "2026-03-17");
    cr_assert(strncmp(e->label, "Officials: Tram service would double", 36) == 0, "%s", e->label);
    tl_free(tl);
}

Test(events_merge, no_label_across_a_glued_teaser_headline)
{
    const char *docs[] = {"Also Read | Mayor backs new stadium plan The council approved the "
                          "stadium budget on Tuesday."};
    tu_expect_label(docs[0], "Tuesday", "2026-03-17", "The council approved the stadium budget");
}

/* ---- relations ------------------------------------------------------------- */

Test(events_merge, nearest_container_is_found_past_nested_events)
{
    const char *docs[] = {"The festival drew record crowds in 2025.\n\n"
                          "Ticket sales opened in August.\n\n"
                          "The main stage collapsed on August 15.\n\n"
                          "Organisers apologised in September."};
    tl_timeline *tl = tu_events_of(docs[0],
                                   "2025", "2025",
                                   "August", "2025-08",
                                   "August 15", "2025-08-15",
                                   "September", "2025-09",
                                   NULL);
    cr_assert_eq(tl->events.len, 4);
    cr_assert(tu_related(tl, 0, 1, TL_REL_INCLUDES));    /* 2025, August */
    cr_assert(tu_related(tl, 1, 2, TL_REL_INCLUDES));    /* August, August 15 (its container too) */
    cr_assert_not(tu_related(tl, 2, 1, TL_REL_IS_INCLUDED));
    cr_assert(tu_related(tl, 2, 3, TL_REL_BEFORE));
    /* September: not in August nor in its day, but in the year */
    cr_assert(tu_related(tl, 3, 0, TL_REL_IS_INCLUDED));
    cr_assert_not(tu_related(tl, 3, 1, TL_REL_IS_INCLUDED));
    tl_free(tl);
}
