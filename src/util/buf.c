#include "buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int reserve(tl_buf *b, size_t extra)
{
    if (b->oom) return -1;
    if (b->len + extra + 1 <= b->cap) return 0;
    size_t ncap = b->cap ? b->cap : 256;
    while (ncap < b->len + extra + 1) {
        if (ncap > (size_t)-1 / 2) { b->oom = 1; return -1; }
        ncap *= 2;
    }
    char *p = realloc(b->data, ncap);
    if (!p) { b->oom = 1; return -1; }
    b->data = p;
    b->cap = ncap;
    return 0;
}

void tl_buf_append(tl_buf *b, const char *s, size_t n)
{
    if (reserve(b, n) != 0) return;
    if (n) memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void tl_buf_puts(tl_buf *b, const char *s) { tl_buf_append(b, s, strlen(s)); }

void tl_buf_putc(tl_buf *b, char c) { tl_buf_append(b, &c, 1); }

void tl_buf_vprintf(tl_buf *b, const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n < 0 || reserve(b, (size_t)n) != 0) return;
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
}

void tl_buf_printf(tl_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    tl_buf_vprintf(b, fmt, ap);
    va_end(ap);
}

void tl_buf_xml_escape(tl_buf *b, const char *s, size_t n, int attr)
{
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        const char *rep = NULL;
        switch (s[i]) {
        case '&': rep = "&amp;"; break;
        case '<': rep = "&lt;"; break;
        case '>': rep = "&gt;"; break;
        case '"': rep = attr ? "&quot;" : NULL; break;
        default: break;
        }
        if (!rep) continue;
        tl_buf_append(b, s + run, i - run);
        tl_buf_puts(b, rep);
        run = i + 1;
    }
    tl_buf_append(b, s + run, n - run);
}

void tl_buf_json_string(tl_buf *b, const char *s, size_t n)
{
    tl_buf_putc(b, '"');
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c != '"' && c != '\\') continue;
        tl_buf_append(b, s + run, i - run);
        switch (c) {
        case '"': tl_buf_puts(b, "\\\""); break;
        case '\\': tl_buf_puts(b, "\\\\"); break;
        case '\n': tl_buf_puts(b, "\\n"); break;
        case '\r': tl_buf_puts(b, "\\r"); break;
        case '\t': tl_buf_puts(b, "\\t"); break;
        default: tl_buf_printf(b, "\\u%04x", c); break;
        }
        run = i + 1;
    }
    tl_buf_append(b, s + run, n - run);
    tl_buf_putc(b, '"');
}

void tl_buf_pad(tl_buf *b, size_t n)
{
    while (n--) tl_buf_putc(b, ' ');
}

void tl_buf_free(tl_buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
    b->oom = 0;
}
