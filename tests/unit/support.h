/* support.h -- set-up helpers shared by the unit tests: models built by
 * hand (documents segmented, timexes tagged at given phrases, so tests of
 * later stages do not depend on the tagger), whole-pipeline tagging, and
 * the checks several files make.  Defines no tests. */
#ifndef TL_TEST_SUPPORT_H
#define TL_TEST_SUPPORT_H

#include <stddef.h>

#include "timeline.h"
#include "../../src/model/stages.h"

/* A model of n documents "doc0.txt", "doc1.txt", ... with texts[i], each
 * segmented and ready for timexes; dcts[i] is each one's DCT (dcts may be
 * NULL: no DCTs). */
tl_timeline *tu_docs(const char *const *texts, const char *const *dcts, size_t n);

/* Tag the first occurrence of phrase after byte offset `from` in document
 * doc (timexes must be added in document order, documents in order), with
 * anchor "" and rule "test".  Returns the timex added (valid until the next
 * one is added), for callers that want other fields. */
tl_timex *tu_timex(tl_timeline *tl, size_t doc, const char *phrase, size_t from, const char *value,
                   tl_timex_type type);

/* tu_timex() of a DATE from the start of the document. */
void tu_date(tl_timeline *tl, size_t doc, const char *phrase, const char *value);

/* One document with DATE timexes at the given phrase, value pairs (a NULL
 * ends them), its events built. */
tl_timeline *tu_events_of(const char *text, ...) __attribute__((sentinel));

/* Two documents (DCTs as tu_docs), a DATE timex in each, events built. */
tl_timeline *tu_pair_events(const char *const texts[2], const char *const *dcts, const char *phrase0,
                            const char *value0, const char *phrase1, const char *value1);

/* tu_events_of(text, phrase, value, NULL) makes exactly one event, with
 * this label. */
void tu_expect_label(const char *text, const char *phrase, const char *value, const char *label);

/* The first event whose label contains label_part, or NULL. */
const tl_event *tu_event_with(const tl_timeline *tl, const char *label_part);

/* Whether the relation from -> to of this type is in the model. */
int tu_related(const tl_timeline *tl, size_t from, size_t to, tl_rel_type type);

/* tl_render() in fmt, asserting success and a NUL-terminated buffer of the
 * length returned; the caller frees it. */
char *tu_render(const tl_timeline *tl, tl_output_format fmt);

/* One document "doc.txt" with this text and DCT (NULL: none), through the
 * whole pipeline (tl_run). */
tl_timeline *tu_tag(const char *text, const char *dct);

/* The k-th timex (from 0) has this text and value. */
void tu_expect_at(const tl_timeline *tl, size_t k, const char *text, const char *value);

/* The first timex whose text is `text` has value `value`. */
void tu_expect_text(const tl_timeline *tl, const char *text, const char *value);

/* tu_tag(doc, dct) has a timex `text` of this value (tu_expect_text). */
void tu_tags(const char *doc, const char *dct, const char *text, const char *value);

/* tl_resolve(phrase, anchor, tense) finds a timex of extent `text`, with
 * this value; type (a tl_timex_type) and mod are checked unless -1 / NULL. */
void tu_resolves(const char *phrase, const char *anchor, tl_tense tense, const char *text, int type,
                 const char *value, const char *mod);

/* tl_resolve() finds no timex in phrase (anchor: the DCT). */
void tu_no_timex(const char *phrase, const char *anchor);

#endif
