/* merge.c -- mentions that tell the same happening become one event.
 *
 * Two mentions are merged when
 *   - their anchors agree: the same day when both are day-precise or finer
 *     ("Friday" and "Friday morning"), and when both name a part of that
 *     day, parts that meet give or take PART_SLACK ("7 p.m." and
 *     "evening", "evening" and "night", not "morning" and "evening");
 *     else the same interval;
 *   - their words agree (similar.c): the weighted overlap is at least
 *     MERGE_OVERLAP, SAME_DOC_OVERLAP within one article (repeated teasers
 *     are near copies there and distinct events share a lot), less
 *     SAME_CLASS_BONUS (down to SAME_CLASS_FLOOR) when the triggers are of
 *     one class on one day ("host" and "visit"); two mentions of one
 *     evening (both finer than the day) need only SAME_HOUR_OVERLAP: the
 *     hour is a strong cue already; and the same class, subject and
 *     object on one day need nothing more, and win over mere overlap
 *     (similar.c finds "Zelenskiy" in "the Ukrainian president");
 *   - neither names someone in a role the other gives to someone else
 *     ("Putin met Trump", "Putin met Modi": similar.c);
 *   - they come from different sentences (one sentence may tell two events).
 * Unanchored mentions are merged only when their labels are the same
 * (an article repeated on one page): nothing else says they are the same.
 *
 * Cost: mentions are bucketed by day (or interval), and within a bucket
 * only mentions sharing a content word are compared, found through an
 * inverted index whose lists are cut at MAX_POSTINGS (a word that common
 * says nothing), so merging stays near linear in the number of mentions.
 * Clustering is greedy, in time order: a mention joins the cluster of its
 * most similar earlier mention. */
#include <string.h>

#include "similar.h"

#define MERGE_OVERLAP 0.5
#define SAME_DOC_OVERLAP 0.75
#define SAME_CLASS_BONUS 0.2
/* ... but never below this: markets "close" every day in every city */
#define SAME_CLASS_FLOOR 0.4
#define SAME_HOUR_OVERLAP 0.3
/* Parts of the day are loose words: a meeting at 7 p.m. is reported as
 * held "on Wednesday night" (from 21:00); morning and evening stay apart. */
#define PART_SLACK (3 * 3600)
#define MAX_POSTINGS 64
#define MAX_CANDIDATES 256

static int64_t day_of(int64_t t) { return t / 86400 - (t % 86400 < 0); }

/* The bucket's key: the day for day-precise anchors and finer. */
static int64_t bucket_of(const tl_ev_mention *m)
{
    return m->when.granularity >= TL_GRAN_DAY ? day_of(m->t0) * 86400 : m->t0;
}

static int finer_than_day(const tl_ev_mention *m) { return m->when.granularity > TL_GRAN_DAY; }

static int same_time(const tl_ev_mention *a, const tl_ev_mention *b)
{
    if (!a->anchored || !b->anchored) return !a->anchored && !b->anchored;
    if (a->when.granularity >= TL_GRAN_DAY && b->when.granularity >= TL_GRAN_DAY) {
        if (day_of(a->t0) != day_of(b->t0)) return 0;
        /* parts of one day must (nearly) meet: a gap is two happenings */
        return !(finer_than_day(a) && finer_than_day(b)) ||
               (a->t0 <= b->t1 + PART_SLACK && b->t0 <= a->t1 + PART_SLACK);
    }
    return a->when.granularity == b->when.granularity && a->t0 == b->t0 && a->t1 == b->t1;
}

static int by_time(const void *x, const void *y)
{
    const tl_ev_mention *a = *(tl_ev_mention *const *)x, *b = *(tl_ev_mention *const *)y;
    if (a->anchored != b->anchored) return b->anchored - a->anchored;
    int64_t ka = a->anchored ? bucket_of(a) : 0, kb = b->anchored ? bucket_of(b) : 0;
    if (ka != kb) return ka < kb ? -1 : 1;
    if (a->t0 != b->t0) return a->t0 < b->t0 ? -1 : 1;
    if (a->doc != b->doc) return a->doc < b->doc ? -1 : 1;
    return a->start < b->start ? -1 : a->start > b->start;
}

/* Would m join cluster c alongside a mention of its own sentence?  Those
 * are its neighbours in extraction order. */
static int clash(const tl_ev_list *ms, const tl_ev_mention *m, size_t c)
{
    size_t i = (size_t)(m - ms->items);
    for (size_t k = i; k-- > 0 && ms->items[k].doc == m->doc && ms->items[k].sentence == m->sentence;)
        if (ms->items[k].cluster == c) return 1;
    for (size_t k = i + 1; k < ms->len && ms->items[k].doc == m->doc && ms->items[k].sentence == m->sentence; k++)
        if (ms->items[k].cluster == c) return 1;
    return 0;
}

static double threshold(const tl_ev_mention *m, const tl_ev_mention *o, const tl_ev_features *fm,
                        const tl_ev_features *fo)
{
    double t = o->doc == m->doc ? SAME_DOC_OVERLAP : MERGE_OVERLAP;
    /* one class of happening on one day (not merely in one year) */
    if (fm->lemma && fm->lemma == fo->lemma && m->when.granularity >= TL_GRAN_DAY)
        t = t - SAME_CLASS_BONUS > SAME_CLASS_FLOOR ? t - SAME_CLASS_BONUS : SAME_CLASS_FLOOR;
    if (m->anchored && finer_than_day(m) && finer_than_day(o) && t > SAME_HOUR_OVERLAP)
        t = SAME_HOUR_OVERLAP;
    return t;
}

/* Who did what to whom, the same on the same day: "Trump will host
 * Zelenskiy" and "Trump will host the Ukrainian president" are one
 * happening whatever else their sentences say. */
static int same_deed(const tl_ev_mention *m, const tl_ev_features *fm, const tl_ev_features *fo)
{
    return fm->lemma && fm->lemma == fo->lemma && m->when.granularity >= TL_GRAN_DAY &&
           tl_ev_same_roles(fm, fo);
}

/* The inverted index of one bucket: feature hash -> the bucket's mentions
 * (positions in order[]) holding it, newest first, as linked lists. */
typedef struct {
    uint32_t *key;
    size_t *head; /* into next/who, or TL_EV_NONE */
    size_t cap;   /* slots in use, a power of two */
    size_t allocated;
    size_t *next, *who;
    size_t len;
} index_t;

static size_t *slot(index_t *ix, uint32_t h)
{
    size_t i = (h * 2654435761u) & (ix->cap - 1);
    while (ix->head[i] != TL_EV_NONE && ix->key[i] != h) i = (i + 1) & (ix->cap - 1);
    ix->key[i] = h;
    return &ix->head[i];
}

static int index_reset(index_t *ix, size_t features)
{
    size_t cap = 16;
    while (cap < 2 * features + 1) cap *= 2;
    if (cap > ix->allocated) {
        free(ix->key);
        free(ix->head);
        ix->key = malloc(cap * sizeof *ix->key);
        ix->head = malloc(cap * sizeof *ix->head);
        if (!ix->key || !ix->head) return -1;
        ix->allocated = cap;
    }
    /* only what this bucket uses: small buckets after a big one stay cheap */
    ix->cap = cap;
    for (size_t i = 0; i < cap; i++) ix->head[i] = TL_EV_NONE;
    ix->len = 0;
    return 0;
}

static void index_free(index_t *ix)
{
    free(ix->key);
    free(ix->head);
    free(ix->next);
    free(ix->who);
}

/* Merge the mentions order[lo, hi) of one bucket. */
static void merge_bucket(tl_ev_list *ms, tl_ev_mention **order, size_t lo, size_t hi,
                         const tl_ev_features *f, index_t *ix, size_t *stamp, size_t *clusters)
{
    for (size_t oi = lo; oi < hi; oi++) {
        tl_ev_mention *m = order[oi];
        const tl_ev_features *fm = &f[m - ms->items];
        size_t cand[MAX_CANDIDATES], n_cand = 0;
        for (size_t i = 0; i < fm->n; i++) {
            size_t p = *slot(ix, fm->hash[i]);
            for (size_t walked = 0; p != TL_EV_NONE && walked < MAX_POSTINGS; p = ix->next[p], walked++) {
                size_t oj = ix->who[p];
                if (stamp[oj] == oi || n_cand == MAX_CANDIDATES) continue;
                stamp[oj] = oi;
                cand[n_cand++] = oj;
            }
        }
        size_t best_cluster = TL_EV_NONE;
        double best = 0;
        for (size_t c = 0; c < n_cand; c++) {
            const tl_ev_mention *o = order[cand[c]];
            if (!same_time(m, o)) continue;
            const tl_ev_features *fo = &f[o - ms->items];
            double s = m->anchored ? tl_ev_similarity(fm, fo) : strcmp(o->label, m->label) == 0;
            int deed = m->anchored && same_deed(m, fm, fo);
            if (s <= 0 || (!deed && s < threshold(m, o, fm, fo))) continue;
            s += deed; /* the strongest evidence wins the mention */
            if (s <= best) continue;
            if (clash(ms, m, o->cluster)) continue; /* one sentence, one event each */
            best = s;
            best_cluster = o->cluster;
        }
        m->cluster = best_cluster != TL_EV_NONE ? best_cluster : (*clusters)++;
        for (size_t i = 0; i < fm->n; i++) {
            size_t *h = slot(ix, fm->hash[i]);
            ix->who[ix->len] = oi;
            ix->next[ix->len] = *h;
            *h = ix->len++;
        }
    }
}

int tl_ev_merge(tl_ev_ctx *cx, tl_ev_list *ms)
{
    size_t n = ms->len, clusters = 0, total = 0;
    int rc = -1;
    tl_ev_alias_table al = {0};
    index_t ix = {0};
    tl_ev_mention **order = malloc((n + 1) * sizeof *order);
    tl_ev_features *f = malloc((n + 1) * sizeof *f);
    size_t *stamp = malloc((n + 1) * sizeof *stamp);
    if (!order || !f || !stamp || tl_ev_aliases(cx, &al) != 0) goto out;
    for (size_t i = 0; i < n; i++) {
        order[i] = &ms->items[i];
        tl_ev_describe(cx, &al, &ms->items[i], &f[i]);
        total += f[i].n;
        stamp[i] = TL_EV_NONE;
    }
    ix.next = malloc((total + 1) * sizeof *ix.next);
    ix.who = malloc((total + 1) * sizeof *ix.who);
    if (!ix.next || !ix.who) goto out;
    qsort(order, n, sizeof *order, by_time);
    for (size_t lo = 0, hi; lo < n; lo = hi) {
        size_t features = f[order[lo] - ms->items].n;
        for (hi = lo + 1; hi < n && order[hi]->anchored == order[lo]->anchored &&
                          (!order[lo]->anchored || bucket_of(order[hi]) == bucket_of(order[lo]));
             hi++)
            features += f[order[hi] - ms->items].n;
        if (index_reset(&ix, features) != 0) goto out;
        merge_bucket(ms, order, lo, hi, f, &ix, stamp, &clusters);
    }
    rc = 0;
out:
    index_free(&ix);
    TL_VEC_FREE(&al);
    free(order);
    free(f);
    free(stamp);
    return rc;
}
