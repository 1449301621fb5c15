/* parts.c -- named parts of a calendar unit and two rarer shapes of dates:
 *   - "midweek" (as in "by midweek"): the middle of the DCT's ISO week, or
 *     of the next one in a future clause written late in the week
 *     (TimeML: the week with mod MID, 2013-W11 MID);
 *   - "the year to date", "year-to-date": the part of the DCT's year up to
 *     the DCT; TimeML has no value for "from January 1 to now", and
 *     TimeBank tags the like of "so far this year" as the year itself, so
 *     the value is the year (2013);
 *   - "the turn of the century": the century boundary nearest the reference
 *     time (2000 in a story of 2013, 1900 in one narrating 1898), as a year;
 *   - "the 2012-13 season", "the 1998-99 school year": one period across
 *     two calendar years.  An ISO 8601 value names one unit, and the
 *     smallest unit holding both years is a decade or a century, too
 *     coarse to be useful; so the value is the year the period starts in
 *     (2012), as a season is listed under its first year, with no mod: the
 *     expression names one such period, not an approximate year;
 *   - "by the 31st", "on the 5th": a bare ordinal day after a preposition,
 *     in the month of the reference time (when that is at least a month
 *     fine), else the DCT's month moved by tense to the nearest such day
 *     on the right side of the DCT.  compose.c keeps it to a preposition
 *     before and no noun after ("the 31st president", "31st Street"). */
#include <stdio.h>

#include "calendar.h"
#include "dates.h"

int tl_norm_part(const tl_frame *f, const tl_context *c, tl_norm *o)
{
    const tl_point *r = tl_ref_point(c);
    switch (f->part) {
    case PT_MIDWEEK: {
        if (!tl_has_dct(c)) return tl_unknown(o, TL_GRAN_WEEK, "midweek");
        tl_point day = tl_point_make(c->dct.t.year, c->dct.t.month, c->dct.t.day, TL_GRAN_DAY);
        int late = tl_weekday(c->dct.t.year, c->dct.t.month, c->dct.t.day) >= 4; /* Thursday on */
        if (c->tense == TL_TENSE_FUTURE && late) day = tl_point_shift(day, U_DAY, 7);
        tl_emit(o, tl_point_truncate(day, TL_GRAN_WEEK), &c->dct);
        o->mod = M_MID;
        tl_norm_rule(o, "midweek -> the middle of the DCT's week%s",
                     c->tense == TL_TENSE_FUTURE && late ? ", the next one (future, written late in the week)" : "");
        return 0;
    }
    case PT_YEAR_TO_DATE:
        if (!tl_has_dct(c)) return tl_unknown(o, TL_GRAN_YEAR, "the year to date");
        tl_emit(o, tl_point_make(c->dct.t.year, 1, 1, TL_GRAN_YEAR), &c->dct);
        tl_norm_rule(o, "the year to date -> the DCT's year");
        return 0;
    case PT_TURN_CENTURY: {
        if (r->gran == TL_GRAN_NONE) return tl_unknown(o, TL_GRAN_YEAR, "the turn of the century");
        int y = (r->t.year + 50) / 100 * 100;
        tl_emit(o, tl_point_make(y, 1, 1, TL_GRAN_YEAR), r);
        tl_norm_rule(o, "the turn of the century -> the century boundary nearest the %s",
                     r == &c->dct ? "DCT" : "reference time");
        return 0;
    }
    default: return -1;
    }
}

int tl_norm_yearpair(const tl_frame *f, tl_norm *o)
{
    int second = f->day > 0 ? f->day : f->num;
    if (f->year < 0 || second < 0 || (f->unit != U_SEASON && f->unit != U_YEAR)) return -1;
    int next = f->year + 1;
    if (second != next % 100 && !(second < 10 && second == next % 10)) return -1; /* "2012-13", "2008-9" */
    tl_emit(o, tl_point_make(f->year, 1, 1, TL_GRAN_YEAR), NULL);
    tl_norm_rule(o, "a period across two years -> the year it starts in");
    return 0;
}

int tl_norm_ordday(const tl_frame *f, const tl_context *c, tl_norm *o)
{
    int d = f->ord;
    if (d < 1 || d > 31) return -1;
    const tl_point *r = tl_ref_point(c);
    if (r->gran == TL_GRAN_NONE) return tl_unknown(o, TL_GRAN_DAY, "a day of the month");
    int y = r->t.year, m = r->t.month;
    const char *why = "the reference month";
    int from_dct = r == &c->dct;
    if (r->gran < TL_GRAN_MONTH || m < 1) { /* a year or coarser: the DCT's month, by tense */
        if (!tl_has_dct(c)) return tl_unknown(o, TL_GRAN_DAY, "a day of the month");
        y = c->dct.t.year, m = c->dct.t.month;
        from_dct = 1;
    }
    if (from_dct) {
        why = "the DCT's month";
        if (c->tense == TL_TENSE_FUTURE && d < c->dct.t.day) m++, why = "the month after the DCT's (future, day passed)";
        else if (c->tense == TL_TENSE_PAST && d > c->dct.t.day) m--, why = "the month before the DCT's (past, day to come)";
        if (m > 12) m = 1, y++;
        if (m < 1) m = 12, y--;
    }
    if (d > tl_days_in_month(y, m)) return -1; /* "the 31st" of a 30-day month: not this month's day */
    tl_emit(o, tl_point_make(y, m, d, TL_GRAN_DAY), r);
    tl_norm_rule(o, "bare ordinal day -> %s", why);
    return 0;
}
