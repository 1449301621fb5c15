/* The HTML reader: article text out of a page, and its publication date.
 * The pages are small made-up ones, each showing one trait of real pages. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/model/model.h"
#include "../../src/read/read.h"

static tl_timeline *tl;

static void setup(void) { tl = tl_new(NULL); }
static void teardown(void) { tl_free(tl); }

TestSuite(html, .init = setup, .fini = teardown);

/* The document read from page. */
static const tl_document *read_page(const char *page)
{
    tl_error err;
    size_t i = tl_document_count(tl);
    cr_assert_eq(tl_add_memory(tl, "page.html", page, strlen(page), TL_IN_HTML, &err), TL_OK,
                 "%s", err.message);
    return tl_document_at(tl, i);
}

static const char *dct_of(const char *page) { return read_page(page)->dct; }

/* Three paragraphs of made-up article prose, long enough to score. */
#define PROSE                                                                                  \
    "<p>The river authority opened the new lock on Tuesday, after four years of work, "       \
    "two delays and a budget that grew by a third.</p>"                                         \
    "<p>Barge operators, who had waited since spring, said the crossing now takes an hour "    \
    "instead of three, and that tolls would stay as they are.</p>"                              \
    "<p>Engineers will inspect the gates again in winter, when the water is low, the "        \
    "authority said in a statement.</p>"

static const char boilerplate_page[] =
    "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Lock opens on the river</title>"
    "<style>p { color: red }</style><script>var tracking = 'SCRIPTWORD';</script></head><body>"
    "<header class=\"site-header\"><a href=\"/\">Daily Example</a> <span>SITENAME</span></header>"
    "<nav><ul><li><a href=\"/a\">World</a></li><li><a href=\"/b\">NAVWORD</a></li></ul></nav>"
    "<div id=\"main\"><article class=\"story\"><h1>Lock opens on the river</h1>"
    "<div class=\"share-bar\"><a href=\"#\">Share</a> SHAREWORD</div>"
    "<div class=\"story-body\">" PROSE
    "<figure><img src=\"x.jpg\" alt=\"ALTWORD\"><figcaption>The new lock, seen from the "
    "east bank.</figcaption></figure>"
    "<ul class=\"links\"><li><a href=\"/1\">One linked story RELATEDWORD</a></li>"
    "<li><a href=\"/2\">Another linked story</a></li></ul>"
    "</div></article>"
    "<aside><p>Subscribe to our newsletter for ASIDEWORD, every morning, in your inbox, "
    "free of charge, forever.</p></aside>"
    "<div class=\"comments\"><p>I think the lock is a waste of money, and the toll is too "
    "high, and nobody asked us, COMMENTWORD.</p></div></div>"
    "<noscript>NOSCRIPTWORD</noscript><form><p>FORMWORD newsletter</p></form>"
    "<footer>Copyright FOOTERWORD</footer></body></html>";

Test(html, boilerplate_dropped_article_kept)
{
    const char *t = read_page(boilerplate_page)->text;
    cr_expect(strstr(t, "The river authority opened the new lock on Tuesday"), "%s", t);
    cr_expect(strstr(t, "Barge operators, who had waited since spring"));
    cr_expect(strstr(t, "when the water is low, the authority said in a statement."));
    cr_expect(strstr(t, "The new lock, seen from the east bank."), "caption kept");
    const char *gone[] = {"SCRIPTWORD", "SITENAME", "NAVWORD", "SHAREWORD", "RELATEDWORD", "ASIDEWORD",
                          "COMMENTWORD", "NOSCRIPTWORD", "FORMWORD", "FOOTERWORD", "ALTWORD",
                          "color: red", "Lock opens on the river"};
    for (size_t i = 0; i < sizeof gone / sizeof *gone; i++)
        cr_expect(!strstr(t, gone[i]), "'%s' in:\n%s", gone[i], t);
}

Test(html, paragraphs_are_lines_apart)
{
    const char *t = read_page("<html><body><div class=\"content\">" PROSE
                              "<p>Line one<br>line two</p></div></body></html>")->text;
    cr_expect(strstr(t, "a third.\n\nBarge operators"), "%s", t);
    cr_expect(strstr(t, "Line one\nline two\n"), "%s", t);
    cr_expect(t[strlen(t) - 1] == '\n' && t[strlen(t) - 2] != '\n', "ends with one newline");
}

Test(html, br_pairs_and_table_cells)
{
    const char *t = read_page("<html><body><table><tr><td><a href=\"/\">Home</a> | "
                              "<a href=\"/n\">News</a></td></tr><tr><td>The river authority opened "
                              "the new lock on Tuesday, after four years of work, two delays and a "
                              "budget that grew by a third.<br><br>Barge operators, who had waited "
                              "since spring, said the crossing now takes an hour.<br>Engineers will "
                              "inspect the gates in winter, the authority said.</td></tr></table>"
                              "</body></html>")->text;
    cr_expect(strstr(t, "by a third.\n\nBarge operators"), "%s", t);
    cr_expect(strstr(t, "an hour.\nEngineers"), "%s", t);
    cr_expect(!strstr(t, "Home"), "%s", t);
}

Test(html, whitespace_collapsed_entities_decoded)
{
    const char *t = read_page("<html><body><p>Fish  &amp;\n\t chips&nbsp;cost &pound;5 at "
                              "Caf&eacute; Ol&#233; &#8212; the &#x2018;best&#x2019; in town.</p>"
                              "</body></html>")->text;
    cr_expect_str_eq(t, "Fish & chips cost \xC2\xA3" "5 at Caf\xC3\xA9 Ol\xC3\xA9 \xE2\x80\x94 the "
                        "\xE2\x80\x98" "best\xE2\x80\x99 in town.\n");
}

Test(html, no_charset_means_utf8)
{
    const char *t = read_page("<html><head><title>x</title></head><body><p>Na\xC3\xAFve "
                              "caf\xC3\xA9 \xE2\x80\xA2 r\xC3\xA9sum\xC3\xA9</p></body></html>")->text;
    cr_expect_str_eq(t, "Na\xC3\xAFve caf\xC3\xA9 \xE2\x80\xA2 r\xC3\xA9sum\xC3\xA9\n");
}

Test(html, invalid_utf8_reported_at_file_offset_or_repaired)
{
    const char page[] = "<html><body><p>caf\xE9 au lait</p></body></html>";
    tl_error err;
    cr_expect_eq(tl_add_memory(tl, "bad.html", page, strlen(page), TL_IN_HTML, &err), TL_EINPUT);
    cr_expect_str_eq(err.message, "bad.html: invalid UTF-8 at byte 18 (use --repair-utf8)");
    tl_options o = {.repair_utf8 = 1};
    tl_timeline *r = tl_new(&o);
    cr_assert_eq(tl_add_memory(r, "bad.html", page, strlen(page), TL_IN_HTML, &err), TL_OK);
    cr_expect_str_eq(tl_document_at(r, 0)->text, "caf\xEF\xBF\xBD au lait\n");
    tl_free(r);
}

Test(html, declared_latin1_is_decoded)
{
    const char *t = read_page("<html><head><meta http-equiv=\"Content-Type\" "
                              "content=\"text/html; charset=ISO-8859-1\"></head>"
                              "<body><p>caf\xE9</p></body></html>")->text;
    cr_expect_str_eq(t, "caf\xC3\xA9\n");
}

Test(html, article_split_over_sections)
{
    const char *t = read_page(
        "<html><body><div class=\"page\">"
        "<div class=\"block\"><div class=\"grid\"><div class=\"article-text\">" PROSE "</div></div></div>"
        "<div class=\"block\"><div class=\"grid\"><div class=\"article-text\">"
        "<p>Part two opens with a second set of facts, figures and quotes, all of them as "
        "long as the first, so that both halves weigh the same.</p>"
        "<p>It closes, as such pieces do, with a look ahead, at the costs, the schedule and "
        "the people who will pay for it.</p></div></div></div>"
        "</div></body></html>")->text;
    cr_expect(strstr(t, "The river authority"), "%s", t);
    cr_expect(strstr(t, "Part two opens"), "%s", t);
}

Test(html, empty_and_malformed_pages)
{
    const char *empty = read_page("")->text;
    cr_expect_str_eq(empty, "");
    cr_expect_str_eq(read_page("<html><body></body></html>")->text, "");
    const char *bad[] = {
        "<", "<<<>>>", "<p>unclosed <b>bold <i>both", "</p></div></body>",
        "<html><body><script>never closed", "<p attr=\"unterminated>text</p>",
        "<!-- comment never closed <p>x</p>", "<table><tr><td>cell<td>cell</table></tr>",
        "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
        "\"datePublished\":</script></head><body><p>x</p></body></html>",
        "<script type=\"application/ld+json\">[[[[{{{\"a\":\"\\</script>",
        "<meta property=\"article:published_time\" content=\"\"><p>x</p>",
        "<meta name=\"date\" content=\"2025-99-99\"><p>x</p>",
        "<html><body>\xFF\xFE\x80 broken bytes</body></html>",
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        tl_error err;
        int rc = tl_add_memory(tl, "bad.html", bad[i], strlen(bad[i]), TL_IN_HTML, &err);
        cr_expect(rc == TL_OK || rc == TL_EINPUT, "case %zu", i);
    }
}

Test(html, deep_nesting_does_not_overflow)
{
    size_t depth = 20000, n = 0;
    char *page = malloc(depth * 11 + 64);
    cr_assert(page);
    for (size_t i = 0; i < depth; i++) n += (size_t)sprintf(page + n, "<div><span>");
    n += (size_t)sprintf(page + n, "deep text here");
    tl_error err;
    cr_expect_eq(tl_add_memory(tl, "deep.html", page, n, TL_IN_HTML, &err), TL_OK);
    free(page);
}

/* ---- publication date ---------------------------------------------------- */

#define BODY "<body><article><div class=\"story-body\">" PROSE "</div></article></body></html>"

Test(html, dct_json_ld_graph_article)
{
    const tl_document *d = read_page(
        "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
        "\"@graph\":[{\"@type\":\"WebPage\",\"datePublished\":\"2020-01-01T00:00:00Z\"},"
        "{\"@type\":[\"NewsArticle\"],\"headline\":\"A \\\"quoted\\\" title\","
        "\"dateModified\":\"2021-03-05T08:00:00-05:00\","
        "\"datePublished\":\"2021-03-04T22:10:00-05:00\"}]}</script>"
        "<meta property=\"article:published_time\" content=\"2021-03-05T12:00:00Z\"></head>" BODY);
    cr_expect_str_eq(d->dct, "2021-03-04T22:10", "as written, not converted to UTC");
    cr_expect_eq(d->dct_source, TL_DCT_METADATA);
}

Test(html, dct_json_ld_in_cdata)
{
    cr_expect_str_eq(dct_of("<html><head><script type=\"application/ld+json\">\n<![CDATA[\n"
                            "{\"@type\":\"ReportageNewsArticle\",\"datePublished\":\"2019-05-06\"}"
                            "\n]]></script></head>" BODY),
                     "2019-05-06");
}

Test(html, dct_meta_published_not_modified)
{
    cr_expect_str_eq(dct_of("<html><head>"
                            "<meta property=\"article:modified_time\" content=\"2018-02-02T10:00:00Z\">"
                            "<meta property=\"og:updated_time\" content=\"2018-02-03T10:00:00Z\">"
                            "<meta property=\"article:published_time\" content=\"2018-02-01T09:15:00+01:00\">"
                            "</head>" BODY),
                     "2018-02-01T09:15");
    cr_expect_str_eq(dct_of("<html><head><meta name=\"DC.date.issued\" content=\"2016-02-01\">"
                            "</head>" BODY),
                     "2016-02-01");
}

Test(html, dct_meta_written_out)
{
    cr_expect_str_eq(dct_of("<html><head><meta name=\"article:publicationdate\" "
                            "content=\"Fri Mar 13 21:30:09 EST 2015\"></head>" BODY),
                     "2015-03-13T21:30");
}

Test(html, dct_itemprop)
{
    cr_expect_str_eq(dct_of("<html><head><meta itemprop=\"dateModified\" content=\"2019-05-01\">"
                            "<meta itemprop=\"datePublished\" content=\"2019-04-30T13:39:00-04:00\">"
                            "</head>" BODY),
                     "2019-04-30T13:39");
}

Test(html, dct_time_in_article_not_in_related_box)
{
    cr_expect_str_eq(
        dct_of("<html><body><div class=\"wrap\"><div class=\"related-stories\"><ul>"
               "<li><a href=\"/x\">Older story</a> <time datetime=\"2014-01-01\">Jan 1</time></li>"
               "</ul></div><article><header><time datetime=\"2015-06-07T08:09:10Z\">June 7</time>"
               "</header><div class=\"story-body\">" PROSE "</div>"
               "<div class=\"comments\"><p>First comment, long enough to count, with commas, "
               "and more. <time datetime=\"2015-06-09\">later</time></p></div>"
               "</article></div></body></html>"),
        "2015-06-07T08:09");
}

Test(html, dct_time_marked_as_publication_preferred)
{
    cr_expect_str_eq(dct_of("<html><body><article><div class=\"meta\">"
                            "<time class=\"updated\" datetime=\"2015-06-08\">updated</time>"
                            "<time class=\"published\" datetime=\"2015-06-07\">June 7</time></div>"
                            "<div class=\"story-body\">" PROSE "</div></article></body></html>"),
                     "2015-06-07");
}

Test(html, dct_visible_stamp_with_year_from_url)
{
    cr_expect_str_eq(dct_of("<html><head><link rel=\"canonical\" "
                            "href=\"http://example.com/world/2015/03/18/lock-opens/\"></head>"
                            "<body><div class=\"byline\">By Ann Example <span class=\"stamp\">"
                            "March 18 at 12:22 PM</span></div>"
                            "<div class=\"content\">" PROSE "</div></body></html>"),
                     "2015-03-18T12:22");
}

Test(html, dct_stamp_near_article_beats_masthead)
{
    cr_expect_str_eq(dct_of("<html><body><div class=\"top-bar\">Monday, January 5, 2015</div>"
                            "<div class=\"wrap\"><div class=\"frame\"><div class=\"page\">"
                            "<div class=\"col\"><div class=\"box\"><div class=\"in\">"
                            "<div class=\"x\">Text of a widget, not dated.</div></div></div></div>"
                            "<div class=\"story\"><div class=\"meta\">March 3, 2015 9:00 AM</div>"
                            "<div class=\"content\">" PROSE "</div></div>"
                            "</div></div></div></body></html>"),
                     "2015-03-03T09:00");
}

Test(html, dct_dateline_in_text)
{
    cr_expect_str_eq(dct_of("<html><body><div class=\"content\"><p>April 17, 2015 -- The river "
                            "authority opened the new lock on Tuesday, after four years of work, "
                            "two delays and a budget that grew by a third.</p>" PROSE
                            "</div></body></html>"),
                     "2015-04-17");
}

Test(html, dct_from_url_last)
{
    cr_expect_str_eq(dct_of("<html><head><meta property=\"og:url\" "
                            "content=\"https://example.com/2021/11/30/story.html\"></head>" BODY),
                     "2021-11-30");
}

Test(html, no_dct_when_page_has_none)
{
    const tl_document *d = read_page("<html><head><meta property=\"article:modified_time\" "
                                     "content=\"2018-02-02T10:00:00Z\"></head>" BODY);
    cr_expect_str_eq(d->dct, "");
    cr_expect_eq(d->dct_source, TL_DCT_NONE);
}

/* The dev corpus, when the shared data sits next to the repository: every
 * page dated as the checked list says. */
Test(html, corpus_dates)
{
    const char *dir = "../shared/corpora/html-articles";
    char path[1024];
    snprintf(path, sizeof path, "%s/dct.tsv", dir);
    FILE *f = fopen(path, "r");
    if (!f) cr_skip_test("%s not found", path);
    char line[512];
    int pages = 0;
    while (fgets(line, sizeof line, f)) {
        char name[128], gold[32];
        if (sscanf(line, "%127s %31s", name, gold) != 2) continue;
        snprintf(path, sizeof path, "%s/%s/source.html", dir, name);
        tl_error err;
        cr_assert_eq(tl_add_file(tl, path, TL_IN_AUTO, &err), TL_OK, "%s", err.message);
        const tl_document *d = tl_document_at(tl, tl_document_count(tl) - 1);
        cr_expect_eq(strncmp(d->dct, gold, 10), 0, "%s: got '%s', want %s", name, d->dct, gold);
        cr_expect(d->text_len > 500, "%s: text of %zu bytes", name, d->text_len);
        pages++;
    }
    fclose(f);
    cr_expect_eq(pages, 28);
}
