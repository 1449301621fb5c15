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
 * left for readers to derive. */
#include "events.h"

static int interval(const tl_event *e, int64_t *t0, int64_t *t1)
{
    if (!e->anchored) return 0;
    *t0 = tl_ev_iso_seconds(e->when.start);
    *t1 = tl_ev_iso_seconds(e->when.end);
    return 1;
}

static tl_rel_type classify(int64_t a0, int64_t a1, int64_t b0, int64_t b1)
{
    if (a1 <= b0) return TL_REL_BEFORE;
    if (b1 <= a0) return TL_REL_AFTER;
    if (a0 == b0 && a1 == b1) return TL_REL_SIMULTANEOUS;
    if (a0 <= b0 && b1 <= a1) return TL_REL_INCLUDES;
    if (b0 <= a0 && a1 <= b1) return TL_REL_IS_INCLUDED;
    return TL_REL_OVERLAP;
}

int tl_ev_relate(tl_timeline *tl)
{
    tl->relations.len = 0;
    size_t n = tl->events.len;
    for (size_t i = 0; i < n; i++) {
        int64_t a0, a1, b0, b1;
        if (!interval(&tl->events.items[i], &a0, &a1)) continue;
        if (i + 1 < n && interval(&tl->events.items[i + 1], &b0, &b1)) {
            tl_relation r = {i, i + 1, classify(a0, a1, b0, b1)};
            if (TL_VEC_PUSH(&tl->relations, r) != 0) return -1;
        }
        for (size_t k = i; k-- > 0;) {
            if (!interval(&tl->events.items[k], &b0, &b1)) continue;
            if (b0 <= a0 && a1 <= b1 && (b0 != a0 || b1 != a1)) {
                if (k + 1 != i) {
                    tl_relation r = {i, k, TL_REL_IS_INCLUDED};
                    if (TL_VEC_PUSH(&tl->relations, r) != 0) return -1;
                }
                break;
            }
        }
    }
    return 0;
}
