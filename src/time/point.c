/* point.c -- points in time at a granularity, and their arithmetic on top of
 * calendar.h: shifting "1989-Q3" by a year, truncating a day to its ISO
 * week, writing TimeML values. */
#include <stdio.h>
#include <string.h>

#include "point.h"

tl_point tl_point_make(int y, int m, int d, tl_granularity g)
{
    tl_point p;
    memset(&p.t, -1, sizeof p.t);
    p.gran = g;
    p.t.year = y;
    if (g >= TL_GRAN_HALF) p.t.month = m;
    if (g >= TL_GRAN_WEEK && g != TL_GRAN_SEASON) p.t.day = d;
    return p;
}

tl_point tl_point_truncate(tl_point p, tl_granularity g)
{
    if (g >= p.gran) return p;
    tl_point q = tl_point_make(p.t.year, p.t.month < 0 ? 1 : p.t.month, p.t.day < 0 ? 1 : p.t.day, g);
    if (g >= TL_GRAN_HOUR) q.t.hour = p.t.hour; /* a minute truncated to its hour */
    if (g == TL_GRAN_SEASON) {
        int m = p.t.month < 0 ? 1 : p.t.month;
        /* the season a month mostly falls in; Jan-Feb belong to last year's winter */
        q.t.month = m >= 12 || m <= 2 ? 4 : m >= 9 ? 3 : m >= 6 ? 2 : 1;
        if (m <= 2) q.t.year--;
    }
    return q;
}

static tl_granularity unit_gran(int unit)
{
    switch (unit) {
    case U_SECOND: return TL_GRAN_SECOND;
    case U_MINUTE: return TL_GRAN_MINUTE;
    case U_HOUR: return TL_GRAN_HOUR;
    case U_DAY: case U_NIGHT: return TL_GRAN_DAY;
    case U_WEEK: case U_WEEKEND: case U_FORTNIGHT: return TL_GRAN_WEEK;
    case U_MONTH: return TL_GRAN_MONTH;
    case U_QUARTER: return TL_GRAN_QUARTER;
    case U_HALFYEAR: return TL_GRAN_HALF;
    case U_SEASON: return TL_GRAN_SEASON;
    case U_YEAR: return TL_GRAN_YEAR;
    case U_DECADE: return TL_GRAN_DECADE;
    case U_CENTURY: return TL_GRAN_CENTURY;
    default: return TL_GRAN_MILLENNIUM;
    }
}

tl_granularity tl_unit_gran(int unit) { return unit_gran(unit); }

tl_point tl_point_shift(tl_point p, int unit, int n)
{
    int y = p.t.year, m = p.t.month < 0 ? 1 : p.t.month, d = p.t.day < 0 ? 1 : p.t.day;
    int h = p.t.hour < 0 ? 0 : p.t.hour, mi = p.t.minute < 0 ? 0 : p.t.minute;
    if (p.gran == TL_GRAN_SEASON) { /* seasons shift by whole years or seasons */
        int s = p.t.month - 1 + (unit == U_SEASON ? n : 0);
        if (unit == U_YEAR) y += n;
        y += s >= 0 ? s / 4 : -((3 - s) / 4);
        p.t.year = y;
        p.t.month = (s % 4 + 4) % 4 + 1;
        return p;
    }
    switch (unit) {
    case U_SECOND: case U_MINUTE: case U_HOUR: {
        long mins = (long)h * 60 + mi + (long)n * (unit == U_HOUR ? 60 : unit == U_MINUTE ? 1 : 0);
        long days = mins >= 0 ? mins / 1440 : -((1439 - mins) / 1440);
        mins -= days * 1440;
        tl_add_days(&y, &m, &d, days);
        h = (int)(mins / 60);
        mi = (int)(mins % 60);
        break;
    }
    case U_DAY: case U_NIGHT: tl_add_days(&y, &m, &d, n); break;
    case U_WEEK: case U_WEEKEND: tl_add_days(&y, &m, &d, 7L * n); break;
    case U_FORTNIGHT: tl_add_days(&y, &m, &d, 14L * n); break;
    case U_MONTH: tl_add_months(&y, &m, &d, n); break;
    case U_QUARTER: tl_add_months(&y, &m, &d, 3 * n); break;
    case U_HALFYEAR: tl_add_months(&y, &m, &d, 6 * n); break;
    case U_SEASON: tl_add_months(&y, &m, &d, 3 * n); break;
    case U_YEAR: tl_add_years(&y, &m, &d, n); break;
    case U_DECADE: tl_add_years(&y, &m, &d, 10 * n); break;
    case U_CENTURY: tl_add_years(&y, &m, &d, 100 * n); break;
    default: tl_add_years(&y, &m, &d, 1000 * n); break;
    }
    tl_point q = tl_point_make(y, m, d, p.gran);
    if (p.gran >= TL_GRAN_HOUR) q.t.hour = h;
    if (p.gran >= TL_GRAN_MINUTE) q.t.minute = mi;
    return q;
}

/* Digits of v, zero-padded to width w, at o; the position after them. */
static char *digits(char *o, int v, int w)
{
    char b[12];
    int n = 0;
    unsigned u = v < 0 ? 0u : (unsigned)v;
    do b[n++] = (char)('0' + u % 10); while ((u /= 10) && n < 11);
    while (n < w) b[n++] = '0';
    while (n) *o++ = b[--n];
    return o;
}

/* Written by hand, not with snprintf: every timex formats its value, and
 * the tagger's time went largely to the printf machinery. */
void tl_point_format(const tl_point *p, char out[32])
{
    static const char *const seasons[] = {"SP", "SU", "FA", "WI"};
    const tl_datetime *t = &p->t;
    char *o = out;
    int y = t->year;
    if (y <= 0 && p->gran >= TL_GRAN_MILLENNIUM) {
        /* "2,500 years ago": before year 1, TimeML's "BC" and the year
         * counted back (astronomical year 0 is 1 BC) */
        memcpy(o, "BC", 2);
        o = digits(o + 2, 1 - y, 4);
        *o = '\0';
        return;
    }
    switch (p->gran) {
    case TL_GRAN_MILLENNIUM: o = digits(o, y / 1000, 1); break;
    case TL_GRAN_CENTURY: o = digits(o, y / 100, 2); break;
    case TL_GRAN_DECADE: o = digits(o, y / 10, 3); break;
    case TL_GRAN_YEAR: o = digits(o, y, 4); break;
    case TL_GRAN_HALF: o = digits(o, y, 4), *o++ = '-', *o++ = 'H', o = digits(o, (t->month - 1) / 6 + 1, 1); break;
    case TL_GRAN_QUARTER: o = digits(o, y, 4), *o++ = '-', *o++ = 'Q', o = digits(o, (t->month - 1) / 3 + 1, 1); break;
    case TL_GRAN_SEASON:
        o = digits(o, y, 4), *o++ = '-';
        memcpy(o, seasons[(t->month - 1) & 3], 2), o += 2;
        break;
    case TL_GRAN_MONTH: o = digits(o, y, 4), *o++ = '-', o = digits(o, t->month, 2); break;
    case TL_GRAN_WEEK: {
        int iy, w;
        tl_iso_week(y, t->month, t->day, &iy, &w);
        o = digits(o, iy, 4), *o++ = '-', *o++ = 'W', o = digits(o, w, 2);
        break;
    }
    case TL_GRAN_DAY: case TL_GRAN_PART_OF_DAY: case TL_GRAN_HOUR: case TL_GRAN_MINUTE: case TL_GRAN_SECOND:
        o = digits(o, y, 4), *o++ = '-', o = digits(o, t->month, 2), *o++ = '-', o = digits(o, t->day, 2);
        if (p->gran >= TL_GRAN_HOUR) *o++ = 'T', o = digits(o, t->hour, 2);
        if (p->gran >= TL_GRAN_MINUTE) *o++ = ':', o = digits(o, t->minute, 2);
        break;
    default: break;
    }
    *o = '\0';
}

int64_t tl_point_days(const tl_point *p)
{
    return tl_days_from_civil(p->t.year, p->t.month > 0 ? p->t.month : 1, p->t.day > 0 ? p->t.day : 1);
}
