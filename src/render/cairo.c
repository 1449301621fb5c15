/* cairo.c -- the graphical timeline as SVG, PDF or PNG, and on any cairo
 * context (tl_render_cairo).  layout.c decides where everything goes; this
 * file only paints its boxes and wraps them in the right surface:
 *
 *   PDF  A4 portrait (595 x 842 pt), as many pages as needed;
 *   SVG  one page 900 px wide and as tall as the timeline, plus an
 *        invisible text layer so the words can be searched and selected
 *        (cairo writes glyphs as outlines);
 *   PNG  the same page as the SVG, on white. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include <cairo-pdf.h>
#include <cairo-svg.h>

#include "layout.h"
#include "render.h"
#include "../util/error.h"

#define A4_WIDTH 595.0
#define A4_HEIGHT 842.0
#define IMAGE_WIDTH 900.0
/* cairo's image surfaces stop at 32767 pixels a side. */
#define PNG_MAX_HEIGHT 32767.0

/* A muted palette with one accent: a deep blue that stays a distinct dark
 * grey in grayscale print, where filled and hollow markers still differ. */
static void set_ink(cairo_t *cr, tl_ink ink)
{
    static const double rgb[][3] = {
        [TL_INK_TEXT] = {0.11, 0.13, 0.16},  [TL_INK_MUTED] = {0.36, 0.40, 0.46},
        [TL_INK_FAINT] = {0.55, 0.59, 0.64}, [TL_INK_RULE] = {0.80, 0.82, 0.85},
        [TL_INK_ACCENT] = {0.11, 0.36, 0.62}, [TL_INK_BADGE] = {0.92, 0.93, 0.95},
    };
    cairo_set_source_rgb(cr, rgb[ink][0], rgb[ink][1], rgb[ink][2]);
}

/* White: the page of PDF, SVG and PNG, and the inside of hollow markers
 * (which must hide the spine behind them). */
static void paper(cairo_t *cr) { cairo_set_source_rgb(cr, 1, 1, 1); }

static void rounded_rect(cairo_t *cr, double x, double y, double w, double h)
{
    double r = h / 2;
    cairo_new_sub_path(cr);
    cairo_arc(cr, x + w - r, y + r, r, -M_PI / 2, M_PI / 2);
    cairo_arc(cr, x + r, y + r, r, M_PI / 2, 3 * M_PI / 2);
    cairo_close_path(cr);
}

static void paint_marker(cairo_t *cr, const tl_box *m)
{
    double r = m->w / 2;
    cairo_new_path(cr); /* no line from the last text's current point */
    switch (m->style) {
    case TL_MARK_EXACT:
        cairo_arc(cr, m->x, m->y, r, 0, 2 * M_PI);
        set_ink(cr, TL_INK_ACCENT);
        cairo_fill(cr);
        break;
    case TL_MARK_APPROX:
        cairo_arc(cr, m->x, m->y, r - m->stroke / 2, 0, 2 * M_PI);
        paper(cr);
        cairo_fill_preserve(cr);
        set_ink(cr, TL_INK_ACCENT);
        cairo_set_line_width(cr, m->stroke);
        cairo_stroke(cr);
        break;
    case TL_MARK_UNDATED:
        cairo_rectangle(cr, m->x - r, m->y - r, 2 * r, 2 * r);
        paper(cr);
        cairo_fill_preserve(cr);
        set_ink(cr, TL_INK_MUTED);
        cairo_set_line_width(cr, m->stroke * 0.8);
        cairo_stroke(cr);
        break;
    default: /* TL_MARK_GROUP: a small diamond, the spine's major tick */
        cairo_move_to(cr, m->x, m->y - r);
        cairo_line_to(cr, m->x + r, m->y);
        cairo_line_to(cr, m->x, m->y + r);
        cairo_line_to(cr, m->x - r, m->y);
        cairo_close_path(cr);
        set_ink(cr, TL_INK_ACCENT);
        cairo_fill(cr);
        break;
    }
}

static void paint_badge(cairo_t *cr, const tl_box *b)
{
    cairo_new_path(cr);
    rounded_rect(cr, b->x, b->y, b->w, b->h);
    set_ink(cr, TL_INK_BADGE);
    cairo_fill(cr);
    PangoRectangle r;
    pango_layout_get_extents(b->text, NULL, &r);
    double tw = (double)r.width / PANGO_SCALE, th = (double)r.height / PANGO_SCALE;
    cairo_move_to(cr, b->x + (b->w - tw) / 2 - (double)r.x / PANGO_SCALE,
                  b->y + (b->h - th) / 2 - (double)r.y / PANGO_SCALE);
    set_ink(cr, b->ink);
    pango_cairo_show_layout(cr, b->text);
}

/* Lines first, so markers and text sit on top of the spine and rules. */
static void paint_page(cairo_t *cr, const tl_layout *lay, int page)
{
    cairo_save(cr);
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT);
    for (size_t i = 0; i < lay->boxes.len; i++) {
        const tl_box *b = &lay->boxes.items[i];
        if (b->page != page || b->kind != TL_BOX_LINE) continue;
        cairo_move_to(cr, b->x, b->y);
        cairo_line_to(cr, b->x + b->w, b->y + b->h);
        set_ink(cr, b->ink);
        cairo_set_line_width(cr, b->stroke);
        cairo_stroke(cr);
    }
    for (size_t i = 0; i < lay->boxes.len; i++) {
        const tl_box *b = &lay->boxes.items[i];
        if (b->page != page) continue;
        switch (b->kind) {
        case TL_BOX_MARKER: paint_marker(cr, b); break;
        case TL_BOX_BADGE: paint_badge(cr, b); break;
        case TL_BOX_TEXT:
            cairo_move_to(cr, b->x, b->y);
            set_ink(cr, b->ink);
            pango_cairo_show_layout(cr, b->text);
            break;
        case TL_BOX_LINE: break;
        }
    }
    cairo_restore(cr);
}

double tl_render_cairo(const tl_timeline *tl, cairo_t *cr, double width)
{
    if (!tl || !cr || cairo_status(cr) != CAIRO_STATUS_SUCCESS) return -1;
    tl_layout lay;
    if (tl_layout_build(tl, width, 0, &lay, NULL) != TL_OK) return -1;
    paint_page(cr, &lay, 0);
    double h = lay.height;
    tl_layout_free(&lay);
    return cairo_status(cr) == CAIRO_STATUS_SUCCESS ? h : -1;
}

static cairo_status_t write_buf(void *closure, const unsigned char *data, unsigned int len)
{
    tl_buf *b = closure;
    tl_buf_append(b, (const char *)data, len);
    return b->oom ? CAIRO_STATUS_WRITE_ERROR : CAIRO_STATUS_SUCCESS;
}

/* ---- SVG text layer --------------------------------------------------------- */

/* One transparent <text> per line of every text box, at the line's
 * baseline and stretched to its width, so browsers can find and copy the
 * words the glyph outlines show. */
static void svg_text_layer(const tl_layout *lay, tl_buf *out)
{
    tl_buf_puts(out, "<g id=\"text-layer\" fill-opacity=\"0\" font-family=\"Inter, 'DejaVu Sans', "
                     "sans-serif\">\n");
    for (size_t i = 0; i < lay->boxes.len; i++) {
        const tl_box *b = &lay->boxes.items[i];
        if (b->kind != TL_BOX_TEXT && b->kind != TL_BOX_BADGE) continue;
        const char *text = pango_layout_get_text(b->text);
        double size = (double)pango_font_description_get_size(
                          pango_layout_get_font_description(b->text)) / PANGO_SCALE;
        double ox = b->x, oy = b->y;
        if (b->kind == TL_BOX_BADGE) {
            PangoRectangle r;
            pango_layout_get_extents(b->text, NULL, &r);
            ox += (b->w - (double)r.width / PANGO_SCALE) / 2;
            oy += (b->h - (double)r.height / PANGO_SCALE) / 2;
        }
        PangoLayoutIter *it = pango_layout_get_iter(b->text);
        do {
            PangoLayoutLine *line = pango_layout_iter_get_line_readonly(it);
            PangoRectangle r;
            pango_layout_iter_get_line_extents(it, NULL, &r);
            double base = (double)pango_layout_iter_get_baseline(it) / PANGO_SCALE;
            size_t start = (size_t)line->start_index, len = (size_t)line->length;
            while (len && text[start + len - 1] == ' ') len--;
            if (len == 0 || r.width <= 0) continue;
            tl_buf_printf(out,
                          "<text x=\"%.2f\" y=\"%.2f\" font-size=\"%.2f\" textLength=\"%.2f\" "
                          "lengthAdjust=\"spacingAndGlyphs\">",
                          ox + (double)r.x / PANGO_SCALE, oy + base, size,
                          (double)r.width / PANGO_SCALE);
            tl_buf_xml_escape(out, text + start, len, 0);
            tl_buf_puts(out, "</text>\n");
        } while (pango_layout_iter_next_line(it));
        pango_layout_iter_free(it);
    }
    tl_buf_puts(out, "</g>\n");
}

/* cairo's SVG plus a <title> after the opening tag and the text layer
 * before the closing one. */
static int svg_finish(const tl_layout *lay, const tl_buf *svg, tl_buf *out, tl_error *err)
{
    const char *open = svg->data ? strstr(svg->data, "<svg") : NULL;
    const char *open_end = open ? strchr(open, '>') : NULL;
    const char *close = svg->data ? strstr(svg->data, "</svg>") : NULL;
    if (!open_end || !close || close < open_end)
        return tl_fail(err, TL_EINPUT, "render: cairo wrote no SVG document");
    tl_buf_append(out, svg->data, (size_t)(open_end + 1 - svg->data));
    tl_buf_puts(out, "\n<title>Timeline: ");
    tl_buf_xml_escape(out, lay->summary, strlen(lay->summary), 0);
    tl_buf_puts(out, "</title>\n");
    tl_buf_append(out, open_end + 1, (size_t)(close - open_end - 1));
    svg_text_layer(lay, out);
    tl_buf_puts(out, close);
    return TL_OK;
}

/* ---- files ------------------------------------------------------------------- */

static int cairo_failed(tl_error *err, const char *what, cairo_status_t st)
{
    return tl_fail(err, TL_EINPUT, "render: %s: %s", what, cairo_status_to_string(st));
}

/* PDF bookmarks, one per group header ("August 2025"), so a long
 * timeline can be browsed by month in a reader's sidebar. */
static void pdf_outline(cairo_surface_t *s, const tl_layout *lay, int page)
{
    for (size_t i = 0; i < lay->boxes.len; i++) {
        const tl_box *b = &lay->boxes.items[i];
        if (b->page != page || !b->outline) continue;
        char dest[96];
        snprintf(dest, sizeof dest, "page=%d pos=[%.1f %.1f]", page + 1, b->x, b->y);
        cairo_pdf_surface_add_outline(s, CAIRO_PDF_OUTLINE_ROOT, pango_layout_get_text(b->text),
                                      dest, 0);
    }
}

static int paint_all(const tl_layout *lay, cairo_surface_t *s, int white, const char *what,
                     tl_error *err)
{
    cairo_t *cr = cairo_create(s);
    int pdf = cairo_surface_get_type(s) == CAIRO_SURFACE_TYPE_PDF;
    for (int page = 0; page < lay->n_pages && cairo_status(cr) == CAIRO_STATUS_SUCCESS; page++) {
        if (white) {
            paper(cr);
            cairo_paint(cr);
        }
        if (pdf) pdf_outline(s, lay, page);
        paint_page(cr, lay, page);
        if (lay->n_pages > 1) cairo_show_page(cr);
    }
    cairo_status_t st = cairo_status(cr);
    cairo_destroy(cr);
    if (st == CAIRO_STATUS_SUCCESS) {
        cairo_surface_flush(s);
        st = cairo_surface_status(s);
    }
    return st == CAIRO_STATUS_SUCCESS ? TL_OK : cairo_failed(err, what, st);
}

static int render_pdf(const tl_timeline *tl, tl_buf *out, tl_error *err)
{
    tl_layout lay;
    int rc = tl_layout_build(tl, A4_WIDTH, A4_HEIGHT, &lay, err);
    if (rc != TL_OK) return rc;
    cairo_surface_t *s = cairo_pdf_surface_create_for_stream(write_buf, out, A4_WIDTH, A4_HEIGHT);
    cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_TITLE, "Timeline");
    cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_SUBJECT, lay.summary);
    cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATOR, "timeline " TL_VERSION);
    rc = paint_all(&lay, s, 0, "PDF", err);
    cairo_surface_finish(s);
    cairo_status_t st = cairo_surface_status(s);
    cairo_surface_destroy(s);
    tl_layout_free(&lay);
    if (rc == TL_OK && st != CAIRO_STATUS_SUCCESS) rc = cairo_failed(err, "PDF", st);
    return rc;
}

static int render_svg(const tl_timeline *tl, tl_buf *out, tl_error *err)
{
    tl_layout lay;
    int rc = tl_layout_build(tl, IMAGE_WIDTH, 0, &lay, err);
    if (rc != TL_OK) return rc;
    tl_buf svg = {0};
    cairo_surface_t *s = cairo_svg_surface_create_for_stream(write_buf, &svg, lay.width, lay.height);
    cairo_svg_surface_restrict_to_version(s, CAIRO_SVG_VERSION_1_1);
    /* Pixels, not cairo's default points, so the image is 900 px wide. */
    cairo_svg_surface_set_document_unit(s, CAIRO_SVG_UNIT_PX);
    rc = paint_all(&lay, s, 1, "SVG", err);
    cairo_surface_finish(s);
    cairo_status_t st = cairo_surface_status(s);
    cairo_surface_destroy(s);
    if (rc == TL_OK && st != CAIRO_STATUS_SUCCESS) rc = cairo_failed(err, "SVG", st);
    if (rc == TL_OK && svg.oom) rc = tl_fail(err, TL_EINPUT, "render: out of memory");
    if (rc == TL_OK) rc = svg_finish(&lay, &svg, out, err);
    tl_buf_free(&svg);
    tl_layout_free(&lay);
    return rc;
}

static int render_png(const tl_timeline *tl, tl_buf *out, tl_error *err)
{
    tl_layout lay;
    int rc = tl_layout_build(tl, IMAGE_WIDTH, 0, &lay, err);
    if (rc != TL_OK) return rc;
    if (lay.height > PNG_MAX_HEIGHT) {
        rc = tl_fail(err, TL_EUSAGE,
                     "render: the timeline is %.0f px tall, more than a PNG image can hold "
                     "(%.0f); write PDF or SVG instead",
                     lay.height, PNG_MAX_HEIGHT);
        tl_layout_free(&lay);
        return rc;
    }
    cairo_surface_t *s = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, (int)lay.width,
                                                    (int)ceil(lay.height));
    rc = paint_all(&lay, s, 1, "PNG", err);
    if (rc == TL_OK) {
        cairo_status_t st = cairo_surface_write_to_png_stream(s, write_buf, out);
        if (st != CAIRO_STATUS_SUCCESS) rc = cairo_failed(err, "PNG", st);
    }
    cairo_surface_destroy(s);
    tl_layout_free(&lay);
    return rc;
}

int tl_render_graphic(const tl_timeline *tl, tl_output_format fmt, tl_buf *out, tl_error *err)
{
    switch (fmt) {
    case TL_OUT_PDF: return render_pdf(tl, out, err);
    case TL_OUT_SVG: return render_svg(tl, out, err);
    case TL_OUT_PNG: return render_png(tl, out, err);
    default: return tl_fail(err, TL_EUSAGE, "render: format %d is not graphical", (int)fmt);
    }
}
