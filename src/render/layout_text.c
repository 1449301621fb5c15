/* layout_text.c -- the typographic scale of the graphical timeline and the
 * primitives every block is made of: Pango layouts in one of a few styles,
 * their measurements, and boxes (text, line, marker, badge) added to a
 * block.  Where blocks go is layout.c's business, what is in them
 * layout_blocks.c's. */
#include <ctype.h>
#include <math.h>

#include "layout_int.h"

/* The typographic scale, in multiples of the body size: a clear step
 * between title, headers, body and captions, and no more sizes than that. */
static const struct {
    double size;
    PangoWeight weight;
    PangoStyle slant;
    double line_spacing; /* 0: the font's own */
    int tabular;         /* tabular figures, so dates line up */
} styles[] = {
    [TL_ST_TITLE] = {2.2, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 0, 0},
    [TL_ST_SUBTITLE] = {1.05, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 0, 1},
    [TL_ST_HEADER] = {1.15, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 0, 1},
    [TL_ST_DATE] = {0.9, PANGO_WEIGHT_SEMIBOLD, PANGO_STYLE_NORMAL, 1.2, 1},
    [TL_ST_LABEL] = {1.0, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 1.3, 0},
    [TL_ST_BADGE] = {0.72, PANGO_WEIGHT_SEMIBOLD, PANGO_STYLE_NORMAL, 0, 1},
    [TL_ST_SMALL] = {0.8, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 1.25, 1},
    [TL_ST_NOTE] = {1.15, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC, 0, 0},
};

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

PangoLayout *tl_lay_text(tl_lay_builder *b, const char *text, tl_lay_style st, double width,
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
    if (styles[st].line_spacing > 0)
        pango_layout_set_line_spacing(l, (float)styles[st].line_spacing);
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

void tl_lay_size(PangoLayout *l, double *w, double *h)
{
    PangoRectangle r;
    pango_layout_get_extents(l, NULL, &r);
    if (w) *w = (double)(r.x + r.width) / PANGO_SCALE;
    if (h) *h = (double)(r.y + r.height) / PANGO_SCALE;
}

/* Where a marker beside the first line of l goes: a third of the font size
 * above the baseline, the middle of lower-case and capital letters. */
double tl_lay_first_mid(PangoLayout *l)
{
    PangoLayoutIter *it = pango_layout_get_iter(l);
    double baseline = (double)pango_layout_iter_get_baseline(it) / PANGO_SCALE;
    pango_layout_iter_free(it);
    const PangoFontDescription *fd = pango_layout_get_font_description(l);
    return baseline - 0.33 * pango_font_description_get_size(fd) / PANGO_SCALE;
}

/* The right edge and the marker height of the last line of l. */
void tl_lay_last_line(PangoLayout *l, double *right, double *mid)
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

void tl_lay_push(tl_lay_builder *b, tl_lay_block *blk, tl_box box)
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

void tl_lay_add_text(tl_lay_builder *b, tl_lay_block *blk, PangoLayout *l, double x, double y,
                     tl_ink ink)
{
    tl_lay_push(b, blk, (tl_box){.kind = TL_BOX_TEXT, .x = x, .y = y, .ink = ink, .text = l});
}

void tl_lay_add_line(tl_lay_builder *b, tl_lay_block *blk, double x, double y, double w, double h,
                     tl_ink ink)
{
    tl_lay_push(b, blk,
             (tl_box){.kind = TL_BOX_LINE, .x = x, .y = y, .w = w, .h = h, .ink = ink,
                      .stroke = b->base * 0.07});
}

void tl_lay_add_marker(tl_lay_builder *b, tl_lay_block *blk, double x, double y, int style)
{
    double d = style == TL_MARK_EXACT || style == TL_MARK_APPROX ? b->base * 0.78 : b->base * 0.55;
    tl_lay_push(b, blk,
             (tl_box){.kind = TL_BOX_MARKER, .x = x, .y = y, .w = d, .h = d, .ink = TL_INK_ACCENT,
                      .style = style, .stroke = b->base * 0.16});
}

/* A numbered pill, as in the source list; returns its width. */
double tl_lay_add_badge(tl_lay_builder *b, tl_lay_block *blk, const char *text, double x, double y,
                        double *h)
{
    PangoLayout *l = tl_lay_text(b, text, TL_ST_BADGE, 0, 0, PANGO_ALIGN_LEFT);
    double tw = 0, th = 0;
    if (l) tl_lay_size(l, &tw, &th);
    double pw = fmax(tw + b->base * 0.7, th + b->base * 0.3), ph = th + b->base * 0.18;
    tl_lay_push(b, blk,
             (tl_box){.kind = TL_BOX_BADGE, .x = x, .y = y, .w = pw, .h = ph, .ink = TL_INK_MUTED,
                      .text = l});
    *h = ph;
    return pw;
}

void tl_lay_block_free(tl_lay_block *blk)
{
    for (size_t i = 0; i < blk->boxes.len; i++)
        if (blk->boxes.items[i].text) g_object_unref(blk->boxes.items[i].text);
    TL_VEC_FREE(&blk->boxes);
}
