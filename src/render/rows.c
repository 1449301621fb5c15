/* rows.c -- what the timeline says, before anything is measured: the
 * events in timeline order, the group header each goes under (day, month,
 * year or a stretch of background years), the date each row shows under
 * that header, and the subtitle.  Shared by the graphic (layout.c) and the
 * HTML report (html.c), so both say exactly the same thing. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "datefmt.h"
#include "layout.h"
#include "../time/calendar.h"

/* ---- group headers ------------------------------------------------------- */

typedef enum { LVL_DAY, LVL_MONTH, LVL_YEAR, LVL_OWN } level;

/* Day headers for up to a week of news, months up to about two years,
 * years beyond.  The span is that of the events dated to the day or finer
 * when there are any: coarser ones get coarser headers anyway (header_for),
 * and one "August" must not turn two days of news into a month view. */
static level pick_level(const tl_event *const *ev, size_t n)
{
    const tl_event *first = NULL, *last = NULL;
    for (size_t i = 0; i < n; i++) {
        if (ev[i]->when.granularity < TL_GRAN_DAY) continue;
        if (!first) first = ev[i];
        last = ev[i];
    }
    if (!first && n) {
        first = ev[0];
        last = ev[n - 1];
    }
    tl_ymdhm a, b;
    if (!first || tl_parse_bound(first->when.start, &a) != 0 ||
        tl_parse_bound(last->when.start, &b) != 0)
        return LVL_MONTH;
    if (tl_days_from_civil(b.y, b.m, b.d) - tl_days_from_civil(a.y, a.m, a.d) <= 6) return LVL_DAY;
    return (long)(b.y - a.y) * 12 + (b.m - a.m) <= 24 ? LVL_MONTH : LVL_YEAR;
}

/* The header an event goes under, and the format flags its own date then
 * needs.  An event coarser than the level gets a coarser header, so a
 * "2025" event is not filed under "January 2025". */
static void header_for(const tl_event *e, level lvl, char *out, size_t n, int *flags)
{
    tl_ymdhm t;
    out[0] = '\0';
    *flags = 0;
    if (tl_parse_bound(e->when.start, &t) != 0) return;
    tl_granularity g = e->when.granularity;
    if (g < TL_GRAN_YEAR)
        lvl = LVL_OWN;
    else if (g < TL_GRAN_MONTH && lvl < LVL_YEAR)
        lvl = LVL_YEAR;
    else if (g < TL_GRAN_DAY && lvl < LVL_MONTH)
        lvl = LVL_MONTH;
    char yr[16];
    tl_year_text(t.y, yr, sizeof yr);
    switch (lvl) {
    case LVL_DAY: {
        /* Abbreviated, to fit the date column on one line. */
        int wd = tl_weekday(t.y, t.m, t.d);
        snprintf(out, n, "%s %d %s %s", tl_weekday_abbr[wd - 1], t.d, tl_month_abbr[t.m - 1], yr);
        *flags = TL_FMT_NO_DAY;
        break;
    }
    case LVL_MONTH:
        snprintf(out, n, "%s %s", tl_month_name[t.m - 1], yr);
        /* "late Apr" under "April 2026", not "late Apr 2026". */
        *flags = g == TL_GRAN_MONTH ? TL_FMT_IS_HEADER | TL_FMT_NO_YEAR
                 : g >= TL_GRAN_WEEK ? TL_FMT_NO_YEAR
                                     : 0;
        break;
    case LVL_YEAR:
        snprintf(out, n, "%s", yr);
        *flags = g == TL_GRAN_YEAR ? TL_FMT_IS_HEADER : TL_FMT_NO_YEAR;
        break;
    case LVL_OWN: {
        tl_event bare = *e;
        bare.n_mentions = 0; /* the header names the period, without "about" */
        tl_format_when(NULL, &bare, 0, out, n);
        *flags = TL_FMT_IS_HEADER;
        break;
    }
    }
}

/* Dated: anchored on an interval whose start can be read.  An event the
 * event stage anchored on something unreadable goes with the undated ones
 * rather than under an empty header. */
static int is_dated(const tl_event *e, tl_ymdhm *t)
{
    tl_ymdhm unused;
    return e->anchored && tl_parse_bound(e->when.start, t ? t : &unused) == 0;
}

/* Two points in time order, compared as numbers (so 100 BC comes before
 * 44 BC); a day without a time (hh -1) comes before its hours. */
static int cmp_ymdhm(const tl_ymdhm *a, const tl_ymdhm *b)
{
    int ka[] = {a->y, a->m, a->d, a->hh, a->mm}, kb[] = {b->y, b->m, b->d, b->hh, b->mm};
    for (int i = 0; i < 5; i++)
        if (ka[i] != kb[i]) return ka[i] < kb[i] ? -1 : 1;
    return 0;
}

/* Timeline order, whatever order the events arrive in: dated by start (as
 * numbers, so 100 BC comes before 44 BC), then undated; ties keep their
 * order, which the event stage chose. */
static int by_start(const void *pa, const void *pb)
{
    const tl_event *a = *(const tl_event *const *)pa, *b = *(const tl_event *const *)pb;
    tl_ymdhm ta = {0}, tb = {0};
    int da = is_dated(a, &ta), db = is_dated(b, &tb);
    if (da != db) return da ? -1 : 1;
    int c = da ? cmp_ymdhm(&ta, &tb) : 0;
    if (c) return c;
    return a < b ? -1 : a > b;
}

/* Row i is alone under its header. */
static int alone(const tl_row *rows, size_t n, size_t i)
{
    return rows[i].new_group && (i + 1 == n || rows[i + 1].new_group);
}

/* Background years ("1867", "1945", "2018" ...) each make a header over a
 * single event whose date the header says.  A stretch of three or more
 * reads better as one chronology: one header for the stretch ("1867 –
 * 2025"), each period in the date column.  whole[i]: row i's
 * period is exactly its header's. */
static void merge_background(const tl_timeline *tl, tl_row *rows, size_t n,
                             const unsigned char *whole)
{
    enum { MIN_RUN = 3 };
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && whole[j] && alone(rows, n, j)) j++;
        if (j - i >= MIN_RUN) {
            char name[128], a[24] = "", z[24] = "";
            tl_ymdhm ta, tz;
            if (tl_parse_bound(rows[i].event->when.start, &ta) == 0)
                tl_year_text(ta.y, a, sizeof a);
            if (tl_parse_bound(rows[j - 1].event->when.start, &tz) == 0)
                tl_year_text(tz.y, z, sizeof z);
            snprintf(name, sizeof name, "%s – %s", a, z);
            for (size_t k = i; k < j; k++) {
                tl_row *r = &rows[k];
                if (!r->date[0]) tl_format_when(tl, r->event, 0, r->date, sizeof r->date);
                snprintf(r->date_in_full, sizeof r->date_in_full, "%s", r->date);
                snprintf(r->group, sizeof r->group, "%s", name);
                r->new_group = k == i;
            }
        }
        i = j > i ? j : i + 1;
    }
}

/* The rows both renderers print: every event in timeline order with its
 * group header and its date as shown under it. */
tl_row *tl_rows(const tl_timeline *tl, size_t *n_rows, size_t *n_dated)
{
    size_t n = tl->events.len, nd = 0;
    const tl_event **ev = malloc((n ? n : 1) * sizeof *ev);
    tl_row *rows = calloc(n ? n : 1, sizeof *rows);
    if (!ev || !rows) {
        free(ev);
        free(rows);
        return NULL;
    }
    for (size_t i = 0; i < n; i++) {
        ev[i] = &tl->events.items[i];
        nd += is_dated(ev[i], NULL);
    }
    qsort(ev, n, sizeof *ev, by_start);
    unsigned char *whole = calloc(n ? n : 1, 1);
    if (!whole) {
        free(ev);
        free(rows);
        return NULL;
    }
    level lvl = pick_level(ev, nd);
    char prev_date[128] = "", prev_day[128] = "";
    for (size_t i = 0; i < n; i++) {
        tl_row *r = &rows[i];
        r->event = ev[i];
        if (i >= nd) {
            snprintf(r->group, sizeof r->group, "Undated");
            r->new_group = i == nd;
            continue;
        }
        char date[128], day[128];
        int flags;
        header_for(ev[i], lvl, r->group, sizeof r->group, &flags);
        whole[i] = (flags & TL_FMT_IS_HEADER) != 0;
        tl_format_when(tl, ev[i], flags, date, sizeof date);
        tl_format_when(tl, ev[i], flags | TL_FMT_NO_TIME, day, sizeof day);
        r->new_group = i == 0 || strcmp(r->group, rows[i - 1].group) != 0;
        /* The same date twice in a row is said once; a second time on the
         * same day is said without the day. */
        if (!r->new_group && strcmp(date, prev_date) == 0)
            r->date[0] = '\0';
        else if (!r->new_group && strcmp(day, prev_day) == 0 && strcmp(day, date) != 0)
            tl_format_when(tl, ev[i], flags | TL_FMT_NO_DAY, r->date, sizeof r->date);
        else
            snprintf(r->date, sizeof r->date, "%s", date);
        snprintf(r->date_in_full, sizeof r->date_in_full, "%s", date);
        snprintf(prev_date, sizeof prev_date, "%s", date);
        snprintf(prev_day, sizeof prev_day, "%s", day);
    }
    merge_background(tl, rows, nd, whole);
    free(whole);
    free(ev);
    *n_rows = n;
    *n_dated = nd;
    return rows;
}

/* ---- the subtitle's dates ------------------------------------------------- */

/* Interval bounds in time order. */
static int cmp_bound(const char *x, const char *y)
{
    tl_ymdhm a = {0}, b = {0};
    tl_parse_bound(x, &a);
    tl_parse_bound(y, &b);
    return cmp_ymdhm(&a, &b);
}

/* One end of a range in plain words: "2 Jun 2025", "Aug 2025", "1867".  A
 * week is said by its first day and qualifiers ("about") are left to the
 * rows: a range already says "roughly from ... to". */
static void range_end(const tl_event *e, int flags, char *out, size_t n)
{
    tl_event bare = *e;
    bare.n_mentions = 0;
    if (bare.when.granularity >= TL_GRAN_WEEK) {
        bare.when.granularity = TL_GRAN_DAY;
        bare.when.value = ""; /* no "weekend of", no "morning" */
    }
    tl_format_when(NULL, &bare, flags | TL_FMT_NO_WEEKDAY | TL_FMT_NO_TIME, out, n);
}

/* "2 Jun – 18 Aug 2025", "2 – 22 Mar 2026", "1867 – 18 Aug 2025", from the
 * start of a to the start of z (z not before a); just "2025" when a's
 * period, coarser than a week, holds z.  no_year drops z's year (and a's
 * when it is the same) because the text before says it. */
static void range_words(const tl_event *a, const tl_event *z, int no_year, char *out, size_t n)
{
    tl_ymdhm ta = {0}, tz = {0};
    tl_parse_bound(a->when.start, &ta);
    tl_parse_bound(z->when.start, &tz);
    int zflags = no_year ? TL_FMT_NO_YEAR : 0;
    char wa[96], wz[96];
    range_end(z, zflags, wz, sizeof wz);
    if (a != z && a->when.granularity < TL_GRAN_WEEK &&
        a->when.granularity < z->when.granularity &&
        cmp_bound(z->when.start, a->when.end) < 0) {
        range_end(a, zflags, out, n);
        return;
    }
    int a_day = a->when.granularity >= TL_GRAN_WEEK, z_day = z->when.granularity >= TL_GRAN_WEEK;
    if (a_day && z_day && ta.y == tz.y && ta.m == tz.m) {
        if (ta.d == tz.d)
            snprintf(out, n, "%s", wz);
        else
            snprintf(out, n, "%d – %s", ta.d, wz);
        return;
    }
    int same_year = ta.y == tz.y && a->when.granularity >= TL_GRAN_MONTH;
    range_end(a, same_year ? TL_FMT_NO_YEAR : 0, wa, sizeof wa);
    if (strcmp(wa, wz) == 0)
        snprintf(out, n, "%s", wz);
    else
        snprintf(out, n, "%s – %s", wa, wz);
}

/* The dates of the subtitle: from the earliest dated event to the latest,
 * whatever their granularity, so the range holds every event shown
 * ("1867 – 18 Aug 2025").  When most events fall in a narrower stretch of
 * news (the events dated to the week or finer), it follows as the focus:
 * "1867 – 18 Aug 2025, mostly 2 Jun – 18 Aug".  "Mostly" is said only when
 * it is true: more than half of the dated events start in that stretch. */
static void date_range(const tl_row *rows, size_t n, char *out, size_t size)
{
    out[0] = '\0';
    if (!n) return;
    const tl_event *a = rows[0].event, *z = rows[n - 1].event, *f = NULL, *l = NULL;
    for (size_t i = 0; i < n; i++) {
        if (rows[i].event->when.granularity < TL_GRAN_WEEK) continue;
        if (!f) f = rows[i].event;
        l = rows[i].event;
    }
    char full[200], focus[200] = "";
    range_words(a, z, 0, full, sizeof full);
    if (f && (f != a || l != z)) {
        size_t inside = 0;
        for (size_t i = 0; i < n; i++) {
            const char *s = rows[i].event->when.start;
            inside += cmp_bound(s, f->when.start) >= 0 && cmp_bound(s, l->when.start) <= 0;
        }
        tl_ymdhm tlast = {0}, tz = {0};
        tl_parse_bound(l->when.start, &tlast);
        tl_parse_bound(z->when.start, &tz);
        if (inside * 2 > n) range_words(f, l, tlast.y == tz.y, focus, sizeof focus);
        if (strcmp(focus, full) == 0) focus[0] = '\0';
    }
    snprintf(out, size, " · %s%s%s", full, focus[0] ? ", mostly " : "", focus);
}

void tl_timeline_summary(const tl_timeline *tl, const tl_row *rows, size_t n, size_t n_dated,
                         char *out, size_t size)
{
    char range[420];
    size_t n_docs = tl->docs.len;
    date_range(rows, n_dated, range, sizeof range);
    snprintf(out, size, "%zu event%s from %zu document%s%s", n, n == 1 ? "" : "s", n_docs,
             n_docs == 1 ? "" : "s", range);
}
