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
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "layout_int.h"
#include "../util/error.h"

/* ---- pages ----------------------------------------------------------------- */

static int paged(const tl_lay_builder *b) { return b->lay->page_height > 0; }

/* The lowest point of a page's content: the page number sits below it in
 * the bottom margin, with a line's worth of air between. */
static double page_bottom(const tl_lay_builder *b)
{
    return b->lay->page_height - b->margin - b->base * 2.6;
}

typedef struct {
    int page;
    double y;
} spine_point;

typedef TL_VEC(spine_point) spine_vec;

static void start_page(tl_lay_builder *b)
{
    b->page++;
    b->top = b->margin;
    b->bottom = page_bottom(b);
    tl_lay_block run = {0};
    char head[512];
    snprintf(head, sizeof head, "Timeline · %s, continued", b->lay->summary);
    PangoLayout *l = tl_lay_text(b, head, TL_ST_SMALL, b->cw, 1, PANGO_ALIGN_LEFT);
    tl_lay_add_text(b, &run, l, b->x0, b->top, TL_INK_FAINT);
    double h = 0;
    if (l) tl_lay_size(l, NULL, &h);
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

static void put(tl_lay_builder *b, tl_lay_block *blk, spine_vec *spine)
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
static int needs_new_page(const tl_lay_builder *b, double h)
{
    return paged(b) && b->y + h > b->bottom && b->y > b->top + b->base * 3;
}

/* Put blk at the current position, or on a new page when it (plus keep,
 * the height of what must stay with it) does not fit; an event that opens
 * a page gets its group header again, so the reader knows the month.  The
 * boxes move into the layout; blk is emptied. */
static void place(tl_lay_builder *b, tl_lay_block *blk, double keep, spine_vec *spine, int is_event)
{
    if (needs_new_page(b, blk->h + keep)) {
        start_page(b);
        if (is_event && b->group[0]) {
            tl_lay_block head = {0};
            tl_lay_header_block(b, &head, b->group, b->group_on_spine, 0);
            put(b, &head, b->group_on_spine ? spine : NULL);
        }
    }
    put(b, blk, spine);
}

/* The spine joins consecutive points; across a page break it runs to the
 * foot of one page and from the head of the next. */
static void draw_spine(tl_lay_builder *b, const spine_vec *sp)
{
    tl_lay_block lines = {0};
    double foot = paged(b) ? page_bottom(b) : 0;
    for (size_t i = 0; i + 1 < sp->len; i++) {
        spine_point p = sp->items[i], q = sp->items[i + 1];
        for (int pg = p.page; pg <= q.page; pg++) {
            double y0 = pg == p.page ? p.y : b->margin + b->base * 2.2;
            double y1 = pg == q.page ? q.y : foot;
            size_t at = lines.boxes.len;
            tl_lay_add_line(b, &lines, b->spine_x, y0, 0, y1 - y0, TL_INK_RULE);
            if (lines.boxes.len > at) lines.boxes.items[at].page = pg;
        }
    }
    for (size_t i = 0; i < lines.boxes.len; i++)
        if (TL_VEC_PUSH(&b->lay->boxes, lines.boxes.items[i]) != 0) b->oom = 1;
    TL_VEC_FREE(&lines.boxes);
}

static void add_footers(tl_lay_builder *b)
{
    for (int pg = 0; pg < b->lay->n_pages; pg++) {
        char text[64];
        snprintf(text, sizeof text, "Page %d of %d", pg + 1, b->lay->n_pages);
        PangoLayout *l = tl_lay_text(b, text, TL_ST_SMALL, b->cw, 1, PANGO_ALIGN_RIGHT);
        if (!l) return;
        double h;
        tl_lay_size(l, NULL, &h);
        tl_box box = {.kind = TL_BOX_TEXT, .page = pg, .x = b->x0,
                      .y = b->lay->page_height - b->margin - h, .ink = TL_INK_FAINT, .text = l};
        if (TL_VEC_PUSH(&b->lay->boxes, box) != 0) {
            g_object_unref(l);
            b->oom = 1;
        }
    }
}

/* ---- blocks ------------------------------------------------------------------ */
/* ---- the whole -------------------------------------------------------------- */

static void build(tl_lay_builder *b, const tl_row *rows, size_t n_dated, size_t n)
{
    spine_vec spine = {0};
    tl_lay_block blk = {0}, next = {0};
    tl_lay_title_block(b, &blk, n_dated, n - n_dated);
    place(b, &blk, 0, NULL, 0);

    if (n_dated == 0) {
        tl_lay_note_block(b, &blk, "No dated events found");
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
        tl_lay_event_block(b, &next, r->event, r->date, mark);
        /* At the top of a page the date is said in full again. */
        if (!r->new_group && needs_new_page(b, next.h) && strcmp(r->date, r->date_in_full) != 0) {
            tl_lay_block_free(&next);
            tl_lay_event_block(b, &next, r->event, r->date_in_full, mark);
        }
        if (r->new_group) {
            snprintf(b->group, sizeof b->group, "%s", r->group);
            b->group_on_spine = dated;
            tl_lay_header_block(b, &blk, r->group, dated, 1);
            place(b, &blk, next.h, dated ? &spine : NULL, 0);
        }
        place(b, &next, 0, dated ? &spine : NULL, 1);
    }
    if (n == n_dated) draw_spine(b, &spine);
    TL_VEC_FREE(&spine);
    tl_lay_block_free(&blk);
    tl_lay_block_free(&next);
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
    tl_lay_builder b = {.tl = tl, .lay = out};
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
