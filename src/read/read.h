/* read.h -- the readers.  Each fills doc->pub.text (UTF-8, in the arena) and,
 * when the document states one, its DCT (source TL_DCT_METADATA); tl_add_*
 * falls back to a dateline at the top of the text. */
#ifndef TL_READ_H
#define TL_READ_H

#include "../model/model.h"

/* Guess the format of raw bytes: TimeML (root element TimeML), HTML
 * (doctype or an <html>/<head>/<body>/<p> tag near the start), else text. */
tl_input_format tl_detect_format(const char *data, size_t len);

int tl_read_text(tl_timeline *tl, tl_doc *doc, tl_error *err);
int tl_read_html(tl_timeline *tl, tl_doc *doc, tl_error *err);
int tl_read_timeml(tl_timeline *tl, tl_doc *doc, tl_error *err);

/* Check (or, with repair, fix) UTF-8 in place of a copy: returns the arena
 * copy of data with a BOM dropped and CRLF/CR turned into LF, or NULL with
 * err set ("FILE: invalid UTF-8 at byte N"). */
char *tl_clean_text(tl_timeline *tl, const char *name, const char *data, size_t len,
                    size_t *out_len, tl_error *err);

/* Blank (overwrite with spaces, keeping offsets and newlines) the lines of
 * web-page chrome in a plain text: the tail from a "Related Articles" or
 * "About the Author" line on, link lines ("Also Read: ..."), teasers ending
 * in "Read More", controls ("Advertisement").  Returns the bytes blanked. */
size_t tl_blank_chrome(char *text, size_t len);

/* A date line near the top of a text ("August 15, 2025", "Published
 * 2025-08-15 09:30", "WASHINGTON (AP) Aug. 15, 2025 --") as ISO, or 0. */
int tl_dct_from_dateline(const char *text, size_t len, char iso[32]);

/* Set the DCT of doc from an ISO string, normalised; 0 or -1 if invalid. */
int tl_doc_set_dct(tl_timeline *tl, tl_doc *doc, const char *iso, tl_dct_source src);

#endif
