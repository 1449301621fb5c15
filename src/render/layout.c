/* layout.c -- the layout engine of the graphical timeline (see layout.h).
 *
 * The design, top to bottom:
 *
 *   Timeline                                      title
 *   17 events from 3 documents · 28 Jul – 18 Aug  subtitle
 *   (1) a.txt · Fri 15 Aug 2025   (2) b.txt ...   the sources, numbered
 *   ● exact date  ○ approximate date  □ no date   marker legend
 *   ──────────────────────────────────────────
 *      August 2025 ◆───────────────────────────   group header on the spine
 *        Fri 1 Aug ●  Label, wrapped over at most
 *                  │  five lines (1) (3)         source badges
 *    week of 4 Aug ○  Label ...
 *          Undated ────────────────────────────   events without a date
 *                  □  Label ...
 *
 * A date column on the left (right-aligned, tabular figures), a vertical
 * spine with one marker per event, and the label column on the right.
 * Group headers (day, month or year, whichever suits the span) sit on the
 * spine as its major ticks.  Every size derives from one body size that
 * scales with the width, so A4 and a 900 px image share proportions.
 * Blocks (a header, an event) are never split across pages, and a header
 * is never left alone at the bottom of a page. */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "layout.h"
#include "../time/calendar.h"
#include "../util/error.h"

/* ---- dates in words ----------------------------------------------------- */

static const char *const month_abbr[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
static const char *const month_name[] = {"January", "February", "March",     "April",
                                         "May",     "June",     "July",      "August",
                                         "September", "October", "November", "December"};
static const char *const weekday_abbr[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

typedef struct {
    int y, m, d;
    int hh, mm; /* -1 when the string has no time */
} ymdhm;

/* An interval bound ("2025-08-15", "2025-08-15T11:00") as numbers. */
static int parse_bound(const char *s, ymdhm *t)
{
    tl_datetime dt;
    if (!s || tl_parse_iso(s, &dt) != 0) return -1;
    *t = (ymdhm){dt.year, dt.month, dt.day, dt.hour, dt.minute < 0 ? 0 : dt.minute};
    return 0;
}

static void year_text(int y, char *out, size_t n)
{
    if (y <= 0)
        snprintf(out, n, "%d BC", 1 - y);
    else
        snprintf(out, n, "%d", y);
}

static const char *ordinal_suffix(int n)
{
    if (n % 100 >= 11 && n % 100 <= 13) return "th";
    switch (n % 10) {
    case 1: return "st";
    case 2: return "nd";
    case 3: return "rd";
    default: return "th";
    }
}

/* The TimeML mod of the timex the event is anchored on, "" if none. */
static const char *anchor_mod(const tl_timeline *tl, const tl_event *e)
{
    if (!e->when.value) return "";
    for (size_t i = 0; i < e->n_mentions; i++) {
        size_t t = e->mentions[i].timex;
        if (t >= tl->timexes.len) continue;
        const tl_timex *x = &tl->timexes.items[t];
        if (x->mod && x->mod[0] && x->value && strcmp(x->value, e->when.value) == 0) return x->mod;
    }
    return "";
}

static const char *mod_words(const char *mod)
{
    static const struct {
        const char *mod, *words;
    } words[] = {
        {"APPROX", "about "},  {"BEFORE", "before "}, {"AFTER", "after "},
        {"ON_OR_BEFORE", "by "}, {"ON_OR_AFTER", "from "}, {"START", "early "},
        {"MID", "mid-"},       {"END", "late "},
    };
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (strcmp(mod, words[i].mod) == 0) return words[i].words;
    return "";
}

/* "2025-W33-WE": Saturday and Sunday, whatever granularity it was given. */
static int is_weekend(const char *value)
{
    size_t n = strlen(value);
    return n > 3 && strcmp(value + n - 3, "-WE") == 0;
}

enum {
    FMT_NO_YEAR = 1,    /* a group header above already says the year */
    FMT_NO_WEEKDAY = 2, /* ranges: "28 Jul 2025" */
    FMT_NO_TIME = 4,
    FMT_NO_DAY = 8,     /* a day header above already says the day */
    FMT_IS_HEADER = 16  /* the header above names exactly this period: say
                           nothing unless there is a qualifier ("early") */
};

static void format_when(const tl_timeline *tl, const tl_event *e, int flags, char *out, size_t n)
{
    ymdhm t;
    out[0] = '\0';
    if (!e->anchored) return;
    if (parse_bound(e->when.start, &t) != 0) {
        snprintf(out, n, "%s", e->when.value ? e->when.value : "");
        return;
    }
    char yr[24] = "";
    if (!(flags & FMT_NO_YEAR)) {
        yr[0] = ' ';
        year_text(t.y, yr + 1, sizeof yr - 1);
    }
    char core[128];
    const char *v = e->when.value ? e->when.value : "";
    switch (e->when.granularity) {
    case TL_GRAN_MILLENNIUM:
        snprintf(core, sizeof core, "%d%s millennium", t.y / 1000 + 1, ordinal_suffix(t.y / 1000 + 1));
        break;
    case TL_GRAN_CENTURY:
        snprintf(core, sizeof core, "%d%s century", t.y / 100 + 1, ordinal_suffix(t.y / 100 + 1));
        break;
    case TL_GRAN_DECADE: snprintf(core, sizeof core, "%ds", t.y / 10 * 10); break;
    case TL_GRAN_YEAR: year_text(t.y, core, sizeof core); break;
    case TL_GRAN_HALF:
        snprintf(core, sizeof core, "H%d%s", t.m <= 6 ? 1 : 2, yr);
        break;
    case TL_GRAN_QUARTER: snprintf(core, sizeof core, "Q%d%s", (t.m - 1) / 3 + 1, yr); break;
    case TL_GRAN_SEASON: {
        const char *s = strrchr(v, '-');
        const char *name = !s ? "season" : strcmp(s, "-SP") == 0 ? "spring"
                                       : strcmp(s, "-SU") == 0 ? "summer"
                                       : strcmp(s, "-WI") == 0 ? "winter"
                                                               : "autumn";
        snprintf(core, sizeof core, "%s%s", name, yr);
        break;
    }
    case TL_GRAN_MONTH: snprintf(core, sizeof core, "%s%s", month_abbr[t.m - 1], yr); break;
    case TL_GRAN_WEEK:
        snprintf(core, sizeof core, "%s of %d %s%s", is_weekend(v) ? "weekend" : "week", t.d,
                 month_abbr[t.m - 1], yr);
        break;
    default: {
        if (is_weekend(v)) {
            snprintf(core, sizeof core, "weekend of %d %s%s", t.d, month_abbr[t.m - 1], yr);
            break;
        }
        char day[64] = "", tod[32] = "";
        int wd = tl_weekday(t.y, t.m, t.d);
        if (!(flags & FMT_NO_DAY)) {
            if (!(flags & FMT_NO_WEEKDAY))
                snprintf(day, sizeof day, "%s %d %s%s", weekday_abbr[wd - 1], t.d,
                         month_abbr[t.m - 1], yr);
            else
                snprintf(day, sizeof day, "%d %s%s", t.d, month_abbr[t.m - 1], yr);
        }
        if (!(flags & FMT_NO_TIME)) {
            const char *tp = strchr(v, 'T');
            if (e->when.granularity == TL_GRAN_PART_OF_DAY && tp) {
                tp++;
                snprintf(tod, sizeof tod, "%s", strncmp(tp, "MO", 2) == 0   ? "morning"
                                                : strncmp(tp, "AF", 2) == 0 ? "afternoon"
                                                : strncmp(tp, "EV", 2) == 0 ? "evening"
                                                : strncmp(tp, "NI", 2) == 0 ? "night"
                                                                            : "daytime");
            } else if (e->when.granularity >= TL_GRAN_HOUR && t.hh >= 0) {
                snprintf(tod, sizeof tod, "%02d:%02d", t.hh, t.mm);
            }
        }
        snprintf(core, sizeof core, "%s%s%s", day, day[0] && tod[0] ? ", " : "", tod);
        break;
    }
    }
    const char *pre = core[0] ? mod_words(anchor_mod(tl, e)) : "";
    if ((flags & FMT_IS_HEADER) && !pre[0]) return;
    snprintf(out, n, "%s%s", pre, core);
}

char *tl_when_human(const tl_timeline *tl, const tl_event *e, char *out, size_t n)
{
    format_when(tl, e, 0, out, n);
    return out;
}

int tl_when_is_approx(const tl_timeline *tl, const tl_event *e)
{
    if (!e->anchored) return 1;
    return e->when.granularity < TL_GRAN_DAY || (e->when.value && is_weekend(e->when.value)) ||
           anchor_mod(tl, e)[0] != '\0';
}

char *tl_dct_human(const tl_document *d, char *out, size_t n)
{
    ymdhm t;
    out[0] = '\0';
    if (!d->dct || parse_bound(d->dct, &t) != 0) return out;
    int wd = tl_weekday(t.y, t.m, t.d);
    char yr[16];
    year_text(t.y, yr, sizeof yr);
    snprintf(out, n, "%s %d %s %s", weekday_abbr[wd - 1], t.d, month_abbr[t.m - 1], yr);
    return out;
}

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
    ymdhm a, b;
    if (!first || parse_bound(first->when.start, &a) != 0 ||
        parse_bound(last->when.start, &b) != 0)
        return LVL_MONTH;
    if (tl_days_from_civil(b.y, b.m, b.d) - tl_days_from_civil(a.y, a.m, a.d) <= 6) return LVL_DAY;
    return (long)(b.y - a.y) * 12 + (b.m - a.m) <= 24 ? LVL_MONTH : LVL_YEAR;
}

/* The header an event goes under, and the format flags its own date then
 * needs.  An event coarser than the level gets a coarser header, so a
 * "2025" event is not filed under "January 2025". */
static void header_for(const tl_event *e, level lvl, char *out, size_t n, int *flags)
{
    ymdhm t;
    out[0] = '\0';
    *flags = 0;
    if (parse_bound(e->when.start, &t) != 0) return;
    tl_granularity g = e->when.granularity;
    if (g < TL_GRAN_YEAR)
        lvl = LVL_OWN;
    else if (g < TL_GRAN_MONTH && lvl < LVL_YEAR)
        lvl = LVL_YEAR;
    else if (g < TL_GRAN_DAY && lvl < LVL_MONTH)
        lvl = LVL_MONTH;
    char yr[16];
    year_text(t.y, yr, sizeof yr);
    switch (lvl) {
    case LVL_DAY: {
        /* Abbreviated, to fit the date column on one line. */
        int wd = tl_weekday(t.y, t.m, t.d);
        snprintf(out, n, "%s %d %s %s", weekday_abbr[wd - 1], t.d, month_abbr[t.m - 1], yr);
        *flags = FMT_NO_DAY;
        break;
    }
    case LVL_MONTH:
        snprintf(out, n, "%s %s", month_name[t.m - 1], yr);
        *flags = g == TL_GRAN_MONTH ? FMT_IS_HEADER : g >= TL_GRAN_WEEK ? FMT_NO_YEAR : 0;
        break;
    case LVL_YEAR:
        snprintf(out, n, "%s", yr);
        *flags = g == TL_GRAN_YEAR ? FMT_IS_HEADER : FMT_NO_YEAR;
        break;
    case LVL_OWN: {
        tl_event bare = *e;
        bare.n_mentions = 0; /* the header names the period, without "about" */
        format_when(NULL, &bare, 0, out, n);
        *flags = FMT_IS_HEADER;
        break;
    }
    }
}

/* Dated: anchored on an interval whose start can be read.  An event the
 * event stage anchored on something unreadable goes with the undated ones
 * rather than under an empty header. */
static int is_dated(const tl_event *e, ymdhm *t)
{
    ymdhm unused;
    return e->anchored && parse_bound(e->when.start, t ? t : &unused) == 0;
}

/* Timeline order, whatever order the events arrive in: dated by start (as
 * numbers, so 100 BC comes before 44 BC), then undated; ties keep their
 * order, which the event stage chose. */
static int by_start(const void *pa, const void *pb)
{
    const tl_event *a = *(const tl_event *const *)pa, *b = *(const tl_event *const *)pb;
    ymdhm ta = {0}, tb = {0};
    int da = is_dated(a, &ta), db = is_dated(b, &tb);
    if (da != db) return da ? -1 : 1;
    if (da) {
        int ka[] = {ta.y, ta.m, ta.d, ta.hh, ta.mm}, kb[] = {tb.y, tb.m, tb.d, tb.hh, tb.mm};
        for (int i = 0; i < 5; i++)
            if (ka[i] != kb[i]) return ka[i] < kb[i] ? -1 : 1;
    }
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
            ymdhm ta, tz;
            if (parse_bound(rows[i].event->when.start, &ta) == 0) year_text(ta.y, a, sizeof a);
            if (parse_bound(rows[j - 1].event->when.start, &tz) == 0) year_text(tz.y, z, sizeof z);
            snprintf(name, sizeof name, "%s – %s", a, z);
            for (size_t k = i; k < j; k++) {
                tl_row *r = &rows[k];
                if (!r->date[0]) format_when(tl, r->event, 0, r->date, sizeof r->date);
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
        whole[i] = (flags & FMT_IS_HEADER) != 0;
        format_when(tl, ev[i], flags, date, sizeof date);
        format_when(tl, ev[i], flags | FMT_NO_TIME, day, sizeof day);
        r->new_group = i == 0 || strcmp(r->group, rows[i - 1].group) != 0;
        /* The same date twice in a row is said once; a second time on the
         * same day is said without the day. */
        if (!r->new_group && strcmp(date, prev_date) == 0)
            r->date[0] = '\0';
        else if (!r->new_group && strcmp(day, prev_day) == 0 && strcmp(day, date) != 0)
            format_when(tl, ev[i], flags | FMT_NO_DAY, r->date, sizeof r->date);
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

/* ---- text ----------------------------------------------------------------- */

typedef enum {
    ST_TITLE,
    ST_SUBTITLE,
    ST_HEADER,
    ST_DATE,
    ST_LABEL,
    ST_BADGE,
    ST_SMALL,
    ST_NOTE
} style_id;

/* The typographic scale, in multiples of the body size: a clear step
 * between title, headers, body and captions, and no more sizes than that. */
static const struct {
    double size;
    PangoWeight weight;
    PangoStyle slant;
    double line_spacing; /* 0: the font's own */
    int tabular;         /* tabular figures, so dates line up */
} styles[] = {
    [ST_TITLE] = {2.2, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 0, 0},
    [ST_SUBTITLE] = {1.05, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 0, 1},
    [ST_HEADER] = {1.15, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 0, 1},
    [ST_DATE] = {0.9, PANGO_WEIGHT_SEMIBOLD, PANGO_STYLE_NORMAL, 1.2, 1},
    [ST_LABEL] = {1.0, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 1.3, 0},
    [ST_BADGE] = {0.72, PANGO_WEIGHT_SEMIBOLD, PANGO_STYLE_NORMAL, 0, 1},
    [ST_SMALL] = {0.8, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 1.25, 1},
    [ST_NOTE] = {1.15, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC, 0, 0},
};

typedef struct {
    const tl_timeline *tl;
    tl_layout *lay;
    PangoContext *ctx;
    double base;             /* body text size */
    double margin;
    double x0, cw;           /* content box: left edge and width */
    double date_w, spine_x, label_x, label_w;
    double top, bottom;      /* usable band of the current page */
    double y;                /* next free position on the current page */
    int page;
    char group[128];         /* the group header in force, repeated on a new page */
    int group_on_spine;
    int oom;
} builder;

/* A header or an event, laid out from y = 0 before it is placed. */
typedef struct {
    TL_VEC(tl_box) boxes;
    double h;       /* height of the ink */
    double after;   /* space below it */
    double spine_y; /* where it touches the spine, < 0 if not */
} block;

/* White space of any kind collapses to one space: labels come from
 * running text and may carry line breaks.  Invalid UTF-8 (which the model
 * should never hold) is repaired rather than letting Pango drop the text. */
static char *clean_text(const char *s)
{
    if (!s) s = "";
    gchar *valid = g_utf8_validate(s, -1, NULL) ? g_strdup(s) : g_utf8_make_valid(s, -1);
    if (!valid) return NULL;
    char *w = valid;
    int space = 0;
    for (const char *r = valid; *r; r++) {
        if (isspace((unsigned char)*r)) {
            space = w != valid;
            continue;
        }
        if (space) *w++ = ' ';
        space = 0;
        *w++ = *r;
    }
    *w = '\0';
    return valid;
}

static PangoLayout *make_text(builder *b, const char *text, style_id st, double width,
                              int max_lines, PangoAlignment align)
{
    char *clean = clean_text(text);
    PangoLayout *l = clean ? pango_layout_new(b->ctx) : NULL;
    if (!l) {
        g_free(clean);
        b->oom = 1;
        return NULL;
    }
    PangoFontDescription *fd = pango_font_description_new();
    pango_font_description_set_family(fd, TL_FONT_FAMILY);
    pango_font_description_set_absolute_size(fd, styles[st].size * b->base * PANGO_SCALE);
    pango_font_description_set_weight(fd, styles[st].weight);
    pango_font_description_set_style(fd, styles[st].slant);
    pango_layout_set_font_description(l, fd);
    pango_font_description_free(fd);
    if (width > 0) {
        pango_layout_set_width(l, (int)(width * PANGO_SCALE));
        pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
        if (max_lines > 0) {
            pango_layout_set_height(l, -max_lines);
            pango_layout_set_ellipsize(l, PANGO_ELLIPSIZE_END);
        }
    }
    pango_layout_set_alignment(l, align);
    if (styles[st].line_spacing > 0) pango_layout_set_line_spacing(l, (float)styles[st].line_spacing);
    if (styles[st].tabular) {
        PangoAttrList *attrs = pango_attr_list_new();
        pango_attr_list_insert(attrs, pango_attr_font_features_new("tnum"));
        pango_layout_set_attributes(l, attrs);
        pango_attr_list_unref(attrs);
    }
    pango_layout_set_text(l, clean, -1);
    g_free(clean);
    return l;
}

static void text_size(PangoLayout *l, double *w, double *h)
{
    PangoRectangle r;
    pango_layout_get_extents(l, NULL, &r);
    if (w) *w = (double)(r.x + r.width) / PANGO_SCALE;
    if (h) *h = (double)(r.y + r.height) / PANGO_SCALE;
}

/* Where a marker beside the first line of l goes: a third of the font size
 * above the baseline, the middle of lower-case and capital letters. */
static double first_line_mid(PangoLayout *l)
{
    PangoLayoutIter *it = pango_layout_get_iter(l);
    double baseline = (double)pango_layout_iter_get_baseline(it) / PANGO_SCALE;
    pango_layout_iter_free(it);
    const PangoFontDescription *fd = pango_layout_get_font_description(l);
    return baseline - 0.33 * pango_font_description_get_size(fd) / PANGO_SCALE;
}

/* The right edge and the marker height of the last line of l. */
static void last_line(PangoLayout *l, double *right, double *mid)
{
    PangoLayoutIter *it = pango_layout_get_iter(l);
    while (pango_layout_iter_next_line(it)) {}
    PangoRectangle r;
    pango_layout_iter_get_line_extents(it, NULL, &r);
    double baseline = (double)pango_layout_iter_get_baseline(it) / PANGO_SCALE;
    pango_layout_iter_free(it);
    const PangoFontDescription *fd = pango_layout_get_font_description(l);
    *right = (double)(r.x + r.width) / PANGO_SCALE;
    *mid = baseline - 0.33 * pango_font_description_get_size(fd) / PANGO_SCALE;
}

static void push_box(builder *b, block *blk, tl_box box)
{
    if (box.kind == TL_BOX_TEXT || box.kind == TL_BOX_BADGE) {
        if (!box.text) {
            b->oom = 1;
            return;
        }
    }
    if (TL_VEC_PUSH(&blk->boxes, box) != 0) {
        if (box.text) g_object_unref(box.text);
        b->oom = 1;
    }
}

static void add_text(builder *b, block *blk, PangoLayout *l, double x, double y, tl_ink ink)
{
    push_box(b, blk, (tl_box){.kind = TL_BOX_TEXT, .x = x, .y = y, .ink = ink, .text = l});
}

static void add_line(builder *b, block *blk, double x, double y, double w, double h, tl_ink ink)
{
    push_box(b, blk,
             (tl_box){.kind = TL_BOX_LINE, .x = x, .y = y, .w = w, .h = h, .ink = ink,
                      .stroke = b->base * 0.07});
}

static void add_marker(builder *b, block *blk, double x, double y, int style)
{
    double d = style == TL_MARK_EXACT || style == TL_MARK_APPROX ? b->base * 0.78 : b->base * 0.55;
    push_box(b, blk,
             (tl_box){.kind = TL_BOX_MARKER, .x = x, .y = y, .w = d, .h = d, .ink = TL_INK_ACCENT,
                      .style = style, .stroke = b->base * 0.16});
}

/* A numbered pill, as in the source list; returns its width. */
static double add_badge(builder *b, block *blk, const char *text, double x, double y, double *h)
{
    PangoLayout *l = make_text(b, text, ST_BADGE, 0, 0, PANGO_ALIGN_LEFT);
    double tw = 0, th = 0;
    if (l) text_size(l, &tw, &th);
    double pw = fmax(tw + b->base * 0.7, th + b->base * 0.3), ph = th + b->base * 0.18;
    push_box(b, blk,
             (tl_box){.kind = TL_BOX_BADGE, .x = x, .y = y, .w = pw, .h = ph, .ink = TL_INK_MUTED,
                      .text = l});
    *h = ph;
    return pw;
}

static void block_free(block *blk)
{
    for (size_t i = 0; i < blk->boxes.len; i++)
        if (blk->boxes.items[i].text) g_object_unref(blk->boxes.items[i].text);
    TL_VEC_FREE(&blk->boxes);
}

/* ---- pages ----------------------------------------------------------------- */

static int paged(const builder *b) { return b->lay->page_height > 0; }

/* The lowest point of a page's content: the page number sits below it in
 * the bottom margin, with a line's worth of air between. */
static double page_bottom(const builder *b)
{
    return b->lay->page_height - b->margin - b->base * 2.6;
}

typedef struct {
    int page;
    double y;
} spine_point;

typedef TL_VEC(spine_point) spine_vec;

static void start_page(builder *b)
{
    b->page++;
    b->top = b->margin;
    b->bottom = page_bottom(b);
    block run = {0};
    char head[512];
    snprintf(head, sizeof head, "Timeline · %s, continued", b->lay->summary);
    PangoLayout *l = make_text(b, head, ST_SMALL, b->cw, 1, PANGO_ALIGN_LEFT);
    add_text(b, &run, l, b->x0, b->top, TL_INK_FAINT);
    double h = 0;
    if (l) text_size(l, NULL, &h);
    for (size_t i = 0; i < run.boxes.len; i++) {
        run.boxes.items[i].page = b->page;
        if (TL_VEC_PUSH(&b->lay->boxes, run.boxes.items[i]) != 0) {
            g_object_unref(run.boxes.items[i].text);
            b->oom = 1;
        }
    }
    TL_VEC_FREE(&run.boxes);
    b->y = b->top + h + b->base * 1.4;
}

static void header_block(builder *b, block *blk, const char *text, int on_spine, int first);

static void put(builder *b, block *blk, spine_vec *spine)
{
    for (size_t i = 0; i < blk->boxes.len; i++) {
        tl_box box = blk->boxes.items[i];
        box.y += b->y;
        box.page = b->page;
        if (TL_VEC_PUSH(&b->lay->boxes, box) != 0) {
            if (box.text) g_object_unref(box.text);
            b->oom = 1;
        }
    }
    if (spine && blk->spine_y >= 0 &&
        TL_VEC_PUSH(spine, ((spine_point){b->page, b->y + blk->spine_y})) != 0)
        b->oom = 1;
    b->y += blk->h + blk->after;
    TL_VEC_FREE(&blk->boxes);
}

/* A block of height h does not fit on this page (and the page is not
 * still empty: a block taller than a page goes where it is). */
static int needs_new_page(const builder *b, double h)
{
    return paged(b) && b->y + h > b->bottom && b->y > b->top + b->base * 3;
}

/* Put blk at the current position, or on a new page when it (plus keep,
 * the height of what must stay with it) does not fit; an event that opens
 * a page gets its group header again, so the reader knows the month.  The
 * boxes move into the layout; blk is emptied. */
static void place(builder *b, block *blk, double keep, spine_vec *spine, int is_event)
{
    if (needs_new_page(b, blk->h + keep)) {
        start_page(b);
        if (is_event && b->group[0]) {
            block head = {0};
            header_block(b, &head, b->group, b->group_on_spine, 0);
            put(b, &head, b->group_on_spine ? spine : NULL);
        }
    }
    put(b, blk, spine);
}

/* The spine joins consecutive points; across a page break it runs to the
 * foot of one page and from the head of the next. */
static void draw_spine(builder *b, const spine_vec *sp)
{
    block lines = {0};
    double foot = paged(b) ? page_bottom(b) : 0;
    for (size_t i = 0; i + 1 < sp->len; i++) {
        spine_point p = sp->items[i], q = sp->items[i + 1];
        for (int pg = p.page; pg <= q.page; pg++) {
            double y0 = pg == p.page ? p.y : b->margin + b->base * 2.2;
            double y1 = pg == q.page ? q.y : foot;
            size_t at = lines.boxes.len;
            add_line(b, &lines, b->spine_x, y0, 0, y1 - y0, TL_INK_RULE);
            if (lines.boxes.len > at) lines.boxes.items[at].page = pg;
        }
    }
    for (size_t i = 0; i < lines.boxes.len; i++)
        if (TL_VEC_PUSH(&b->lay->boxes, lines.boxes.items[i]) != 0) b->oom = 1;
    TL_VEC_FREE(&lines.boxes);
}

static void add_footers(builder *b)
{
    for (int pg = 0; pg < b->lay->n_pages; pg++) {
        char text[64];
        snprintf(text, sizeof text, "Page %d of %d", pg + 1, b->lay->n_pages);
        PangoLayout *l = make_text(b, text, ST_SMALL, b->cw, 1, PANGO_ALIGN_RIGHT);
        if (!l) return;
        double h;
        text_size(l, NULL, &h);
        tl_box box = {.kind = TL_BOX_TEXT, .page = pg, .x = b->x0,
                      .y = b->lay->page_height - b->margin - h, .ink = TL_INK_FAINT, .text = l};
        if (TL_VEC_PUSH(&b->lay->boxes, box) != 0) {
            g_object_unref(l);
            b->oom = 1;
        }
    }
}

/* ---- blocks ------------------------------------------------------------------ */

/* The span of the news for the subtitle: "28 Jul – 18 Aug 2025".  Events
 * of a week or finer define it when there are any, so one "2025" in the
 * background does not stretch it to January. */
static void date_range(const tl_timeline *tl, const tl_row *rows, size_t n, char *out,
                       size_t size)
{
    const tl_event *first = NULL, *last = NULL;
    for (size_t i = 0; i < n; i++) {
        if (rows[i].event->when.granularity < TL_GRAN_WEEK) continue;
        if (!first) first = rows[i].event;
        last = rows[i].event;
    }
    if (!first) {
        first = n ? rows[0].event : NULL;
        last = n ? rows[n - 1].event : NULL;
    }
    out[0] = '\0';
    if (!first) return;
    /* The ends as plain days ("4 Aug", not "week of 4 Aug"): a range
     * already says "roughly from ... to". */
    tl_event ends[2] = {*first, *last};
    for (int i = 0; i < 2; i++) {
        ends[i].n_mentions = 0;
        if (ends[i].when.granularity >= TL_GRAN_WEEK) ends[i].when.granularity = TL_GRAN_DAY;
        ends[i].when.value = "";
    }
    char a[96], a_full[96], z[96];
    ymdhm ta, tz;
    int same_year = parse_bound(first->when.start, &ta) == 0 &&
                    parse_bound(last->when.start, &tz) == 0 && ta.y == tz.y &&
                    ends[0].when.granularity >= TL_GRAN_MONTH;
    format_when(tl, &ends[0], FMT_NO_WEEKDAY | FMT_NO_TIME | (same_year ? FMT_NO_YEAR : 0), a,
                sizeof a);
    format_when(tl, &ends[0], FMT_NO_WEEKDAY | FMT_NO_TIME, a_full, sizeof a_full);
    format_when(tl, &ends[1], FMT_NO_WEEKDAY | FMT_NO_TIME, z, sizeof z);
    if (strcmp(a_full, z) == 0)
        snprintf(out, size, " · %s", z);
    else
        snprintf(out, size, " · %s – %s", a, z);
}

void tl_timeline_summary(const tl_timeline *tl, const tl_row *rows, size_t n, size_t n_dated,
                         char *out, size_t size)
{
    char range[256];
    size_t n_docs = tl->docs.len;
    date_range(tl, rows, n_dated, range, sizeof range);
    snprintf(out, size, "%zu event%s from %zu document%s%s", n, n == 1 ? "" : "s", n_docs,
             n_docs == 1 ? "" : "s", range);
}

/* Items that flow left to right and wrap, like words: the marker legend. */
typedef struct {
    builder *b;
    block *blk;
    double x, y, line_h, right;
} flow;

static void flow_break_if(flow *f, double w)
{
    if (f->x > f->b->x0 && f->x + w > f->right) {
        f->x = f->b->x0;
        f->y += f->line_h + f->b->base * 0.35;
        f->line_h = 0;
    }
}

/* The numbered list of sources the badges refer to, in as many columns
 * (up to three, filled top to bottom) as the longest entry allows, or more
 * when one column would run longer than twelve rows; a name too long for
 * its column loses its middle, never its DCT.  Returns its height. */
static double sources_grid(builder *b, block *blk, double y, size_t n)
{
    enum { MAX_ROWS = 12 };
    const tl_timeline *tl = b->tl;
    double gap = b->base * 1.5, inner = b->base * 0.35, widest = 0, pill_w = 0, row_h = 0;
    PangoLayout **names = calloc(n ? n : 1, sizeof *names);
    PangoLayout **dcts = calloc(n ? n : 1, sizeof *dcts);
    block *pills = calloc(n ? n : 1, sizeof *pills);
    if (!names || !dcts || !pills) {
        free(names);
        free(dcts);
        free(pills);
        b->oom = 1;
        return 0;
    }
    for (size_t i = 0; i < n; i++) {
        const tl_document *d = &tl->docs.items[i]->pub;
        char num[24], dct[80] = "";
        snprintf(num, sizeof num, "%zu", i + 1);
        if (d->dct && d->dct[0]) {
            memcpy(dct, "· ", strlen("· "));
            tl_dct_human(d, dct + strlen("· "), sizeof dct - strlen("· "));
        }
        names[i] = make_text(b, d->id, ST_SMALL, 0, 0, PANGO_ALIGN_LEFT);
        dcts[i] = make_text(b, dct, ST_SMALL, 0, 0, PANGO_ALIGN_LEFT);
        double nw = 0, dw = 0, th = 0, ph;
        if (names[i]) text_size(names[i], &nw, &th);
        if (dcts[i]) text_size(dcts[i], &dw, NULL);
        if (dw > 0) dw += b->base * 0.3;
        pill_w = fmax(pill_w, add_badge(b, &pills[i], num, 0, 0, &ph));
        widest = fmax(widest, nw + dw);
        row_h = fmax(row_h, fmax(th, ph));
    }
    int cols = 3;
    while (cols > 1 && pill_w + inner + widest > (b->cw - (cols - 1) * gap) / cols &&
           (n + (size_t)cols - 2) / (size_t)(cols - 1) <= MAX_ROWS)
        cols--;
    if ((size_t)cols > n) cols = n ? (int)n : 1;
    double col_w = (b->cw - (cols - 1) * gap) / cols;
    row_h += b->base * 0.25;
    size_t rows = (n + (size_t)cols - 1) / (size_t)cols;
    for (size_t i = 0; i < n; i++) {
        double x = b->x0 + (double)(i / rows) * (col_w + gap), yy = y + (double)(i % rows) * row_h;
        for (size_t k = 0; k < pills[i].boxes.len; k++) {
            tl_box box = pills[i].boxes.items[k];
            box.x += x + pill_w - box.w; /* numbers right-aligned, like a list */
            box.y += yy + (row_h - b->base * 0.25 - box.h) / 2;
            push_box(b, blk, box);
        }
        TL_VEC_FREE(&pills[i].boxes);
        if (!names[i] || !dcts[i]) {
            if (names[i]) g_object_unref(names[i]);
            if (dcts[i]) g_object_unref(dcts[i]);
            b->oom = 1;
            continue;
        }
        double nw, dw, th, space = b->base * 0.3;
        text_size(dcts[i], &dw, NULL);
        if (dw > 0) dw += space;
        double room = col_w - pill_w - inner - dw;
        pango_layout_set_width(names[i], (int)(fmax(room, b->base) * PANGO_SCALE));
        pango_layout_set_ellipsize(names[i], PANGO_ELLIPSIZE_MIDDLE);
        text_size(names[i], &nw, &th);
        double ty = yy + (row_h - b->base * 0.25 - th) / 2, tx = x + pill_w + inner;
        add_text(b, blk, names[i], tx, ty, TL_INK_MUTED);
        add_text(b, blk, dcts[i], tx + nw + space, ty, TL_INK_MUTED);
    }
    free(names);
    free(dcts);
    free(pills);
    return (double)rows * row_h - b->base * 0.25;
}

static void flow_legend(flow *f, int style, const char *what)
{
    builder *b = f->b;
    PangoLayout *l = make_text(b, what, ST_SMALL, 0, 0, PANGO_ALIGN_LEFT);
    double tw = 0, th = 0;
    if (l) text_size(l, &tw, &th);
    double mark = b->base * 0.8;
    double w = mark + b->base * 0.45 + tw;
    flow_break_if(f, w);
    add_marker(b, f->blk, f->x + mark / 2, f->y + (l ? first_line_mid(l) : th / 2), style);
    add_text(b, f->blk, l, f->x + mark + b->base * 0.45, f->y, TL_INK_MUTED);
    f->x += w + b->base * 1.4;
    f->line_h = fmax(f->line_h, th);
}

static void title_block(builder *b, block *blk, size_t n_dated, size_t n_undated)
{
    const tl_timeline *tl = b->tl;
    PangoLayout *title = make_text(b, "Timeline", ST_TITLE, b->cw, 2, PANGO_ALIGN_LEFT);
    double th = 0;
    if (title) text_size(title, NULL, &th);
    add_text(b, blk, title, b->x0, 0, TL_INK_TEXT);
    double y = th + b->base * 0.25;

    size_t n_docs = tl->docs.len;
    PangoLayout *l = make_text(b, b->lay->summary, ST_SUBTITLE, b->cw, 3, PANGO_ALIGN_LEFT);
    double h = 0;
    if (l) text_size(l, NULL, &h);
    add_text(b, blk, l, b->x0, y, TL_INK_MUTED);
    y += h + b->base * 0.9;

    /* The sources the badges refer to.  A long list is cut: the badges
     * still number every document, and the HTML report lists them all. */
    enum { MAX_LISTED = 30 };
    y += sources_grid(b, blk, y, n_docs < MAX_LISTED ? n_docs : MAX_LISTED);
    if (n_docs > MAX_LISTED) {
        char more[96];
        snprintf(more, sizeof more, "and %zu more documents", n_docs - MAX_LISTED);
        PangoLayout *m = make_text(b, more, ST_SMALL, b->cw, 1, PANGO_ALIGN_LEFT);
        double mh = 0;
        if (m) text_size(m, NULL, &mh);
        add_text(b, blk, m, b->x0, y, TL_INK_MUTED);
        y += mh;
    }
    if (n_docs) y += b->base * 0.7;
    flow f = {b, blk, b->x0, y, 0, b->x0 + b->cw};
    if (n_dated) {
        flow_legend(&f, TL_MARK_EXACT, "exact date");
        flow_legend(&f, TL_MARK_APPROX, "approximate date (week, month, year, or qualified)");
    }
    if (n_undated) flow_legend(&f, TL_MARK_UNDATED, "no date");
    y = f.y + f.line_h + b->base * 1.0;
    add_line(b, blk, b->x0, y, b->cw, 0, TL_INK_RULE);
    blk->h = y;
    blk->after = b->base * 1.6;
    blk->spine_y = -1;
}

/* A group header: its name right-aligned in the date column, a tick on
 * the spine and a hairline across the label column. */
/* first: the header's first appearance, not its repetition at the top of
 * a page; only that one is bookmarked. */
static void header_block(builder *b, block *blk, const char *text, int on_spine, int first)
{
    PangoLayout *l = make_text(b, text, ST_HEADER, b->date_w, 2, PANGO_ALIGN_RIGHT);
    double h = 0, mid = b->base * 0.5, pad = b->base * 0.4;
    if (l) {
        text_size(l, NULL, &h);
        mid = first_line_mid(l);
    }
    mid += pad;
    h += pad;
    add_text(b, blk, l, b->x0, pad, TL_INK_ACCENT);
    if (blk->boxes.len) blk->boxes.items[blk->boxes.len - 1].outline = first;
    if (on_spine) add_marker(b, blk, b->spine_x, mid, TL_MARK_GROUP);
    double from = b->spine_x + b->base * 0.9;
    add_line(b, blk, from, mid, b->x0 + b->cw - from, 0, TL_INK_RULE);
    blk->h = h;
    blk->after = b->base * 0.8;
    blk->spine_y = on_spine ? mid : -1;
}

/* The documents mentioning the event, in document order, no repeats. */
static size_t event_docs(const tl_timeline *tl, const tl_event *e, size_t *out, size_t max)
{
    size_t n = 0;
    for (size_t i = 0; i < e->n_mentions; i++) {
        size_t d = e->mentions[i].doc, k;
        if (d >= tl->docs.len) continue;
        for (k = 0; k < n && out[k] != d; k++) {}
        if (k < n) continue;
        if (n == max) break;
        size_t j = n++;
        while (j > 0 && out[j - 1] > d) {
            out[j] = out[j - 1];
            j--;
        }
        out[j] = d;
    }
    return n;
}

static void event_block(builder *b, block *blk, const tl_event *e, const char *date, int style)
{
    enum { MAX_BADGES = 12 };
    PangoLayout *label = make_text(b, e->label && e->label[0] ? e->label : "(no label)", ST_LABEL,
                                   b->label_w, 5, PANGO_ALIGN_LEFT);
    if (!label) return;
    double lh, mid = first_line_mid(label);
    text_size(label, NULL, &lh);
    double h = lh;
    if (date[0]) {
        PangoLayout *dl = make_text(b, date, ST_DATE, b->date_w, 3, PANGO_ALIGN_RIGHT);
        if (dl) {
            /* On the label's first baseline, as in a table row. */
            double dh, dy = (double)(pango_layout_get_baseline(label) -
                                     pango_layout_get_baseline(dl)) / PANGO_SCALE;
            text_size(dl, NULL, &dh);
            add_text(b, blk, dl, b->x0, dy, TL_INK_MUTED);
            h = fmax(h, dy + dh);
        }
    }
    add_text(b, blk, label, b->label_x, 0, TL_INK_TEXT);
    add_marker(b, blk, b->spine_x, mid, style);

    /* Source badges go after the label's last line, like footnote marks,
     * when they fit there, else on a line of their own below it. */
    size_t docs[MAX_BADGES + 1];
    size_t n = event_docs(b->tl, e, docs, MAX_BADGES + 1);
    if (n) {
        /* Laid out from (0, 0) first, wrapping at the column's width (only
         * a narrow tl_render_cairo needs that), then moved into place. */
        block row = {0};
        double x = 0, y = 0, ph = 0, gap = b->base * 0.25, row_w = 0;
        /* docs holds one more than is shown when there are more. */
        for (size_t i = 0; i < n; i++) {
            block item = {0};
            double w;
            if (i < MAX_BADGES) {
                char num[24];
                snprintf(num, sizeof num, "%zu", docs[i] + 1);
                w = add_badge(b, &item, num, 0, 0, &ph);
            } else {
                PangoLayout *more = make_text(b, "and more", ST_SMALL, 0, 0, PANGO_ALIGN_LEFT);
                double mh = 0;
                w = 0;
                if (more) text_size(more, &w, &mh);
                add_text(b, &item, more, 0, (ph - mh) / 2, TL_INK_MUTED);
            }
            if (x > 0 && x + w > b->label_w) {
                x = 0;
                y += ph + gap;
            }
            for (size_t k = 0; k < item.boxes.len; k++) {
                tl_box box = item.boxes.items[k];
                box.x += x;
                box.y += y;
                push_box(b, &row, box);
            }
            TL_VEC_FREE(&item.boxes);
            x += w + gap;
            row_w = fmax(row_w, x - gap);
        }
        double last_right, last_mid;
        last_line(label, &last_right, &last_mid);
        double dx, dy;
        if (y == 0 && last_right + b->base * 0.5 + row_w <= b->label_w) {
            dx = b->label_x + last_right + b->base * 0.5;
            dy = last_mid - ph / 2;
        } else {
            dx = b->label_x;
            dy = lh + b->base * 0.3;
            h = fmax(h, dy + y + ph);
        }
        for (size_t i = 0; i < row.boxes.len; i++) {
            tl_box box = row.boxes.items[i];
            box.x += dx;
            box.y += dy;
            push_box(b, blk, box);
        }
        TL_VEC_FREE(&row.boxes);
    }
    blk->h = h;
    blk->after = b->base * 1.3;
    blk->spine_y = mid;
}

static void note_block(builder *b, block *blk, const char *text)
{
    PangoLayout *l = make_text(b, text, ST_NOTE, b->cw, 2, PANGO_ALIGN_CENTER);
    double h = 0;
    if (l) text_size(l, NULL, &h);
    add_text(b, blk, l, b->x0, b->base * 1.5, TL_INK_MUTED);
    blk->h = h + b->base * 1.5;
    blk->after = b->base * 2.5;
    blk->spine_y = -1;
}

/* ---- the whole -------------------------------------------------------------- */

static void build(builder *b, const tl_row *rows, size_t n_dated, size_t n)
{
    spine_vec spine = {0};
    block blk = {0}, next = {0};
    title_block(b, &blk, n_dated, n - n_dated);
    place(b, &blk, 0, NULL, 0);

    if (n_dated == 0) {
        note_block(b, &blk, "No dated events found");
        place(b, &blk, 0, NULL, 0);
    }
    for (size_t i = 0; i < n && !b->oom; i++) {
        const tl_row *r = &rows[i];
        int dated = i < n_dated;
        if (i == n_dated) {
            draw_spine(b, &spine);
            if (n_dated) b->y += b->base * 1.2;
        }
        int mark = !dated ? TL_MARK_UNDATED
                   : tl_when_is_approx(b->tl, r->event) ? TL_MARK_APPROX
                                                         : TL_MARK_EXACT;
        event_block(b, &next, r->event, r->date, mark);
        /* At the top of a page the date is said in full again. */
        if (!r->new_group && needs_new_page(b, next.h) && strcmp(r->date, r->date_in_full) != 0) {
            block_free(&next);
            event_block(b, &next, r->event, r->date_in_full, mark);
        }
        if (r->new_group) {
            snprintf(b->group, sizeof b->group, "%s", r->group);
            b->group_on_spine = dated;
            header_block(b, &blk, r->group, dated, 1);
            place(b, &blk, next.h, dated ? &spine : NULL, 0);
        }
        place(b, &next, 0, dated ? &spine : NULL, 1);
    }
    if (n == n_dated) draw_spine(b, &spine);
    TL_VEC_FREE(&spine);
    block_free(&blk);
    block_free(&next);
}

int tl_layout_build(const tl_timeline *tl, double width, double page_height, tl_layout *out,
                    tl_error *err)
{
    memset(out, 0, sizeof *out);
    if (!(width > 0) || page_height < 0)
        return tl_fail(err, TL_EUSAGE, "render: bad page size %gx%g", width, page_height);
    PangoFontMap *fm = tl_font_map(err);
    if (!fm) return err ? err->code : TL_EINPUT;

    out->width = width;
    out->page_height = page_height;
    builder b = {.tl = tl, .lay = out};
    /* Body size from the width: 9.9 pt on A4, 15 px on a 900 px image. */
    b.base = fmin(fmax(width / 60, 7), 18);
    b.margin = b.base * 4.2;
    b.x0 = b.margin;
    b.cw = width - 2 * b.margin;
    b.date_w = b.cw * 0.22;
    b.spine_x = b.x0 + b.date_w + b.base * 1.3;
    b.label_x = b.spine_x + b.base * 1.3;
    b.label_w = b.x0 + b.cw - b.label_x;
    b.page = 0;
    b.top = b.y = b.margin;
    b.bottom = page_height > 0 ? page_bottom(&b) : INFINITY;

    /* Measure without hinting or rounding of glyph positions, so metrics
     * do not depend on the surface (or its resolution) the layout is later
     * painted on. */
    b.ctx = pango_font_map_create_context(fm);
    if (!b.ctx) return tl_fail(err, TL_EINPUT, "render: cannot create a Pango context");
    pango_cairo_context_set_resolution(b.ctx, 72);
    cairo_font_options_t *fo = cairo_font_options_create();
    cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_antialias(fo, CAIRO_ANTIALIAS_GRAY);
    pango_cairo_context_set_font_options(b.ctx, fo);
    cairo_font_options_destroy(fo);
    pango_context_set_round_glyph_positions(b.ctx, FALSE);
    pango_context_set_language(b.ctx, pango_language_from_string("en"));

    size_t n, n_dated;
    tl_row *rows = tl_rows(tl, &n, &n_dated);
    if (!rows) {
        g_object_unref(b.ctx);
        return tl_fail(err, TL_EINPUT, "render: out of memory");
    }
    tl_timeline_summary(tl, rows, n, n_dated, out->summary, sizeof out->summary);
    build(&b, rows, n_dated, n);
    free(rows);

    out->n_pages = b.page + 1;
    out->height = page_height > 0 ? page_height : ceil(b.y - b.base * 1.0 + b.margin);
    if (page_height > 0) add_footers(&b);
    g_object_unref(b.ctx);
    if (b.oom) {
        tl_layout_free(out);
        return tl_fail(err, TL_EINPUT, "render: out of memory");
    }
    return TL_OK;
}

void tl_layout_free(tl_layout *lay)
{
    if (!lay) return;
    for (size_t i = 0; i < lay->boxes.len; i++)
        if (lay->boxes.items[i].text) g_object_unref(lay->boxes.items[i].text);
    TL_VEC_FREE(&lay->boxes);
    lay->n_pages = 0;
}
