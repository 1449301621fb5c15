/* text.c -- plain-text reader, UTF-8 checking and format detection. */
#include <string.h>
#include <strings.h>

#include "read.h"
#include "../util/error.h"

/* Length of the valid UTF-8 sequence at s (at most n bytes), or 0. */
static size_t utf8_seq(const unsigned char *s, size_t n)
{
    unsigned c = s[0];
    if (c < 0x80) return 1;
    size_t len;
    unsigned min;
    if (c >= 0xC2 && c <= 0xDF) len = 2, min = 0x80;
    else if (c >= 0xE0 && c <= 0xEF) len = 3, min = 0x800;
    else if (c >= 0xF0 && c <= 0xF4) len = 4, min = 0x10000;
    else return 0;
    if (n < len) return 0;
    unsigned cp = c & (0x3F >> (len - 1));
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) return 0;
        cp = cp << 6 | (s[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return len;
}

char *tl_clean_text(tl_timeline *tl, const char *name, const char *data, size_t len,
                    size_t *out_len, tl_error *err)
{
    const unsigned char *s = (const unsigned char *)data;
    size_t i = 0;
    if (len >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) i = 3;
    /* Repair can triple the size (one bad byte becomes U+FFFD). */
    char *out = tl_arena_alloc(&tl->arena, (len - i) * 3 + 1);
    if (!out) {
        tl_fail(err, TL_EINPUT, "%s: out of memory", name);
        return NULL;
    }
    size_t o = 0;
    while (i < len) {
        if (s[i] == '\r') {
            out[o++] = '\n';
            i += (i + 1 < len && s[i + 1] == '\n') ? 2 : 1;
            continue;
        }
        if (s[i] == 0) {
            if (!tl->opts.repair_utf8) {
                tl_fail(err, TL_EINPUT, "%s: NUL byte at byte %zu (not a text file?)", name, i);
                return NULL;
            }
            i++;
            continue;
        }
        size_t n = utf8_seq(s + i, len - i);
        if (n == 0) {
            if (!tl->opts.repair_utf8) {
                tl_fail(err, TL_EINPUT, "%s: invalid UTF-8 at byte %zu (use --repair-utf8)", name, i);
                return NULL;
            }
            memcpy(out + o, "\xEF\xBF\xBD", 3);
            o += 3;
            i++;
            continue;
        }
        memcpy(out + o, s + i, n);
        o += n;
        i += n;
    }
    out[o] = '\0';
    *out_len = o;
    return out;
}

static int starts_with_ci(const char *p, const char *end, const char *word)
{
    size_t n = strlen(word);
    return (size_t)(end - p) >= n && strncasecmp(p, word, n) == 0;
}

tl_input_format tl_detect_format(const char *data, size_t len)
{
    /* Only the head matters: markup announces itself early. */
    size_t n = len < 4096 ? len : 4096;
    const char *end = data + n;
    for (const char *p = data; p < end; p++) {
        if (*p != '<') continue;
        const char *q = p + 1;
        if (starts_with_ci(q, end, "TimeML") &&
            (q + 6 >= end || q[6] == '>' || q[6] == ' ' || q[6] == '\n' || q[6] == '\t' || q[6] == '\r'))
            return TL_IN_TIMEML;
        if (starts_with_ci(q, end, "!doctype html") || starts_with_ci(q, end, "html") ||
            starts_with_ci(q, end, "head>") || starts_with_ci(q, end, "body") ||
            starts_with_ci(q, end, "meta ") || starts_with_ci(q, end, "p>"))
            return TL_IN_HTML;
    }
    return TL_IN_TEXT;
}

int tl_read_text(tl_timeline *tl, tl_doc *doc, tl_error *err)
{
    size_t n;
    char *text = tl_clean_text(tl, doc->pub.source, doc->raw, doc->raw_len, &n, err);
    if (!text) return err ? err->code : TL_EINPUT;
    tl_blank_chrome(text, n);
    doc->pub.text = text;
    doc->pub.text_len = n;
    return TL_OK;
}
