/* layout_blocks.c -- the pieces of the graphical timeline, each laid out
 * from y = 0 in a block of its own: the title block (title, subtitle,
 * numbered sources, marker legend), group headers, events (date, marker,
 * wrapped label, source badges) and the "no events" note.  layout.c puts
 * the blocks on pages. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "layout_int.h"

/* Items that flow left to right and wrap, like words: the marker legend. */
typedef struct {
    tl_lay_builder *b;
    tl_lay_block *blk;
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
static double sources_grid(tl_lay_builder *b, tl_lay_block *blk, double y, size_t n)
{
    enum { MAX_ROWS = 12 };
    const tl_timeline *tl = b->tl;
    double gap = b->base * 1.5, inner = b->base * 0.35, widest = 0, pill_w = 0, row_h = 0;
    PangoLayout **names = calloc(n ? n : 1, sizeof *names);
    PangoLayout **dcts = calloc(n ? n : 1, sizeof *dcts);
    tl_lay_block *pills = calloc(n ? n : 1, sizeof *pills);
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
        names[i] = tl_lay_text(b, d->id, TL_ST_SMALL, 0, 0, PANGO_ALIGN_LEFT);
        dcts[i] = tl_lay_text(b, dct, TL_ST_SMALL, 0, 0, PANGO_ALIGN_LEFT);
        double nw = 0, dw = 0, th = 0, ph;
        if (names[i]) tl_lay_size(names[i], &nw, &th);
        if (dcts[i]) tl_lay_size(dcts[i], &dw, NULL);
        if (dw > 0) dw += b->base * 0.3;
        pill_w = fmax(pill_w, tl_lay_add_badge(b, &pills[i], num, 0, 0, &ph));
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
            tl_lay_push(b, blk, box);
        }
        TL_VEC_FREE(&pills[i].boxes);
        if (!names[i] || !dcts[i]) {
            if (names[i]) g_object_unref(names[i]);
            if (dcts[i]) g_object_unref(dcts[i]);
            b->oom = 1;
            continue;
        }
        double nw, dw, th, space = b->base * 0.3;
        tl_lay_size(dcts[i], &dw, NULL);
        if (dw > 0) dw += space;
        double room = col_w - pill_w - inner - dw;
        pango_layout_set_width(names[i], (int)(fmax(room, b->base) * PANGO_SCALE));
        pango_layout_set_ellipsize(names[i], PANGO_ELLIPSIZE_MIDDLE);
        tl_lay_size(names[i], &nw, &th);
        double ty = yy + (row_h - b->base * 0.25 - th) / 2, tx = x + pill_w + inner;
        tl_lay_add_text(b, blk, names[i], tx, ty, TL_INK_MUTED);
        tl_lay_add_text(b, blk, dcts[i], tx + nw + space, ty, TL_INK_MUTED);
    }
    free(names);
    free(dcts);
    free(pills);
    return (double)rows * row_h - b->base * 0.25;
}

static void flow_legend(flow *f, int style, const char *what)
{
    tl_lay_builder *b = f->b;
    PangoLayout *l = tl_lay_text(b, what, TL_ST_SMALL, 0, 0, PANGO_ALIGN_LEFT);
    double tw = 0, th = 0;
    if (l) tl_lay_size(l, &tw, &th);
    double mark = b->base * 0.8;
    double w = mark + b->base * 0.45 + tw;
    flow_break_if(f, w);
    tl_lay_add_marker(b, f->blk, f->x + mark / 2, f->y + (l ? tl_lay_first_mid(l) : th / 2), style);
    tl_lay_add_text(b, f->blk, l, f->x + mark + b->base * 0.45, f->y, TL_INK_MUTED);
    f->x += w + b->base * 1.4;
    f->line_h = fmax(f->line_h, th);
}

void tl_lay_title_block(tl_lay_builder *b, tl_lay_block *blk, size_t n_dated, size_t n_undated)
{
    const tl_timeline *tl = b->tl;
    PangoLayout *title = tl_lay_text(b, "Timeline", TL_ST_TITLE, b->cw, 2, PANGO_ALIGN_LEFT);
    double th = 0;
    if (title) tl_lay_size(title, NULL, &th);
    tl_lay_add_text(b, blk, title, b->x0, 0, TL_INK_TEXT);
    double y = th + b->base * 0.25;

    size_t n_docs = tl->docs.len;
    PangoLayout *l = tl_lay_text(b, b->lay->summary, TL_ST_SUBTITLE, b->cw, 3, PANGO_ALIGN_LEFT);
    double h = 0;
    if (l) tl_lay_size(l, NULL, &h);
    tl_lay_add_text(b, blk, l, b->x0, y, TL_INK_MUTED);
    y += h + b->base * 0.9;

    /* The sources the badges refer to.  A long list is cut: the badges
     * still number every document, and the HTML report lists them all. */
    enum { MAX_LISTED = 30 };
    y += sources_grid(b, blk, y, n_docs < MAX_LISTED ? n_docs : MAX_LISTED);
    if (n_docs > MAX_LISTED) {
        char more[96];
        snprintf(more, sizeof more, "and %zu more documents", n_docs - MAX_LISTED);
        PangoLayout *m = tl_lay_text(b, more, TL_ST_SMALL, b->cw, 1, PANGO_ALIGN_LEFT);
        double mh = 0;
        if (m) tl_lay_size(m, NULL, &mh);
        tl_lay_add_text(b, blk, m, b->x0, y, TL_INK_MUTED);
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
    tl_lay_add_line(b, blk, b->x0, y, b->cw, 0, TL_INK_RULE);
    blk->h = y;
    blk->after = b->base * 1.6;
    blk->spine_y = -1;
}

/* A group header: its name right-aligned in the date column, a tick on
 * the spine and a hairline across the label column. */
/* first: the header's first appearance, not its repetition at the top of
 * a page; only that one is bookmarked. */
void tl_lay_header_block(tl_lay_builder *b, tl_lay_block *blk, const char *text, int on_spine,
                         int first)
{
    PangoLayout *l = tl_lay_text(b, text, TL_ST_HEADER, b->date_w, 2, PANGO_ALIGN_RIGHT);
    double h = 0, mid = b->base * 0.5, pad = b->base * 0.4;
    if (l) {
        tl_lay_size(l, NULL, &h);
        mid = tl_lay_first_mid(l);
    }
    mid += pad;
    h += pad;
    tl_lay_add_text(b, blk, l, b->x0, pad, TL_INK_ACCENT);
    if (blk->boxes.len) blk->boxes.items[blk->boxes.len - 1].outline = first;
    if (on_spine) tl_lay_add_marker(b, blk, b->spine_x, mid, TL_MARK_GROUP);
    double from = b->spine_x + b->base * 0.9;
    tl_lay_add_line(b, blk, from, mid, b->x0 + b->cw - from, 0, TL_INK_RULE);
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

/* The boxes of from pushed into to, moved by (dx, dy); from's are freed. */
static void move_boxes(tl_lay_builder *b, tl_lay_block *to, tl_lay_block *from, double dx, double dy)
{
    for (size_t i = 0; i < from->boxes.len; i++) {
        tl_box box = from->boxes.items[i];
        box.x += dx;
        box.y += dy;
        tl_lay_push(b, to, box);
    }
    TL_VEC_FREE(&from->boxes);
}

/* The source badges of an event as one block from (0, 0), wrapping at the
 * label column's width (only a narrow tl_render_cairo needs that).  *w is
 * the width of the widest row, *h the height of one, *rows their number. */
static void badge_row(tl_lay_builder *b, const tl_event *e, tl_lay_block *row, double *w,
                      double *h, int *rows)
{
    enum { MAX_BADGES = 12 };
    size_t docs[MAX_BADGES + 1];
    size_t n = event_docs(b->tl, e, docs, MAX_BADGES + 1);
    double x = 0, y = 0, ph = 0, gap = b->base * 0.25;
    *w = 0;
    *rows = n ? 1 : 0;
    /* docs holds one more than is shown when there are more. */
    for (size_t i = 0; i < n; i++) {
        tl_lay_block item = {0};
        double iw;
        if (i < MAX_BADGES) {
            char num[24];
            snprintf(num, sizeof num, "%zu", docs[i] + 1);
            iw = tl_lay_add_badge(b, &item, num, 0, 0, &ph);
        } else {
            PangoLayout *more = tl_lay_text(b, "and more", TL_ST_SMALL, 0, 0, PANGO_ALIGN_LEFT);
            double mh = 0;
            iw = 0;
            if (more) tl_lay_size(more, &iw, &mh);
            tl_lay_add_text(b, &item, more, 0, (ph - mh) / 2, TL_INK_MUTED);
        }
        if (x > 0 && x + iw > b->label_w) {
            x = 0;
            y += ph + gap;
            (*rows)++;
        }
        move_boxes(b, row, &item, x, y);
        x += iw + gap;
        *w = fmax(*w, x - gap);
    }
    *h = ph;
}

void tl_lay_event_block(tl_lay_builder *b, tl_lay_block *blk, const tl_event *e, const char *date,
                        int style)
{
    const char *text = e->label && e->label[0] ? e->label : "(no label)";
    PangoLayout *label = tl_lay_text(b, text, TL_ST_LABEL, b->label_w, 5, PANGO_ALIGN_LEFT);
    if (!label) return;
    tl_lay_block row = {0};
    double row_w, ph, space = b->base * 0.5, last_right, last_mid;
    int rows;
    badge_row(b, e, &row, &row_w, &ph, &rows);

    /* Source badges go after the label's last line, like footnote marks.
     * When they do not fit there, the label is wrapped narrower so that
     * they do (a badge alone on a line reads as a stray mark), unless that
     * would cut the label; then they go on a line of their own. */
    tl_lay_last_line(label, &last_right, &last_mid);
    int beside = rows == 1 && last_right + space + row_w <= b->label_w;
    if (rows == 1 && !beside && !pango_layout_is_ellipsized(label)) {
        PangoLayout *narrow = tl_lay_text(b, text, TL_ST_LABEL, b->label_w - space - row_w, 5,
                                          PANGO_ALIGN_LEFT);
        if (narrow && !pango_layout_is_ellipsized(narrow)) {
            g_object_unref(label);
            label = narrow;
            tl_lay_last_line(label, &last_right, &last_mid);
            beside = 1;
        } else if (narrow) {
            g_object_unref(narrow);
        }
    }

    double lh, mid = tl_lay_first_mid(label);
    tl_lay_size(label, NULL, &lh);
    double h = lh;
    if (date[0]) {
        PangoLayout *dl = tl_lay_text(b, date, TL_ST_DATE, b->date_w, 3, PANGO_ALIGN_RIGHT);
        if (dl) {
            /* On the label's first baseline, as in a table row. */
            double dh, dy = (double)(pango_layout_get_baseline(label) -
                                     pango_layout_get_baseline(dl)) / PANGO_SCALE;
            tl_lay_size(dl, NULL, &dh);
            tl_lay_add_text(b, blk, dl, b->x0, dy, TL_INK_MUTED);
            h = fmax(h, dy + dh);
        }
    }
    tl_lay_add_text(b, blk, label, b->label_x, 0, TL_INK_TEXT);
    tl_lay_add_marker(b, blk, b->spine_x, mid, style);

    double dx = b->label_x, dy = lh + b->base * 0.3;
    if (beside) {
        dx += last_right + space;
        dy = last_mid - ph / 2;
    } else if (rows) {
        h = fmax(h, dy + (rows - 1) * (ph + b->base * 0.25) + ph);
    }
    move_boxes(b, blk, &row, dx, dy);
    blk->h = h;
    blk->after = b->base * 1.3;
    blk->spine_y = mid;
}

void tl_lay_note_block(tl_lay_builder *b, tl_lay_block *blk, const char *text)
{
    PangoLayout *l = tl_lay_text(b, text, TL_ST_NOTE, b->cw, 2, PANGO_ALIGN_CENTER);
    double h = 0;
    if (l) tl_lay_size(l, NULL, &h);
    tl_lay_add_text(b, blk, l, b->x0, b->base * 1.5, TL_INK_MUTED);
    blk->h = h + b->base * 1.5;
    blk->after = b->base * 2.5;
    blk->spine_y = -1;
}
