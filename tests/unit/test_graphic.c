/* The graphical timeline: PDF, SVG, PNG and tl_render_cairo, on a timeline
 * built by hand (three documents, events of every granularity, long and
 * non-ASCII labels, undated events) so the tests do not depend on what the
 * event extractor finds.
 *
 * Set TL_GRAPHIC_DIR to a directory to keep the rendered files there, to
 * look at them. */
#include <criterion/criterion.h>
#include <fontconfig/fontconfig.h>
#include <libxml/parser.h>
#include <pango/pangofc-fontmap.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../src/model/model.h"
#include "../../src/render/layout.h"
#include "../../src/render/render.h"
#include "../../src/time/calendar.h"

static const char *const doc_texts[] = {
    "ANCHORAGE, Aug 15 (Reuters) - The leaders met on Friday. Talks began in July.",
    "Le sommet s'est tenu vendredi. Les négociateurs ont échangé des projets.",
    "Officials said the summit would happen next week. No agreement was signed.",
};

/* Appends one event anchored on a TimeML value ("" for none), mentioned in
 * the documents listed in docs (terminated by -1); mod gives the anchoring
 * timex a TimeML mod. */
static void add_event(tl_timeline *tl, const char *value, const char *mod, const char *label,
                      const int *docs)
{
    tl_event e = {0};
    e.id = tl->events.len;
    e.label = tl_arena_strdup(&tl->arena, label);
    size_t n = 0;
    while (docs[n] >= 0) n++;
    tl_mention *m = tl_arena_alloc(&tl->arena, (n ? n : 1) * sizeof *m);
    cr_assert_not_null(m);
    size_t timex = (size_t)-1;
    if (value[0]) {
        char start[32], end[32];
        tl_granularity g;
        cr_assert_eq(tl_value_interval(value, start, end, &g), 0, "value %s", value);
        e.anchored = 1;
        e.when.value = tl_arena_strdup(&tl->arena, value);
        e.when.start = tl_arena_strdup(&tl->arena, start);
        e.when.end = tl_arena_strdup(&tl->arena, end);
        e.when.granularity = g;
        if (mod[0]) {
            tl_timex x = {.id = tl->timexes.len, .text = "around then", .type = TL_TIMEX_DATE,
                          .value = e.when.value, .mod = mod, .anchor = "", .rule = "test"};
            timex = x.id;
            cr_assert_eq(TL_VEC_PUSH(&tl->timexes, x), 0);
        }
    }
    for (size_t i = 0; i < n; i++)
        m[i] = (tl_mention){.doc = (size_t)docs[i], .start = 0, .end = 3, .timex = timex};
    e.mentions = m;
    e.n_mentions = n;
    cr_assert_eq(TL_VEC_PUSH(&tl->events, e), 0);
}

static tl_timeline *new_timeline(void)
{
    tl_error err;
    tl_timeline *tl = tl_new(NULL);
    cr_assert_not_null(tl);
    const char *names[] = {"reuters-0815.txt", "lemonde-0815.txt", "ap-0816.txt"};
    const char *dcts[] = {"2025-08-15", "2025-08-15T09:30", "2025-08-16"};
    for (size_t i = 0; i < 3; i++) {
        cr_assert_eq(tl_add_memory(tl, names[i], doc_texts[i], strlen(doc_texts[i]), TL_IN_TEXT,
                                   &err),
                     TL_OK, "%s", err.message);
        cr_assert_eq(tl_set_dct(tl, i, dcts[i], &err), TL_OK, "%s", err.message);
    }
    cr_assert_eq(tl_run(tl, &err), TL_OK, "%s", err.message);
    /* Only the hand-made events below. */
    tl->events.len = 0;
    tl->relations.len = 0;
    return tl;
}

static const int D0[] = {0, -1}, D1[] = {1, -1}, D2[] = {2, -1}, D01[] = {0, 1, -1},
                 D012[] = {0, 1, 2, -1}, D12[] = {1, 2, -1};

/* About fifteen events over three weeks of summer 2025. */
static tl_timeline *fixture(void)
{
    tl_timeline *tl = new_timeline();
    add_event(tl, "2025", "", "Relations between the two countries at their lowest in decades", D2);
    add_event(tl, "2025-Q3", "", "Diplomatic push announced for the third quarter", D1);
    add_event(tl, "2025-07-28", "", "Envoys meet in Geneva to prepare the summit", D01);
    add_event(tl, "2025-W31", "", "Negotiators exchange draft texts", D1);
    add_event(tl, "2025-07-30T14:30", "",
              "Press conference at the Élysée — “we are close”, says the spokesperson", D1);
    add_event(tl, "2025-08", "START", "Talks continue through August", D0);
    add_event(tl, "2025-08-01", "",
              "The foreign ministers of both countries issue a long joint statement covering "
              "energy cooperation, the exchange of prisoners, the reopening of consulates in "
              "three cities, a timetable for further talks and the role of neutral observers, "
              "and they ask the press not to speculate about the outcome before the leaders "
              "have met in person",
              D012);
    add_event(tl, "2025-08-04TMO", "", "Morning meeting of the security council", D2);
    add_event(tl, "2025-08-05", "", "Kremlin confirms the date", D012);
    add_event(tl, "2025-08-07", "APPROX", "Advance teams arrive in Anchorage", D0);
    add_event(tl, "2025-W32-WE", "", "Protests outside both embassies", D12);
    add_event(tl, "2025-08-14T09:00", "", "Delegations land at Elmendorf air base", D01);
    add_event(tl, "2025-08-15", "", "Putin and Trump meet in Anchorage, Alaska", D012);
    add_event(tl, "2025-08-15T11:00", "", "Leaders hold a joint press conference", D0);
    add_event(tl, "2025-08-18", "", "Ukraine's president visits Washington", D2);
    add_event(tl, "", "", "Sanctions may be eased", D1);
    add_event(tl, "", "", "Observers <script>alert(1)</script> & co. expect a second summit",
              D2);
    return tl;
}

static void keep(const char *name, const char *data, size_t len)
{
    const char *dir = getenv("TL_GRAPHIC_DIR");
    if (!dir || !*dir) return;
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    if (!f) return;
    fwrite(data, 1, len, f);
    fclose(f);
}

static char *render(const tl_timeline *tl, tl_output_format fmt, size_t *len, const char *keep_as)
{
    tl_error err;
    char *out = NULL;
    cr_assert_eq(tl_render(tl, fmt, &out, len, &err), TL_OK, "%s", err.message);
    cr_assert_not_null(out);
    keep(keep_as, out, *len);
    return out;
}

/* `pdftotext -layout` of a PDF; *pages gets the page count. */
static char *pdf_text(const char *pdf, size_t len, int *pages)
{
    char path[] = "/tmp/tl-graphic-XXXXXX";
    int fd = mkstemp(path);
    cr_assert(fd >= 0);
    cr_assert_eq(write(fd, pdf, len), (ssize_t)len);
    close(fd);
    char cmd[256];
    snprintf(cmd, sizeof cmd, "pdftotext -enc UTF-8 %s - 2>/dev/null", path);
    FILE *p = popen(cmd, "r");
    cr_assert_not_null(p);
    size_t cap = 1 << 16, n = 0;
    char *text = malloc(cap);
    size_t got;
    while ((got = fread(text + n, 1, cap - n - 1, p)) > 0) {
        n += got;
        if (cap - n < 1024) text = realloc(text, cap *= 2);
    }
    text[n] = '\0';
    cr_assert_eq(pclose(p), 0, "pdftotext failed");
    if (pages) {
        *pages = 0;
        for (const char *c = text; (c = strchr(c, '\f')); c++) (*pages)++;
    }
    unlink(path);
    return text;
}

Test(graphic, pdf_has_labels_and_dates)
{
    tl_timeline *tl = fixture();
    size_t len;
    char *pdf = render(tl, TL_OUT_PDF, &len, "fixture.pdf");
    cr_assert(len > 1000);
    cr_expect_eq(memcmp(pdf, "%PDF-", 5), 0);
    int pages;
    char *text = pdf_text(pdf, len, &pages);
    cr_expect_eq(pages, 1, "15 events fit one A4 page, got %d", pages);
    cr_expect(strstr(text, "Timeline"));
    cr_expect(strstr(text, "Putin and Trump meet in Anchorage, Alaska"), "%s", text);
    cr_expect(strstr(text, "Élysée"), "non-ASCII label");
    cr_expect(strstr(text, "August 2025"), "month header");
    cr_expect(strstr(text, "Fri 15 Aug"), "day date");
    cr_expect(strstr(text, "week of 28 Jul"), "week date");
    cr_expect(strstr(text, "14:30"), "time of day");
    cr_expect(strstr(text, "morning"), "part of day");
    cr_expect(strstr(text, "about Thu 7 Aug"), "APPROX mod");
    cr_expect(strstr(text, "Q3"), "quarter");
    cr_expect(strstr(text, "weekend of 9 Aug"), "weekend");
    cr_expect(strstr(text, "2025, mostly 28 Jul – 18 Aug"), "range of the news in the subtitle");
    cr_expect(strstr(text, "Undated"));
    cr_expect(strstr(text, "Sanctions may be eased"));
    cr_expect(strstr(text, "reuters-0815.txt"), "source list");
    /* The 300-character label is wrapped, not cut: its end is still there
     * (five lines of the label column hold it). */
    cr_expect(strstr(text, "speculate"), "%s", text);
    cr_expect(strstr(text, "person"), "%s", text);
    free(text);
    free(pdf);
    tl_free(tl);
}

/* The subtitle of a timeline built by add_event() calls on values. */
static void expect_summary(const char *const *values, const char *want)
{
    tl_timeline *tl = new_timeline();
    for (size_t i = 0; values[i]; i++) add_event(tl, values[i], "", "Something happened", D0);
    size_t n, n_dated;
    tl_row *rows = tl_rows(tl, &n, &n_dated);
    cr_assert_not_null(rows);
    char sub[400];
    tl_timeline_summary(tl, rows, n, n_dated, sub, sizeof sub);
    const char *dates = strstr(sub, " · ");
    cr_expect(dates && strcmp(dates + strlen(" · "), want) == 0, "\"%s\", want \"%s\"", sub,
              want);
    free(rows);
    tl_free(tl);
}

/* The subtitle's range holds every dated event, however far back; the
 * stretch of news most events belong to follows, only when it is most. */
Test(graphic, subtitle_range_covers_every_dated_event)
{
    static const char *const background[] = {"1867", "1945", "2025-06-02", "2025-07-30",
                                             "2025-08-15", "2025-08-15T11:00", "2025-08-18",
                                             NULL};
    expect_summary(background, "1867 – 18 Aug 2025, mostly 2 Jun – 18 Aug");
    static const char *const inside_year[] = {"2025", "2025-07-28", "2025-08-04", "2025-08-18",
                                              NULL};
    expect_summary(inside_year, "2025, mostly 28 Jul – 18 Aug");
    static const char *const mostly_old[] = {"1867", "1945", "2018", "2025-08-15", NULL};
    expect_summary(mostly_old, "1867 – 15 Aug 2025");
    static const char *const one_month[] = {"2026-03-02", "2026-W11", "2026-03-22", NULL};
    expect_summary(one_month, "2 – 22 Mar 2026");
    static const char *const years[] = {"1867", "1945", "2020", NULL};
    expect_summary(years, "1867 – 2020");
    static const char *const across[] = {"2024-12-30", "2025-01-03", NULL};
    expect_summary(across, "30 Dec 2024 – 3 Jan 2025");
    static const char *const new_year[] = {"1990", "2024-12-30", "2025-W31", "2025-07-30",
                                           NULL};
    expect_summary(new_year, "1990 – 30 Jul 2025, mostly 30 Dec 2024 – 30 Jul");
    static const char *const coarse_end[] = {"2025-06-02", "2025-08-18", "2025-12", NULL};
    expect_summary(coarse_end, "2 Jun – Dec 2025, mostly 2 Jun – 18 Aug");
}

/* data (binary) holds needle. */
static int contains(const char *data, size_t len, const char *needle)
{
    size_t n = strlen(needle);
    for (size_t i = 0; i + n <= len; i++)
        if (memcmp(data + i, needle, n) == 0) return 1;
    return 0;
}

Test(graphic, pdf_paginates_long_timelines)
{
    tl_timeline *tl = new_timeline();
    for (int i = 0; i < 80; i++) {
        char value[32], label[128];
        snprintf(value, sizeof value, "2025-%02d-%02d", 6 + i / 28, 1 + i % 28);
        snprintf(label, sizeof label, "Event number %d of a long timeline, with a label that "
                                      "takes most of a line",
                 i + 1);
        add_event(tl, value, "", label, i % 3 == 0 ? D012 : D1);
    }
    size_t len;
    char *pdf = render(tl, TL_OUT_PDF, &len, "eighty.pdf");
    int pages;
    char *text = pdf_text(pdf, len, &pages);
    cr_expect(pages > 1, "80 events on %d page(s)", pages);
    cr_expect(pages < 12, "80 events on %d pages", pages);
    cr_expect(strstr(text, "Event number 1 of"));
    cr_expect(strstr(text, "Event number 80 of"));
    cr_expect(strstr(text, "Page 2 of"));
    cr_expect(strstr(text, "continued"), "running head on later pages");
    cr_expect(contains(pdf, len, "/Title (July 2025)"), "a bookmark per month");
    free(text);
    free(pdf);
    tl_free(tl);
}

Test(graphic, svg_is_well_formed_and_searchable)
{
    tl_timeline *tl = fixture();
    size_t len;
    char *svg = render(tl, TL_OUT_SVG, &len, "fixture.svg");
    xmlDocPtr doc = xmlReadMemory(svg, (int)len, "fixture.svg", NULL, XML_PARSE_NONET);
    cr_assert_not_null(doc, "SVG does not parse");
    xmlNodePtr root = xmlDocGetRootElement(doc);
    cr_expect_str_eq((const char *)root->name, "svg");
    xmlFreeDoc(doc);
    cr_expect(strstr(svg, "width=\"900"), "900 px wide");
    cr_expect(strstr(svg, "Putin and Trump meet in Anchorage, Alaska"));
    cr_expect(strstr(svg, "Élysée"));
    cr_expect(strstr(svg, "&lt;script&gt;"), "label escaped");
    cr_expect(!strstr(svg, "<script>"));
    free(svg);
    tl_free(tl);
}

static uint32_t be32(const unsigned char *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

Test(graphic, png_has_signature_and_sane_size)
{
    tl_timeline *tl = fixture();
    size_t len;
    unsigned char *png = (unsigned char *)render(tl, TL_OUT_PNG, &len, "fixture.png");
    cr_assert(len > 33);
    cr_expect_eq(memcmp(png, "\x89PNG\r\n\x1a\n", 8), 0);
    cr_expect_eq(memcmp(png + 12, "IHDR", 4), 0);
    uint32_t w = be32(png + 16), h = be32(png + 20);
    cr_expect_eq(w, 900);
    cr_expect(h > 900 && h < 6000, "height %u", h);
    free(png);
    tl_free(tl);
}

Test(graphic, zero_events_still_a_document)
{
    tl_timeline *tl = new_timeline();
    size_t len;
    char *pdf = render(tl, TL_OUT_PDF, &len, "empty.pdf");
    int pages;
    char *text = pdf_text(pdf, len, &pages);
    cr_expect_eq(pages, 1);
    cr_expect(strstr(text, "No dated events found"), "%s", text);
    free(text);
    free(pdf);
    char *svg = render(tl, TL_OUT_SVG, &len, "empty.svg");
    xmlDocPtr doc = xmlReadMemory(svg, (int)len, "empty.svg", NULL, XML_PARSE_NONET);
    cr_expect_not_null(doc);
    xmlFreeDoc(doc);
    cr_expect(strstr(svg, "No dated events found"));
    free(svg);
    unsigned char *png = (unsigned char *)render(tl, TL_OUT_PNG, &len, "empty.png");
    cr_expect_eq(memcmp(png, "\x89PNG", 4), 0);
    free(png);
    tl_free(tl);
}

Test(graphic, no_documents_at_all)
{
    tl_timeline *tl = tl_new(NULL);
    tl_error err;
    cr_assert_eq(tl_run(tl, &err), TL_OK);
    size_t len;
    char *pdf = render(tl, TL_OUT_PDF, &len, "nothing.pdf");
    cr_expect_eq(memcmp(pdf, "%PDF-", 5), 0);
    free(pdf);
    tl_free(tl);
}

Test(graphic, render_cairo_returns_height)
{
    tl_timeline *tl = fixture();
    cairo_surface_t *s = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 600, 3000);
    cairo_t *cr = cairo_create(s);
    double h = tl_render_cairo(tl, cr, 600);
    cr_expect(h > 300 && h < 3000, "height %g", h);
    /* Narrower means more wrapping, so taller relative to the width. */
    double narrow = tl_render_cairo(tl, cr, 300);
    cr_expect(narrow > 0);
    cr_expect(narrow / 300 > h / 600);
    cairo_destroy(cr);
    cairo_surface_destroy(s);

    cairo_surface_t *bad = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, -1, -1);
    cairo_t *bcr = cairo_create(bad);
    cr_expect_eq(tl_render_cairo(tl, bcr, 600), -1, "context in error");
    cairo_destroy(bcr);
    cairo_surface_destroy(bad);
    tl_free(tl);
}

Test(graphic, rejects_non_graphic_format)
{
    tl_timeline *tl = fixture();
    tl_buf b = {0};
    tl_error err;
    cr_expect_neq(tl_render_graphic(tl, TL_OUT_JSON, &b, &err), TL_OK);
    cr_expect(strstr(err.message, "not graphical"));
    tl_buf_free(&b);
    tl_free(tl);
}

/* ---- geometry: nothing overlaps, nothing leaves the page ---------------- */

typedef struct {
    int page;
    double x0, y0, x1, y1;
    const char *what;
} rect;

/* One rectangle per line of text (a wrapped label's last line is shorter
 * than the block, and badges may sit beside it), one per badge. */
static size_t box_rects(const tl_box *b, rect *out, size_t max)
{
    size_t n = 0;
    if (b->kind == TL_BOX_BADGE) {
        out[n++] = (rect){b->page, b->x, b->y, b->x + b->w, b->y + b->h, "badge"};
        return n;
    }
    if (b->kind != TL_BOX_TEXT) return 0;
    PangoLayoutIter *it = pango_layout_get_iter(b->text);
    do {
        PangoRectangle r;
        pango_layout_iter_get_line_extents(it, NULL, &r);
        if (r.width > 0 && n < max)
            out[n++] = (rect){b->page, b->x + (double)r.x / PANGO_SCALE,
                              b->y + (double)r.y / PANGO_SCALE,
                              b->x + (double)(r.x + r.width) / PANGO_SCALE,
                              b->y + (double)(r.y + r.height) / PANGO_SCALE,
                              pango_layout_get_text(b->text)};
    } while (pango_layout_iter_next_line(it));
    pango_layout_iter_free(it);
    return n;
}

static void check_geometry(const tl_timeline *tl, double width, double page_height,
                           int *pages)
{
    tl_layout lay;
    tl_error err;
    cr_assert_eq(tl_layout_build(tl, width, page_height, &lay, &err), TL_OK, "%s", err.message);
    size_t cap = 64, n = 0;
    rect *rs = malloc(cap * sizeof *rs);
    for (size_t i = 0; i < lay.boxes.len; i++) {
        if (cap - n < 16) rs = realloc(rs, (cap *= 2) * sizeof *rs);
        n += box_rects(&lay.boxes.items[i], rs + n, 16);
    }
    const double eps = 0.01;
    double bottom = page_height > 0 ? page_height : lay.height;
    for (size_t i = 0; i < n; i++) {
        const rect *a = &rs[i];
        cr_expect(a->x0 >= -eps && a->x1 <= width + eps && a->y0 >= -eps && a->y1 <= bottom + eps,
                  "\"%.40s\" leaves the page: %.1f,%.1f-%.1f,%.1f", a->what, a->x0, a->y0,
                  a->x1, a->y1);
        for (size_t j = i + 1; j < n; j++) {
            const rect *c = &rs[j];
            int overlap = a->page == c->page && a->x0 < c->x1 - eps && c->x0 < a->x1 - eps &&
                          a->y0 < c->y1 - eps && c->y0 < a->y1 - eps;
            cr_expect(!overlap, "\"%.40s\" overlaps \"%.40s\" on page %d", a->what, c->what,
                      a->page + 1);
        }
    }
    if (pages) *pages = lay.n_pages;
    free(rs);
    tl_layout_free(&lay);
}

/* Many sources, a label far too long for five lines, unbreakable words,
 * events on the same day: the worst a real run throws at the layout. */
static tl_timeline *stress_fixture(void)
{
    tl_error err;
    tl_timeline *tl = tl_new(NULL);
    for (int i = 0; i < 24; i++) {
        char name[64];
        snprintf(name, sizeof name, "a-rather-long-file-name-for-source-%02d.html", i + 1);
        cr_assert_eq(tl_add_memory(tl, name, "Text.", 5, TL_IN_TEXT, &err), TL_OK);
        cr_assert_eq(tl_set_dct(tl, (size_t)i, "2025-08-15", &err), TL_OK);
    }
    cr_assert_eq(tl_run(tl, &err), TL_OK);
    tl->events.len = 0;
    static const int all[] = {0,  1,  2,  3,  4,  5,  6,  7,  8,  9,  10, 11,
                              12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, -1};
    static const int few[] = {3, 7, 19, -1};
    char label[3000] = "";
    for (int i = 0; i < 60; i++) strcat(label, "Negotiations continued late into the night; ");
    add_event(tl, "2025-08-15", "", label, all);
    add_event(tl, "2025-08-15T23:59", "",
              "Supercalifragilisticexpialidocious-and-then-some-unbreakable-identifier-"
              "that-goes-on-and-on-without-any-space-whatsoever-0123456789",
              few);
    add_event(tl, "2025-08-15T23:59", "", "Same minute, another event", all);
    add_event(tl, "199", "", "The decade it all began", few);
    add_event(tl, "19", "", "The century of it", few);
    add_event(tl, "2025-SU", "APPROX", "Sometime around summer", few);
    add_event(tl, "2024-12-30", "", "Across a year boundary", few);
    add_event(tl, "", "", label, all);
    for (int i = 0; i < 40; i++) add_event(tl, "2025-08-16", "", "Short one", few);
    return tl;
}

Test(graphic, nothing_overlaps_or_leaves_the_page)
{
    tl_timeline *tl = fixture();
    check_geometry(tl, 595, 842, NULL);
    check_geometry(tl, 900, 0, NULL);
    check_geometry(tl, 320, 0, NULL);
    tl_free(tl);

    tl = stress_fixture();
    int pages;
    check_geometry(tl, 595, 842, &pages);
    cr_expect(pages >= 3, "%d pages", pages);
    check_geometry(tl, 900, 0, NULL);
    check_geometry(tl, 260, 0, NULL);
    size_t len;
    free(render(tl, TL_OUT_PDF, &len, "stress.pdf"));
    free(render(tl, TL_OUT_PNG, &len, "stress.png"));
    tl_free(tl);
}

/* ---- fonts ------------------------------------------------------------------ */

Test(graphic, text_is_set_in_inter)
{
    tl_timeline *tl = fixture();
    size_t len;
    char *pdf = render(tl, TL_OUT_PDF, &len, "fixture.pdf");
    cr_expect(contains(pdf, len, "Inter-Regular"), "fonts/fonts.conf maps timeline-sans to Inter");
    cr_expect(contains(pdf, len, "Inter-Bold"), "titles in bold");
    free(pdf);
    tl_free(tl);
}

/* Each test runs in its own process, so the fonts are set up afresh here. */
Test(graphic, unusable_font_config_is_an_error)
{
    char dir[] = "/tmp/tl-fonts-XXXXXX";
    cr_assert_not_null(mkdtemp(dir));
    char conf[64];
    snprintf(conf, sizeof conf, "%s/fonts.conf", dir);
    FILE *f = fopen(conf, "w");
    fputs("<?xml version=\"1.0\"?>\n<fontconfig><dir>x</fontconfig>\n", f);
    fclose(f);
    setenv("TIMELINE_FONTS_DIR", dir, 1);
    tl_timeline *tl = fixture();
    tl_error err;
    char *out;
    size_t len;
    cr_expect_eq(tl_render(tl, TL_OUT_PDF, &out, &len, &err), TL_EINPUT);
    cr_expect(strstr(err.message, "fonts.conf"), "%s", err.message);
    cairo_surface_t *s = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 10, 10);
    cairo_t *cr = cairo_create(s);
    cr_expect_eq(tl_render_cairo(tl, cr, 600), -1);
    cairo_destroy(cr);
    cairo_surface_destroy(s);
    /* The report needs no fonts. */
    cr_expect_eq(tl_render(tl, TL_OUT_HTML, &out, &len, &err), TL_OK);
    free(out);
    tl_free(tl);
    unlink(conf);
    rmdir(dir);
}

/* An embedding program's fontconfig and Pango keep their own settings:
 * the renderer attaches its configuration to a font map of its own. */
Test(graphic, fonts_leave_process_state_alone)
{
    FcConfig *current = FcConfigGetCurrent();
    PangoFontMap *shared = pango_cairo_font_map_get_default();
    tl_timeline *tl = fixture();
    size_t len;
    free(render(tl, TL_OUT_PDF, &len, "fixture.pdf"));
    cr_expect_eq(FcConfigGetCurrent(), current, "fontconfig's current configuration replaced");
    cr_expect_eq(pango_cairo_font_map_get_default(), shared, "Pango's default font map replaced");
    PangoFontMap *ours = tl_font_map(NULL);
    cr_assert_not_null(ours);
    cr_expect_neq(ours, shared);
    cr_expect_neq(pango_fc_font_map_get_config(PANGO_FC_FONT_MAP(ours)), current,
                  "our rules stay on our font map");
    tl_free(tl);
}
