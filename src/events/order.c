/* order.c -- clusters of mentions become the timeline's events, in order.
 *
 * Order: anchored events by start; at equal starts the longer interval
 * first (a month before its days, "Friday" before "Friday morning"), so an
 * event that contains the next ones reads as their heading; then document
 * order.  Unanchored events follow, in document order.
 *
 * An event's time is its most precise mention's; its label the best of its
 * mentions' labels: complete rather than cut, naming a happening rather
 * than only a statement, not opening on a pronoun; for an event over by
 * the latest document's date, told as past rather than as a preview
 * (then the latest article's); then the shortest.  Above all, for such an
 * event, a mention reporting it as done beats a preview ("is planned",
 * "will", "would", "is due to"): told in the past tense, or in an article
 * written after the event and not as to come ("Hundreds of residents
 * crowded into City Hall ..." beats "A public meeting ... is planned"). */
#include <string.h>

#include "events.h"

typedef struct {
    tl_event ev;
    int64_t t0, t1;
    size_t doc, start; /* first mention */
} pending;

static int label_score(const tl_ev_mention *m, int past)
{
    int score = 0;
    if (!m->label_cut) score += 3;
    if (m->trigger_kind == TL_TRIG_VERB) score += 2; /* "X met Y" says who did what */
    if (m->trigger_kind == TL_TRIG_NOUN) score += 1;
    if (strlen(m->label) >= 25) score += 2;          /* a few words say more than one */
    if (tl_ev_is_pronoun(m->label, strcspn(m->label, " "))) score -= 3; /* "Their summit": whose? */
    if (m->date_modifies) score -= 5; /* "flew back from Friday's summit": not the summit */
    /* what has happened by the latest article reads as done: "The bridge
     * closed", not the preview's "will close" */
    if (past && m->tense == TL_TENSE_PAST) score += 4;
    if (past && m->tense == TL_TENSE_FUTURE) score -= 4;
    return score;
}

/* The creation time of document doc in seconds, 0 if it has none. */
static int64_t dct_of(const tl_timeline *tl, size_t doc)
{
    const char *dct = tl->docs.items[doc]->pub.dct;
    return dct[0] ? tl_ev_iso_seconds(dct) : 0;
}

/* Is mention a a better source of the label than b?  past: the event is
 * over by the latest document's date, which is t1; then the later report
 * wins a tie. */
static int better_label(const tl_timeline *tl, const tl_ev_mention *a, const tl_ev_mention *b,
                        int past, int64_t t1)
{
    if (past) {
        int64_t da = dct_of(tl, a->doc), db = dct_of(tl, b->doc);
        int a_done = a->tense == TL_TENSE_PAST || (da >= t1 && a->tense != TL_TENSE_FUTURE);
        int b_done = b->tense == TL_TENSE_PAST || (db >= t1 && b->tense != TL_TENSE_FUTURE);
        if (a_done && b->tense == TL_TENSE_FUTURE) return 1;
        if (b_done && a->tense == TL_TENSE_FUTURE) return 0;
    }
    int sa = label_score(a, past), sb = label_score(b, past);
    if (sa != sb) return sa > sb;
    if (past && dct_of(tl, a->doc) != dct_of(tl, b->doc)) return dct_of(tl, a->doc) > dct_of(tl, b->doc);
    return strlen(a->label) < strlen(b->label);
}

static int by_position(const void *x, const void *y)
{
    const tl_mention *a = x, *b = y;
    if (a->doc != b->doc) return a->doc < b->doc ? -1 : 1;
    return a->start < b->start ? -1 : a->start > b->start;
}

static int by_time(const void *x, const void *y)
{
    const pending *a = x, *b = y;
    if (a->ev.anchored != b->ev.anchored) return b->ev.anchored - a->ev.anchored;
    if (a->ev.anchored) {
        if (a->t0 != b->t0) return a->t0 < b->t0 ? -1 : 1;
        if (a->t1 != b->t1) return a->t1 > b->t1 ? -1 : 1;
    }
    if (a->doc != b->doc) return a->doc < b->doc ? -1 : 1;
    return a->start < b->start ? -1 : a->start > b->start;
}

int tl_ev_publish(tl_timeline *tl, tl_ev_list *ms)
{
    size_t n_clusters = 0;
    for (size_t i = 0; i < ms->len; i++)
        if (ms->items[i].cluster + 1 > n_clusters) n_clusters = ms->items[i].cluster + 1;
    pending *ev = calloc(n_clusters + 1, sizeof *ev);
    size_t *count = calloc(n_clusters + 1, sizeof *count);
    const tl_ev_mention **when_of = calloc(n_clusters + 1, sizeof *when_of);
    const tl_ev_mention **label_of = calloc(n_clusters + 1, sizeof *label_of);
    int rc = -1;
    if (!ev || !count || !when_of || !label_of) goto out;
    for (size_t i = 0; i < ms->len; i++) count[ms->items[i].cluster]++;
    for (size_t c = 0; c < n_clusters; c++) {
        tl_mention *mm = tl_arena_alloc(&tl->arena, (count[c] + 1) * sizeof *mm);
        if (!mm) goto out;
        ev[c].ev.mentions = mm;
    }
    int64_t latest = INT64_MIN; /* the latest document date: what is past for the reader */
    for (size_t i = 0; i < tl->docs.len; i++) {
        int64_t t = dct_of(tl, i);
        if (t && t > latest) latest = t;
    }
    for (size_t i = 0; i < ms->len; i++) {
        const tl_ev_mention *m = &ms->items[i];
        size_t c = m->cluster;
        tl_mention *mm = (tl_mention *)ev[c].ev.mentions;
        mm[ev[c].ev.n_mentions++] = (tl_mention){m->doc, m->start, m->end, m->sentence, m->timex, m->tense};
        if (!when_of[c] || m->when.granularity > when_of[c]->when.granularity) when_of[c] = m;
    }
    for (size_t i = 0; i < ms->len; i++) {
        const tl_ev_mention *m = &ms->items[i];
        size_t c = m->cluster;
        int past = when_of[c]->anchored && when_of[c]->t1 <= latest;
        if (!label_of[c] || better_label(tl, m, label_of[c], past, when_of[c]->t1)) label_of[c] = m;
    }
    for (size_t c = 0; c < n_clusters; c++) {
        pending *p = &ev[c];
        qsort((void *)p->ev.mentions, p->ev.n_mentions, sizeof *p->ev.mentions, by_position);
        p->ev.label = label_of[c]->label;
        p->ev.anchored = when_of[c]->anchored;
        if (p->ev.anchored) p->ev.when = when_of[c]->when;
        p->t0 = when_of[c]->t0;
        p->t1 = when_of[c]->t1;
        p->doc = p->ev.mentions[0].doc;
        p->start = p->ev.mentions[0].start;
    }
    qsort(ev, n_clusters, sizeof *ev, by_time);
    tl->events.len = 0;
    for (size_t c = 0; c < n_clusters; c++) {
        ev[c].ev.id = c;
        if (TL_VEC_PUSH(&tl->events, ev[c].ev) != 0) goto out;
    }
    rc = 0;
out:
    free(ev);
    free(count);
    free(when_of);
    free(label_of);
    return rc;
}
