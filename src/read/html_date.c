/* html_date.c -- when a web page was published.
 *
 * Pages state it in several places of varying trust, taken in this order:
 *   1. JSON-LD datePublished of an article-type object (the publisher's
 *      own structured record; @graph arrays and nested objects searched);
 *   2. <meta> publication fields (article:published_time, DC.date.issued,
 *      parsely-pub-date, ...), ISO or written out ("Fri Mar 13 ... 2015");
 *   3. itemprop="datePublished" (content or datetime), then JSON-LD
 *      datePublished of any other object (a WebPage);
 *   4. a <time> in or just around the article: the first one marked as
 *      publication time, else the first one, outside related-story boxes
 *      and comments;
 *   5. a visible date stamp before or in the article ("2/26/2015 7:11 AM",
 *      "March 18 at 12:22 PM" with the year from the canonical URL);
 *   6. the date in the canonical URL (/2015/03/18/);
 *   7. the first <time> anywhere on the page.
 * Modification times (dateModified, article:modified_time, "Updated") are
 * never publication dates.  Dates stay as written in their own offset:
 * "2017-02-23T17:18:13-08:00" is 2017-02-23. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "datescan.h"
#include "html_int.h"

/* <meta> names and properties of a publication date, most specific first. */
static const char *const meta_published[] = {
    "article:published_time", "article:published", "og:published_time",
    "og:article:published_time", "parsely-pub-date", "dc.date.issued", "dcterms.issued",
    "article:publicationdate", "publication_date", "publish-date", "publishdate",
    "pubdate", "sailthru.date", "dc.date", "dcterms.date", "date",
};
enum { N_META = sizeof meta_published / sizeof *meta_published };

typedef struct found {
    char ld_article[32], ld_any[32], itemprop[32], url_date[32];
    char meta[N_META][32];
    int url_year;
} found;

/* A date in any form a metadata field may use. */
static int parse_any(const char *s, char iso[32])
{
    if (!s) return 0;
    if (tl_iso_prefix(s, iso)) return 1;
    tl_date_match m;
    size_t n = strlen(s);
    if (n > 80 || !tl_date_scan(s, n, 0, &m) || m.year == 0) return 0;
    tl_date_iso(&m, iso);
    return 1;
}

/* ---- JSON-LD: a tolerant scanner, not a validator ------------------------ */

typedef struct json {
    const char *s, *end;
    found *f;
} json;

static void json_ws(json *j)
{
    while (j->s < j->end && isspace((unsigned char)*j->s)) j->s++;
}

/* A string at j->s (on its opening quote), copied into buf (cut to cap-1
 * bytes; escapes other than \" and \\ are kept as written, enough for type
 * names and dates). */
static void json_string(json *j, char *buf, size_t cap)
{
    size_t k = 0;
    j->s++;
    while (j->s < j->end && *j->s != '"') {
        char c = *j->s++;
        if (c == '\\' && j->s < j->end) c = *j->s++;
        if (buf && k + 1 < cap) buf[k++] = c;
    }
    if (j->s < j->end) j->s++;
    if (buf) buf[k] = '\0';
}

static int article_type(const char *t)
{
    const char *slash = strrchr(t, '/'), *colon = strrchr(t, ':');
    if (slash) t = slash + 1;
    else if (colon) t = colon + 1;
    size_t n = strlen(t);
    return (n >= 7 && strcmp(t + n - 7, "Article") == 0) || strstr(t, "Posting") ||
           strcmp(t, "Report") == 0;
}

static void json_value(json *j, int depth);

/* The members of an object; j->s is on '{'. */
static void json_object(json *j, int depth)
{
    char key[64], date[64] = "", type[128];
    int is_article = 0;
    j->s++;
    for (;;) {
        json_ws(j);
        if (j->s >= j->end) break;
        if (*j->s == '}') {
            j->s++;
            break;
        }
        if (*j->s == ',') {
            j->s++;
            continue;
        }
        if (*j->s != '"') { /* not JSON; step over it */
            j->s++;
            continue;
        }
        json_string(j, key, sizeof key);
        json_ws(j);
        if (j->s < j->end && *j->s == ':') j->s++;
        json_ws(j);
        if (j->s >= j->end) break;
        if (strcmp(key, "@type") == 0 && *j->s == '"') {
            json_string(j, type, sizeof type);
            is_article |= article_type(type);
        } else if (strcmp(key, "@type") == 0 && *j->s == '[') {
            j->s++;
            for (json_ws(j); j->s < j->end && *j->s != ']'; json_ws(j)) {
                if (*j->s == '"') {
                    json_string(j, type, sizeof type);
                    is_article |= article_type(type);
                } else {
                    j->s++;
                }
            }
            if (j->s < j->end) j->s++;
        } else if (strcmp(key, "datePublished") == 0 && *j->s == '"') {
            json_string(j, date, sizeof date);
        } else {
            json_value(j, depth + 1);
        }
    }
    char iso[32];
    if (date[0] && parse_any(date, iso)) {
        if (is_article && !j->f->ld_article[0]) memcpy(j->f->ld_article, iso, 32);
        if (!j->f->ld_any[0]) memcpy(j->f->ld_any, iso, 32);
    }
}

static void json_value(json *j, int depth)
{
    json_ws(j);
    if (j->s >= j->end) return;
    if (depth > 64) { /* absurd nesting: give up on this script */
        j->s = j->end;
        return;
    }
    if (*j->s == '{') {
        json_object(j, depth);
    } else if (*j->s == '[') {
        j->s++;
        for (json_ws(j); j->s < j->end && *j->s != ']'; json_ws(j)) {
            if (*j->s == ',') j->s++;
            else json_value(j, depth + 1);
        }
        if (j->s < j->end) j->s++;
    } else if (*j->s == '"') {
        json_string(j, NULL, 0);
    } else {
        /* number, literal, or junk ("<![CDATA["): up to the next
         * delimiter, at least one byte */
        j->s++;
        while (j->s < j->end && !strchr(",[]{}\"", *j->s) && !isspace((unsigned char)*j->s)) j->s++;
    }
}

static void scan_json_ld(xmlNode *script, found *f)
{
    xmlChar *c = xmlNodeGetContent(script);
    if (!c) return;
    json j = {(const char *)c, (const char *)c + strlen((const char *)c), f};
    while (j.s < j.end) {
        json_ws(&j);
        if (j.s < j.end && (*j.s == '{' || *j.s == '[')) json_value(&j, 0);
        else if (j.s < j.end) j.s++;
    }
    xmlFree(c);
}

/* ---- markup -------------------------------------------------------------- */

/* "/2015/03/18/", "/2015-03-18", "/20150318/" in a URL; its year alone
 * ("/2015/") helps a stamp that omits it. */
static void scan_url(const char *url, found *f)
{
    for (const char *p = url; *p; p++) {
        if (*p != '/' || !isdigit((unsigned char)p[1])) continue;
        const char *q = p + 1;
        size_t nd = strspn(q, "0123456789");
        if (nd != 4 && nd != 8) continue;
        int y = atoi(q);
        if (nd == 8 && (q[8] == '/' || q[8] == '-' || q[8] == '\0') && y / 10000 >= 1990 && y / 10000 <= 2100) {
            int mo = y / 100 % 100, d = y % 100;
            if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && !f->url_date[0])
                snprintf(f->url_date, 32, "%04d-%02d-%02d", y / 10000, mo, d);
        }
        if (nd != 4 || y < 1990 || y > 2100 || (q[4] != '/' && q[4] != '-')) continue;
        if (!f->url_year) f->url_year = y;
        int mo = 0, d = 0, used = 0;
        if (sscanf(q + 5, "%2d%*[/-]%2d%n", &mo, &d, &used) == 2 && used >= 3 &&
            (q[5 + used] == '/' || q[5 + used] == '-' || q[5 + used] == '\0') && mo >= 1 &&
            mo <= 12 && d >= 1 && d <= 31 && !f->url_date[0])
            snprintf(f->url_date, 32, "%04d-%02d-%02d", y, mo, d);
    }
}

static void scan_markup(xmlNode *root, found *f)
{
    const char *canonical = NULL, *og_url = NULL;
    for (xmlNode *n = root; n;) {
        if (n->type == XML_ELEMENT_NODE) {
            const char *type = tl_html_attr(n, "type");
            const char *itemprop = tl_html_attr(n, "itemprop");
            if (tl_html_is(n, "script") && type && strstr(type, "ld+json")) scan_json_ld(n, f);
            if (itemprop && strcasecmp(itemprop, "datePublished") == 0 && !f->itemprop[0]) {
                const char *v = tl_html_attr(n, "content");
                if (!v) v = tl_html_attr(n, "datetime");
                if (!parse_any(v, f->itemprop) && !v) {
                    xmlChar *t = xmlNodeGetContent(n);
                    parse_any((const char *)t, f->itemprop);
                    xmlFree(t);
                }
            }
            if (tl_html_is(n, "meta")) {
                const char *content = tl_html_attr(n, "content");
                const char *keys[] = {tl_html_attr(n, "property"), tl_html_attr(n, "name")};
                for (int k = 0; k < 2; k++) {
                    if (!keys[k]) continue;
                    for (int i = 0; i < N_META; i++)
                        if (strcasecmp(keys[k], meta_published[i]) == 0 && !f->meta[i][0])
                            parse_any(content, f->meta[i]);
                    if (strcasecmp(keys[k], "og:url") == 0) og_url = content;
                }
            }
            const char *rel = tl_html_attr(n, "rel");
            if (tl_html_is(n, "link") && rel && strcasecmp(rel, "canonical") == 0 && !canonical)
                canonical = tl_html_attr(n, "href");
        }
        n = tl_html_next(root, n, n->type == XML_ELEMENT_NODE);
    }
    if (canonical) scan_url(canonical, f);
    if (og_url) scan_url(og_url, f);
}

/* ---- <time> in the article ---------------------------------------------- */

static int has_ci(const char *s, const char *word)
{
    size_t w = strlen(word);
    for (; *s; s++)
        if (strncasecmp(s, word, w) == 0) return 1;
    return 0;
}

static int names_publication(const xmlNode *n)
{
    if (tl_html_attr(n, "pubdate")) return 1;
    const char *attrs[] = {"class", "itemprop", "id"};
    for (int i = 0; i < 3; i++) {
        const char *v = tl_html_attr(n, attrs[i]);
        if (v && (has_ci(v, "publish") || has_ci(v, "pubdate") || has_ci(v, "posted")))
            return 1;
    }
    return 0;
}

static int names_modification(const xmlNode *n)
{
    const char *attrs[] = {"class", "itemprop"};
    for (int i = 0; i < 2; i++) {
        const char *v = tl_html_attr(n, attrs[i]);
        if (v && (has_ci(v, "modified") || has_ci(v, "updated")) && !has_ci(v, "publish"))
            return 1;
    }
    return 0;
}

/* In root's subtree, skipping comment threads and teaser boxes: the first
 * <time datetime> marked as the publication, else the first of all. */
static int time_in(xmlNode *root, char iso[32])
{
    char first[32] = "";
    for (xmlNode *n = root; n;) {
        int descend = n->type == XML_ELEMENT_NODE && !tl_html_boilerplate(n) &&
                      !tl_html_is(n, "aside") && !tl_html_is(n, "nav");
        if (descend && tl_html_is(n, "time") && !names_modification(n)) {
            char d[32];
            if (parse_any(tl_html_attr(n, "datetime"), d)) {
                if (names_publication(n)) {
                    memcpy(iso, d, 32);
                    return 1;
                }
                if (!first[0]) memcpy(first, d, 32);
            }
        }
        n = tl_html_next(root, n, descend);
    }
    if (!first[0]) return 0;
    memcpy(iso, first, 32);
    return 1;
}

/* ---- a visible date stamp ------------------------------------------------ */

typedef struct stamp_scan {
    tl_buf line;
    int space;
    int near;   /* the line has text from near the article */
    int value;  /* of the best stamp so far; see stamp_line */
    char iso[32];
    int url_year;
} stamp_scan;

static void stamp_line(stamp_scan *s)
{
    tl_date_match m;
    int kind = s->line.len ? tl_date_stamp(s->line.data, s->line.len, &m) : 0;
    if (kind && m.year == 0) m.year = s->url_year;
    /* Near the article beats elsewhere on the page (a masthead showing
     * today's date); then publication beats a bare stamp beats an update;
     * then the first one wins. */
    static const int rank[] = {0, 2, 1, 3};
    int value = kind && m.year ? 1 + rank[kind] + 4 * s->near : 0;
    if (value > s->value) {
        s->value = value;
        tl_date_iso(&m, s->iso);
    }
    s->line.len = 0;
    s->space = 0;
    s->near = 0;
}

static int block_like(const xmlNode *n)
{
    static const char *const b[] = {"p", "div", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
                                    "section", "article", "header", "footer", "br", "dd", "dt",
                                    "time", "span", "figcaption"};
    for (size_t i = 0; i < sizeof b / sizeof *b; i++)
        if (tl_html_is(n, b[i])) return 1;
    return 0;
}

static int inside(const xmlNode *n, const xmlNode *ancestor)
{
    for (; n && ancestor; n = n->parent)
        if (n == ancestor) return 1;
    return 0;
}

/* Text of root's subtree line by line (spans count as lines: stamps sit in
 * their own span), up to the end of the article container.  "Near" the
 * article is within a few levels above the container, where the headline,
 * byline and date usually sit. */
static int stamp_in(xmlNode *root, xmlNode *container, int url_year, char iso[32])
{
    xmlNode *near = container;
    for (int up = 0; near && up < 3 && near->parent && near->parent->type == XML_ELEMENT_NODE; up++)
        near = near->parent;
    stamp_scan s = {0};
    s.url_year = url_year;
    int past = 0;
    for (xmlNode *n = root; n && !past;) {
        int descend = 0;
        if (n->type == XML_ELEMENT_NODE) {
            descend = !tl_html_boilerplate(n) && !tl_html_hidden(n) &&
                      (!tl_html_junk_tag(n) || tl_html_is(n, "header"));
            if (descend && block_like(n)) stamp_line(&s);
        } else if (n->type == XML_TEXT_NODE && n->content && s.line.len < 400) {
            s.near |= inside(n, near);
            for (const char *p = (const char *)n->content; *p; p++) {
                if (isspace((unsigned char)*p)) {
                    s.space = s.line.len > 0;
                    continue;
                }
                if (s.space) tl_buf_putc(&s.line, ' ');
                s.space = 0;
                tl_buf_putc(&s.line, *p);
            }
        }
        if (descend && n->children) {
            n = n->children;
            continue;
        }
        while (n != root && !n->next) {
            if (n == container) past = 1;
            n = n->parent;
            if (n->type == XML_ELEMENT_NODE && block_like(n)) stamp_line(&s);
        }
        if (n == container) past = 1;
        if (n == root) break;
        if (n->type == XML_ELEMENT_NODE && block_like(n)) stamp_line(&s);
        n = n->next;
    }
    stamp_line(&s);
    tl_buf_free(&s.line);
    if (!s.value) return 0;
    memcpy(iso, s.iso, 32);
    return 1;
}

int tl_html_find_dct(xmlDoc *doc, xmlNode *container, char iso[32])
{
    xmlNode *root = xmlDocGetRootElement(doc);
    if (!root) return 0;
    found f;
    memset(&f, 0, sizeof f);
    scan_markup(root, &f);
    const char *pick = f.ld_article;
    for (int i = 0; !pick[0] && i < N_META; i++) pick = f.meta[i];
    if (!pick[0]) pick = f.itemprop;
    if (!pick[0]) pick = f.ld_any;
    if (pick[0]) {
        memcpy(iso, pick, 32);
        return 1;
    }
    /* The article's header is often a sibling of the text container, or
     * a few wrappers away; the whole page comes last. */
    xmlNode *near = container;
    for (int up = 0; near && up < 6; up++, near = near->parent) {
        if (near->type != XML_ELEMENT_NODE || tl_html_is(near, "body")) break;
        if (time_in(near, iso)) return 1;
    }
    xmlNode *body = root;
    for (xmlNode *c = root->children; c; c = c->next)
        if (tl_html_is(c, "body")) body = c;
    if (stamp_in(body, container, f.url_year, iso)) return 1;
    if (f.url_date[0]) {
        memcpy(iso, f.url_date, 32);
        return 1;
    }
    return time_in(body, iso);
}
