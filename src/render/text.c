/* text.c -- the timeline for a terminal:
 *
 *     2024            Russia's economy slowed                     [3]
 *     2025            The ruble fell against the dollar, the      [2]
 *                     central bank said
 *
 *   August 2025
 *     week 32         Witkoff visited Moscow                      [2]
 *     Thu 14          Yury Ushakov: The meeting will begin ...    [2]
 *     Fri 15          Putin and Trump met in Anchorage            [1, 2]
 *     Fri 15 morning  The meeting will begin at Joint Base ...    [2]
 *
 *   Undated
 *                     The ministers signed a memorandum           [3]
 *
 *   Sources
 *     [1] a.txt  2025-08-15 (document date given on the command line)
 *
 * Events are grouped by month, by year when coarser than a month, by decade
 * when coarser than a year; in a group the coarse ones (a week, the month
 * itself) come first with their own date text.  A year (or decade) holding
 * only events of that year gets no heading of its own (it would say the
 * year twice) when it opens the timeline or follows another such year, so a
 * background of single years runs on as one block; after a dated group it
 * keeps its heading, or its line would read as part of that group.  Lines fit TEXT_COLUMNS:
 * longer labels wrap under themselves.  Columns are aligned by display width (a CJK character
 * takes two cells, a combining accent none), not bytes.  [n] are the
 * numbers of the documents that tell the event. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "render.h"
#include "../time/calendar.h"

/* The terminal the text is laid out for, and the narrowest label column. */
#define TEXT_COLUMNS 100
#define MIN_LABEL 30

static const char *const month_names[] = {"January", "February", "March",     "April",
                                          "May",     "June",     "July",      "August",
                                          "September", "October", "November", "December"};
static const char *const weekday_names[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

/* Terminal cells taken by code point cp. */
static int cell_width(unsigned cp)
{
    if ((cp >= 0x300 && cp <= 0x36F) || (cp >= 0x1AB0 && cp <= 0x1AFF) ||
        (cp >= 0x1DC0 && cp <= 0x1DFF) || (cp >= 0x200B && cp <= 0x200F) ||
        (cp >= 0x20D0 && cp <= 0x20FF) || (cp >= 0xFE00 && cp <= 0xFE0F) ||
        (cp >= 0xFE20 && cp <= 0xFE2F) || (cp >= 0x2060 && cp <= 0x2064))
        return 0;
    if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) ||
        (cp >= 0x3041 && cp <= 0x33FF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
        (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF) ||
        (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
        (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
        (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F) ||
        (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x20000 && cp <= 0x3FFFD))
        return 2;
    return 1;
}

/* Display width of UTF-8 text (invalid bytes count one cell each). */
static size_t display_width(const char *s)
{
    size_t w = 0;
    const unsigned char *p = (const unsigned char *)s;
    while (*p) {
        unsigned cp = *p;
        size_t n = cp < 0x80 ? 1 : (cp & 0xE0) == 0xC0 ? 2 : (cp & 0xF0) == 0xE0 ? 3 : (cp & 0xF8) == 0xF0 ? 4 : 1;
        if (n > 1) {
            cp &= 0x3F >> (n - 1);
            for (size_t i = 1; i < n; i++) {
                if ((p[i] & 0xC0) != 0x80) {
                    n = 1;
                    cp = 0xFFFD;
                    break;
                }
                cp = (cp << 6) | (p[i] & 0x3F);
            }
        }
        w += (size_t)cell_width(cp);
        p += n;
    }
    return w;
}

static void put_padded(tl_buf *b, const char *s, size_t width)
{
    tl_buf_puts(b, s);
    size_t w = display_width(s);
    if (w < width) tl_buf_pad(b, width - w);
}

/* The group an event is listed under: (year, month); month 0 for the
 * events coarser than a month, listed under their year, and -1 for those
 * coarser than a year, listed under their decade or century ("1990s"). */
static void group_of(const tl_event *e, int *year, int *month)
{
    tl_datetime dt;
    if (tl_parse_iso(e->when.start, &dt) != 0) dt.year = dt.month = 0;
    *year = dt.year;
    *month = e->when.granularity >= TL_GRAN_MONTH ? dt.month
           : e->when.granularity >= TL_GRAN_YEAR  ? 0
                                                   : -1;
}

static const char *part_of_day(const char *value)
{
    static const struct {
        const char *code, *name;
    } parts[] = {{"TMO", "morning"}, {"TMI", "midday"}, {"TAF", "afternoon"},
                 {"TEV", "evening"}, {"TNI", "night"},  {"TDT", "daytime"}};
    const char *t = strchr(value, 'T');
    for (size_t i = 0; t && i < sizeof parts / sizeof *parts; i++)
        if (strcmp(t, parts[i].code) == 0) return parts[i].name;
    return NULL;
}

/* The date column: "Fri 15", "Fri 15 11:00", "week 32", "Aug", "Q3", "2025". */
static void date_text(const tl_event *e, char out[48])
{
    tl_datetime dt;
    const char *v = e->when.value;
    if (tl_parse_iso(e->when.start, &dt) != 0) {
        snprintf(out, 48, "%s", v);
        return;
    }
    const char *wd = dt.day > 0 ? weekday_names[(tl_weekday(dt.year, dt.month, dt.day) + 6) % 7] : "";
    const char *part;
    const char *w;
    switch (e->when.granularity) {
    case TL_GRAN_SECOND:
    case TL_GRAN_MINUTE:
    case TL_GRAN_HOUR:
        snprintf(out, 48, "%s %d %02d:%02d", wd, dt.day, dt.hour < 0 ? 0 : dt.hour,
                 dt.minute < 0 ? 0 : dt.minute);
        break;
    case TL_GRAN_PART_OF_DAY:
        part = part_of_day(v);
        snprintf(out, 48, "%s %d %s", wd, dt.day, part ? part : "");
        break;
    case TL_GRAN_DAY: snprintf(out, 48, "%s %d", wd, dt.day); break;
    case TL_GRAN_WEEK:
        w = strstr(v, "-W");
        if (strstr(v, "-WE")) snprintf(out, 48, "weekend");
        else snprintf(out, 48, "week %d", w ? atoi(w + 2) : 0);
        break;
    case TL_GRAN_MONTH: snprintf(out, 48, "%.3s", month_names[dt.month - 1]); break;
    case TL_GRAN_SEASON:
        snprintf(out, 48, "%s", strstr(v, "SP") ? "spring" : strstr(v, "SU") ? "summer"
                                : strstr(v, "FA") ? "autumn" : "winter");
        break;
    case TL_GRAN_QUARTER:
    case TL_GRAN_HALF: snprintf(out, 48, "%s", strlen(v) > 5 ? v + 5 : v); break;
    case TL_GRAN_DECADE: snprintf(out, 48, "%ds", dt.year); break;
    case TL_GRAN_CENTURY:
    case TL_GRAN_MILLENNIUM: snprintf(out, 48, "%ds", dt.year); break;
    default: snprintf(out, 48, "%d", dt.year); break;
    }
}

static void sources_of(const tl_event *e, char out[64])
{
    size_t len = 0, last = (size_t)-1;
    out[len++] = '[';
    out[len] = '\0';
    for (size_t k = 0; k < e->n_mentions && len < 48; k++) {
        if (e->mentions[k].doc == last) continue; /* mentions are in document order */
        last = e->mentions[k].doc;
        len += (size_t)snprintf(out + len, 64 - len, "%s%zu", len > 1 ? ", " : "", last + 1);
    }
    snprintf(out + len, 64 - len, "]");
}

typedef struct {
    const tl_event *e;
    int year, month, coarse;
} row;

static int by_group(const void *x, const void *y)
{
    const row *a = x, *b = y;
    if (a->year != b->year) return a->year < b->year ? -1 : 1;
    if (a->month != b->month) return a->month < b->month ? -1 : 1;
    if (a->coarse != b->coarse) return b->coarse - a->coarse;
    return a->e->id < b->e->id ? -1 : a->e->id > b->e->id;
}

static const char *dct_origin(tl_dct_source s)
{
    switch (s) {
    case TL_DCT_CLI: return "document date given on the command line";
    case TL_DCT_METADATA: return "document date from the page metadata";
    case TL_DCT_DATELINE: return "document date from the dateline";
    default: return "no document date: relative dates left unresolved";
    }
}

static void sources(const tl_timeline *tl, tl_buf *b)
{
    tl_buf_puts(b, "Sources\n");
    if (tl->docs.len == 0) tl_buf_puts(b, "  (no documents)\n");
    for (size_t i = 0; i < tl->docs.len; i++) {
        const tl_document *d = &tl->docs.items[i]->pub;
        tl_buf_printf(b, "  [%zu] %s  ", i + 1, d->id);
        if (d->dct[0]) tl_buf_printf(b, "%s (%s)\n", d->dct, dct_origin(d->dct_source));
        else tl_buf_printf(b, "(%s)\n", dct_origin(TL_DCT_NONE));
    }
}

/* Write label in lines of at most width cells, broken at spaces; the first
 * line padded to width and followed by tail, the others indented by
 * indent.  A word longer than width stands on its own line. */
static void put_wrapped(tl_buf *b, const char *label, size_t width, size_t indent, const char *tail)
{
    const char *p = label;
    int first = 1;
    do {
        size_t len = strlen(p), cut = len;
        char line[1024];
        if (display_width(p) > width) { /* the last space that fits */
            cut = 0;
            for (size_t i = 1; i < len && i < sizeof line; i++) {
                if (p[i] != ' ') continue;
                memcpy(line, p, i);
                line[i] = '\0';
                if (display_width(line) > width) break;
                cut = i;
            }
            if (cut == 0) cut = strcspn(p + 1, " ") + 1;
        }
        if (cut >= sizeof line) cut = sizeof line - 1;
        memcpy(line, p, cut);
        line[cut] = '\0';
        if (!first) tl_buf_pad(b, indent);
        if (first && tail) {
            put_padded(b, line, width);
            tl_buf_printf(b, "  %s", tail);
        } else {
            tl_buf_puts(b, line);
        }
        tl_buf_putc(b, '\n');
        first = 0;
        p += cut;
        while (*p == ' ') p++;
    } while (*p);
}

/* The heading of the group of row r: "August 2025", "2025", "1990s". */
static void heading_text(const row *r, char out[48])
{
    if (r->month > 0) snprintf(out, 48, "%s %d", month_names[r->month - 1], r->year);
    else snprintf(out, 48, r->month ? "%ds" : "%d", r->year);
}

/* Does every row of the group starting at rows[i] only restate its heading
 * ("1867" under "1867")?  Then the group goes without one. */
static int bare_group(const row *rows, size_t n, size_t i)
{
    char heading[48], date[48];
    heading_text(&rows[i], heading);
    for (size_t k = i; k < n && rows[k].year == rows[i].year && rows[k].month == rows[i].month; k++) {
        date_text(rows[k].e, date);
        if (strcmp(date, heading) != 0) return 0;
    }
    return 1;
}

int tl_render_text(const tl_timeline *tl, tl_buf *b, tl_error *err)
{
    (void)err;
    size_t n = tl->events.len, n_dated = 0;
    row *rows = calloc(n + 1, sizeof *rows);
    if (!rows) {
        b->oom = 1;
        return TL_OK;
    }
    size_t date_w = 0, label_w = 0, src_w = 0;
    for (size_t i = 0; i < n; i++) {
        const tl_event *e = &tl->events.items[i];
        size_t lw = display_width(e->label);
        if (lw > label_w) label_w = lw;
        char src[64];
        sources_of(e, src);
        if (strlen(src) > src_w) src_w = strlen(src);
        if (!e->anchored) continue;
        row *r = &rows[n_dated++];
        r->e = e;
        group_of(e, &r->year, &r->month);
        r->coarse = e->when.granularity < TL_GRAN_DAY;
        char date[48];
        date_text(e, date);
        if (display_width(date) > date_w) date_w = display_width(date);
    }
    qsort(rows, n_dated, sizeof *rows, by_group);
    /* fit a terminal of TEXT_COLUMNS: long labels wrap under themselves */
    size_t indent = 2 + (date_w ? date_w + 2 : 0), room = indent + 2 + src_w < TEXT_COLUMNS - MIN_LABEL
                                                 ? TEXT_COLUMNS - indent - 2 - src_w
                                                 : MIN_LABEL;
    if (label_w > room) label_w = room;

    if (n_dated == 0) tl_buf_puts(b, "No dated events found.\n\n");
    int bare_before = 0;
    for (size_t i = 0; i < n_dated; i++) {
        const row *r = &rows[i];
        if (i == 0 || r->year != rows[i - 1].year || r->month != rows[i - 1].month) {
            int bare = bare_group(rows, n_dated, i) && (i == 0 || bare_before);
            if (i && !(bare && bare_before)) tl_buf_putc(b, '\n');
            bare_before = bare;
            char heading[48];
            heading_text(r, heading);
            if (!bare) tl_buf_printf(b, "%s\n", heading);
        }
        char date[48], src[64];
        date_text(r->e, date);
        sources_of(r->e, src);
        tl_buf_puts(b, "  ");
        put_padded(b, date, date_w);
        tl_buf_puts(b, "  ");
        put_wrapped(b, r->e->label, label_w, indent, src);
    }
    if (n_dated) tl_buf_putc(b, '\n');
    if (n_dated < n) {
        tl_buf_puts(b, "Undated\n");
        for (size_t i = 0; i < n; i++) {
            const tl_event *e = &tl->events.items[i];
            if (e->anchored) continue;
            char src[64];
            sources_of(e, src);
            tl_buf_pad(b, indent);
            put_wrapped(b, e->label, label_w, indent, src);
        }
        tl_buf_putc(b, '\n');
    }
    sources(tl, b);
    free(rows);
    return TL_OK;
}
