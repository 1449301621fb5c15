/* normalize.c -- from a matched frame to a TIMEX3 value: the dispatcher, and
 * the kinds that need no calendar (durations, sets, references, clock
 * times' formatting).  Calendar kinds are in dates.c. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "normalize.h"

void tl_frame_fill(tl_frame *f, const tl_spans *s, const tl_match *m)
{
    memset(f, -1, sizeof *f);
    f->kind = tl_grammar[m->pattern].kind;
    f->mod = M_NONE;
    f->after_of = 0;
    f->poss = 0;
    f->ended = 0;
    f->attrib = 0;
    f->appos_year = 0;
    f->coord_year = 0;
    f->since = 0;
    f->contract = 0;
    f->era = 0;
    f->deictic = f->ago = f->later = f->before = TL_UNSET;
    for (size_t i = m->first; i < m->end; i++) {
        int sym = m->sym[i - m->first];
        int v = tl_span_val(&s->items[i], sym);
        switch (sym) {
        case S_MONTH: f->month = v; break;
        case S_WDAY: case S_WDAYS: f->wday = v; break;
        case S_CARD:
            if (f->num < 0 || f->a > 0) f->num = v, f->a = -1; /* "a hundred" */
            else f->num2 = v;                                  /* "two to three weeks" */
            break;
        case S_OR: f->or_range = 1; break;
        case S_A: if (f->num < 0) f->num = f->half > 0 ? 0 : 1, f->a = 1; break; /* "half a day": none and a half */
        case S_ORD: f->ord = v; break;
        case S_UNIT: case S_UNITS:
            if (f->unit < 0) { f->unit = v; f->plural = sym == S_UNITS; }
            else f->unit2 = v;
            break;
        case S_POD: f->pod = v; break;
        case S_SEASON: f->season = v; break;
        case S_PART: f->part = v; break;
        case S_DEICTIC: f->deictic = v; break;
        case S_REF: case S_REFN: f->ref = v; break;
        case S_REL: f->rel = v; break;
        case S_THE: f->the = 1; break;
        case S_THAT: f->that = 1; break;
        case S_AGO: f->ago = v; break;
        case S_LATER: f->later = v; break;
        case S_BEFORE: f->before = v; break;
        case S_EACH: f->each = 1; if (v > 1 && f->num < 0) f->num = v; break; /* "every other week" */
        case S_SETADV: f->setadv = v; break;
        case S_TIMES: f->times = v; break;
        case S_TIMESW: f->times = f->num; break; /* "four times a year": a frequency, not "every four years" */
        case S_HALF: f->half = 1; break;
        case S_SO: f->mod = M_APPROX; break;
        case S_POSN: f->posn = v; break;
        case S_FEW: f->few = 1; if (v > 0) { f->num = v; f->mod = M_APPROX; } break;
        case S_YEAR: f->year = v; break;
        case S_DAY: if (f->day < 0) f->day = v; else f->day2 = v; break;
        case S_DECADE: f->decade = v; break;
        case S_CLOCK: f->clock = v; break;
        case S_AMPM: f->ampm = v; break;
        case S_TZ: f->tz = 1; break;
        case S_NOON: f->noon = v; break;
        case S_HOLIDAY: f->holiday = v; break;
        case S_FISCAL: f->fiscal = 1; break;
        case S_PERIOD: f->period = 1; break;
        case S_WEEKNUM: f->num = v; break;
        case S_QNUM: f->unit = v / 10; f->ord = v % 10; break;
        case S_FYEAR: f->fiscal = 1; f->year = v; break;
        case S_ERA: f->era = v; break;
        case S_ERAYEAR: f->era = v < 0 ? -1 : 1; f->num = v < 0 ? -v : v; break;
        case S_DOTDATE: f->year = v / 10000; f->day = v / 100 % 100; f->day2 = v % 100; break; /* as K_ISO */
        case S_CARDH: f->num = v; f->half = 1; break;
        case S_LONG: if (f->num < 0 && f->plural <= 0) f->num = 1; break; /* "day-long": one day */
        case S_UNITLONG: f->unit = v; f->num = 1; break;                   /* "weeklong": one week */
        default: break;
        }
    }
}

void tl_context_init(tl_context *c, const char *dct)
{
    memset(c, 0, sizeof *c);
    c->dct.gran = c->ref.gran = c->quarter.gran = c->said.gran = c->year.gran = TL_GRAN_NONE;
    tl_datetime t;
    if (!dct || !dct[0] || tl_parse_iso(dct, &t) != 0) return;
    c->dct = tl_point_make(t.year, t.month, t.day, TL_GRAN_DAY);
    if (t.hour >= 0) {
        c->dct.gran = TL_GRAN_MINUTE;
        c->dct.t.hour = t.hour;
        c->dct.t.minute = t.minute < 0 ? 0 : t.minute;
    }
}

int tl_context_same_day(const tl_context *c, int m, int d)
{
    for (int i = 0; i < c->n_days; i++)
        if (c->days[i].m == m && c->days[i].d == d) return c->days[i].y;
    return -1;
}

void tl_context_note(tl_context *c, const tl_norm *n, const tl_frame *f)
{
    int kind = f->kind;
    /* "the first nine months": a span of months the sentence compares */
    if (kind == K_DURATION && (f->unit == U_MONTH || f->unit == U_HALFYEAR) && f->num >= 2)
        c->months_sentence = c->sentence + 1;
    if (n->point.gran == TL_GRAN_NONE) return;
    if (n->point.gran == TL_GRAN_DAY && f->month > 0 && c->n_days < (int)(sizeof c->days / sizeof c->days[0]) &&
        tl_context_same_day(c, n->point.t.month, n->point.t.day) < 0) {
        c->days[c->n_days].y = (int16_t)n->point.t.year;
        c->days[c->n_days].m = (uint8_t)n->point.t.month;
        c->days[c->n_days++].d = (uint8_t)n->point.t.day;
    }
    if (n->point.gran >= TL_GRAN_DAY) {
        c->said = tl_point_truncate(n->point, TL_GRAN_DAY);
        c->said_sentence = c->sentence;
    }
    /* a year after "since" is where a span starts ("in Congress since 1991
     * ... announced in July"): the span reaches the present, so a later
     * yearless month is not in that year */
    if (n->point.gran == TL_GRAN_YEAR && !f->since && !(kind == K_YEAR && f->attrib > 0)) {
        c->year = n->point;
        c->year_sentence = c->sentence;
    } else if (n->point.gran == TL_GRAN_MONTH && (f->year > 0 || (f->rel > 0 && f->unit == U_YEAR))) {
        /* "since June of this year ... of August": a month's year is named too */
        c->year = tl_point_truncate(n->point, TL_GRAN_YEAR);
        c->year_sentence = c->sentence;
    }
    /* "a year earlier", "the 1988 period": a comparison, not a move of the
     * narrative (the next "year-ago" still compares with the same period) */
    if (kind == K_UNITLATER || kind == K_FISCAL ||
        ((kind == K_LATER || kind == K_AGO) && f->unit == U_YEAR))
        return;
    /* "rose 9.9 percent in February after 14.8 percent in the previous
     * month": so is the month, quarter or year before */
    if (kind == K_RELUNIT && f->rel == R_PREVIOUS &&
        (f->unit == U_MONTH || f->unit == U_QUARTER || f->unit == U_YEAR))
        return;
    /* "the lowest level since 1997", "the worst fall since 1987": a year
     * or month measured from, not a time the story moves to */
    if (f->since && n->point.gran <= TL_GRAN_MONTH) return;
    c->ref = n->point;
    for (int g = 0; g <= TL_GRAN_DAY && g <= (int)n->point.gran; g++) c->fine[g] = n->point;
    /* only quarters named, not those computed from them ("year-ago") */
    if (n->point.gran == TL_GRAN_QUARTER && (kind == K_QUARTER || kind == K_RELUNIT || kind == K_THEUNIT)) {
        c->quarter = n->point;
        c->quarter_sentence = c->sentence;
    }
}

const tl_point *tl_context_quarter(const tl_context *c)
{
    return c->quarter.gran == TL_GRAN_QUARTER && c->sentence <= c->quarter_sentence + 2 ? &c->quarter : NULL;
}

/* Does p lie inside q (q at most as fine as p)? */
static int inside(const tl_point *p, const tl_point *q)
{
    char a[32], b[32];
    tl_point t = tl_point_truncate(*p, q->gran);
    tl_point_format(&t, a);
    tl_point_format(q, b);
    return strcmp(a, b) == 0;
}

const tl_point *tl_context_ref_at(const tl_context *c, tl_granularity g)
{
    const tl_point *r = c->ref.gran != TL_GRAN_NONE ? &c->ref : &c->dct;
    if (r->gran == TL_GRAN_NONE) return NULL;
    if (g > TL_GRAN_DAY) g = TL_GRAN_DAY; /* "two hours later": the day is all we keep */
    if (r->gran >= g) return r;
    const tl_point *f = &c->fine[g];
    return f->gran >= g && inside(f, r) ? f : NULL;
}

/* The length of the conversion at fmt ("%s", "%d", "%+d"), 0 for any
 * other. */
static size_t conversion(const char *fmt)
{
    if (fmt[1] == 's' || fmt[1] == 'd') return 2;
    return fmt[1] == '+' && fmt[2] == 'd' ? 3 : 0;
}

/* Is every conversion of fmt one that tl_norm_rule writes itself? */
static int simple_format(const char *fmt)
{
    for (const char *f = strchr(fmt, '%'); f; f = strchr(f + conversion(f), '%'))
        if (!conversion(f)) return 0;
    return 1;
}

void tl_norm_rule(tl_norm *n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    if (!simple_format(fmt)) {
        vsnprintf(n->rule, sizeof n->rule, fmt, ap);
        va_end(ap);
        return;
    }
    /* Rules are fixed text that fills in strings and numbers: written here
     * as vsnprintf would (cut to the buffer), without its cost, which was a
     * good part of normalising a timex. */
    size_t o = 0, cap = sizeof n->rule - 1;
    for (const char *f = fmt; *f && o < cap;) {
        const char *s = f, *pct = strchr(f, '%');
        size_t len = pct ? (size_t)(pct - f) : strlen(f); /* the text up to the next conversion */
        char num[16];
        if (*f == '%' && f[1] == 's') {
            s = va_arg(ap, const char *);
            if (!s) s = "(null)"; /* as glibc prints it */
            len = strlen(s);
        } else if (*f == '%') { /* "%d", "%+d" */
            int v = va_arg(ap, int);
            unsigned u = v < 0 ? 0u - (unsigned)v : (unsigned)v;
            char digits[12];
            size_t k = 0;
            do digits[k++] = (char)('0' + u % 10); while (u /= 10);
            len = 0;
            if (v < 0 || f[1] == '+') num[len++] = v < 0 ? '-' : '+';
            while (k) num[len++] = digits[--k];
            s = num;
        }
        f += *f == '%' ? conversion(f) : len;
        if (len > cap - o) len = cap - o;
        memcpy(n->rule + o, s, len);
        o += len;
    }
    n->rule[o] = '\0';
    va_end(ap);
}

static const char *unit_letter(int unit, int *time, int *mult)
{
    *time = 0;
    *mult = 1;
    switch (unit) {
    case U_SECOND: *time = 1; return "S";
    case U_MINUTE: *time = 1; return "M";
    case U_HOUR: *time = 1; return "H";
    case U_DAY: case U_NIGHT: return "D";
    case U_WEEKEND: return "WE";
    case U_WEEK: return "W";
    case U_FORTNIGHT: *mult = 2; return "W";
    case U_MONTH: return "M";
    case U_QUARTER: return "Q";
    case U_HALFYEAR: *mult = 6; return "M";
    case U_SEASON: return "SE";
    case U_YEAR: return "Y";
    case U_DECADE: *mult = 10; return "Y";
    case U_CENTURY: *mult = 100; return "Y";
    default: *mult = 1000; return "Y";
    }
}

/* "P3Y", "PT2H30M", "PXM". n < 0: unknown count. */
static void duration_value(int n, int half, int unit, char *out, size_t cap)
{
    int time, mult;
    const char *u = unit_letter(unit, &time, &mult);
    const char *t = time ? "T" : "";
    if (n < 0) {
        if (unit == U_DECADE) snprintf(out, cap, "PXE");
        else if (unit == U_CENTURY) snprintf(out, cap, "PXC");
        else snprintf(out, cap, "P%sX%s", t, u);
        return;
    }
    if (!half) {
        snprintf(out, cap, "P%s%d%s", t, n * mult, u);
        return;
    }
    if (n == 0) { /* half a unit alone */
        switch (unit) {
        case U_HOUR: snprintf(out, cap, "PT30M"); return;
        case U_MINUTE: snprintf(out, cap, "PT30S"); return;
        case U_DAY: snprintf(out, cap, "PT12H"); return;
        case U_WEEK: snprintf(out, cap, "P3DT12H"); return;
        case U_YEAR: snprintf(out, cap, "P6M"); return;
        case U_MONTH: snprintf(out, cap, "P15D"); return;
        case U_DECADE: snprintf(out, cap, "P5Y"); return;
        case U_CENTURY: snprintf(out, cap, "P50Y"); return;
        default: break;
        }
    }
    /* half a unit in the next smaller one */
    switch (unit) {
    case U_HOUR: snprintf(out, cap, "PT%dH30M", n); break;
    case U_MINUTE: snprintf(out, cap, "PT%dM30S", n); break;
    case U_DAY: snprintf(out, cap, "P%dDT12H", n); break;
    case U_YEAR: snprintf(out, cap, "P%dY6M", n); break;
    case U_MONTH: snprintf(out, cap, "P%dM15D", n); break;
    case U_DECADE: snprintf(out, cap, "P%dY", n * 10 + 5); break;
    default: snprintf(out, cap, "P%s%d.5%s", t, n * mult, u); break;
    }
}

/* "a quarter of a century" (P25Y), "three quarters of an hour" (PT45M):
 * n quarters of a unit, written in the smaller unit they fill exactly
 * (-1 for a unit with no whole quarter: a month, a week). */
static int quarters_of(const tl_frame *f, tl_norm *o)
{
    static const struct {
        int unit, per_quarter, in;
    } Q[] = {{U_CENTURY, 25, U_YEAR}, {U_YEAR, 3, U_MONTH}, {U_DAY, 6, U_HOUR},
             {U_HOUR, 15, U_MINUTE},  {U_MINUTE, 15, U_SECOND}};
    if (f->unit != U_QUARTER || f->num < 1 || f->num > 3) return -1;
    for (size_t k = 0; k < sizeof Q / sizeof Q[0]; k++)
        if (Q[k].unit == f->unit2) {
            o->type = TL_TIMEX_DURATION;
            duration_value(f->num * Q[k].per_quarter, 0, Q[k].in, o->value, sizeof o->value);
            tl_norm_rule(o, "quarters of a unit -> %s", o->value);
            return 0;
        }
    return -1;
}

static int duration(const tl_frame *f, tl_norm *o)
{
    if (f->unit < 0) return -1;
    if (f->unit2 >= 0 && f->num > 0) return quarters_of(f, o); /* only "N quarters of a unit" counts two units */
    if (f->day >= 0 && (f->day != 1 || f->day2 != 2)) return -1; /* only "N 1/2 units" */
    int n = f->few > 0 && f->num <= 0 ? -1 : f->num;
    if (n < 0 && f->few <= 0 && f->plural <= 0) return -1;
    if (n == 0 && f->half <= 0) return -1;
    if (f->num2 >= 0 && f->num2 <= n) return -1; /* "sentenced in 1995 to 15 years": no range */
    if (f->unit == U_HALFYEAR || (f->unit == U_QUARTER && f->a > 0)) return -1; /* "a half", "a quarter of" */
    o->type = TL_TIMEX_DURATION;
    duration_value(n, f->half > 0 || f->day == 1, f->unit, o->value, sizeof o->value);
    if (f->num2 > n && n > 0) { /* "two to three weeks": at least the first; "two or three": about it */
        o->mod = f->or_range > 0 ? M_APPROX : M_EQUAL_OR_MORE;
        tl_norm_rule(o, "a range of counts -> the lower, %s", f->or_range > 0 ? "APPROX" : "EQUAL_OR_MORE");
        return 0;
    }
    tl_norm_rule(o, n < 0 ? "unspecified number of units -> %s" : "count + unit -> %s", o->value);
    return 0;
}

static int set(const tl_frame *f, tl_norm *o)
{
    o->type = TL_TIMEX_SET;
    if (f->setadv > 0) {
        if (f->setadv == U_QUARTER) snprintf(o->value, sizeof o->value, "P3M");
        else duration_value(1, 0, f->setadv == U_NIGHT ? U_DAY : f->setadv, o->value, sizeof o->value);
    } else if (f->unit == U_WEEKEND && f->num <= 1) {
        snprintf(o->value, sizeof o->value, "XXXX-WXX-WE"); /* "every weekend": no duration letter WE */
    } else if (f->wday > 0) {
        snprintf(o->value, sizeof o->value, "XXXX-WXX-%d", f->wday);
    } else if (f->pod > 0) {
        static const char *const pods[] = {"", "MO", "AF", "EV", "NI", "DT", "MI"};
        snprintf(o->value, sizeof o->value, "XXXX-XX-XXT%s", pods[f->pod]);
    } else if (f->season > 0) {
        static const char *const seasons[] = {"", "SP", "SU", "FA", "WI"};
        snprintf(o->value, sizeof o->value, "XXXX-%s", seasons[f->season]);
    } else if (f->month > 0) {
        snprintf(o->value, sizeof o->value, "XXXX-%02d", f->month);
    } else if (f->unit > 0) {
        duration_value(f->num > 0 && f->times < 0 ? f->num : 1, 0, f->unit, o->value, sizeof o->value);
    } else {
        return -1;
    }
    /* "twice a year", "four times a month": how often in each period */
    if (f->times > 0) snprintf(o->freq, sizeof o->freq, "%dX", f->times);
    tl_norm_rule(o, "frequency -> %s", o->value);
    return 0;
}

static int reference(const tl_frame *f, tl_norm *o)
{
    static const char *const refs[] = {"", "PAST_REF", "PRESENT_REF", "FUTURE_REF"};
    if (f->ref < 1 || f->ref > 3) return -1;
    o->type = TL_TIMEX_DATE;
    snprintf(o->value, sizeof o->value, "%s", refs[f->ref]);
    tl_norm_rule(o, "vague reference -> %s", o->value);
    return 0;
}

/* "recent years", "the coming months", "the past few weeks". */
static int recent(const tl_frame *f, tl_norm *o)
{
    if (f->unit < 0) return -1;
    if (f->rel == R_FUTURE) {
        o->type = TL_TIMEX_DATE;
        snprintf(o->value, sizeof o->value, "FUTURE_REF");
    } else if (f->rel == R_THIS || f->rel == R_SAME || f->rel == R_CURRENT) {
        return -1;
    } else {
        o->type = TL_TIMEX_DURATION;
        /* "the next couple of years": the count "couple" names (mod APPROX) */
        duration_value(f->few > 0 && f->num > 0 ? f->num : -1, 0, f->unit, o->value, sizeof o->value);
    }
    tl_norm_rule(o, "recent/coming units -> %s", o->value);
    return 0;
}

int tl_normalize(const tl_frame *f, const tl_context *c, tl_norm *o)
{
    memset(o, 0, sizeof *o);
    o->mod = f->mod;
    o->point.gran = TL_GRAN_NONE;
    switch (f->kind) {
    case K_DURATION: return duration(f, o);
    case K_SET: return set(f, o);
    case K_REF: return reference(f, o);
    case K_RECENT: return recent(f, o);
    case K_BLOCK: return -1;
    default: return tl_normalize_date(f, c, o);
    }
}
