/* Small containers and atomic writing. */
#include <criterion/criterion.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../../src/util/arena.h"
#include "../../src/util/buf.h"
#include "../../src/util/file.h"
#include "../../src/util/vec.h"

Test(util, buf_escapes)
{
    tl_buf b = {0};
    tl_buf_xml_escape(&b, "a<b & \"c\">", 10, 1);
    cr_expect_str_eq(b.data, "a&lt;b &amp; &quot;c&quot;&gt;");
    b.len = 0;
    tl_buf_json_string(&b, "q\"\\\n\x01\xC3\xA9", 7);
    cr_expect_str_eq(b.data, "\"q\\\"\\\\\\n\\u0001\xC3\xA9\"");
    tl_buf_free(&b);
}

Test(util, buf_grows_and_formats)
{
    tl_buf b = {0};
    for (int i = 0; i < 10000; i++) tl_buf_printf(&b, "%d,", i % 10);
    cr_expect_eq(b.len, 20000);
    cr_expect(strncmp(b.data, "0,1,2,", 6) == 0);
    tl_buf_free(&b);
}

Test(util, arena_alignment_and_big_blocks)
{
    tl_arena a = {0};
    char *s = tl_arena_strdup(&a, "hello");
    void *big = tl_arena_alloc(&a, 1 << 20);
    char *t = tl_arena_printf(&a, "%s-%d", s, 42);
    cr_expect_str_eq(t, "hello-42");
    cr_expect(((uintptr_t)big % _Alignof(max_align_t)) == 0);
    memset(big, 1, 1 << 20);
    tl_arena_free(&a);
}

Test(util, vec_push)
{
    TL_VEC(int) v = {0};
    for (int i = 0; i < 1000; i++) cr_assert_eq(TL_VEC_PUSH(&v, i), 0);
    cr_expect_eq(v.len, 1000);
    cr_expect_eq(v.items[999], 999);
    TL_VEC_FREE(&v);
}

Test(util, atomic_write_replaces_whole_file)
{
    char dir[] = "/tmp/tl-atomic-XXXXXX";
    cr_assert(mkdtemp(dir) != NULL);
    char path[64];
    snprintf(path, sizeof path, "%s/out.txt", dir);
    cr_assert(tl_write_atomic(path, "first", 5, NULL) == TL_OK);
    cr_assert(tl_write_atomic(path, "second", 6, NULL) == TL_OK);
    char *data;
    size_t len;
    cr_assert(tl_read_all(path, &data, &len, NULL) == TL_OK);
    cr_expect_str_eq(data, "second");
    free(data);
    struct stat st;
    cr_expect(stat(path, &st) == 0 && (st.st_mode & 0044), "output should be readable like other files");
    unlink(path);
    rmdir(dir);
}

Test(util, atomic_write_failure_leaves_nothing)
{
    tl_error err;
    cr_expect_eq(tl_write_atomic("/nonexistent-dir/out.pdf", "x", 1, &err), TL_EINPUT);
    cr_expect(strstr(err.message, "/nonexistent-dir/out.pdf: cannot create") != NULL, "%s", err.message);
}
