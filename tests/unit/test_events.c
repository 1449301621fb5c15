/* test_events.c -- the event stage on small articles with hand-made
 * timexes (so these tests do not depend on the tagger): extraction,
 * labels, anchoring, merging across documents, order and relations. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "../../src/events/events.h"
#include "../../src/model/stages.h"
#include "support.h"

/* ---- building a model by hand -------------------------------------------- */

static size_t chars(const char *s)
{
    size_t n = 0;
    for (; *s; s++) n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

static int valid_utf8(const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    while (*p) {
        size_t n = *p < 0x80 ? 1 : (*p & 0xE0) == 0xC0 ? 2 : (*p & 0xF0) == 0xE0 ? 3 : (*p & 0xF8) == 0xF0 ? 4 : 0;
        if (n == 0) return 0;
        for (size_t i = 1; i < n; i++)
            if ((p[i] & 0xC0) != 0x80) return 0;
        p += n;
    }
    return 1;
}

/* ---- triggers ---------------------------------------------------------------- */

Test(events, trigger_table_inflections)
{
    const char *lemma;
    cr_assert_eq(tl_trigger_lookup("met", 3, &lemma), TL_TRIG_VERB);
    cr_assert_str_eq(lemma, "meet");
    cr_assert_eq(tl_trigger_lookup("Summit", 6, &lemma), TL_TRIG_NOUN);
    cr_assert_str_eq(lemma, "meet");
    cr_assert_eq(tl_trigger_lookup("talks", 5, &lemma), TL_TRIG_NOUN);
    cr_assert_str_eq(lemma, "meet");
    cr_assert_eq(tl_trigger_lookup("signed", 6, &lemma), TL_TRIG_VERB);
    cr_assert_eq(tl_trigger_lookup("planned", 7, &lemma), TL_TRIG_VERB);
    cr_assert_eq(tl_trigger_lookup("dies", 4, &lemma), TL_TRIG_VERB);
    cr_assert_str_eq(lemma, "kill");
    cr_assert_eq(tl_trigger_lookup("said", 4, &lemma), TL_TRIG_REPORT);
    cr_assert_eq(tl_trigger_lookup("elections", 9, &lemma), TL_TRIG_NOUN);
    cr_assert_eq(tl_trigger_lookup("table", 5, &lemma), TL_TRIG_NONE);
    cr_assert_eq(tl_trigger_lookup("caf\xC3\xA9", 5, &lemma), TL_TRIG_NONE);
}

/* ---- extraction ------------------------------------------------------------ */

Test(events, one_event_per_dated_sentence_with_trigger_span)
{
    const char *docs[] = {"Wednesday, November 12, 2025\n\n"
                          "Last Updated: August 15, 2025 10:30 AM IST\n\n"
                          "Putin and Trump met in Anchorage on Friday.\n\n"
                          "The talks lasted three hours.\n\n"
                          "Download our app today and start exploring.\n\n"
                          "Nothing else happened."};
    tl_timeline *tl = tu_docs(docs, NULL, 1);
    tu_date(tl, 0, "Wednesday, November 12, 2025", "2025-11-12");
    tu_date(tl, 0, "August 15, 2025 10:30 AM", "2025-08-15T10:30");
    tu_date(tl, 0, "Friday", "2025-08-15");
    tu_timex(tl, 0, "three hours", 0, "PT3H", TL_TIMEX_DURATION);
    tu_date(tl, 0, "today", "2025-08-16");
    cr_assert_eq(tl_events_build(tl), 0);
    /* the date lines, the duration-only sentence and the app ad yield nothing */
    cr_assert_eq(tl->events.len, 1);
    const tl_event *e = &tl->events.items[0];
    cr_assert_eq(e->n_mentions, 1);
    const tl_mention *m = &e->mentions[0];
    cr_assert_eq(m->sentence, 2);
    cr_assert_eq(m->timex, 2);
    cr_assert_eq(m->end - m->start, 3);
    cr_assert(strncmp(tl->docs.items[0]->pub.text + m->start, "met", 3) == 0);
    cr_assert_str_eq(e->label, "Putin and Trump met in Anchorage");
    tl_free(tl);
}

Test(events, two_dates_two_triggers_two_events)
{
    const char *docs[] = {"The meeting will begin on Friday morning at Joint Base "
                          "Elmendorf-Richardson in Anchorage, presidential aide Yury Ushakov "
                          "told journalists on Thursday."};
    tl_timeline *tl = tu_docs(docs, NULL, 1);
    tu_timex(tl, 0, "Friday morning", 0, "2025-08-15TMO", TL_TIMEX_TIME);
    tu_date(tl, 0, "Thursday", "2025-08-14");
    /* a second timex on the same trigger adds no event */
    cr_assert_eq(tl_events_build(tl), 0);
    cr_assert_eq(tl->events.len, 2);
    const tl_event *said = &tl->events.items[0], *begin = &tl->events.items[1];
    cr_assert_str_eq(said->when.start, "2025-08-14");
    cr_assert(strncmp(said->label, "Yury Ushakov: The meeting will begin", 36) == 0, "%s", said->label);
    cr_assert_str_eq(begin->label, "The meeting will begin at Joint Base Elmendorf-Richardson in Anchorage");
    cr_assert_eq(begin->when.granularity, TL_GRAN_PART_OF_DAY);
    tl_free(tl);
}

/* ---- labels ------------------------------------------------------------------ */

Test(events, label_keeps_speaker_of_a_statement)
{
    const char *docs[] = {"Kremlin spokesperson Dmitry Peskov said on Friday that no document is "
                          "expected to be signed after the summit between the two leaders in Alaska, "
                          "which was organised in a short amount of time."};
    tu_expect_label(docs[0], "Friday", "2025-08-15", "Dmitry Peskov: No document is expected to be signed");
}

Test(events, label_of_a_quoted_statement_keeps_quotes_and_speaker)
{
    const char *docs[] = {"\xE2\x80\x9CWe never make any predictions ahead of time,\xE2\x80\x9D "
                          "Lavrov told Russian state television on Friday."};
    tu_expect_label(docs[0], "Friday", "2025-08-15",
                    "Lavrov: \xE2\x80\x9CWe never make any predictions ahead of time\xE2\x80\x9D");
}

Test(events, label_starts_after_a_missed_sentence_end)
{
    const char *docs[] = {"'Russia cannot have a veto.' Meanwhile, Ukraine's Air Force said on "
                          "Saturday that Russia launched 85 drones overnight."};
    tu_expect_label(docs[0], "Saturday", "2025-08-16", "Air Force: Russia launched 85 drones overnight");
}

Test(events, label_drops_a_dateline)
{
    const char *docs[] = {"WASHINGTON (Reuters) - The Senate passed the bill on Tuesday."};
    tu_expect_label(docs[0], "Tuesday", "2025-08-12", "The Senate passed the bill");
}

Test(events, label_drops_opener_intro_and_parentheses)
{
    const char *docs[] = {"Meanwhile, in an interview with Fox News Radio on Thursday, Trump (who "
                          "spoke by phone) acknowledged the challenges ahead."};
    tu_expect_label(docs[0], "Thursday", "2025-08-14", "Trump acknowledged the challenges ahead");
}

Test(events, label_shortened_at_a_word_with_valid_utf8)
{
    const char *docs[] = {"Zelensk\xC3\xBDy's d\xC3\xA9l\xC3\xA9gation arrived in Washington on "
                          "Monday with \xE2\x80\x9Cironclad\xE2\x80\x9D demands concerning "
                          "Za\xC3\xA9porizhzhia, Kherson, Donetsk and Luhansk and the "
                          "reconstruction financed by frozen R\xC3\xBC\xC3\x9F assets held in Brussels"};
    tl_timeline *tl = tu_events_of(docs[0], "Monday", "2025-08-18", NULL);
    cr_assert_eq(tl->events.len, 1);
    const char *l = tl->events.items[0].label;
    cr_assert(chars(l) <= TL_EV_LABEL_MAX, "%zu chars: %s", chars(l), l);
    cr_assert(valid_utf8(l));
    size_t n = strlen(l);
    cr_assert(n > 3 && strcmp(l + n - 3, "\xE2\x80\xA6") == 0, "no ellipsis: %s", l);
    /* the last word before the ellipsis is a whole word of the sentence */
    char last[64];
    const char *sp = l + n - 3;
    while (sp > l && sp[-1] != ' ') sp--;
    size_t ln = (size_t)(l + n - 3 - sp);
    cr_assert(ln > 0 && ln < sizeof last - 1);
    memcpy(last, sp, ln);
    last[ln] = ' ';
    last[ln + 1] = '\0';
    cr_assert_not_null(strstr(docs[0], last), "cut inside a word: %s", l);
    char prefix[256];
    memcpy(prefix, l, n - 3);
    prefix[n - 3] = '\0';
    /* and it does not end on a dangling article */
    cr_assert(strcmp(prefix + strlen(prefix) - 4, " the") != 0);
    tl_free(tl);
}

Test(events, label_keeps_date_inside_a_phrase)
{
    const char *docs[] = {"Trump flew back from Friday's summit with Putin in Alaska."};
    tu_expect_label(docs[0], "Friday", "2025-08-15",
                    "Trump flew back from Friday's summit with Putin in Alaska");
}

Test(events, label_keeps_a_date_that_is_the_point_and_what_who_refers_to)
{
    const char *docs[] = {"The last major attack on a civilian target in Tunisia was in 2002.\n\n"
                          "Many Tunisians blame the Islamists, who held power from 2011 to 2013."};
    tl_timeline *tl = tu_events_of(docs[0], "2002", "2002", "2011", "2011", NULL);
    cr_assert_eq(tl->events.len, 2);
    cr_assert_str_eq(tl->events.items[0].label,
                     "The last major attack on a civilian target in Tunisia was in 2002");
    cr_assert_str_eq(tl->events.items[1].label,
                     "Many Tunisians blame the Islamists, who held power from 2011 to 2013");
    tl_free(tl);
}

Test(events, second_date_of_a_sentence_labels_its_own_phrase)
{
    const char *docs[] = {"Trump will host Zelenskiy at the White House on Monday in their first "
                          "Oval Office encounter since a public spat in February."};
    tl_timeline *tl = tu_events_of(docs[0], "Monday", "2025-08-18", "February", "2025-02", NULL);
    cr_assert_eq(tl->events.len, 2);
    cr_assert_str_eq(tl->events.items[0].label, "Their first Oval Office encounter since a public spat");
    cr_assert(strncmp(tl->events.items[1].label, "Trump will host Zelenskiy at the White House", 44) == 0,
              "%s", tl->events.items[1].label);
    tl_free(tl);
}

Test(events, label_keeps_dates_inside_names_and_before_me_is_no_clause)
{
    const char *docs[] = {"The Arab Spring collapsed in bloody confrontations.\n\n"
                          "But the man sat before me today was relaxed and confident."};
    tl_timeline *tl = tu_events_of(docs[0], "Spring", "2015-SP", "today", "2015-07-24", NULL);
    cr_assert_eq(tl->events.len, 2);
    cr_assert_str_eq(tl->events.items[0].label, "The Arab Spring collapsed in bloody confrontations");
    cr_assert_str_eq(tl->events.items[1].label, "The man sat before me was relaxed and confident");
    tl_free(tl);
}

/* ---- anchoring ------------------------------------------------------------- */

Test(events, anchors_are_calendar_intervals)
{
    const char *docs[] = {"Officials met in Geneva last week. Talks resumed on Friday. "
                          "The ministers recently signed a memorandum."};
    tl_timeline *tl = tu_events_of(docs[0],
                                   "last week", "2025-W32",
                                   "Friday", "2025-08-15",
                                   "recently", "PAST_REF",
                                   NULL);
    cr_assert_eq(tl->events.len, 3);
    const tl_event *w = &tl->events.items[0], *d = &tl->events.items[1], *u = &tl->events.items[2];
    cr_assert(w->anchored);
    cr_assert_str_eq(w->when.value, "2025-W32");
    cr_assert_str_eq(w->when.start, "2025-08-04");
    cr_assert_str_eq(w->when.end, "2025-08-11");
    cr_assert_eq(w->when.granularity, TL_GRAN_WEEK);
    cr_assert_str_eq(d->when.start, "2025-08-15");
    cr_assert_str_eq(d->when.end, "2025-08-16");
    cr_assert_eq(d->when.granularity, TL_GRAN_DAY);
    /* PAST_REF is no interval: unanchored, last, all of when unset */
    cr_assert_not(u->anchored);
    cr_assert_null(u->when.start);
    cr_assert_str_eq(u->label, "The ministers signed a memorandum");
    cr_assert_eq(u->mentions[0].timex, 2);
    tl_free(tl);
}

Test(events, undated_only_where_nothing_dates_the_sentence)
{
    const char *docs[] = {"He hoped the talks on Friday would lead to a second summit in the near future.\n\n"
                          "It is a promise he now has the chance to test.\n\n"
                          "Officials recently signed a memorandum.\n\n"
                          "Officials recently signed a memorandum."};
    tl_timeline *tl = tu_docs(docs, NULL, 1);
    tu_date(tl, 0, "Friday", "2025-08-15");
    tu_date(tl, 0, "the near future", "FUTURE_REF");
    tu_date(tl, 0, "now", "PRESENT_REF");
    tu_timex(tl, 0, "recently", 0, "PAST_REF", TL_TIMEX_DATE);
    tu_timex(tl, 0, "recently", 150, "PAST_REF", TL_TIMEX_DATE);
    cr_assert_eq(tl_events_build(tl), 0);
    /* the Friday talks; "now" dates nothing; the repeated sentence is one event */
    cr_assert_eq(tl->events.len, 2, "%zu events", tl->events.len);
    cr_assert(tl->events.items[0].anchored);
    cr_assert_not(tl->events.items[1].anchored);
    cr_assert_str_eq(tl->events.items[1].label, "Officials signed a memorandum");
    cr_assert_eq(tl->events.items[1].n_mentions, 2);
    tl_free(tl);
}

/* ---- merging --------------------------------------------------------------- */

static const char *const story[] = {
    "Putin and Trump met in Anchorage on Friday for talks on Ukraine.\n\n"
    "Russia launched 85 drones at Ukraine on Friday, the air force said.\n\n"
    "Diplomatic contacts intensified in August.",
    "MOSCOW (AFP) - Russian President Vladimir Putin and US President Donald Trump held talks "
    "in Anchorage on Friday.\n\n"
    "Zelensky will visit Washington on Monday.\n\n"
    "The Kremlin said on Thursday that no documents would be signed.\n\n"
    "The war began in February 2022.",
};

static tl_timeline *story_model(void)
{
    tl_timeline *tl = tu_docs(story, NULL, 2);
    tu_date(tl, 0, "Friday", "2025-08-15");
    tu_timex(tl, 0, "Friday", 70, "2025-08-15", TL_TIMEX_DATE);
    tu_date(tl, 0, "August", "2025-08");
    tu_date(tl, 1, "Friday", "2025-08-15");
    tu_date(tl, 1, "Monday", "2025-08-18");
    tu_date(tl, 1, "Thursday", "2025-08-14");
    tu_date(tl, 1, "February 2022", "2022-02");
    cr_assert_eq(tl_events_build(tl), 0);
    return tl;
}

Test(events, same_happening_in_two_documents_merges)
{
    tl_timeline *tl = story_model();
    const tl_event *summit = tu_event_with(tl, "Anchorage");
    cr_assert_not_null(summit);
    cr_assert_eq(summit->n_mentions, 2);
    cr_assert_eq(summit->mentions[0].doc, 0);
    cr_assert_eq(summit->mentions[1].doc, 1);
    /* the shorter complete label wins, without the dateline */
    cr_assert_str_eq(summit->label, "Putin and Trump met in Anchorage for talks on Ukraine");
    /* the drone strike the same day stays its own event */
    const tl_event *drones = tu_event_with(tl, "drones");
    cr_assert_not_null(drones);
    cr_assert_neq(drones, summit);
    cr_assert_eq(drones->n_mentions, 1);
    cr_assert_str_eq(drones->label, "Russia launched 85 drones at Ukraine");
    cr_assert_eq(tl->events.len, 6);
    tl_free(tl);
}

Test(events, same_sentence_never_merges)
{
    const char *docs[] = {"Putin met Trump on Friday and met Trump again on Friday.",
                          "Putin met Trump on Friday."};
    tl_timeline *tl = tu_docs(docs, NULL, 2);
    tu_date(tl, 0, "Friday", "2025-08-15");
    tu_timex(tl, 0, "Friday", 30, "2025-08-15", TL_TIMEX_DATE);
    tu_date(tl, 1, "Friday", "2025-08-15");
    cr_assert_eq(tl_events_build(tl), 0);
    for (size_t i = 0; i < tl->events.len; i++) {
        const tl_event *e = &tl->events.items[i];
        for (size_t a = 0; a < e->n_mentions; a++)
            for (size_t b = a + 1; b < e->n_mentions; b++)
                cr_assert(e->mentions[a].doc != e->mentions[b].doc ||
                          e->mentions[a].sentence != e->mentions[b].sentence);
    }
    cr_assert_eq(tl->events.len, 2);
    tl_free(tl);
}

Test(events, different_days_do_not_merge)
{
    const char *docs[] = {"Putin and Trump met in Anchorage on Friday.",
                          "Putin and Trump met in Anchorage on Saturday."};
    tl_timeline *tl = tu_pair_events(docs, NULL, "Friday", "2025-08-15", "Saturday", "2025-08-16");
    cr_assert_eq(tl->events.len, 2);
    tl_free(tl);
}

/* ---- order and relations ----------------------------------------------------- */

Test(events, events_sorted_by_start_containers_first)
{
    tl_timeline *tl = story_model();
    const char *starts[] = {"2022-02-01", "2025-08-01", "2025-08-14", "2025-08-15", "2025-08-15",
                            "2025-08-18"};
    for (size_t i = 0; i < 6; i++) {
        cr_assert_eq(tl->events.items[i].id, i);
        cr_assert_str_eq(tl->events.items[i].when.start, starts[i], "event %zu", i);
    }
    cr_assert_eq(tl->events.items[1].when.granularity, TL_GRAN_MONTH);
    /* mention.timex is the anchoring timex */
    const tl_event *visit = &tl->events.items[5];
    cr_assert_eq(visit->mentions[0].timex, 4);
    tl_free(tl);
}

Test(events, relations_between_neighbours_and_containers)
{
    tl_timeline *tl = story_model();
    cr_assert(tu_related(tl, 0, 1, TL_REL_BEFORE));      /* Feb 2022, August */
    cr_assert(tu_related(tl, 1, 2, TL_REL_INCLUDES));    /* August, Aug 14 */
    cr_assert(tu_related(tl, 2, 3, TL_REL_BEFORE));      /* Aug 14, Aug 15 */
    cr_assert(tu_related(tl, 3, 4, TL_REL_SIMULTANEOUS)); /* two events on Aug 15 */
    cr_assert(tu_related(tl, 4, 5, TL_REL_BEFORE));
    cr_assert(tu_related(tl, 3, 1, TL_REL_IS_INCLUDED)); /* Aug 15 in August */
    cr_assert(tu_related(tl, 5, 1, TL_REL_IS_INCLUDED));
    cr_assert_not(tu_related(tl, 2, 1, TL_REL_IS_INCLUDED)); /* already a neighbour */
    cr_assert_leq(tl->relations.len, 2 * tl->events.len);
    tl_free(tl);
}

Test(events, no_timexes_no_events)
{
    const char *docs[] = {"Nothing dated here. Just words."};
    tl_timeline *tl = tu_events_of(docs[0], NULL);
    cr_assert_eq(tl->events.len, 0);
    cr_assert_eq(tl->relations.len, 0);
    tl_free(tl);
}
