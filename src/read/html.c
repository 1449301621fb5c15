/* html.c -- HTML reader: parse a web page with libxml2's forgiving HTML
 * parser, keep the article body as text (html_extract.c) and take the
 * publication date from its metadata (html_date.c).  The markup helpers
 * both of those use live here.
 *
 * The parser runs with network access off and errors silenced: any page,
 * however broken, yields a text (maybe empty), never an error. */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>

#include "read.h"
#include "html_int.h"
#include "../util/error.h"

const char *tl_html_attr(const xmlNode *n, const char *name)
{
    if (!n || n->type != XML_ELEMENT_NODE) return NULL;
    for (const xmlAttr *a = n->properties; a; a = a->next) {
        if (strcasecmp((const char *)a->name, name) != 0) continue;
        const xmlNode *v = a->children;
        if (v && (v->type == XML_TEXT_NODE || v->type == XML_CDATA_SECTION_NODE) && !v->next)
            return v->content ? (const char *)v->content : "";
        return v ? NULL : "";
    }
    return NULL;
}

int tl_html_is(const xmlNode *n, const char *name)
{
    return n && n->type == XML_ELEMENT_NODE && strcasecmp((const char *)n->name, name) == 0;
}

xmlNode *tl_html_next(xmlNode *root, xmlNode *n, int descend)
{
    if (descend && n->children) return n->children;
    while (n != root && !n->next) n = n->parent;
    return n == root ? NULL : n->next;
}

static int has_ancestor(const xmlNode *n, const char *name)
{
    for (n = n->parent; n && n->type == XML_ELEMENT_NODE; n = n->parent)
        if (tl_html_is(n, name)) return 1;
    return 0;
}

int tl_html_junk_tag(const xmlNode *n)
{
    static const char *const junk[] = {
        "script", "style", "noscript", "template", "nav", "aside", "form", "iframe",
        "svg", "button", "select", "input", "textarea", "object", "embed", "canvas",
        "head", "link", "meta", "title", "dialog", "menu", "audio", "video", "map",
    };
    if (!n || n->type != XML_ELEMENT_NODE) return 0;
    for (size_t i = 0; i < sizeof junk / sizeof *junk; i++)
        if (tl_html_is(n, junk[i])) return 1;
    /* A page's header and footer hold the site's name, menus and legal
     * text; inside an <article> or <main> a header holds the byline and
     * deck, which belong to the story (its footer: tags and share links). */
    if (tl_html_is(n, "header")) return !has_ancestor(n, "article") && !has_ancestor(n, "main");
    return tl_html_is(n, "footer");
}

/* Class and id words.  Substrings are matched, so "relatedStories" and
 * "story-share-bar" both hit; short words that would hit everywhere ("ad"
 * in "header") match only as a whole word of the name. */
static const char *const strong_boilerplate[] = {
    "comment", "disqus", "share", "sharing", "social", "related", "recommend",
    "newsletter", "promo", "sidebar", "advert", "sponsor", "outbrain", "taboola",
    "trending", "popular", "widget", "subscri", "signup", "sign-up", "cookie",
    "popup", "modal", "breadcrumb", "pagination", "paywall", "most-read", "mostread",
    "most-viewed", "mostviewed", "discuss", "replies", "more-stories", "morestories",
    "read-next", "readnext", "recirc", "you-may", "youmay", "also-like",
};
static const char *const weak_boilerplate[] = {
    "footer", "masthead", "header", "navbar", "navigation", "menu", "banner",
    "toolbar", "utility", "hidden", "login", "overlay", "rail", "teaser", "skip",
    "author-bio", "tags", "topics", "feedback",
};
static const char *const boilerplate_words[] = {
    "ad", "ads", "adv", "nav", "tag", "foot", "extra", "tools", "dfp", "aside",
};
static const char *const article_like[] = {
    "article", "content", "story", "body", "entry", "main", "prose", "text", "blog",
};
static const char *const article_words[] = {"post", "hentry", "h-entry"};

/* name (lower-cased, NUL-terminated) contains word as a whole word: the
 * neighbours are not letters or digits. */
static int has_word(const char *name, const char *word)
{
    size_t w = strlen(word);
    for (const char *p = strstr(name, word); p; p = strstr(p + 1, word))
        if ((p == name || !isalnum((unsigned char)p[-1])) && !isalnum((unsigned char)p[w])) return 1;
    return 0;
}

static int any_substring(const char *name, const char *const *list, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (strstr(name, list[i])) return 1;
    return 0;
}

static int any_word(const char *name, const char *const *list, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (has_word(name, list[i])) return 1;
    return 0;
}

#define N(a) (sizeof(a) / sizeof *(a))

int tl_html_hint(const xmlNode *n)
{
    const char *cls = tl_html_attr(n, "class"), *id = tl_html_attr(n, "id");
    if (!cls && !id) return 0;
    char name[256];
    size_t k = 0;
    for (const char *s = cls ? cls : ""; *s && k < sizeof name - 2; s++) name[k++] = (char)tolower((unsigned char)*s);
    name[k++] = ' ';
    for (const char *s = id ? id : ""; *s && k < sizeof name - 1; s++) name[k++] = (char)tolower((unsigned char)*s);
    name[k] = '\0';
    int positive = any_substring(name, article_like, N(article_like)) ||
                   any_word(name, article_words, N(article_words));
    if (any_substring(name, strong_boilerplate, N(strong_boilerplate))) return -2;
    int negative = any_substring(name, weak_boilerplate, N(weak_boilerplate)) ||
                   any_word(name, boilerplate_words, N(boilerplate_words));
    return positive && negative ? 0 : positive ? 1 : negative ? -1 : 0;
}

int tl_html_hidden(const xmlNode *n)
{
    if (tl_html_attr(n, "hidden")) return 1;
    const char *aria = tl_html_attr(n, "aria-hidden");
    if (aria && strcasecmp(aria, "true") == 0) return 1;
    const char *style = tl_html_attr(n, "style");
    if (!style) return 0;
    char compact[64];
    size_t k = 0;
    for (const char *s = style; *s && k < sizeof compact - 1; s++)
        if (!isspace((unsigned char)*s)) compact[k++] = (char)tolower((unsigned char)*s);
    compact[k] = '\0';
    return strstr(compact, "display:none") || strstr(compact, "visibility:hidden");
}

/* Does the page name its encoding (<meta charset>, <meta http-equiv
 * content="...; charset=...">, an XML declaration)?  Only the head is
 * searched: a declaration further down is not one browsers honour. */
static int declares_charset(const char *data, size_t len)
{
    size_t n = len < 65536 ? len : 65536;
    if (n >= 5 && strncmp(data, "<?xml", 5) == 0) {
        const char *end = memchr(data, '>', n);
        for (const char *p = data; end && p + 8 < end; p++)
            if (strncasecmp(p, "encoding", 8) == 0) return 1;
    }
    for (size_t i = 0; i + 5 < n; i++) {
        if (data[i] != '<') continue;
        if (strncasecmp(data + i + 1, "/head", 5) == 0 || strncasecmp(data + i + 1, "body", 4) == 0) break;
        if (strncasecmp(data + i + 1, "meta", 4) != 0) continue;
        const char *end = memchr(data + i, '>', n - i);
        if (!end) break;
        for (const char *p = data + i; p + 7 <= end; p++)
            if (strncasecmp(p, "charset", 7) == 0) return 1;
    }
    return 0;
}

int tl_read_html(tl_timeline *tl, tl_doc *doc, tl_error *err)
{
    const char *name = doc->pub.source;
    if (doc->raw_len > (size_t)0x7fffffff) return tl_fail(err, TL_EINPUT, "%s: file too large", name);
    const unsigned char *u = (const unsigned char *)doc->raw;
    int utf16 = doc->raw_len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF));
    /* Without a declaration libxml2 2.9 assumes Latin-1; pages today are
     * UTF-8, and bytes that are valid UTF-8 are almost never Latin-1 text. */
    const char *encoding = utf16 || declares_charset(doc->raw, doc->raw_len) ? NULL : "UTF-8";
    htmlDocPtr x = htmlReadMemory(doc->raw, (int)doc->raw_len, NULL, encoding,
                                  HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                      HTML_PARSE_RECOVER);
    tl_buf out = {0};
    xmlNode *container = NULL;
    char iso[32];
    int have_date = 0;
    if (x) {
        if (tl_html_extract(x, &out, &container) != 0) out.oom = 1;
        have_date = tl_html_find_dct(x, container, iso);
        xmlFreeDoc(x);
    }
    if (out.oom) {
        tl_buf_free(&out);
        return tl_fail(err, TL_EINPUT, "%s: out of memory", name);
    }
    size_t n;
    char *text = tl_clean_text(tl, name, out.data ? out.data : "", out.len, &n, err);
    tl_buf_free(&out);
    if (!text) {
        /* libxml2 passes bad bytes of a page read as UTF-8 through; say
         * where they are in the file, not in the extracted text. */
        if (encoding) tl_clean_text(tl, name, doc->raw, doc->raw_len, &n, err);
        return err ? err->code : TL_EINPUT;
    }
    doc->pub.text = text;
    doc->pub.text_len = n;
    if (have_date && tl_doc_set_dct(tl, doc, iso, TL_DCT_METADATA) != 0)
        tl_warn(tl, "%s: publication date '%s' is not a valid date; ignored", name, iso);
    return TL_OK;
}
