/* fuzz_pipeline.c -- libFuzzer target: any bytes, read as any format, run
 * through the whole pipeline and every text writer.  "Any input is valid
 * input": the only acceptable outcomes are a result or a clean error.
 *
 *   make fuzz                 (builds build/fuzz/fuzz_pipeline, runs 60 s)
 *
 * The first byte picks the input format and whether a DCT is set, so one
 * target covers the text, HTML and TimeML readers. */
#include <stdint.h>
#include <stdlib.h>

#include "timeline.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1) return 0;
    static const tl_input_format formats[] = {TL_IN_AUTO, TL_IN_TEXT, TL_IN_HTML, TL_IN_TIMEML};
    tl_options opts = {.repair_utf8 = data[0] & 1};
    tl_timeline *tl = tl_new(&opts);
    if (!tl) return 0;
    tl_input_format fmt = formats[(data[0] >> 1) & 3];
    if (tl_add_memory(tl, "fuzz", (const char *)data + 1, size - 1, fmt, NULL) == TL_OK) {
        if (data[0] & 8) tl_set_dct(tl, 0, "2025-08-16", NULL);
        if (tl_run(tl, NULL) == TL_OK) {
            static const tl_output_format outs[] = {TL_OUT_TEXT, TL_OUT_JSON, TL_OUT_EXPLAIN,
                                                    TL_OUT_HTML};
            for (size_t i = 0; i < sizeof outs / sizeof *outs; i++) {
                char *out;
                size_t len;
                if (tl_render(tl, outs[i], &out, &len, NULL) == TL_OK) free(out);
            }
            char *out;
            size_t len;
            if (tl_render_timeml(tl, 0, &out, &len, NULL) == TL_OK) free(out);
        }
    }
    tl_free(tl);
    return 0;
}
