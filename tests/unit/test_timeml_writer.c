/* test_timeml_writer.c -- the TimeML output (-f timeml): TIMEX3 and EVENT
 * tags in the text, a MAKEINSTANCE per tagged mention, TLINKs to the
 * anchoring timexes, between mentions of one event (IDENTITY) and for the
 * model's relations; text input and TimeML input; mentions that would nest
 * or cross a tag left out; the output read back by libxml2 with every ID
 * unique and every reference resolved.
 *
 * The models are built by hand (timexes, events, relations), so the exact
 * output depends on the writer only. */
#include <criterion/criterion.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/model/stages.h"
#include "support.h"

/* ---- building models ----------------------------------------------------- */

#define MAX_MENTIONS 4

/* The byte span of the occurrence-th (from 1) `word` in document doc. */
static tl_mention mention_at(const tl_timeline *tl, size_t doc, const char *word, int occurrence,
                             size_t timex)
{
    const char *text = tl->docs.items[doc]->pub.text;
    size_t start = 0;
    for (int i = 0; i < occurrence; i++) {
        const char *at = strstr(text + start + (i > 0), word);
        cr_assert_not_null(at, "'%s' #%d not in doc %zu", word, occurrence, doc);
        start = (size_t)(at - text);
    }
    return (tl_mention){doc, start, start + strlen(word), 0, timex, TL_TENSE_UNKNOWN};
}

/* Append an event with these mentions (copied into the arena). */
static void add_event(tl_timeline *tl, const tl_mention *ms, size_t n)
{
    tl_mention *copy = tl_arena_alloc(&tl->arena, n * sizeof *copy);
    cr_assert_not_null(copy);
    memcpy(copy, ms, n * sizeof *copy);
    tl_event ev = {.id = tl->events.len, .label = "test", .mentions = copy, .n_mentions = n};
    cr_assert_eq(TL_VEC_PUSH(&tl->events, ev), 0);
}

static void add_relation(tl_timeline *tl, size_t from, size_t to, tl_rel_type type)
{
    cr_assert_eq(TL_VEC_PUSH(&tl->relations, ((tl_relation){from, to, type})), 0);
}

/* One TimeML document read from memory and segmented, ready for timexes. */
static tl_timeline *timeml_doc(const char *xml)
{
    tl_timeline *tl = tl_new(NULL);
    cr_assert_not_null(tl);
    cr_assert_eq(tl_add_memory(tl, "x.tml", xml, strlen(xml), TL_IN_AUTO, NULL), TL_OK);
    tl_doc *d = tl->docs.items[0];
    cr_assert_eq(d->pub.format, TL_IN_TIMEML);
    cr_assert_eq(tl_segment(tl, d), 0);
    d->timex_first = 0;
    return tl;
}

static char *render_doc(const tl_timeline *tl, size_t doc)
{
    char *out;
    size_t len;
    cr_assert_eq(tl_render_timeml(tl, doc, &out, &len, NULL), TL_OK);
    cr_assert_eq(strlen(out), len);
    return out;
}

/* ---- reading the output back ---------------------------------------------- */

typedef struct {
    char ids[256][16];
    size_t n;
} id_set;

static int has_id(const id_set *s, const char *id)
{
    for (size_t i = 0; i < s->n; i++)
        if (strcmp(s->ids[i], id) == 0) return 1;
    return 0;
}

/* Add attribute `name` of every element `tag` under n to s (unique). */
static void collect(xmlNode *n, const char *tag, const char *name, id_set *s)
{
    for (; n; n = n->next) {
        if (n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, tag) == 0) {
            xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
            cr_assert_not_null(v, "<%s> without %s", tag, name);
            cr_expect(!has_id(s, (const char *)v), "%s \"%s\" used twice", name, (const char *)v);
            cr_assert_lt(s->n, 256);
            snprintf(s->ids[s->n++], sizeof s->ids[0], "%s", (const char *)v);
            xmlFree(v);
        }
        collect(n->children, tag, name, s);
    }
}

/* Every attribute `name` of the elements `tag` under n names a member of s. */
static void expect_refs(xmlNode *n, const char *tag, const char *name, const id_set *s)
{
    for (; n; n = n->next) {
        if (n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, tag) == 0) {
            xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
            if (v) cr_expect(has_id(s, (const char *)v), "%s=\"%s\" names nothing", name, (const char *)v);
            xmlFree(v);
        }
        expect_refs(n->children, tag, name, s);
    }
}

/* The output parses with libxml2 without a complaint, its root is TimeML,
 * tids, eids, eiids and lids are each unique, and every reference
 * (eventID, eventInstanceID, relatedTo...) names one of them. */
static void expect_well_formed(const char *xml)
{
    xmlDoc *doc = xmlReadMemory(xml, (int)strlen(xml), "out.tml", NULL,
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    cr_assert_not_null(doc, "libxml2 cannot read the output:\n%s", xml);
    xmlNode *root = xmlDocGetRootElement(doc);
    cr_assert_str_eq((const char *)root->name, "TimeML");
    static id_set tids, eids, eiids, lids;
    tids.n = eids.n = eiids.n = lids.n = 0;
    collect(root, "TIMEX3", "tid", &tids);
    collect(root, "EVENT", "eid", &eids);
    collect(root, "MAKEINSTANCE", "eiid", &eiids);
    collect(root, "TLINK", "lid", &lids);
    expect_refs(root, "MAKEINSTANCE", "eventID", &eids);
    expect_refs(root, "TLINK", "eventInstanceID", &eiids);
    expect_refs(root, "TLINK", "relatedToEventInstance", &eiids);
    expect_refs(root, "TLINK", "relatedToTime", &tids);
    xmlFreeDoc(doc);
}

/* ---- text input ------------------------------------------------------------ */

/* Timexes t1..t4 and six events:
 *   0 "Talks" and "talks" (one event told twice), nouns
 *   1 "said", a report verb
 *   2 "met" at a clock time
 *   3 "summit", inside the timex "summit day": left out
 *   4 a mention spanning a clause, no trigger word: left out
 *   5 "met" again, another event on the same word (anchored to Monday) */
static tl_timeline *news_model(void)
{
    const char *text = "AT&T said on Monday that envoys met at 9 a.m. Tuesday. Talks in March 2025 "
                       "went on; the talks ended on summit day.";
    tl_timeline *tl = tu_docs(&text, (const char *const[]){"2025-04-01"}, 1);
    tu_timex(tl, 0, "Monday", 0, "2025-03-10", TL_TIMEX_DATE);
    tu_timex(tl, 0, "9 a.m. Tuesday", 0, "2025-03-11T09:00", TL_TIMEX_TIME);
    tu_timex(tl, 0, "March 2025", 0, "2025-03", TL_TIMEX_DATE);
    tu_timex(tl, 0, "summit day", 0, "2025-03-31", TL_TIMEX_DATE);
    add_event(tl, (tl_mention[]){mention_at(tl, 0, "Talks", 1, 2), mention_at(tl, 0, "talks", 1, 3)}, 2);
    add_event(tl, (tl_mention[]){mention_at(tl, 0, "said", 1, 0)}, 1);
    add_event(tl, (tl_mention[]){mention_at(tl, 0, "met", 1, 1)}, 1);
    add_event(tl, (tl_mention[]){mention_at(tl, 0, "summit", 1, 3)}, 1);
    add_event(tl, (tl_mention[]){mention_at(tl, 0, "envoys met", 1, 1)}, 1);
    add_event(tl, (tl_mention[]){mention_at(tl, 0, "met", 1, 0)}, 1);
    add_relation(tl, 1, 2, TL_REL_BEFORE);
    add_relation(tl, 2, 0, TL_REL_OVERLAP); /* no TimeML relType: left out */
    add_relation(tl, 1, 3, TL_REL_BEFORE);  /* event 3 has no instance */
    add_relation(tl, 0, 1, TL_REL_INCLUDES);
    return tl;
}

Test(timeml_writer, text_input_exact)
{
    tl_timeline *tl = news_model();
    char *out = render_doc(tl, 0);
    cr_expect_str_eq(
        out,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TimeML>\n<DOCID>doc0.txt</DOCID>\n"
        "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2025-04-01\" "
        "functionInDocument=\"CREATION_TIME\">2025-04-01</TIMEX3></DCT>\n"
        "<TEXT>AT&amp;T <EVENT eid=\"e1\" class=\"REPORTING\">said</EVENT> on "
        "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2025-03-10\">Monday</TIMEX3> that envoys "
        "<EVENT eid=\"e2\" class=\"OCCURRENCE\">met</EVENT> at "
        "<TIMEX3 tid=\"t2\" type=\"TIME\" value=\"2025-03-11T09:00\">9 a.m. Tuesday</TIMEX3>. "
        "<EVENT eid=\"e3\" class=\"OCCURRENCE\">Talks</EVENT> in "
        "<TIMEX3 tid=\"t3\" type=\"DATE\" value=\"2025-03\">March 2025</TIMEX3> went on; the "
        "<EVENT eid=\"e4\" class=\"OCCURRENCE\">talks</EVENT> ended on "
        "<TIMEX3 tid=\"t4\" type=\"DATE\" value=\"2025-03-31\">summit day</TIMEX3>.</TEXT>\n"
        "<MAKEINSTANCE eiid=\"ei1\" eventID=\"e1\" tense=\"NONE\" aspect=\"NONE\" polarity=\"POS\" pos=\"VERB\" />\n"
        "<MAKEINSTANCE eiid=\"ei2\" eventID=\"e2\" tense=\"NONE\" aspect=\"NONE\" polarity=\"POS\" pos=\"VERB\" />\n"
        "<MAKEINSTANCE eiid=\"ei3\" eventID=\"e2\" tense=\"NONE\" aspect=\"NONE\" polarity=\"POS\" pos=\"VERB\" />\n"
        "<MAKEINSTANCE eiid=\"ei4\" eventID=\"e3\" tense=\"NONE\" aspect=\"NONE\" polarity=\"POS\" pos=\"NOUN\" />\n"
        "<MAKEINSTANCE eiid=\"ei5\" eventID=\"e4\" tense=\"NONE\" aspect=\"NONE\" polarity=\"POS\" pos=\"NOUN\" />\n"
        "<TLINK lid=\"l1\" relType=\"IS_INCLUDED\" eventInstanceID=\"ei1\" relatedToTime=\"t1\" />\n"
        "<TLINK lid=\"l2\" relType=\"SIMULTANEOUS\" eventInstanceID=\"ei2\" relatedToTime=\"t2\" />\n"
        "<TLINK lid=\"l3\" relType=\"IS_INCLUDED\" eventInstanceID=\"ei3\" relatedToTime=\"t1\" />\n"
        "<TLINK lid=\"l4\" relType=\"IS_INCLUDED\" eventInstanceID=\"ei4\" relatedToTime=\"t3\" />\n"
        "<TLINK lid=\"l5\" relType=\"IS_INCLUDED\" eventInstanceID=\"ei5\" relatedToTime=\"t4\" />\n"
        "<TLINK lid=\"l6\" relType=\"IDENTITY\" eventInstanceID=\"ei5\" relatedToEventInstance=\"ei4\" />\n"
        "<TLINK lid=\"l7\" relType=\"BEFORE\" eventInstanceID=\"ei1\" relatedToEventInstance=\"ei2\" />\n"
        "<TLINK lid=\"l8\" relType=\"INCLUDES\" eventInstanceID=\"ei4\" relatedToEventInstance=\"ei1\" />\n"
        "</TimeML>\n");
    expect_well_formed(out);
    free(out);
    tl_free(tl);
}

/* A mention overlapping a timex gets no EVENT, no instance and no link;
 * the timex is written as before. */
Test(timeml_writer, mention_overlapping_a_timex_is_left_out)
{
    const char *text = "They met on summit day.";
    tl_timeline *tl = tu_docs(&text, NULL, 1);
    tu_timex(tl, 0, "summit day", 0, "2025-03-31", TL_TIMEX_DATE);
    add_event(tl, (tl_mention[]){mention_at(tl, 0, "summit", 1, 0)}, 1);
    add_event(tl, (tl_mention[]){mention_at(tl, 0, "met", 1, 0)}, 1);
    add_relation(tl, 0, 1, TL_REL_SIMULTANEOUS);
    char *out = render_doc(tl, 0);
    cr_expect_str_eq(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TimeML>\n<DOCID>doc0.txt</DOCID>\n"
                          "<TEXT>They <EVENT eid=\"e1\" class=\"OCCURRENCE\">met</EVENT> on "
                          "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2025-03-31\">summit day</TIMEX3>.</TEXT>\n"
                          "<MAKEINSTANCE eiid=\"ei1\" eventID=\"e1\" tense=\"NONE\" aspect=\"NONE\" "
                          "polarity=\"POS\" pos=\"VERB\" />\n"
                          "<TLINK lid=\"l1\" relType=\"IS_INCLUDED\" eventInstanceID=\"ei1\" relatedToTime=\"t1\" />\n"
                          "</TimeML>\n");
    expect_well_formed(out);
    free(out);
    tl_free(tl);
}

/* Mentions in other documents are written with those; relations need an
 * instance of both events in the document. */
Test(timeml_writer, only_this_documents_mentions)
{
    const char *texts[] = {"Envoys met on Monday.", "Officials said on Friday that envoys met."};
    tl_timeline *tl = tu_docs(texts, NULL, 2);
    tu_timex(tl, 0, "Monday", 0, "2025-03-10", TL_TIMEX_DATE);
    tu_timex(tl, 1, "Friday", 0, "2025-03-14", TL_TIMEX_DATE);
    add_event(tl, (tl_mention[]){mention_at(tl, 0, "met", 1, 0), mention_at(tl, 1, "met", 1, 0)}, 2);
    add_event(tl, (tl_mention[]){mention_at(tl, 1, "said", 1, 1)}, 1);
    add_relation(tl, 0, 1, TL_REL_BEFORE);
    char *out = render_doc(tl, 0);
    cr_expect(strstr(out, "<TEXT>Envoys <EVENT eid=\"e1\" class=\"OCCURRENCE\">met</EVENT> on ") != NULL, "%s", out);
    cr_expect(strstr(out, "said") == NULL);
    cr_expect(strstr(out, "relatedToEventInstance") == NULL, "no relation within doc 0:\n%s", out);
    expect_well_formed(out);
    free(out);
    out = render_doc(tl, 1);
    /* the anchor of "met" is in doc 0: no TLINK to a tid absent here */
    cr_expect(strstr(out, "<TLINK lid=\"l1\" relType=\"IS_INCLUDED\" eventInstanceID=\"ei1\" relatedToTime=\"t2\" />\n"
                          "<TLINK lid=\"l2\" relType=\"BEFORE\" eventInstanceID=\"ei2\" relatedToEventInstance=\"ei1\" />\n"
                          "</TimeML>\n") != NULL, "%s", out);
    expect_well_formed(out);
    free(out);
    tl_free(tl);
}

/* ---- TimeML input ---------------------------------------------------------- */

static const char timeml_in[] =
    "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>X1</DOCID>\n"
    "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-02-13\" functionInDocument=\"CREATION_TIME\">"
    "02/13/1998</TIMEX3></DCT>\n"
    "<TEXT>\nAT&amp;T said on Friday that talks began.\n</TEXT>\n"
    "<TLINK lid=\"l3\" relType=\"BEFORE\" timeID=\"t0\" relatedToTime=\"t0\" />\n"
    "<!-- kept -->\n</TimeML>\n<!-- after -->\n";

Test(timeml_writer, timeml_input_exact)
{
    tl_timeline *tl = timeml_doc(timeml_in);
    tu_timex(tl, 0, "Friday", 0, "1998-02-13", TL_TIMEX_DATE);
    add_event(tl, (tl_mention[]){mention_at(tl, 0, "said", 1, 0)}, 1);
    add_event(tl, (tl_mention[]){mention_at(tl, 0, "talks", 1, 0)}, 1);
    add_relation(tl, 0, 1, TL_REL_AFTER);
    char *out = render_doc(tl, 0);
    /* every byte outside <TEXT> kept; ours before </TimeML>, lids after l3 */
    cr_expect_str_eq(out,
                     "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>X1</DOCID>\n"
                     "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-02-13\" "
                     "functionInDocument=\"CREATION_TIME\">02/13/1998</TIMEX3></DCT>\n"
                     "<TEXT>\nAT&amp;T <EVENT eid=\"e1\" class=\"REPORTING\">said</EVENT> on "
                     "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-02-13\">Friday</TIMEX3> that "
                     "<EVENT eid=\"e2\" class=\"OCCURRENCE\">talks</EVENT> began.\n</TEXT>\n"
                     "<TLINK lid=\"l3\" relType=\"BEFORE\" timeID=\"t0\" relatedToTime=\"t0\" />\n"
                     "<!-- kept -->\n"
                     "<MAKEINSTANCE eiid=\"ei1\" eventID=\"e1\" tense=\"NONE\" aspect=\"NONE\" "
                     "polarity=\"POS\" pos=\"VERB\" />\n"
                     "<MAKEINSTANCE eiid=\"ei2\" eventID=\"e2\" tense=\"NONE\" aspect=\"NONE\" "
                     "polarity=\"POS\" pos=\"NOUN\" />\n"
                     "<TLINK lid=\"l4\" relType=\"IS_INCLUDED\" eventInstanceID=\"ei1\" relatedToTime=\"t1\" />\n"
                     "<TLINK lid=\"l5\" relType=\"IS_INCLUDED\" eventInstanceID=\"ei2\" relatedToTime=\"t1\" />\n"
                     "<TLINK lid=\"l6\" relType=\"AFTER\" eventInstanceID=\"ei1\" relatedToEventInstance=\"ei2\" />\n"
                     "</TimeML>\n<!-- after -->\n");
    expect_well_formed(out);
    free(out);
    tl_free(tl);
}

/* With no events the output is what the TIMEX3-only writer wrote: the
 * input, with the TIMEX3 tags in its text. */
Test(timeml_writer, timeml_input_without_events_changes_only_the_text)
{
    tl_timeline *tl = timeml_doc(timeml_in);
    tu_timex(tl, 0, "Friday", 0, "1998-02-13", TL_TIMEX_DATE);
    char *out = render_doc(tl, 0);
    const char *friday = strstr(timeml_in, "Friday");
    size_t before = (size_t)(friday - timeml_in);
    cr_expect(strncmp(out, timeml_in, before) == 0);
    cr_expect_str_eq(out + before, "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-02-13\">Friday</TIMEX3>"
                                   " that talks began.\n</TEXT>\n"
                                   "<TLINK lid=\"l3\" relType=\"BEFORE\" timeID=\"t0\" relatedToTime=\"t0\" />\n"
                                   "<!-- kept -->\n</TimeML>\n<!-- after -->\n");
    free(out);
    tl_free(tl);
}

/* ---- the whole pipeline ------------------------------------------------------ */

Test(timeml_writer, pipeline_output_reads_back)
{
    tl_timeline *tl = tu_tag("The Harbor Bridge closed on Monday for repairs. Officials said on Tuesday "
                             "that the bridge will reopen on March 30 at 7 p.m. The talks on <b> & \"quotes\" "
                             "began on Friday.",
                             "2026-03-18");
    char *out = render_doc(tl, 0);
    cr_expect(strstr(out, "<EVENT ") != NULL, "no event tagged:\n%s", out);
    cr_expect(strstr(out, "<MAKEINSTANCE ") != NULL);
    cr_expect(strstr(out, "<TLINK ") != NULL);
    expect_well_formed(out);
    free(out);
    tl_free(tl);
}

/* MAKEINSTANCE carries the event word's tense as the pipeline reads it. */
Test(timeml_writer, instance_tense_from_the_pipeline)
{
    tl_timeline *tl = tu_tag("Putin and Trump met in Anchorage on Friday. Officials said the talks would resume "
                             "next week.", "2025-08-16");
    char *out = tu_render(tl, TL_OUT_TIMEML);
    cr_expect_not_null(strstr(out, "eventID=\"e1\" tense=\"PAST\""), "%s", out);
    cr_expect_not_null(strstr(out, "eventID=\"e2\" tense=\"FUTURE\""), "%s", out);
    free(out);
    tl_free(tl);
}

/* TIMEX3 freq and quant of sets, in TimeML and in JSON */
Test(timeml_writer, set_freq_and_quant)
{
    tl_timeline *tl = tu_tag("The board meets twice a year and every Monday, and reports each week.", "2025-08-16");
    char *out = tu_render(tl, TL_OUT_TIMEML);
    cr_expect_not_null(strstr(out, "type=\"SET\" value=\"P1Y\" freq=\"2X\">twice a year<"), "%s", out);
    cr_expect_not_null(strstr(out, "value=\"XXXX-WXX-1\" quant=\"EVERY\">every Monday<"), "%s", out);
    cr_expect_not_null(strstr(out, "value=\"P1W\" quant=\"EACH\">each week<"), "%s", out);
    free(out);
    out = tu_render(tl, TL_OUT_JSON);
    cr_expect_not_null(strstr(out, "\"freq\": \"2X\""), "%s", out);
    cr_expect_not_null(strstr(out, "\"quant\": \"EVERY\""), "%s", out);
    free(out);
    tl_free(tl);
}
