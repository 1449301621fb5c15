/* relative.c -- relative calendar units, quarters, seasons and holidays:
 * the calendar words counted from the DCT ("last month", "the quarter",
 * "next spring", "Christmas").  Anaphora, "N units ago/later", parts of
 * the day and clock times, which count from the reference time, are in
 * anaphora.c.  Rules, as named in each timex's rule:
 *   - last/next/this + unit count calendar units from the DCT's ("last
 *     month" in 2025-08 is 2025-07), "the past year" the previous year,
 *     "the past week/month" a rolling duration (P1W, P1M);
 *   - "the quarter"/"the latest quarter" is the last completed quarter (the
 *     one reported on), "the current quarter" the DCT's; an ordinal quarter
 *     without a year is this year's unless it is still to come and the
 *     clause is not in the future tense (then last year's);
 *   - a season without a year is the DCT's, the last one in a past clause,
 *     the next one in a future clause; with no tense cue the last one, or
 *     the coming one when it starts within a month ("in the autumn" in
 *     August); "autumn this year", "spring last year" count from the DCT. */
#include <stdio.h>
#include <string.h>

#include "dates.h"
#include "holidays.h"

const char *const tl_rel_text[] = {"", "last", "next", "this", "past", "coming", "previous",
                                   "following", "same", "recent", "current", "latest", "future"};

tl_point tl_dct_day(const tl_context *c)
{
    return tl_point_make(c->dct.t.year, c->dct.t.month, c->dct.t.day, TL_GRAN_DAY);
}

/* The last completed quarter (or half) before the DCT. */
tl_point tl_last_completed(const tl_context *c, int unit)
{
    tl_point p = tl_point_truncate(tl_dct_day(c), tl_unit_gran(unit));
    return tl_point_shift(p, unit, -1);
}

static int weekend(tl_norm *o, tl_point day, const tl_point *anchor, const char *rule)
{
    tl_emit(o, tl_point_truncate(day, TL_GRAN_WEEK), anchor);
    size_t n = strlen(o->value);
    snprintf(o->value + n, sizeof o->value - n, "-WE");
    tl_norm_rule(o, "%s", rule);
    return 0;
}

static int rel_month(const tl_frame *f, const tl_context *c, tl_norm *o)
{
    if (!tl_has_dct(c)) return tl_unknown(o, TL_GRAN_MONTH, "relative month");
    int y = c->dct.t.year, m0 = c->dct.t.month;
    if (f->rel == R_LAST || f->rel == R_PAST || f->rel == R_PREVIOUS) y -= f->month >= m0;
    else if (f->rel == R_NEXT || f->rel == R_COMING) y += f->month <= m0;
    else if (f->rel != R_THIS && f->rel != R_CURRENT) return -1;
    tl_emit(o, tl_point_make(y, f->month, 1, TL_GRAN_MONTH), &c->dct);
    tl_norm_rule(o, "%s + month name -> %s one", tl_rel_text[f->rel],
                 f->rel == R_THIS ? "this year's" : "the nearest such");
    return 0;
}

/* Season s of the season-year containing the DCT, moved by rel or tense. */
static int season_of(int s, int rel, const tl_context *c, tl_norm *o)
{
    if (!tl_has_dct(c)) return tl_unknown(o, TL_GRAN_SEASON, "season");
    tl_point cur = tl_point_truncate(tl_dct_day(c), TL_GRAN_SEASON);
    int y = cur.t.year, k = cur.t.month;
    if (rel == R_LAST || rel == R_PREVIOUS) y = c->dct.t.year - 1; /* "last spring": last year's */
    else if (rel == R_PAST) y -= s >= k;             /* "this past spring": the latest */
    else if (rel == R_NEXT || rel == R_COMING) y += s <= k;
    else if (rel == R_THIS || rel == R_CURRENT) (void)0;
    else if (rel > 0) return -1;
    else if (c->tense == TL_TENSE_FUTURE) y += s < k;
    else if (c->tense == TL_TENSE_UNKNOWN && s == k % 4 + 1 && c->dct.t.month % 3 == 2)
        y += s < k; /* "in the autumn" in August, the last month of summer: the coming one */
    else y -= s > k;
    tl_point p = cur;
    p.t.year = y;
    p.t.month = s;
    tl_emit(o, p, &c->dct);
    tl_norm_rule(o, rel > 0 ? "relative season" : "season + %s -> nearest one", tl_tense_text[c->tense]);
    return 0;
}

int tl_norm_season(const tl_frame *f, const tl_context *c, tl_norm *o)
{
    int year = f->year;
    if (year < 0 && f->unit == U_YEAR && tl_has_dct(c)) { /* "autumn this year", "spring last year" */
        int rel = f->rel;
        if (rel != R_THIS && rel != R_LAST && rel != R_NEXT && rel != R_PAST && rel != R_CURRENT) return -1;
        year = c->dct.t.year + (rel == R_LAST || rel == R_PAST ? -1 : rel == R_NEXT);
    }
    if (year > 0) {
        tl_point p = tl_point_make(year, 1, 1, TL_GRAN_SEASON);
        p.t.month = f->season;
        tl_emit(o, p, f->year > 0 ? NULL : &c->dct);
        tl_norm_rule(o, f->year > 0 ? "season of year" : "season of a relative year");
        return 0;
    }
    if (f->rel <= 0 && f->the <= 0 &&
        (c->tense == TL_TENSE_UNKNOWN || c->tense == TL_TENSE_PRESENT || f->attrib > 0)) {
        /* A bare season in a clause with no past or future cue is the
         * season in general: "breaks occur in winter", "winter weather"
         * (TimeML: XXXX-WI), as is one that classifies a noun after a
         * preposition ("exposure to winter weather", compose.c); "in
         * winter" of a past or future clause, and "the winter", stay one
         * particular season. */
        static const char *const names[] = {"", "SP", "SU", "FA", "WI"};
        o->type = TL_TIMEX_DATE;
        snprintf(o->value, sizeof o->value, "XXXX-%s", names[f->season]);
        tl_norm_rule(o, "bare season + %s -> generic season", tl_tense_text[c->tense]);
        return 0;
    }
    return season_of(f->season, f->rel, c, o);
}

int tl_norm_holiday(const tl_frame *f, const tl_context *c, tl_norm *o)
{
    int m, d, y = f->year > 0 ? f->year : f->year_after > 0 ? f->year_after : -1; /* "Christmas Eve in 2000" */
    if (y < 0 && !tl_has_dct(c)) {
        if (!tl_holiday_fixed(f->holiday) || tl_holiday_date(f->holiday, 2000, &m, &d) != 0)
            return tl_unknown(o, TL_GRAN_DAY, "holiday");
        snprintf(o->value, sizeof o->value, "XXXX-%02d-%02d", m, d);
        tl_norm_rule(o, "%s without a DCT", tl_holiday_name(f->holiday));
        return 0;
    }
    const char *why = "explicit year";
    if (y < 0 && f->generic > 0 && tl_holiday_fixed(f->holiday) && tl_holiday_date(f->holiday, 2000, &m, &d) == 0) {
        o->type = TL_TIMEX_DATE; /* "festivals like Christmas": the holiday, not one year's */
        snprintf(o->value, sizeof o->value, "XXXX-%02d-%02d", m, d);
        tl_norm_rule(o, "%s as an example of a kind -> no year", tl_holiday_name(f->holiday));
        return 0;
    }
    if (y < 0) {
        y = c->dct.t.year;
        if (tl_holiday_date(f->holiday, y, &m, &d) != 0) return -1;
        int64_t diff = tl_days_from_civil(y, m, d) - tl_days_from_civil(y, c->dct.t.month, c->dct.t.day);
        if (f->rel == R_LAST) y -= diff >= 0;
        else if (f->rel == R_NEXT) y += diff <= 0;
        else if (f->rel < 0) y = tl_choose_year(c, m, d, &why);
        if (f->rel > 0) why = tl_rel_text[f->rel];
    }
    if (tl_holiday_date(f->holiday, y, &m, &d) != 0) return -1;
    if (f->unit > 0 && f->unit != U_WEEK) return -1;
    tl_emit(o, tl_point_make(y, m, d, f->unit == U_WEEK ? TL_GRAN_WEEK : TL_GRAN_DAY), f->year > 0 ? NULL : &c->dct);
    tl_norm_rule(o, "holiday rule: %s (%s)", tl_holiday_name(f->holiday), why);
    return 0;
}

/* "the quarter", "the year", "the weekend": the unit around or before the DCT. */
static int the_unit(const tl_frame *f, const tl_context *c, tl_norm *o, int unit)
{
    int future = c->tense == TL_TENSE_FUTURE;
    if (unit == U_YEAR && f->appos_year > 0 && f->fiscal < 0) { /* "born in 1990, the year Beijing hosted ..." */
        tl_emit(o, tl_point_make(f->appos_year, 1, 1, TL_GRAN_YEAR), NULL);
        tl_norm_rule(o, "the year in apposition to a year -> that year");
        return 0;
    }
    /* "the end of the fiscal year": a point in the year, not its span */
    int part = f->after_of && (f->mod == M_START || f->mod == M_MID || f->mod == M_END);
    if (unit == U_YEAR && ((f->fiscal > 0 && !part) || (f->ended && !f->after_of))) {
        /* "net income for the year ended March 31", "the year to March",
         * "the fiscal year": the reporting period, as TimeBank annotates
         * it; a bare "for the year", "finished the year", "the end of the
         * year" are the DCT's year */
        o->type = TL_TIMEX_DURATION;
        snprintf(o->value, sizeof o->value, "P1Y");
        tl_norm_rule(o, "the (fiscal) year -> a year's span");
        return 0;
    }
    if (unit != U_QUARTER && unit != U_YEAR && unit != U_WEEKEND && unit != U_WEEK &&
        unit != U_MONTH && unit != U_DECADE && unit != U_CENTURY && unit != U_HALFYEAR)
        return -1;
    if (!tl_has_dct(c)) return tl_unknown(o, tl_unit_gran(unit), "the unit");
    if (unit == U_WEEKEND) {
        int wd = tl_weekday(c->dct.t.year, c->dct.t.month, c->dct.t.day);
        tl_point p = tl_dct_day(c);
        if (wd < 6) p = tl_point_shift(p, U_WEEK, future ? 0 : -1);
        return weekend(o, p, &c->dct, future ? "the weekend + future -> the coming one" : "the weekend -> the last one");
    }
    if (unit == U_QUARTER && f->end_md > 0) {
        /* "the quarter ended July 31": a fiscal quarter (May to July) is
         * the calendar quarter holding most of it, that of its middle
         * month; the last such end on or before the DCT (the next one in
         * a future clause) */
        int m = f->end_md / 100, y = c->dct.t.year, dct_md = c->dct.t.month * 100 + c->dct.t.day;
        if (future) y += f->end_md < dct_md;
        else y -= f->end_md > dct_md;
        int mid = m - 1 < 1 ? m + 11 : m - 1;
        if (mid > m) y--;
        tl_emit(o, tl_point_make(y, mid, 1, TL_GRAN_QUARTER), &c->dct);
        tl_norm_rule(o, "the quarter ended on a day -> the calendar quarter of its middle month");
        return 0;
    }
    if ((unit == U_QUARTER || unit == U_HALFYEAR) && !future) {
        tl_emit(o, tl_last_completed(c, unit), &c->dct);
        tl_norm_rule(o, "the quarter -> the last completed one");
        return 0;
    }
    if (unit == U_CENTURY && c->tense == TL_TENSE_PAST && c->ref.gran != TL_GRAN_NONE &&
        c->ref.t.year / 100 != c->dct.t.year / 100) {
        /* "by the middle of the century, neon was everywhere" in a story
         * told of 1930s Paris: the narrative's century, not the DCT's (in
         * a past clause: "by the end of the century seas will rise" is
         * the DCT's) */
        tl_emit(o, tl_point_truncate(c->ref, TL_GRAN_CENTURY), &c->ref);
        tl_norm_rule(o, "the century -> the reference time's (another century than the DCT's)");
        return 0;
    }
    tl_emit(o, tl_point_truncate(tl_dct_day(c), tl_unit_gran(unit)), &c->dct);
    tl_norm_rule(o, "the unit -> the DCT's");
    return 0;
}

int tl_norm_relunit(const tl_frame *f, const tl_context *c, tl_norm *o)
{
    if (f->month > 0) return rel_month(f, c, o);
    if (f->season > 0) return season_of(f->season, f->rel, c, o);
    if (f->holiday >= 0) return tl_norm_holiday(f, c, o);
    int unit = f->period > 0 ? U_QUARTER : f->unit;
    /* "the long weekend" ("long" counts one, see S_LONG): only a weekend
     * is made long by a holiday; "the long year" is no time */
    if (f->kind == K_THEUNIT && f->num == 1 && unit != U_WEEKEND) return -1;
    if (f->posn > 0) { /* "year-end" */
        if (unit != U_YEAR) return -1;
        if (o->mod == M_NONE) o->mod = f->posn;
        if (!tl_has_dct(c)) return tl_unknown(o, TL_GRAN_YEAR, "year-end");
        /* "the change since year-end": an end already passed, last year's */
        int back = f->since > 0;
        tl_emit(o, tl_point_make(c->dct.t.year - back, 1, 1, TL_GRAN_YEAR), &c->dct);
        tl_norm_rule(o, back ? "since year-end -> last year's end, mod END" : "year-end -> the DCT's year, mod END");
        return 0;
    }
    if (f->pod > 0 && unit < 0) return tl_rel_pod(f, c, o, f->pod);
    if (unit == U_NIGHT && f->rel > 0) return tl_rel_pod(f, c, o, P_NI);
    if (f->rel < 0 && f->the > 0 && (unit == U_NIGHT || (unit == U_DAY && f->later != TL_UNSET))) {
        /* "in the night", "later in the day": the reference day's, as "in
         * the morning" */
        tl_frame a = *f;
        a.kind = K_ANAPHOR;
        return tl_norm_anaphor(&a, c, o);
    }
    if (f->rel < 0) return the_unit(f, c, o, unit);
    if (f->rel == R_RECENT || f->rel == R_FUTURE) return -1;
    /* "the next day" follows the story; "the next decade" is the DCT's */
    int anaphoric = f->rel == R_PREVIOUS || f->rel == R_FOLLOWING || f->rel == R_SAME ||
                    (f->the > 0 && f->rel == R_NEXT && unit <= U_WEEK);
    if (f->rel == R_PAST && unit != U_YEAR && unit != U_WEEKEND) { /* "this past weekend": the last one */
        o->type = TL_TIMEX_DURATION;
        snprintf(o->value, sizeof o->value, "P1%s", unit == U_WEEK ? "W" : unit == U_MONTH ? "M" :
                 unit == U_DAY ? "D" : unit == U_DECADE ? "0Y" : unit == U_QUARTER ? "Q" : unit == U_HOUR ? "T1H" : "");
        if (unit == U_DECADE) snprintf(o->value, sizeof o->value, "P10Y");
        if (unit == U_HOUR) snprintf(o->value, sizeof o->value, "PT1H");
        if (strlen(o->value) < 3) return -1;
        tl_norm_rule(o, "the past + unit -> a rolling span");
        return 0;
    }
    if ((f->rel == R_LAST || f->rel == R_NEXT) && !anaphoric && (unit == U_DECADE || unit == U_CENTURY) && f->the > 0) {
        o->type = TL_TIMEX_DURATION;
        snprintf(o->value, sizeof o->value, "P%dY", unit == U_DECADE ? 10 : 100);
        tl_norm_rule(o, "the last decade -> a rolling span");
        return 0;
    }
    if (unit < U_DAY && !anaphoric) return -1; /* "the last minute" */
    int n = f->rel == R_LAST || f->rel == R_PAST || f->rel == R_PREVIOUS ? -1
          : f->rel == R_NEXT || f->rel == R_COMING || f->rel == R_FOLLOWING ? 1 : 0;
    if (f->rel == R_LATEST) {
        if (unit != U_QUARTER && unit != U_HALFYEAR && unit != U_YEAR) return -1;
        n = -1;
    }
    tl_granularity g = tl_unit_gran(unit == U_WEEKEND ? U_DAY : unit);
    const tl_point *base = &c->dct;
    if (anaphoric) {
        base = tl_context_ref_at(c, g);
        if (!base && tl_ref_point(c)->gran != TL_GRAN_NONE) return tl_unit_inside(o, tl_ref_point(c), g, -1);
        if (!base) base = &c->dct;
        if (base->gran < g && base->gran != TL_GRAN_NONE) {
            /* "the following hour" after a day: no finer than what is known */
            g = base->gran;
            n = 0;
        }
    }
    if (base->gran < g) base = &c->dct;
    if (base->gran == TL_GRAN_NONE) return tl_unknown(o, g, "relative unit");
    if (unit == U_DAY && !anaphoric) return -1; /* "this day", "next day": idioms */
    if (unit == U_WEEKEND && f->rel == R_THIS && !anaphoric && c->tense == TL_TENSE_PAST &&
        tl_weekday(base->t.year, base->t.month, base->t.day) <= 5)
        return weekend(o, tl_point_shift(tl_point_truncate(*base, TL_GRAN_DAY), U_WEEK, -1), base,
                       "this weekend + past tense on a weekday -> the one just gone");
    if (unit == U_WEEKEND)
        return weekend(o, tl_point_shift(tl_point_truncate(*base, TL_GRAN_DAY), U_WEEK, n), base,
                       "relative weekend -> the ISO week's Saturday and Sunday");
    tl_emit(o, tl_point_shift(tl_point_truncate(*base, g), unit, n), base);
    tl_norm_rule(o, "%s + unit -> %s %+d (calendar units)", tl_rel_text[f->rel],
                 anaphoric ? tl_ref_name(c, base) : "DCT", n);
    return 0;
}

int tl_norm_quarter(const tl_frame *f, const tl_context *c, tl_norm *o)
{
    int unit = f->unit == U_YEAR && f->unit2 > 0 ? f->unit2 : f->unit, q = f->ord, per = unit == U_QUARTER ? 3 : 6;
    if (q < 0 && f->year > 0 && f->rel == R_LAST) q = 12 / per; /* "the last half of 1989" */
    if ((unit != U_QUARTER && unit != U_HALFYEAR) || q < 1 || q > 12 / per) return -1;
    int y = f->year;
    const char *why = "explicit year";
    int of_year = f->unit != U_YEAR && f->unit2 > 0; /* "the second half of the year" */
    if (of_year && f->unit2 != U_YEAR) return -1;     /* "the first half of the month" */
    if (y < 0 && of_year && f->rel < 0) {
        const tl_point *r = tl_ref_point(c); /* the year the story is in */
        if (r->gran == TL_GRAN_NONE) return tl_unknown(o, per == 3 ? TL_GRAN_QUARTER : TL_GRAN_HALF, "part of the year");
        y = r->t.year;
        why = "of the year -> the year of the reference time";
    }
    if (y < 0) {
        if (!tl_has_dct(c)) {
            o->type = TL_TIMEX_DATE;
            snprintf(o->value, sizeof o->value, "XXXX-%c%d", per == 3 ? 'Q' : 'H', q);
            tl_norm_rule(o, "quarter without a year or DCT");
            return 0;
        }
        y = c->dct.t.year;
        int cur = (c->dct.t.month - 1) / per + 1;
        if (f->rel == R_LAST || f->rel == R_PAST) y--, why = "last year's";
        else if (f->rel == R_NEXT || f->rel == R_COMING) y++, why = "next year's";
        else if (f->rel > 0) why = "this year's";
        else if (q > cur && c->tense != TL_TENSE_FUTURE) y--, why = "not yet begun + not future -> last year's";
        else why = "the DCT's year";
    }
    tl_emit(o, tl_point_make(y, (q - 1) * per + 1, 1, per == 3 ? TL_GRAN_QUARTER : TL_GRAN_HALF),
            f->year > 0 ? NULL : &c->dct);
    tl_norm_rule(o, "ordinal %s -> %s", per == 3 ? "quarter" : "half", why);
    return 0;
}
