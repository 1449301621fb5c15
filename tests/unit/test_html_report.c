/* The HTML report, on a timeline built by hand: documents with sentences,
 * events that quote them, a label that tries to inject markup.  Set
 * TL_GRAPHIC_DIR to keep the report there. */
#include <criterion/criterion.h>
#include <libxml/HTMLparser.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/model/model.h"
#include "../../src/time/calendar.h"

static const char *const texts[] = {
    "ANCHORAGE, Aug 15 (Reuters) - Putin and Trump met in Alaska on Friday. "
    "The talks lasted three hours. Aides said a second meeting was possible.",
    "Le sommet s'est tenu vendredi à Anchorage. Les négociateurs ont échangé des projets "
    "pendant la semaine du 4 août.",
};

/* A mention of the first occurrence of word in document doc. */
static tl_mention mention_of(const tl_timeline *tl, size_t doc, const char *word)
{
    const tl_document *d = tl_document_at(tl, doc);
    const char *at = strstr(d->text, word);
    cr_assert_not_null(at, "%s not in document %zu", word, doc);
    tl_mention m = {.doc = doc, .start = (size_t)(at - d->text), .timex = (size_t)-1};
    m.end = m.start + strlen(word);
    for (size_t s = 0; s < d->n_sentences; s++)
        if (d->sentences[s].start <= m.start && m.end <= d->sentences[s].end) m.sentence = s;
    return m;
}

static void add_event(tl_timeline *tl, const char *value, const char *label, const tl_mention *ms,
                      size_t n)
{
    tl_event e = {.id = tl->events.len, .label = tl_arena_strdup(&tl->arena, label)};
    if (value) {
        char start[32], end[32];
        tl_granularity g;
        cr_assert_eq(tl_value_interval(value, start, end, &g), 0);
        e.anchored = 1;
        e.when = (tl_when){tl_arena_strdup(&tl->arena, value), tl_arena_strdup(&tl->arena, start),
                           tl_arena_strdup(&tl->arena, end), g};
    }
    tl_mention *copy = tl_arena_alloc(&tl->arena, (n ? n : 1) * sizeof *copy);
    memcpy(copy, ms, n * sizeof *ms);
    e.mentions = copy;
    e.n_mentions = n;
    cr_assert_eq(TL_VEC_PUSH(&tl->events, e), 0);
}

static tl_timeline *new_timeline(int with_events)
{
    tl_error err;
    tl_timeline *tl = tl_new(NULL);
    const char *names[] = {"reuters-0815.txt", "lemonde-0815.txt"};
    for (size_t i = 0; i < 2; i++)
        cr_assert_eq(tl_add_memory(tl, names[i], texts[i], strlen(texts[i]), TL_IN_TEXT, &err),
                     TL_OK, "%s", err.message);
    cr_assert_eq(tl_set_dct(tl, 0, "2025-08-15", &err), TL_OK);
    cr_assert_eq(tl_run(tl, &err), TL_OK, "%s", err.message);
    tl->events.len = 0;
    tl->relations.len = 0;
    if (!with_events) return tl;
    tl_mention met[] = {mention_of(tl, 0, "met"), mention_of(tl, 1, "tenu")};
    add_event(tl, "2025-08-15", "Putin and Trump meet in Anchorage", met, 2);
    tl_mention lasted = mention_of(tl, 0, "lasted");
    add_event(tl, "2025-08-15T14:00", "Talks last three hours", &lasted, 1);
    tl_mention drafts = mention_of(tl, 1, "échangé");
    add_event(tl, "2025-W32", "Négociateurs échangent des projets — “drafts”", &drafts, 1);
    tl_mention poss = mention_of(tl, 0, "possible");
    add_event(tl, NULL, "<script>alert('x')</script> & a second meeting", &poss, 1);
    return tl;
}

static char *report(const tl_timeline *tl, const char *keep_as)
{
    tl_error err;
    char *out;
    size_t len;
    cr_assert_eq(tl_render(tl, TL_OUT_HTML, &out, &len, &err), TL_OK, "%s", err.message);
    cr_assert_eq(strlen(out), len);
    const char *dir = getenv("TL_GRAPHIC_DIR");
    if (dir && *dir) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, keep_as);
        FILE *f = fopen(path, "w");
        if (f) {
            fputs(out, f);
            fclose(f);
        }
    }
    return out;
}

static int html_errors;
static void count_error(void *ctx, const xmlError *e)
{
    (void)ctx;
    html_errors++;
    fprintf(stderr, "html: line %d: %s", e->line, e->message);
}

/* 0 when libxml2's HTML parser reads html without a single complaint. */
static int parse_errors(const char *html)
{
    html_errors = 0;
    htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
    xmlSetStructuredErrorFunc(NULL, (xmlStructuredErrorFunc)count_error);
    htmlDocPtr doc = htmlCtxtReadMemory(ctxt, html, (int)strlen(html), "report.html", "UTF-8",
                                        HTML_PARSE_NONET);
    int errors = html_errors + (doc == NULL) + (ctxt->wellFormed == 0);
    xmlSetStructuredErrorFunc(NULL, NULL);
    xmlFreeDoc(doc);
    htmlFreeParserCtxt(ctxt);
    return errors;
}

Test(html_report, parses_without_errors)
{
    tl_timeline *tl = new_timeline(1);
    char *html = report(tl, "report.html");
    cr_expect_eq(parse_errors(html), 0);
    cr_expect_eq(strncmp(html, "<!DOCTYPE html>", 15), 0);
    cr_expect(strstr(html, "<meta charset=\"utf-8\">"));
    cr_expect(strstr(html, "name=\"viewport\""), "responsive");
    free(html);
    tl_free(tl);
}

Test(html_report, escapes_labels)
{
    tl_timeline *tl = new_timeline(1);
    char *html = report(tl, "report.html");
    cr_expect(strstr(html, "&lt;script&gt;alert('x')&lt;/script&gt; &amp; a second meeting"));
    cr_expect(!strstr(html, "<script"), "no script at all");
    free(html);
    tl_free(tl);
}

Test(html_report, self_contained)
{
    tl_timeline *tl = new_timeline(1);
    char *html = report(tl, "report.html");
    cr_expect(strstr(html, "<style>"));
    cr_expect(!strstr(html, "<link"));
    cr_expect(!strstr(html, "src="));
    cr_expect(!strstr(html, "http:"));
    cr_expect(!strstr(html, "https:"));
    cr_expect(!strstr(html, "url("));
    cr_expect(!strstr(html, "@import"));
    free(html);
    tl_free(tl);
}

Test(html_report, events_dates_sources_sentences)
{
    tl_timeline *tl = new_timeline(1);
    char *html = report(tl, "report.html");
    cr_expect(strstr(html, "Putin and Trump meet in Anchorage"));
    cr_expect(strstr(html, "Négociateurs échangent des projets — “drafts”"), "UTF-8 as is");
    /* One day of news: day headers; the week goes under its month. */
    cr_expect(strstr(html, "<span>August 2025</span>"), "month header for the week");
    cr_expect(strstr(html, "<span>Fri 15 Aug 2025</span>"), "day header");
    cr_expect(strstr(html, "title=\"Fri 15 Aug 2025\"><span class=\"vh\">Fri 15 Aug 2025</span>"),
              "the day said by its header, hidden for screen readers");
    cr_expect(strstr(html, "title=\"Fri 15 Aug 2025, 14:00\""), "full date in the title");
    cr_expect(strstr(html, ">14:00<"), "same day: the time only");
    cr_expect(strstr(html, "week of 4 Aug"));
    cr_expect(strstr(html, "data-date=\"2025-08-15\""), "machine-readable date");
    cr_expect(strstr(html, "Undated"));
    /* The quoted sentence, the event's words marked. */
    cr_expect(strstr(html, "Putin and Trump <strong>met</strong> in Alaska on Friday."), "%s",
              html);
    /* Badges link to the documents, which carry their DCT. */
    cr_expect(strstr(html, "href=\"#doc-2\""));
    cr_expect(strstr(html, "id=\"doc-1\""));
    cr_expect(strstr(html, "Fri 15 Aug 2025</span> (supplied)"));
    cr_expect(strstr(html, "no publication date"), "the second document has no DCT");
    cr_assert(tl_warning_count(tl) > 0, "the second document has no DCT: a warning");
    for (size_t i = 0; i < tl_warning_count(tl); i++)
        cr_expect(strstr(html, tl_warning_at(tl, i)), "warnings as notes");
    free(html);
    tl_free(tl);
}

/* A badge stays on the line of the label's last word; a mention that is
 * most of its sentence is quoted without bold, which would stress nothing. */
Test(html_report, badges_keep_to_the_label_and_bold_means_something)
{
    tl_timeline *tl = new_timeline(1);
    tl_mention whole = mention_of(tl, 0, "The talks lasted three hours");
    add_event(tl, "2025-08-15T15:00", "The whole sentence is the event", &whole, 1);
    char *html = report(tl, "report.html");
    cr_expect(strstr(html, "Anchorage&#8288;<a class=\"badge\" href=\"#doc-1\""), "%s", html);
    cr_expect(strstr(html, "#doc-1\" title=\"reuters-0815.txt\">1</a>&#8203;<a class=\"badge\""),
              "badges may wrap between them");
    cr_expect(strstr(html, "<q>The talks lasted three hours.</q>"), "no bold over the sentence");
    cr_expect(strstr(html, "<strong>lasted</strong>"), "a word is still marked");
    cr_expect_eq(parse_errors(html), 0);
    free(html);
    tl_free(tl);
}

Test(html_report, zero_events)
{
    tl_timeline *tl = new_timeline(0);
    char *html = report(tl, "empty.html");
    cr_expect_eq(parse_errors(html), 0);
    cr_expect(strstr(html, "No dated events found"));
    cr_expect(strstr(html, "0 events from 2 documents"));
    free(html);
    tl_free(tl);
}

Test(html_report, long_sentence_is_cut_around_the_words)
{
    tl_error err;
    tl_timeline *tl = tl_new(NULL);
    char text[4000];
    size_t n = 0;
    for (int i = 0; i < 120; i++) n += (size_t)snprintf(text + n, sizeof text - n, "word%d, ", i);
    snprintf(text + n, sizeof text - n, "the summit happened, and more words follow without end");
    cr_assert_eq(tl_add_memory(tl, "long.txt", text, strlen(text), TL_IN_TEXT, &err), TL_OK);
    cr_assert_eq(tl_run(tl, &err), TL_OK);
    tl->events.len = 0;
    tl_mention m = mention_of(tl, 0, "summit");
    add_event(tl, "2025-08-15", "Summit", &m, 1);
    char *html = report(tl, "long.html");
    cr_expect_eq(parse_errors(html), 0);
    cr_expect(strstr(html, "<q>…"), "cut on the left");
    cr_expect(strstr(html, "<strong>summit</strong>"));
    cr_expect(!strstr(html, "word3,"), "the start is not quoted");
    free(html);
    tl_free(tl);
}

Test(html_report, anchored_on_nothing_readable_counts_as_undated)
{
    tl_timeline *tl = new_timeline(0);
    tl_mention m = mention_of(tl, 0, "met");
    add_event(tl, NULL, "Met at some point", &m, 1);
    tl->events.items[0].anchored = 1; /* with when left NULL */
    tl->events.items[0].when.value = "PAST_REF";
    char *html = report(tl, "odd.html");
    cr_expect_eq(parse_errors(html), 0);
    cr_expect(strstr(html, "Undated"));
    cr_expect(strstr(html, "No dated events found"));
    free(html);
    char *pdf;
    size_t len;
    tl_error err;
    cr_expect_eq(tl_render(tl, TL_OUT_PDF, &pdf, &len, &err), TL_OK);
    free(pdf);
    tl_free(tl);
}

Test(html_report, background_years_make_one_chronology)
{
    tl_timeline *tl = new_timeline(0);
    tl_mention m = mention_of(tl, 0, "met");
    add_event(tl, "1867", "Russia sells Alaska", &m, 1);
    add_event(tl, "1945", "Yalta", &m, 1);
    add_event(tl, "2018-07", "Helsinki summit", &m, 1);
    add_event(tl, "2025-08-15", "Anchorage summit", &m, 1);
    add_event(tl, "2025-08-16", "Aftermath", &m, 1);
    char *html = report(tl, "background.html");
    cr_expect_eq(parse_errors(html), 0);
    cr_expect(strstr(html, "<span>1867 – 2018</span>"), "one header for the background");
    cr_expect(!strstr(html, "<span>1945</span>"), "not one header per year");
    cr_expect(strstr(html, ">1945</span>"), "the year in the date column");
    cr_expect(strstr(html, ">Jul 2018</span>"));
    cr_expect(strstr(html, "<span>Fri 15 Aug 2025</span>"), "two days of news: day headers");
    free(html);
    tl_free(tl);
}
