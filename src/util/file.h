/* file.h -- whole-file reading and atomic writing. */
#ifndef TL_FILE_H
#define TL_FILE_H

#include <stddef.h>

#include "timeline.h"

/* Read all of path ("-": standard input) into a malloc'd, NUL-terminated
 * buffer; *len excludes the NUL.  The caller frees *out. */
int tl_read_all(const char *path, char **out, size_t *len, tl_error *err);

/* Write data to path through a temporary file in the same folder and a
 * rename, so readers never see a half-written file.  path "-" writes to
 * standard output. */
int tl_write_atomic(const char *path, const void *data, size_t len, tl_error *err);

/* The base name of path (the part after the last '/'), not copied. */
const char *tl_basename(const char *path);

#endif
