/* relate.c -- temporal relations between events, from their intervals.
 *
 * Not every pair: n events would give n^2 relations nobody reads.  Events
 * are already in time order (order.c), so two kinds of link suffice to
 * recover the whole order by transitivity:
 *   - each anchored event to the next one, typed by their intervals:
 *     BEFORE (ends before the next starts), SIMULTANEOUS (same interval),
 *     INCLUDES (contains it), OVERLAP (otherwise; IS_INCLUDED cannot
 *     happen between neighbours because order.c puts containers first);
 *   - each anchored event to the nearest earlier event strictly containing
 *     it, when that is not its neighbour: IS_INCLUDED ("Friday" in "August").
 * At most two relations per event; AFTER is the inverse of BEFORE and is
 * left for readers to derive.
 *
 * The nearest container is found with a stack, so a corpus of thousands of
 * events costs n log n, not n^2: an earlier event that ends no later than
 * a newer one is never the nearest container again (the newer one starts
 * no earlier, so it contains whatever the old one does, and is nearer). */
#include "events.h"

typedef struct {
    size_t id;
    int64_t t0, t1;
} open_event;

static tl_rel_type classify(int64_t a0, int64_t a1, int64_t b0, int64_t b1)
{
    if (a1 <= b0) return TL_REL_BEFORE;
    if (b1 <= a0) return TL_REL_AFTER;
    if (a0 == b0 && a1 == b1) return TL_REL_SIMULTANEOUS;
    if (a0 <= b0 && b1 <= a1) return TL_REL_INCLUDES;
    if (b0 <= a0 && a1 <= b1) return TL_REL_IS_INCLUDED;
    return TL_REL_OVERLAP;
}

/* The nearest stacked event strictly containing [t0, t1), or TL_EV_NONE.
 * Ends on the stack never grow towards the top, so those ending at or
 * after t1 are a bottom run: binary search for its top. */
static size_t container(const open_event *st, size_t n, int64_t t0, int64_t t1)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (st[mid].t1 >= t1) lo = mid + 1;
        else hi = mid;
    }
    /* the same interval is no container; the one below it is (see push) */
    while (lo > 0 && st[lo - 1].t0 == t0 && st[lo - 1].t1 == t1) lo--;
    return lo > 0 ? lo - 1 : TL_EV_NONE;
}

int tl_ev_relate(tl_timeline *tl)
{
    tl->relations.len = 0;
    size_t n = tl->events.len, depth = 0;
    int64_t *t0 = malloc((n + 1) * sizeof *t0), *t1 = malloc((n + 1) * sizeof *t1);
    open_event *st = malloc((n + 1) * sizeof *st);
    int rc = -1;
    if (!t0 || !t1 || !st) goto out;
    for (size_t i = 0; i < n; i++) {
        const tl_event *e = &tl->events.items[i];
        t0[i] = e->anchored ? tl_ev_iso_seconds(e->when.start) : 0;
        t1[i] = e->anchored ? tl_ev_iso_seconds(e->when.end) : 0;
    }
    for (size_t i = 0; i < n; i++) {
        if (!tl->events.items[i].anchored) continue;
        if (i + 1 < n && tl->events.items[i + 1].anchored) {
            tl_relation r = {i, i + 1, classify(t0[i], t1[i], t0[i + 1], t1[i + 1])};
            if (TL_VEC_PUSH(&tl->relations, r) != 0) goto out;
        }
        size_t c = container(st, depth, t0[i], t1[i]);
        if (c != TL_EV_NONE && st[c].id + 1 != i) {
            tl_relation r = {i, st[c].id, TL_REL_IS_INCLUDED};
            if (TL_VEC_PUSH(&tl->relations, r) != 0) goto out;
        }
        /* pop what i supersedes: ending earlier, or the very same interval */
        while (depth > 0 && (st[depth - 1].t1 < t1[i] ||
                             (st[depth - 1].t1 == t1[i] && st[depth - 1].t0 == t0[i])))
            depth--;
        st[depth++] = (open_event){i, t0[i], t1[i]};
    }
    rc = 0;
out:
    free(t0);
    free(t1);
    free(st);
    return rc;
}
