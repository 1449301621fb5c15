/*
 * timeline.h -- turn news articles into a dated, ordered timeline of events.
 *
 * The one header an embedder includes.  Usage, in order:
 *
 *     tl_error err;
 *     tl_timeline *tl = tl_new(NULL);
 *     if (tl_add_file(tl, "article.html", TL_IN_AUTO, &err) != TL_OK) ...
 *     tl_set_dct(tl, 0, "2025-08-16", &err);        (optional: overrides metadata)
 *     tl_run(tl, &err);
 *     for (size_t i = 0; i < tl_event_count(tl); i++) ... tl_event_at(tl, i) ...
 *     tl_render_file(tl, TL_OUT_PDF, "timeline.pdf", &err);
 *     tl_free(tl);
 *
 * Ownership, stated once for the whole API (as jq does): every pointer the
 * library returns -- documents, timexes, events, relations and every string
 * inside them -- belongs to the tl_timeline and stays valid until tl_free().
 * Nothing returned needs freeing, except the buffer of tl_render(), which the
 * caller releases with free().  Freeing NULL is a no-op.
 *
 * Errors: functions that can fail return TL_OK (0) or a tl_status, and fill
 * the tl_error passed in (which may be NULL) with a one-line message that
 * names the file and the problem.  The library never prints and never exits.
 *
 * Any text is valid input: a document with no dates yields no timexes, not an
 * error.  Only unreadable files, invalid UTF-8 (unless repaired) and
 * malformed TimeML are errors.
 */
#ifndef TIMELINE_H
#define TIMELINE_H

#include <stddef.h>
#include <cairo.h>

#ifdef __cplusplus
extern "C" {
#endif

#define TL_VERSION "0.1.0"

/* Opaque: the documents and everything found in them. */
typedef struct tl_timeline tl_timeline;

typedef enum {
    TL_OK = 0,
    TL_EINPUT = 1, /* unreadable file, bad encoding, malformed markup, I/O error */
    TL_EUSAGE = 2  /* bad argument from the caller (unknown format, bad date) */
} tl_status;

typedef struct tl_error {
    tl_status code;
    char message[512]; /* one line, no trailing newline, names the file */
} tl_error;

typedef enum { TL_IN_AUTO, TL_IN_TEXT, TL_IN_HTML, TL_IN_TIMEML } tl_input_format;

typedef enum {
    TL_OUT_TEXT,
    TL_OUT_JSON,
    TL_OUT_TIMEML,
    TL_OUT_SVG,
    TL_OUT_PDF,
    TL_OUT_PNG,
    TL_OUT_HTML,
    TL_OUT_EXPLAIN, /* every timex with the anchor and rule that resolved it */
    TL_OUT_ARTICLE  /* each document's DCT and text as read (checks readers) */
} tl_output_format;

/* Where a document's creation time came from. */
typedef enum { TL_DCT_NONE, TL_DCT_CLI, TL_DCT_METADATA, TL_DCT_DATELINE } tl_dct_source;

typedef enum { TL_TIMEX_DATE, TL_TIMEX_TIME, TL_TIMEX_DURATION, TL_TIMEX_SET } tl_timex_type;

/* The tense of a clause, from its verbs ("said": past, "will meet": future). */
typedef enum { TL_TENSE_UNKNOWN, TL_TENSE_PAST, TL_TENSE_PRESENT, TL_TENSE_FUTURE } tl_tense;

typedef enum {
    TL_REL_BEFORE,
    TL_REL_AFTER,
    TL_REL_INCLUDES,
    TL_REL_IS_INCLUDED,
    TL_REL_SIMULTANEOUS,
    TL_REL_OVERLAP
} tl_rel_type;

/* Coarsest to finest.  An event's granularity is that of its anchor. */
typedef enum {
    TL_GRAN_NONE,
    TL_GRAN_MILLENNIUM,
    TL_GRAN_CENTURY,
    TL_GRAN_DECADE,
    TL_GRAN_YEAR,
    TL_GRAN_HALF,
    TL_GRAN_QUARTER,
    TL_GRAN_SEASON,
    TL_GRAN_MONTH,
    TL_GRAN_WEEK,
    TL_GRAN_DAY,
    TL_GRAN_PART_OF_DAY,
    TL_GRAN_HOUR,
    TL_GRAN_MINUTE,
    TL_GRAN_SECOND
} tl_granularity;

/* Options for tl_new(); NULL means all defaults (zero). */
typedef struct tl_options {
    int repair_utf8; /* 1: replace invalid UTF-8 with U+FFFD instead of failing */
} tl_options;

typedef struct tl_sentence {
    size_t start, end; /* byte offsets into the document text, end exclusive */
} tl_sentence;

typedef struct tl_document {
    const char *id;     /* base name of the source, e.g. "article.txt" */
    const char *source; /* path as given, or "-" for standard input */
    tl_input_format format;
    const char *text; /* UTF-8 article text, NUL-terminated; offsets index it */
    size_t text_len;
    const char *dct; /* ISO 8601 ("2025-08-15" or "2025-08-15T09:30"), "" if none */
    tl_dct_source dct_source;
    const tl_sentence *sentences; /* filled by tl_run() */
    size_t n_sentences;
} tl_document;

typedef struct tl_timex {
    size_t id;  /* index in tl_timex_at(); written "t<id+1>" */
    size_t doc; /* index of the document */
    size_t start, end; /* byte offsets into that document's text */
    size_t sentence;   /* index into the document's sentences */
    const char *text;  /* the expression as written */
    tl_timex_type type;
    const char *value;  /* TimeML value: "2025-08-15", "2025-W32", "P1M", "PAST_REF" */
    const char *mod;    /* TimeML mod ("APPROX", "START", ...) or "" */
    const char *anchor; /* value it was resolved against, "" if absolute */
    const char *rule;   /* the interpretation rule that fired, for --explain */
    const char *zone;   /* the time zone as written ("EST", "GMT", "local time") or "";
                         * the value is the clock time in that zone (TimeML) */
    const char *freq;   /* of a SET, TimeML freq: "2X" for "twice a year", else "" */
    const char *quant;  /* of a SET, TimeML quant: "EVERY", "EACH", else "" */
} tl_timex;

/* A calendar interval: start inclusive, end exclusive, ISO 8601. */
typedef struct tl_when {
    const char *value; /* TimeML value of the anchoring timex */
    const char *start; /* "2025-08-04" (or with a time "2025-08-15T11:00") */
    const char *end;   /* "2025-08-11" */
    tl_granularity granularity;
} tl_when;

typedef struct tl_mention {
    size_t doc;
    size_t start, end; /* the event's words in that document */
    size_t sentence;   /* index into the document's sentences */
    size_t timex;      /* the anchoring timex's id, or (size_t)-1 */
    tl_tense tense;    /* of the event word ("closed": past, "will close": future) */
} tl_mention;

typedef struct tl_event {
    size_t id;         /* index in tl_event_at(); written "e<id+1>" */
    const char *label; /* short human label */
    int anchored;      /* 0: when is unset (all fields NULL) */
    tl_when when;
    const tl_mention *mentions; /* first mention first */
    size_t n_mentions;
} tl_event;

typedef struct tl_relation {
    size_t from, to; /* event ids */
    tl_rel_type type;
} tl_relation;

/* ---- building a timeline -------------------------------------------- */

/* A new empty timeline; NULL only when out of memory.  Free with tl_free(). */
tl_timeline *tl_new(const tl_options *opts);
void tl_free(tl_timeline *tl);

/* Read a document.  TL_IN_AUTO detects HTML and TimeML by content.  path
 * "-" reads standard input.  The DCT found in the document's metadata or
 * dateline, if any, is set here; tl_set_dct() overrides it. */
int tl_add_file(tl_timeline *tl, const char *path, tl_input_format fmt, tl_error *err);
/* Same from memory; name is used as id and in messages.  data is copied. */
int tl_add_memory(tl_timeline *tl, const char *name, const char *data, size_t len,
                  tl_input_format fmt, tl_error *err);

/* Set document doc's creation time from the caller (source TL_DCT_CLI).
 * iso: "2025-08-15", "2025-08-15T09:30" or "2025-08-15T09:30:00". */
int tl_set_dct(tl_timeline *tl, size_t doc, const char *iso, tl_error *err);
/* Apply a TSV of "FILE<TAB>DATE" lines, matched on each document's base
 * name.  Documents not listed keep their DCT. */
int tl_apply_dct_file(tl_timeline *tl, const char *tsv_path, tl_error *err);

/* Run the pipeline: sentences, timexes, events, relations.  Call once,
 * after every document has been added. */
int tl_run(tl_timeline *tl, tl_error *err);

/* ---- reading results (valid until tl_free) -------------------------- */

size_t tl_document_count(const tl_timeline *tl);
const tl_document *tl_document_at(const tl_timeline *tl, size_t i);
size_t tl_timex_count(const tl_timeline *tl);
const tl_timex *tl_timex_at(const tl_timeline *tl, size_t i);
/* Events in timeline order: anchored ones by start, then unanchored. */
size_t tl_event_count(const tl_timeline *tl);
const tl_event *tl_event_at(const tl_timeline *tl, size_t i);
size_t tl_relation_count(const tl_timeline *tl);
const tl_relation *tl_relation_at(const tl_timeline *tl, size_t i);

/* Warnings gathered while reading and running ("x.txt: no document creation
 * time; relative dates left unanchored"), one line each. */
size_t tl_warning_count(const tl_timeline *tl);
const char *tl_warning_at(const tl_timeline *tl, size_t i);

/* Process CPU seconds spent so far in one stage: "read" (tl_add_file and
 * tl_add_memory: reading and parsing), "segment" (tokens and sentences),
 * "time" (tagging and normalising time expressions), "events" (events,
 * anchoring, relations).  -1 for an unknown stage name. */
double tl_stage_seconds(const tl_timeline *tl, const char *stage);

const char *tl_timex_type_name(tl_timex_type t);   /* "DATE" ... */
const char *tl_rel_type_name(tl_rel_type t);       /* "BEFORE" ... */
const char *tl_dct_source_name(tl_dct_source s);   /* "cli" ... */
const char *tl_granularity_name(tl_granularity g); /* "day" ... */
const char *tl_tense_name(tl_tense t);             /* "PAST" ..., "NONE" when unknown (TimeML) */

/* ---- rendering -------------------------------------------------------- */

/* Format from a name ("pdf") or a path's extension (".pdf"); -1 if unknown. */
int tl_output_format_from_name(const char *name);
int tl_output_format_from_path(const char *path);

/* Render into a malloc'd buffer; *out is NUL-terminated for the text
 * formats; the caller frees it with free().  TL_OUT_TIMEML renders document
 * 0 only; use tl_render_timeml() for the others. */
int tl_render(const tl_timeline *tl, tl_output_format fmt, char **out, size_t *len,
              tl_error *err);
/* One document as TimeML: its text with <TIMEX3> tags (and the original
 * markup around <TEXT> for TimeML input).  Caller frees *out with free(). */
int tl_render_timeml(const tl_timeline *tl, size_t doc, char **out, size_t *len,
                     tl_error *err);
/* tl_render_timeml() written to path, atomically as below. */
int tl_render_timeml_file(const tl_timeline *tl, size_t doc, const char *path, tl_error *err);
/* Write to path atomically (temporary file in the same folder, then rename):
 * on error no partial file is left and an existing file is untouched. */
int tl_render_file(const tl_timeline *tl, tl_output_format fmt, const char *path,
                   tl_error *err);
/* Draw the graphical timeline on any cairo context, width wide (points),
 * starting at the current origin.  Returns the height used, or -1 on error. */
double tl_render_cairo(const tl_timeline *tl, cairo_t *cr, double width);

/* ---- the resolver on its own ------------------------------------------ */

typedef struct tl_resolution {
    tl_timex_type type;
    char value[64];  /* TimeML value */
    char mod[16];    /* "" or a TimeML mod */
    char rule[128];  /* the rule that fired, human readable */
    size_t start, end; /* the part of the phrase recognised */
} tl_resolution;

/* Recognise and normalise the first temporal expression in phrase against
 * anchor (ISO date, may be NULL for unanchored) with the given tense:
 * tl_resolve("Friday", "2025-08-16", TL_TENSE_PAST, &r) gives
 * r.value "2025-08-15".  Returns 1 when an expression was found, else 0. */
int tl_resolve(const char *phrase, const char *anchor, tl_tense tense, tl_resolution *out);

#ifdef __cplusplus
}
#endif
#endif
