/* anchor.c -- an event's time: the calendar interval of its anchoring timex.
 *
 * Values that name no calendar interval (PAST_REF, XXXX-08, a value the
 * tagger could not resolve for want of a DCT) leave the event unanchored;
 * it is still reported, under "Undated". */
#include "events.h"
#include "../time/calendar.h"

int64_t tl_ev_iso_seconds(const char *iso)
{
    tl_datetime dt;
    if (!iso || tl_parse_iso(iso, &dt) != 0 || dt.year < 0) return 0;
    int64_t s = tl_days_from_civil(dt.year, dt.month > 0 ? dt.month : 1, dt.day > 0 ? dt.day : 1) *
                INT64_C(86400);
    if (dt.hour > 0) s += dt.hour * 3600;
    if (dt.minute > 0) s += dt.minute * 60;
    if (dt.second > 0) s += dt.second;
    return s;
}

int tl_ev_anchor(tl_timeline *tl, tl_ev_mention *m)
{
    const tl_timex *t = &tl->timexes.items[m->timex];
    char start[32], end[32];
    tl_granularity g;
    m->anchored = 0;
    if (!t->value || tl_value_interval(t->value, start, end, &g) != 0) return 0;
    const char *s = tl_arena_strdup(&tl->arena, start), *e = tl_arena_strdup(&tl->arena, end);
    if (!s || !e) return -1;
    m->anchored = 1;
    m->when.value = t->value;
    m->when.start = s;
    m->when.end = e;
    m->when.granularity = g;
    m->t0 = tl_ev_iso_seconds(s);
    m->t1 = tl_ev_iso_seconds(e);
    return 0;
}
