/* html_int.h -- the parts of the HTML reader, shared inside src/read only:
 * html.c parses the page and drives; html_extract.c finds the article body;
 * html_date.c finds the publication date. */
#ifndef TL_HTML_INT_H
#define TL_HTML_INT_H

#include <libxml/tree.h>

#include "../util/buf.h"

/* The value of attribute name of element n (a pointer into the tree), or
 * NULL.  Name is matched case-insensitively. */
const char *tl_html_attr(const xmlNode *n, const char *name);

/* Lower-case element name equals name. */
int tl_html_is(const xmlNode *n, const char *name);

/* The node after n in document order within root's subtree, going into
 * n's children only when descend is set; NULL after the last.  Walks a
 * subtree as `for (n = root; n;) { ...; n = tl_html_next(root, n, d); }`. */
xmlNode *tl_html_next(xmlNode *root, xmlNode *n, int descend);

/* Elements that never hold article text: script, style, nav, forms, ... */
int tl_html_junk_tag(const xmlNode *n);

/* What class and id say about an element: > 0 article-like ("article-body",
 * "story"), < 0 boilerplate ("comments", "share-bar", "related"), else 0. */
int tl_html_hint(const xmlNode *n);

/* Hidden from readers (hidden, aria-hidden, display:none). */
int tl_html_hidden(const xmlNode *n);

/* Append the article body of the page to out: one line a block, a blank
 * line between blocks.  *container gets the element chosen as the article
 * (NULL when the page has none), which stays valid as long as doc.
 * Returns 0, or -1 when out of memory. */
int tl_html_extract(xmlDoc *doc, tl_buf *out, xmlNode **container);

/* After tl_html_extract: n was dropped as boilerplate by its class or id
 * (comment threads, related-story boxes, share bars). */
int tl_html_boilerplate(const xmlNode *n);

/* The page's publication date: structured metadata first, then a date
 * stamp near container, then the canonical URL.  1 and iso, or 0. */
int tl_html_find_dct(xmlDoc *doc, xmlNode *container, char iso[32]);

#endif
