/* html.c -- the timeline as one self-contained HTML5 page: a report to
 * read on screen, mail or print.
 *
 * Everything is in the file: inline CSS, no script, no fonts, images or
 * links to fetch.  The timeline is plain structured HTML (ordered lists of
 * events under group headings, data-date attributes with ISO dates, ARIA
 * landmarks) drawn as a vertical timeline by CSS.  It sticks to elements
 * HTML 4 already had (no <main>, <time>, <mark>) so that libxml2's HTML
 * parser, which checks the output in the tests, and HTML5 validators both
 * accept it.  Groups, dates and markers are those of the PDF (layout.c's
 * tl_rows).  Each event quotes the sentences that mention
 * it, with the event's words marked, and links its source badges to the
 * list of documents (base names and creation times; not paths, since a
 * report is made to be passed on) at the end.  Warnings of
 * the run ("no document creation time") close the page, since they tell
 * the reader which dates to trust less. */
#include <stdlib.h>
#include <string.h>

#include "layout.h"
#include "render.h"
#include "../util/error.h"

/* The palette of cairo.c; borders rather than backgrounds draw the
 * markers, because browsers drop backgrounds when printing. */
static const char css[] =
    ":root{--text:#1c2129;--muted:#5c6675;--faint:#8c96a3;--rule:#d0d5db;"
    "--accent:#1c5c9e;--badge:#eceef2;--paper:#fff;--date-w:9.5rem;--mark-w:1.5rem;--gap:.75rem}\n"
    "@media screen and (prefers-color-scheme:dark){:root{--text:#e6e9ee;--muted:#a7b0bc;--faint:#7d8793;"
    "--rule:#3a414b;--accent:#6aa6e8;--badge:#2a3038;--paper:#15191e}}\n"
    "*,::before,::after{box-sizing:border-box}\n"
    "html{-webkit-text-size-adjust:100%;text-size-adjust:100%}\n"
    "body{margin:0;background:var(--paper);color:var(--text);"
    "font:16px/1.55 Inter,'DejaVu Sans',system-ui,-apple-system,'Segoe UI',Roboto,Helvetica,Arial,"
    "sans-serif;-webkit-print-color-adjust:exact;print-color-adjust:exact}\n"
    ".wrap{max-width:54rem;margin:0 auto;padding:2.5rem 1.25rem 3rem}\n"
    "h1{font-size:2.3rem;line-height:1.15;margin:0 0 .35rem;letter-spacing:-.01em}\n"
    ".sub{color:var(--muted);margin:0 0 .9rem;font-size:1.05rem;font-variant-numeric:tabular-nums}\n"
    ".legend{color:var(--muted);font-size:.85rem;margin:0 0 1.5rem;padding-bottom:1rem;"
    "border-bottom:1px solid var(--rule)}\n"
    ".legend span.key{display:inline-flex;align-items:center;gap:.4rem;margin-right:1.4rem}\n"
    ".mk{display:inline-block;width:.8rem;height:.8rem;border-radius:50%;"
    "border:.4rem solid var(--accent)}\n"
    ".mk.approx{border-width:2px;background:var(--paper)}\n"
    ".mk.undated{border-radius:1px;border:1.5px solid var(--muted);width:.6rem;height:.6rem;"
    "background:var(--paper)}\n"
    ".group h2{display:grid;grid-template-columns:var(--date-w) var(--mark-w) 1fr;"
    "column-gap:var(--gap);align-items:center;margin:0;padding:1rem 0 .5rem;font-size:1.15rem;"
    "color:var(--accent);position:relative}\n"
    ".group h2 span{text-align:right}\n"
    ".group h2::after{content:'';grid-column:3;border-top:1px solid var(--rule)}\n"
    ".group h2 i{justify-self:center;width:.55rem;height:.55rem;transform:rotate(45deg);"
    "border:.275rem solid var(--accent);position:relative;z-index:1}\n"
    ".dated h2::before{content:'';position:absolute;top:0;bottom:0;"
    "left:calc(var(--date-w) + var(--gap) + var(--mark-w) / 2 - 1px);"
    "border-left:2px solid var(--rule)}\n"
    ".timeline>.dated:first-of-type h2::before{top:50%}\n"
    ".undated h2 i{visibility:hidden}\n"
    "ol.events{list-style:none;margin:0;padding:0}\n"
    ".event{display:grid;grid-template-columns:var(--date-w) var(--mark-w) 1fr;"
    "column-gap:var(--gap);break-inside:avoid;page-break-inside:avoid}\n"
    ".when{grid-column:1;text-align:right;color:var(--muted);font-weight:600;font-size:.9rem;"
    "line-height:1.55rem;font-variant-numeric:tabular-nums;padding-top:.05rem}\n"
    ".mark{grid-column:2;position:relative}\n"
    ".timeline .dated .mark::before{content:'';position:absolute;left:calc(50% - 1px);top:0;"
    "bottom:0;border-left:2px solid var(--rule)}\n"
    ".timeline .event.end .mark::before{bottom:auto;height:.8rem}\n"
    ".mark::after{content:'';position:absolute;left:50%;top:.45rem;width:.8rem;height:.8rem;"
    "margin-left:-.4rem;border-radius:50%;border:.4rem solid var(--accent);"
    "box-shadow:0 0 0 2px var(--paper)}\n"
    ".approx .mark::after{border-width:2px;background:var(--paper);box-shadow:none}\n"
    ".undated .mark::after{border-radius:1px;border:1.5px solid var(--muted);width:.6rem;"
    "height:.6rem;margin-left:-.3rem;top:.55rem;background:var(--paper);box-shadow:none}\n"
    ".what{grid-column:3;padding-bottom:1rem;min-width:0}\n"
    ".label{margin:0;overflow-wrap:anywhere}\n"
    ".badge{display:inline-block;min-width:1.35em;padding:0 .4em;border-radius:1em;"
    "background:var(--badge);color:var(--muted);font-size:.72rem;font-weight:600;"
    "line-height:1.5;text-align:center;text-decoration:none;vertical-align:.1em;"
    "font-variant-numeric:tabular-nums}\n"
    "a.badge:hover,a.badge:focus{background:var(--accent);color:var(--paper)}\n"
    ".label .badge{display:inline;padding:.1em .45em;margin-left:.3em}\n"
    ".mentions{list-style:none;margin:.35rem 0 0;padding:0;font-size:.85rem;color:var(--muted)}\n"
    ".mentions li{display:flex;gap:.5rem;align-items:baseline;margin:.2rem 0}\n"
    ".mentions q{quotes:'\\201C' '\\201D';overflow-wrap:anywhere}\n"
    "q strong{color:var(--text);font-weight:600}\n"
    ".none{color:var(--muted);font-style:italic;text-align:center;font-size:1.15rem;margin:2rem 0}\n"
    ".documents,.notes{margin-top:2.5rem;border-top:1px solid var(--rule);padding-top:.5rem}\n"
    ".documents h2,.notes h2{font-size:1.15rem;margin:.8rem 0}\n"
    ".documents ol{list-style:none;padding:0;margin:0}\n"
    ".documents li{margin:.4rem 0;overflow-wrap:anywhere}\n"
    ".documents .dct{color:var(--muted);font-size:.9rem}\n"
    ".notes ul{color:var(--muted);font-size:.9rem;padding-left:1.2rem}\n"
    ".foot{color:var(--faint);font-size:.8rem;margin-top:2.5rem}\n"
    ".vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);"
    "white-space:nowrap}\n"
    "@media (max-width:40rem){:root{--mark-w:1rem;--gap:.6rem}"
    ".wrap{padding-top:1.5rem}h1{font-size:1.8rem}"
    ".event,.group h2{grid-template-columns:var(--mark-w) 1fr}"
    ".group h2 span{grid-column:2;grid-row:1;text-align:left}.group h2 i{grid-column:1;grid-row:1}"
    ".group h2::after{display:none}.dated h2::before{left:calc(var(--mark-w) / 2 - 1px)}"
    ".when{grid-column:2;grid-row:1;text-align:left;line-height:1.4}"
    ".mark{grid-column:1;grid-row:1/span 2}.what{grid-column:2}}\n"
    "@media print{body{font-size:11pt}.wrap{max-width:none;padding:0}"
    "a.badge{color:var(--muted)}.group h2{break-after:avoid;page-break-after:avoid}}\n";

static void esc(tl_buf *b, const char *s) { tl_buf_xml_escape(b, s, strlen(s), 0); }
static void esc_attr(tl_buf *b, const char *s) { tl_buf_xml_escape(b, s, strlen(s), 1); }

/* Back to the start of the UTF-8 character holding byte i. */
static size_t char_start(const char *s, size_t i)
{
    while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80) i--;
    return i;
}

/* The sentence of a mention with the event's words in <mark>.  A sentence
 * longer than a few lines (text extracted from a page without full stops)
 * is cut to a window around the words. */
static void quote(tl_buf *b, const tl_document *d, const tl_mention *m)
{
    enum { CONTEXT = 160 };
    if (m->sentence >= d->n_sentences) return;
    const tl_sentence *s = &d->sentences[m->sentence];
    size_t start = s->start, end = s->end > d->text_len ? d->text_len : s->end;
    size_t ms = m->start, me = m->end;
    if (!(start <= ms && ms <= me && me <= end)) ms = me = start;
    /* Words that are most of the sentence are not marked: a quote set all
     * in bold stresses nothing. */
    if ((me - ms) * 3 > (end - start) * 2) ms = me = start;
    int cut_left = 0, cut_right = 0;
    /* Cuts fall between words when a space is near. */
    if (ms - start > CONTEXT) {
        size_t cut = ms - CONTEXT, k = cut;
        while (k < ms && k < cut + 24 && d->text[k] != ' ') k++;
        start = k < ms && d->text[k] == ' ' ? k + 1 : char_start(d->text, cut);
        cut_left = 1;
    }
    if (end - me > CONTEXT) {
        size_t cut = me + CONTEXT, k = cut;
        while (k > me && k + 24 > cut && d->text[k] != ' ') k--;
        end = k > me && d->text[k] == ' ' ? k : char_start(d->text, cut);
        cut_right = 1;
    }
    tl_buf_puts(b, "<q>");
    if (cut_left) tl_buf_puts(b, "…");
    tl_buf_xml_escape(b, d->text + start, ms - start, 0);
    if (me > ms) {
        tl_buf_puts(b, "<strong>");
        tl_buf_xml_escape(b, d->text + ms, me - ms, 0);
        tl_buf_puts(b, "</strong>");
    }
    tl_buf_xml_escape(b, d->text + me, end - me, 0);
    if (cut_right) tl_buf_puts(b, "…");
    tl_buf_puts(b, "</q>");
}

static void badge_link(tl_buf *b, const tl_timeline *tl, size_t doc)
{
    tl_buf_printf(b, "<a class=\"badge\" href=\"#doc-%zu\" title=\"", doc + 1);
    esc_attr(b, tl->docs.items[doc]->pub.id);
    tl_buf_printf(b, "\">%zu</a>", doc + 1);
}

/* last: the last dated event, where the spine ends. */
static void event_item(tl_buf *b, const tl_timeline *tl, const tl_row *r, int dated, int last)
{
    enum { MAX_QUOTES = 8 };
    const tl_event *e = r->event;
    const char *cls = !dated ? "undated" : tl_when_is_approx(tl, e) ? "approx" : "exact";
    tl_buf_printf(b, "<li class=\"event %s%s\" id=\"e%zu\">", cls, last ? " end" : "", e->id + 1);
    if (dated) {
        char full[128];
        tl_when_human(tl, e, full, sizeof full);
        tl_buf_puts(b, "<span class=\"when\" data-date=\"");
        esc_attr(b, e->when.start);
        tl_buf_puts(b, "\" title=\"");
        esc_attr(b, full);
        tl_buf_puts(b, "\">");
        /* A date the row above already gave is hidden, not dropped, for
         * screen readers and copy-paste. */
        if (r->date[0]) {
            esc(b, r->date);
        } else {
            tl_buf_puts(b, "<span class=\"vh\">");
            esc(b, full);
            tl_buf_puts(b, "</span>");
        }
        tl_buf_puts(b, "</span>");
    } else {
        tl_buf_puts(b, "<span class=\"when\"></span>");
    }
    tl_buf_puts(b, "<span class=\"mark\"></span><div class=\"what\"><p class=\"label\">");
    esc(b, e->label && e->label[0] ? e->label : "(no label)");

    /* Badges: the documents, once each, in order. */
    size_t n_docs = tl->docs.len;
    unsigned char *seen = calloc(n_docs ? n_docs : 1, 1);
    if (!seen) {
        b->oom = 1;
        return;
    }
    for (size_t i = 0; i < e->n_mentions; i++)
        if (e->mentions[i].doc < n_docs) seen[e->mentions[i].doc] = 1;
    /* A word joiner ties the first badge to the label's last word, so a
     * badge never starts a line alone like a stray mark; zero-width spaces
     * let a long row of badges wrap between them.  (The badges of labels
     * are inline boxes, not inline-blocks, for the joiner to hold.) */
    const char *joiner = "&#8288;";
    for (size_t d = 0; d < n_docs; d++) {
        if (!seen[d]) continue;
        tl_buf_puts(b, joiner);
        joiner = "&#8203;";
        badge_link(b, tl, d);
    }
    free(seen);
    tl_buf_puts(b, "</p>");

    size_t shown = 0;
    for (size_t i = 0; i < e->n_mentions; i++) {
        const tl_mention *m = &e->mentions[i];
        if (m->doc >= n_docs) continue;
        const tl_document *d = &tl->docs.items[m->doc]->pub;
        if (m->sentence >= d->n_sentences) continue;
        if (shown == MAX_QUOTES) {
            tl_buf_printf(b, "<li>and %zu more mentions</li>", e->n_mentions - i);
            break;
        }
        tl_buf_puts(b, shown++ ? "<li>" : "<ul class=\"mentions\"><li>");
        badge_link(b, tl, m->doc);
        quote(b, d, m);
        tl_buf_puts(b, "</li>");
    }
    if (shown) tl_buf_puts(b, "</ul>");
    tl_buf_puts(b, "</div></li>\n");
}

static void documents(tl_buf *b, const tl_timeline *tl)
{
    if (tl->docs.len == 0) return;
    tl_buf_puts(b, "<div class=\"documents\" id=\"documents\">\n<h2>Documents</h2>\n<ol>\n");
    for (size_t i = 0; i < tl->docs.len; i++) {
        const tl_document *d = &tl->docs.items[i]->pub;
        tl_buf_printf(b, "<li id=\"doc-%zu\"><span class=\"badge\">%zu</span> <strong>", i + 1,
                      i + 1);
        esc(b, d->id);
        tl_buf_puts(b, "</strong>");
        char dct[64];
        if (tl_dct_human(d, dct, sizeof dct)[0]) {
            tl_buf_puts(b, " <span class=\"dct\">· published <span data-date=\"");
            esc_attr(b, d->dct);
            tl_buf_puts(b, "\">");
            esc(b, dct);
            tl_buf_printf(b, "</span> (%s)</span>",
                          d->dct_source == TL_DCT_CLI        ? "supplied"
                          : d->dct_source == TL_DCT_METADATA ? "from its metadata"
                                                             : "from its dateline");
        } else {
            tl_buf_puts(b, " <span class=\"dct\">· no publication date</span>");
        }
        tl_buf_puts(b, "</li>\n");
    }
    tl_buf_puts(b, "</ol>\n</div>\n");
}

static void notes(tl_buf *b, const tl_timeline *tl)
{
    if (tl->warnings.len == 0) return;
    tl_buf_puts(b, "<div class=\"notes\">\n<h2>Notes</h2>\n<ul>\n");
    for (size_t i = 0; i < tl->warnings.len; i++) {
        tl_buf_puts(b, "<li>");
        esc(b, tl->warnings.items[i]);
        tl_buf_puts(b, "</li>\n");
    }
    tl_buf_puts(b, "</ul>\n</div>\n");
}

int tl_render_html(const tl_timeline *tl, tl_buf *b, tl_error *err)
{
    size_t n, n_dated;
    tl_row *rows = tl_rows(tl, &n, &n_dated);
    if (!rows) return tl_fail(err, TL_EINPUT, "render: out of memory");
    char sub[400];
    tl_timeline_summary(tl, rows, n, n_dated, sub, sizeof sub);

    tl_buf_puts(b, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                   "<meta name=\"generator\" content=\"timeline " TL_VERSION "\">\n<title>Timeline: ");
    esc(b, sub);
    tl_buf_printf(b, "</title>\n<style>\n%s</style>\n</head>\n<body>\n<div class=\"wrap\">\n", css);
    tl_buf_puts(b, "<div class=\"head\" role=\"banner\">\n<h1>Timeline</h1>\n<p class=\"sub\">");
    esc(b, sub);
    tl_buf_puts(b, "</p>\n<p class=\"legend\">");
    if (n_dated)
        tl_buf_puts(b, "<span class=\"key\"><span class=\"mk exact\"></span>exact date</span>"
                       "<span class=\"key\"><span class=\"mk approx\"></span>approximate date "
                       "(week, month, year, or qualified)</span>");
    if (n > n_dated)
        tl_buf_puts(b, "<span class=\"key\"><span class=\"mk undated\"></span>no date</span>");
    tl_buf_puts(b, "</p>\n</div>\n<div class=\"timeline\" role=\"main\">\n");
    if (n_dated == 0) tl_buf_puts(b, "<p class=\"none\">No dated events found</p>\n");

    for (size_t i = 0; i < n; i++) {
        const tl_row *r = &rows[i];
        int dated = i < n_dated;
        if (r->new_group) {
            if (i) tl_buf_puts(b, "</ol>\n</div>\n");
            tl_buf_printf(b, "<div class=\"group %s\">\n<h2><span>", dated ? "dated" : "undated");
            esc(b, r->group);
            tl_buf_puts(b, "</span><i></i></h2>\n<ol class=\"events\">\n");
        }
        event_item(b, tl, r, dated, i + 1 == n_dated);
    }
    if (n) tl_buf_puts(b, "</ol>\n</div>\n");
    free(rows);

    documents(b, tl);
    notes(b, tl);
    tl_buf_puts(b, "</div>\n<p class=\"foot\" role=\"contentinfo\">Made with timeline " TL_VERSION
                   ". Dates are as the articles state them, resolved against each "
                   "article's publication date.</p>\n</div>\n</body>\n</html>\n");
    return TL_OK;
}
