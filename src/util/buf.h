/* buf.h -- a growable byte string, always NUL-terminated (after the first
 * append).  Writers build their output in one; the caller owns .data and
 * frees it with free() (or tl_buf_free). */
#ifndef TL_BUF_H
#define TL_BUF_H

#include <stdarg.h>
#include <stddef.h>

typedef struct tl_buf {
    char *data;
    size_t len, cap;
    int oom; /* set once an allocation failed; later appends are no-ops */
} tl_buf;

void tl_buf_append(tl_buf *b, const char *s, size_t n);
void tl_buf_puts(tl_buf *b, const char *s);
void tl_buf_putc(tl_buf *b, char c);
void tl_buf_printf(tl_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void tl_buf_vprintf(tl_buf *b, const char *fmt, va_list ap);
/* Append n bytes of s with &, <, > (and " when attr) as XML entities. */
void tl_buf_xml_escape(tl_buf *b, const char *s, size_t n, int attr);
/* Append s as a JSON string literal, quotes included. */
void tl_buf_json_string(tl_buf *b, const char *s, size_t n);
/* Append n spaces. */
void tl_buf_pad(tl_buf *b, size_t n);
void tl_buf_free(tl_buf *b);

#endif
