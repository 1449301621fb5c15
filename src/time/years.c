/* years.c -- the calendar units named by their number, which need no
 * tense: ISO weeks ("2025-W33"), years of an era ("776 BC"), decades,
 * centuries, halves of a decade, fiscal years ("fiscal 1998", "the year
 * 325"). */
#include <stdio.h>

#include "dates.h"

/* "2025-W33", "week 33 of 2025": ISO weeks, which start on Monday. */
int tl_norm_week_number(const tl_frame *f, tl_norm *o)
{
    int w = f->num > 0 ? f->num : f->day;
    if ((f->unit >= 0 && f->unit != U_WEEK) || f->year < 0 || w < 1 || w > tl_iso_weeks_in_year(f->year))
        return -1; /* "month 13 of 2025", "week 53" of a 52-week year */
    int y, m, d;
    tl_iso_week_monday(f->year, w, &y, &m, &d);
    tl_emit(o, tl_point_make(y, m, d, TL_GRAN_WEEK), NULL);
    tl_norm_rule(o, "ISO week number (weeks start on Monday; week 1 holds the year's first Thursday)");
    return 0;
}

/* A year or century of an era: before Christ TimeML writes "BC" and the
 * digits ("776 BC" BC0776, "the 5th century BC" BC04); an AD year is the
 * year ("AD 79" 0079). */
static int era_year(const tl_frame *f, tl_norm *o)
{
    int century = f->unit == U_CENTURY && f->ord >= 1 && f->ord <= 99;
    int y = f->year > 0 ? f->year : f->num;
    if (!century && (y < 1 || y > 9999)) return -1;
    if (f->era > 0) {
        tl_emit(o, century ? tl_point_make((f->ord - 1) * 100, 1, 1, TL_GRAN_CENTURY) : tl_point_make(y, 1, 1, TL_GRAN_YEAR),
                NULL);
    } else {
        o->type = TL_TIMEX_DATE;
        if (century) snprintf(o->value, sizeof o->value, "BC%02d", f->ord - 1);
        else snprintf(o->value, sizeof o->value, "BC%04d", y);
    }
    tl_norm_rule(o, "%s of an era (%s)", century ? "century" : "year", f->era < 0 ? "before Christ" : "AD");
    return 0;
}

int tl_norm_year_like(const tl_frame *f, tl_norm *o)
{
    tl_point p;
    if (f->era != 0) return era_year(f, o);
    if (f->kind == K_YEAR) p = tl_point_make(f->year, 1, 1, TL_GRAN_YEAR);
    /* "the 1800s", "the early 1900s" name centuries, not the decade of
     * their first ten years; "the 2000s" (and "the '00s") is a decade */
    else if (f->kind == K_DECADE && f->decade % 10 == 0 && f->decade < 200)
        p = tl_point_make(f->decade * 10, 1, 1, TL_GRAN_CENTURY);
    else if (f->kind == K_DECADE) p = tl_point_make(f->decade * 10, 1, 1, TL_GRAN_DECADE);
    else if (f->unit == U_CENTURY && f->ord >= 1 && f->ord <= 30) p = tl_point_make((f->ord - 1) * 100, 1, 1, TL_GRAN_CENTURY);
    else return -1;
    tl_emit(o, p, NULL);
    tl_norm_rule(o, f->kind == K_YEAR ? "explicit year" : f->kind == K_DECADE ? "decade" : "Nth century -> its hundreds (TimeML)");
    return 0;
}

/* "the second half of the 1990s": TIMEX3 has no value for half a decade;
 * the decade with mod START or END says which half. */
int tl_norm_half_of_decade(const tl_frame *f, tl_norm *o)
{
    if (f->unit != U_HALFYEAR || f->ord < 1 || f->ord > 2) return -1;
    tl_frame decade = *f;
    decade.kind = K_DECADE;
    if (tl_norm_year_like(&decade, o) != 0) return -1;
    o->mod = f->ord == 1 ? M_START : M_END;
    tl_norm_rule(o, "half of a decade -> the decade, mod %s", f->ord == 1 ? "START" : "END");
    return 0;
}

/* "fiscal 1998", "the 1988 period", "the 1988 quarter". */
int tl_norm_fiscal(const tl_frame *f, const tl_context *c, tl_norm *o)
{
    int year = f->year > 0 ? f->year : f->num >= 1000 && f->num <= 2199 ? f->num : -1;
    /* "the year 325": after "the year" any number names a year; not after
     * "the fiscal year" or "the quarter", where a small one is something else */
    if (year < 0 && f->unit == U_YEAR && f->fiscal < 0 && f->num >= 1 && f->num < 1000) year = f->num;
    if (year < 0) return -1;
    const tl_point *r = tl_context_quarter(c);
    if ((f->unit == U_QUARTER || f->period > 0) && r) {
        tl_emit(o, tl_point_make(year, r->t.month, 1, TL_GRAN_QUARTER), r);
        tl_norm_rule(o, "the year's quarter -> the reference quarter in that year");
        return 0;
    }
    if (f->unit > 0 && f->unit != U_YEAR && f->unit != U_QUARTER) return -1;
    tl_emit(o, tl_point_make(year, 1, 1, TL_GRAN_YEAR), NULL);
    tl_norm_rule(o, f->fiscal > 0 ? "fiscal year -> its calendar year number" : "the year N -> year N");
    return 0;
}
