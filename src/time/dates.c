/* dates.c -- the calendar kinds of normalize.c: explicit dates, weekdays,
 * deictic and relative units, quarters, seasons, holidays, "ago" and
 * anaphora.  The interpretation rules, each named in the timex's rule:
 *   - weeks are ISO weeks (Monday first); "last week" is the previous
 *     calendar week, "this week" the DCT's;
 *   - a weekday is the DCT itself when it is the DCT's weekday, else the
 *     previous one in a past (or tenseless) clause, the next one in a future
 *     clause (a present of schedule, "the summit starts on Friday", is a
 *     future clause: see tense.h); in a future seen from the past ("said yesterday it would
 *     reopen Tuesday") the next one counts from the day of the saying when
 *     the sentence names it; a possessive ("Friday's meeting") names a
 *     known event: the next one in a future clause unless the previous is
 *     the day before the DCT, the previous one in a past clause unless the
 *     next is the day after, else the next one when two days ahead at most;
 *     "this Friday" is this ISO week's, or the coming one when that has
 *     passed and the clause is not in the past tense;
 *   - a month or month-day without a year is in the DCT's year unless it
 *     lies more than two months after the DCT in a past or present clause
 *     (four months when no tense cue is found; any month not yet begun in
 *     a past clause) -- then last year's: news reports the past -- or more
 *     than two months before the DCT in a future clause (then next year's;
 *     with no cue near, a future further back in the conjunct counts,
 *     "would" included: see tl_far_future), or within two months after
 *     the DCT across the turn of the year in a clause not in the past,
 *     for a month day not before a noun ("takes effect Jan. 1", DCT
 *     Dec. 30: next year's; not "the Jan. 13 incident");
 *   - anaphora ("the next day", "that week", "two days later") count from the
 *     reference time, the last anchored date before them in the document;
 *   - without a DCT, relative expressions keep TimeML's unknown digits
 *     ("XXXX-WXX-5" for "Friday", "XXXX-XX-XX" for "yesterday"). */
#include <stdio.h>
#include <string.h>

#include "dates.h"
#include "holidays.h"

const char *const tl_pod_code[] = {"", "MO", "AF", "EV", "NI", "DT", "MI"};
const char *const tl_tense_text[] = {"no tense cue", "past tense", "present tense", "future tense"};


/* The reference time for anaphora: the last anchored date, else the DCT. */
const tl_point *tl_ref_point(const tl_context *c)
{
    return c->ref.gran != TL_GRAN_NONE ? &c->ref : &c->dct;
}

void tl_emit(tl_norm *o, tl_point p, const tl_point *anchor)
{
    o->type = p.gran >= TL_GRAN_HOUR ? TL_TIMEX_TIME : TL_TIMEX_DATE;
    o->point = p;
    tl_point_format(&p, o->value);
    if (anchor) tl_point_format(anchor, o->anchor);
}

/* A value with unknown digits, for documents without a DCT. */
int tl_unknown(tl_norm *o, tl_granularity g, const char *what)
{
    static const struct { tl_granularity g; const char *v; } X[] = {
        {TL_GRAN_DECADE, "XXX"}, {TL_GRAN_YEAR, "XXXX"}, {TL_GRAN_HALF, "XXXX-HX"},
        {TL_GRAN_QUARTER, "XXXX-QX"}, {TL_GRAN_SEASON, "XXXX-XX"}, {TL_GRAN_MONTH, "XXXX-XX"},
        {TL_GRAN_WEEK, "XXXX-WXX"}, {TL_GRAN_DAY, "XXXX-XX-XX"},
    };
    o->type = TL_TIMEX_DATE;
    snprintf(o->value, sizeof o->value, "XXXX-XX-XX");
    for (size_t i = 0; i < sizeof X / sizeof X[0]; i++)
        if (X[i].g == g) snprintf(o->value, sizeof o->value, "%s", X[i].v);
    tl_norm_rule(o, "%s without a DCT -> unknown digits", what);
    return 0;
}

/* Year of (m, d) -- d < 0: the whole month -- near the DCT, by tense. */
int tl_choose_year(const tl_context *c, int m, int d, const char **why)
{
    const tl_datetime *t = &c->dct.t;
    int y = t->year;
    long diff = d > 0 ? (long)(tl_days_from_civil(y, m, d) - tl_days_from_civil(y, t->month, t->day))
                      : (long)(m - t->month) * 30;
    *why = tl_tense_text[c->tense];
    /* "was scheduled for July 25": a plan seen from a past moment not
     * named, whose day may have come (from_past 2): the nearest one.  Not
     * a whole month: "was selected to command a mission in December" (DCT
     * March) is ahead */
    if (c->tense == TL_TENSE_FUTURE && c->from_past == 2 && d > 0) {
        *why = "a plan seen from the past -> the nearest";
        if (diff > 182) return y - 1;
        return diff < -182 ? y + 1 : y;
    }
    /* "changed its fiscal year in December" (DCT November): a past month
     * that has not begun yet is last year's */
    if (d < 0 && diff > 0 && c->tense == TL_TENSE_PAST) return y - 1;
    /* and a future month that has ended ("will visit in February", DCT
     * March) is next year's */
    if (d < 0 && diff < 0 && c->tense == TL_TENSE_FUTURE) return y + 1;
    if (diff > (c->tense == TL_TENSE_UNKNOWN ? 120 : 60) && c->tense != TL_TENSE_FUTURE) return y - 1;
    if (diff < -60 && c->tense == TL_TENSE_FUTURE) return y + 1;
    /* across the turn of the year: "take effect on Jan. 1" (DCT Dec. 30)
     * is two days ahead, not a year back -- unless the clause is past.
     * Not a whole month: "the January poll", "in January" are as often
     * the one just past */
    if (d > 0 && diff < -(365 - 60) && c->tense != TL_TENSE_PAST) return y + 1;
    return y;
}

/* "the first Tuesday of November", "the last Friday in June": a day the
 * calendar computes; without a year, the year the tense and DCT choose for
 * that day (found in the DCT's year first, then in the year chosen). */
static int nth_weekday(const tl_frame *f, const tl_context *c, tl_norm *o)
{
    int n = f->ord > 0 ? f->ord : f->rel == R_LAST ? -1 : 0;
    if (n == 0 || n > 5 || f->wday < 1 || f->month < 1 || f->month > 12) return -1;
    int y = f->year, d;
    const char *why = "explicit year";
    if (y < 0 && !tl_has_dct(c)) return -1;
    if (y < 0) {
        d = tl_nth_weekday(c->dct.t.year, f->month, f->wday, n);
        y = d ? tl_choose_year(c, f->month, d, &why) : c->dct.t.year;
    }
    d = tl_nth_weekday(y, f->month, f->wday, n);
    if (d == 0) return -1; /* no fifth Monday that month */
    tl_emit(o, tl_point_make(y, f->month, d, TL_GRAN_DAY), f->year > 0 ? NULL : &c->dct);
    tl_norm_rule(o, "n-th weekday of a month (%s)", why);
    return 0;
}

static int explicit_date(const tl_frame *f, const tl_context *c, tl_norm *o)
{
    int m = f->month, d = f->day > 0 ? f->day : f->ord, y = f->year;
    if (f->kind == K_ISO || f->kind == K_SLASH) {
        m = f->day;
        d = f->day2;
        /* "15/08/2025": day first, as outside North America; only when the
         * first number cannot be a month, since "8/10/2025" stays M/D/Y */
        if (f->kind == K_SLASH && m > 12 && d <= 12) m = f->day2, d = f->day;
        if (f->kind == K_SLASH && y < 0 && f->num >= 0 && f->num < 100) y = f->num + (f->num < 30 ? 2000 : 1900);
        if (f->kind == K_SLASH && y < 0 && f->num >= 1000 && f->num <= 2199) y = f->num;
        if (y < 0) return -1;
    }
    if (m < 1 || m > 12) return -1;
    if (f->rel > 0 && f->unit > 0 && f->unit != U_YEAR) return -1; /* "May 5 last week": two timexes */
    if (y < 0 && f->rel > 0 && f->unit == U_YEAR && tl_has_dct(c)) { /* "July last year" */
        y = c->dct.t.year + (f->rel == R_LAST || f->rel == R_PAST || f->rel == R_PREVIOUS ? -1
                           : f->rel == R_NEXT || f->rel == R_COMING ? 1 : 0);
        tl_emit(o, tl_point_make(y, m, d, d > 0 ? TL_GRAN_DAY : TL_GRAN_MONTH), &c->dct);
        tl_norm_rule(o, "month + relative year");
        return 0;
    }
    if (d > 0 && !tl_valid_date(y > 0 ? y : 2000, m, d)) return -1;
    tl_granularity g = d > 0 ? TL_GRAN_DAY : TL_GRAN_MONTH;
    if (f->unit == U_WEEK && d > 0) g = TL_GRAN_WEEK; /* "the week of March 6" */
    else if (f->unit > 0 && f->rel < 0) return -1;
    if (y > 0) {
        tl_emit(o, tl_point_make(y, m, d, g), NULL);
        tl_norm_rule(o, "explicit date");
        return 0;
    }
    if (!tl_has_dct(c)) {
        o->type = TL_TIMEX_DATE;
        if (d > 0) snprintf(o->value, sizeof o->value, "XXXX-%02d-%02d", m, d);
        else snprintf(o->value, sizeof o->value, "XXXX-%02d", m);
        tl_norm_rule(o, "date without year or DCT -> unknown year");
        return 0;
    }
    if (f->year_after > 0 && f->kind == K_DATE) { /* "the 7 July bombings in London in 2005" */
        tl_emit(o, tl_point_make(f->year_after, m, d, g), NULL);
        tl_norm_rule(o, "%s + the year named after it (\"of 2007\", \"the 7 July bombings in 2005\")",
                     d > 0 ? "month day" : "month");
        return 0;
    }
    if (f->coord_year > 0) { /* "between September and October of 2007" */
        tl_emit(o, tl_point_make(f->coord_year, m, d, g), NULL);
        tl_norm_rule(o, "%s without year + the year of the dated month joined to it", d > 0 ? "month day" : "month");
        return 0;
    }
    const char *why;
    y = tl_choose_year(c, m, d, &why);
    /* "in 2010 ... in August", "this year through August": a year named
     * before a month in the sentence is its year (unless the tense says the
     * month is ahead of a past year).  Not for a day: "a program approved
     * in 1987 ... had bought shares through Sept. 29" is near the DCT. */
    if (d < 0 && c->year.gran == TL_GRAN_YEAR && c->year_sentence == c->sentence && f->rel < 0 &&
        !(c->tense == TL_TENSE_FUTURE && c->year.t.year < c->dct.t.year) &&
        !(f->since > 0 && c->year.t.year > c->dct.t.year)) { /* "since July" after "early 2007": a past month */
        y = c->year.t.year;
        why = "the year named before it in the sentence";
    }
    /* "will release the December jobs report" (DCT January): a month
     * naming a period's figures is the one just ended, not next year's */
    int back = (c->dct.t.month - m + 12) % 12;
    if (d < 0 && f->attrib && f->rel < 0 && c->tense == TL_TENSE_FUTURE && back >= 1 && back <= 2) {
        y = c->dct.t.year - (m > c->dct.t.month);
        why = "a month before a noun, just ended";
    }
    /* "should uncover all behind the Feb. 14 assassination": an incident
     * named by its date has happened, the last such date */
    if (f->incident > 0 &&
        tl_days_from_civil(y, m, d > 0 ? d : 1) > tl_point_days(&c->dct)) {
        y--;
        why = "a date before an incident: the last such date";
    }
    int incident_year = f->incident > 0 && d > 0 ? tl_incident_year(m, d) : 0;
    if (incident_year > 0 && incident_year <= c->dct.t.year) {
        y = incident_year;
        why = "a date naming a known incident (holidays.c)";
    }
    /* "the January 30 election", "the Jan. 13 incident": a date before a
     * noun names a known event, not one the turn of the year brings */
    if (d > 0 && f->attrib && y > c->dct.t.year && c->tense != TL_TENSE_FUTURE) {
        y = c->dct.t.year;
        why = "a date before a noun: a known event";
    }
    if (f->contract && f->rel < 0 && f->year < 0) { /* "for March delivery": the DCT's month or after */
        y = c->dct.t.year + (m < c->dct.t.month);
        why = "a futures contract's month: the next one from the DCT's";
    }
    /* "the July 1 handover" after "on July 1 ... will return": a date before
     * a noun names a known event, the same day the story named before, when
     * the tense only moved it by a year (not a date of another era) */
    int same = d > 0 && f->rel < 0 && f->attrib ? tl_context_same_day(c, m, d) : -1;
    if (same > 0 && same != y && (same - y == 1 || y - same == 1)) {
        y = same;
        why = "the same month day named before in the document";
    }
    if (f->rel == R_LAST || f->rel == R_NEXT) { /* "last Oct. 23": the one before the DCT */
        int64_t diff = tl_days_from_civil(c->dct.t.year, m, d > 0 ? d : 1) -
                       tl_days_from_civil(c->dct.t.year, c->dct.t.month, d > 0 ? c->dct.t.day : 1);
        y = c->dct.t.year + (f->rel == R_LAST ? -(diff >= 0) : (diff <= 0));
        why = f->rel == R_LAST ? "last: the one before the DCT" : "next: the one after the DCT";
    }
    tl_emit(o, tl_point_make(y, m, d, g), &c->dct);
    tl_norm_rule(o, "%s without year + %s -> year %d", d > 0 ? "month day" : "month", why, y);
    return 0;
}

/* Days from the DCT to weekday wd: dir -1 the last one before it, +1 the
 * next after it, 0 this ISO week's, 2 by tense (the DCT itself first). */
int tl_weekday_offset(const tl_context *c, int wd, int dir, const tl_datetime *from)
{
    int delta = wd - tl_weekday(from->year, from->month, from->day);
    if (dir == 2) {
        if (delta == 0) return 0;
        dir = c->tense == TL_TENSE_FUTURE ? 1 : -1;
    }
    if (dir < 0) return delta >= 0 ? delta - 7 : delta;
    if (dir > 0) return delta <= 0 ? delta + 7 : delta;
    return delta;
}

int tl_with_pod(tl_norm *o, int pod)
{
    if (pod <= 0) return 0;
    size_t n = strlen(o->value);
    snprintf(o->value + n, sizeof o->value - n, "T%s", tl_pod_code[pod]);
    o->type = TL_TIMEX_TIME;
    return 0;
}

static int weekday(const tl_frame *f, const tl_context *c, tl_norm *o)
{
    if (f->a > 0) { /* "Christmas falls on a Friday": any Friday, no date */
        o->type = TL_TIMEX_DATE;
        snprintf(o->value, sizeof o->value, "XXXX-WXX-%d", f->wday);
        tl_norm_rule(o, "a weekday -> any such day");
        return 0;
    }
    int dir = 2, anaphoric = 0;
    switch (f->rel) {
    case R_LAST: case R_PAST: dir = -1; break; /* "this past Monday" */
    case R_NEXT: case R_COMING: dir = 1; break;
    case R_THIS: dir = 0; break;
    case R_PREVIOUS: dir = -1; anaphoric = 1; break;
    case R_FOLLOWING: dir = 1; anaphoric = 1; break;
    default: if (f->rel > 0) return -1;
    }
    if (!tl_has_dct(c)) {
        o->type = TL_TIMEX_DATE;
        snprintf(o->value, sizeof o->value, "XXXX-WXX-%d", f->wday);
        tl_norm_rule(o, "weekday without a DCT -> unknown week");
        return tl_with_pod(o, f->pod);
    }
    const tl_point *from = anaphoric ? tl_ref_point(c) : &c->dct;
    /* "said yesterday that it would reopen Tuesday": the Tuesday after the
     * saying, which is at the latest the DCT */
    if (dir == 2 && c->tense == TL_TENSE_FUTURE && c->from_past && c->said.gran == TL_GRAN_DAY &&
        c->said_sentence == c->sentence && tl_has_dct(c) &&
        tl_point_days(&c->said) <= tl_point_days(&c->dct))
        from = &c->said;
    if (from->gran < TL_GRAN_DAY) from = &c->dct;
    int y = from->t.year, m = from->t.month, d = from->t.day;
    int off = tl_weekday_offset(c, f->wday, dir, &from->t);
    /* "will leave this Friday" on a Saturday: the coming Friday; in a
     * past clause ("this Monday, the board voted") this week's */
    if (f->rel == R_THIS && off < 0 && c->tense != TL_TENSE_PAST) off += 7;
    /* "was due to arrive Friday": a plan seen from an unnamed past moment
     * (from_past 2, see tense.h) is the occurrence nearest the DCT */
    int plan_past = dir == 2 && off != 0 && c->tense == TL_TENSE_FUTURE && c->from_past == 2 && from == &c->dct;
    if (plan_past) {
        int back = tl_weekday_offset(c, f->wday, -1, &from->t);
        off = -back < back + 7 ? back : back + 7;
    }
    /* "Friday's meeting", "Monday's visit": a possessive names an event
     * the reader knows, usually the nearest one, and the clause's verb
     * often speaks of something else: a future clause takes the next one
     * unless the event was the day before ("will test the outcome of
     * Friday's meeting"), a past clause the previous one unless the event
     * is the day after ("reached Sunday's final"), and without either the
     * next one counts when at most two days ahead ("Thursday's closing
     * price" on a Monday is last week's); an event looked towards ("ahead
     * of Sunday's vote", "turn their attention to Tuesday's match") is the
     * next one */
    int nearest = dir == 2 && f->poss && off != 0;
    if (nearest) {
        int back = tl_weekday_offset(c, f->wday, -1, &from->t), ahead = back + 7;
        int next = c->tense == TL_TENSE_FUTURE ? back != -1 : c->tense == TL_TENSE_PAST ? ahead == 1 : ahead <= 2;
        if (f->poss_ahead > 0) next = 1; /* "warmed up for Tuesday's match": one still to come */
        off = next ? ahead : back;
    }
    tl_add_days(&y, &m, &d, off);
    tl_emit(o, tl_point_make(y, m, d, TL_GRAN_DAY), from);
    if (nearest)
        tl_norm_rule(o, "possessive weekday + %s -> the %s", f->poss_ahead > 0 ? "an event looked towards" : tl_tense_text[c->tense],
                     off < 0 ? "previous one" : "next one");
    else if (plan_past)
        tl_norm_rule(o, "weekday + plan seen from the past -> the nearest one");
    else if (dir == 2)
        tl_norm_rule(o, "weekday + %s -> %s", tl_tense_text[c->tense],
                     off == 0 ? "the DCT's day" : off < 0 ? "the previous one" : "the next one");
    else
        tl_norm_rule(o, "%s weekday -> %s", anaphoric ? "anaphoric" : "relative",
                     off < 0 ? "the one before" : off > 0 ? "the one after" : "this week's");
    return tl_with_pod(o, f->pod);
}

static int deictic(const tl_frame *f, const tl_context *c, tl_norm *o)
{
    int off = f->deictic == 9 ? 0 : f->deictic, pod = f->deictic == 9 ? P_NI : f->pod;
    if (!tl_has_dct(c)) {
        tl_unknown(o, TL_GRAN_DAY, "deictic day");
        return tl_with_pod(o, pod);
    }
    tl_point p = tl_point_make(c->dct.t.year, c->dct.t.month, c->dct.t.day, TL_GRAN_DAY);
    p = tl_point_shift(p, U_DAY, off);
    tl_emit(o, p, &c->dct);
    tl_norm_rule(o, "deictic day: DCT %+d day%s", off, off == 1 || off == -1 ? "" : "s");
    return tl_with_pod(o, pod);
}

int tl_normalize_date(const tl_frame *f, const tl_context *c, tl_norm *o)
{
    /* "called a strike for Monday", "set elections for March": the day an
     * event is set for lies ahead, whatever the tense of the setting */
    tl_context ahead;
    if (f->for_event > 0 && c->tense != TL_TENSE_FUTURE && f->year < 0) {
        ahead = *c;
        ahead.tense = TL_TENSE_FUTURE;
        ahead.from_past = 0;
        c = &ahead;
    }
    switch (f->kind) {
    case K_DATE: case K_ISO: case K_SLASH: case K_MONTH: return explicit_date(f, c, o);
    case K_YEAR: case K_DECADE: return tl_norm_year_like(f, o);
    case K_WEEKNUM: return tl_norm_week_number(f, o);
    case K_QUARTER:
        if (f->unit == U_CENTURY) return tl_norm_year_like(f, o);
        if (f->decade > 0) return tl_norm_half_of_decade(f, o);
        return tl_norm_quarter(f, c, o);
    case K_FISCAL: return tl_norm_fiscal(f, c, o);
    case K_WEEKDAY: return weekday(f, c, o);
    case K_DEICTIC: return deictic(f, c, o);
    case K_RELUNIT: case K_THEUNIT: return tl_norm_relunit(f, c, o);
    case K_SEASON: return tl_norm_season(f, c, o);
    case K_HOLIDAY: return tl_norm_holiday(f, c, o);
    case K_AGO: case K_LATER: case K_UNITLATER: return tl_norm_ago(f, c, o);
    case K_ANAPHOR: return tl_norm_anaphor(f, c, o);
    case K_TIME: return tl_norm_time(f, c, o);
    case K_PART: return tl_norm_part(f, c, o);
    case K_YEARPAIR: return tl_norm_yearpair(f, o);
    case K_ORDDAY: return tl_norm_ordday(f, c, o);
    case K_NTHWDAY: return nth_weekday(f, c, o);
    default: return -1;
    }
}
