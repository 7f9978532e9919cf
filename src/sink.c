/* The output layer (sink.h): one buffered, error-latched sink. */
#include <errno.h>
#include <stdlib.h>

#include "escape.h"
#include "sink.h"

/* ---- writing ------------------------------------------------------------------ */

static void write_out(kg_sink *s, const char *p, size_t n)
{
    if (s->error || n == 0)
        return;
    errno = 0;
    /* The errno of a failed write is kept here: by the time the file is
     * closed, stdio has nothing left to retry and the reason ("File too
     * large", "No space left on device") would be lost. */
    if (fwrite(p, 1, n, s->fp) != n)
        s->error = errno ? errno : EIO;
}

static void flush(kg_sink *s)
{
    if (s->to != KG_SINK_MEMORY) {
        write_out(s, s->buf, s->n);
        s->n = 0;
    }
}

/* Room for n more bytes in a memory sink; false (and the failure kept)
 * when there is none. */
static bool grow(kg_sink *s, size_t n)
{
    size_t cap = s->cap ? s->cap : 4096;
    while (cap - s->n < n) {
        if (cap > SIZE_MAX / 2 - 1) {
            s->error = ENOMEM;
            return false;
        }
        cap *= 2;
    }
    char *buf = realloc(s->buf, cap + 1);
    if (!buf) {
        s->error = ENOMEM;
        return false;
    }
    s->buf = buf;
    s->cap = cap;
    s->own_buf = true;
    return true;
}

void kg_sink_spill(kg_sink *s, const char *p, size_t n)
{
    if (s->error)
        return;
    if (s->to == KG_SINK_MEMORY) {
        if (grow(s, n)) {
            memcpy(s->buf + s->n, p, n);
            s->n += n;
        }
        return;
    }
    flush(s);
    if (n >= s->cap) {
        write_out(s, p, n);
        return;
    }
    memcpy(s->buf, p, n);
    s->n = n;
}

void kg_out_size(kg_sink *s, size_t n)
{
    char tmp[24];
    size_t i = sizeof tmp;

    do
        tmp[--i] = (char)('0' + n % 10);
    while ((n /= 10) > 0);
    kg_out_bytes(s, tmp + i, sizeof tmp - i);
}

void kg_out_printf(kg_sink *s, const char *fmt, ...)
{
    char small[256], *text = small;
    va_list ap;

    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    if ((size_t)n >= sizeof small) {
        if (!(text = malloc((size_t)n + 1))) {
            s->error = s->error ? s->error : ENOMEM;
            return;
        }
        va_start(ap, fmt);
        vsnprintf(text, (size_t)n + 1, fmt, ap);
        va_end(ap);
    }
    kg_out_bytes(s, text, (size_t)n);
    if (text != small)
        free(text);
}

/* ---- sinks in place ---------------------------------------------------------- */

void kg_sink_init_stream(kg_sink *s, FILE *fp, char *buf, size_t cap)
{
    *s = (kg_sink){.buf = buf, .cap = cap, .to = KG_SINK_STREAM, .fp = fp};
}

void kg_sink_init_memory(kg_sink *s)
{
    *s = (kg_sink){.to = KG_SINK_MEMORY};
}

int kg_sink_flush(kg_sink *s)
{
    flush(s);
    return s->error;
}

int kg_sink_finish(kg_sink *s)
{
    flush(s);
    if (s->to == KG_SINK_STREAM && !s->error && (fflush(s->fp) != 0 || ferror(s->fp)))
        s->error = errno ? errno : EIO;
    return s->error;
}

void kg_sink_release(kg_sink *s)
{
    if (s->own_buf)
        free(s->buf);
    s->buf = NULL;
    s->n = s->cap = 0;
    s->own_buf = false;
}

const char *kg_sink_cstr(kg_sink *s)
{
    if (!s->buf && !grow(s, 1))
        return "";
    s->buf[s->n] = '\0';
    return s->buf;
}

void kg_out_trim(kg_sink *s, const char *set)
{
    while (s->n && strchr(set, s->buf[s->n - 1]))
        s->n--;
}

void kg_sink_reset(kg_sink *s)
{
    s->n = 0;
    s->error = 0;
}

char *kg_sink_take(kg_sink *s, size_t *len)
{
    char *buf = s->error ? NULL : s->buf;
    if (len)
        *len = buf ? s->n : 0;
    if (buf)
        buf[s->n] = '\0';
    else
        free(s->buf);
    s->buf = NULL;
    s->n = s->cap = 0;
    s->error = 0;
    return buf;
}

const char *kg_sink_file_path(const kg_sink *s)
{
    return s->to == KG_SINK_FILE ? s->file.tmp : NULL;
}

const char *kg_sink_target(const kg_sink *s)
{
    return s->to == KG_SINK_FILE ? s->file.path : s->to == KG_SINK_STREAM ? "stream" : "memory";
}

/* ---- the sinks of the API (kamergraph.h) ---------------------------------------- */

kg_sink *kg_sink_file(const char *path, kg_error *err)
{
    kg_sink *s = calloc(1, sizeof *s);
    char *buf = s ? malloc(KG_SINK_BUFFER) : NULL;
    if (!buf) {
        free(s);
        kg_fail(err, KG_ERR_NOMEM, "%s: out of memory", path ? path : "(null)");
        return NULL;
    }
    if (kg_atomic_open(&s->file, path, err) != KG_OK) {
        free(buf);
        free(s);
        return NULL;
    }
    *s = (kg_sink){.buf = buf, .cap = KG_SINK_BUFFER, .to = KG_SINK_FILE, .own_buf = true,
                   .fp = s->file.fp, .file = s->file};
    return s;
}

kg_sink *kg_sink_memory(void)
{
    kg_sink *s = malloc(sizeof *s);
    if (s)
        kg_sink_init_memory(s);
    return s;
}

kg_sink *kg_sink_stream(FILE *fp)
{
    kg_sink *s = calloc(1, sizeof *s);
    char *buf = s && fp ? malloc(KG_SINK_BUFFER) : NULL;
    if (!buf) {
        free(s);
        return NULL;
    }
    kg_sink_init_stream(s, fp, buf, KG_SINK_BUFFER);
    s->own_buf = true;
    return s;
}

void kg_sink_write(kg_sink *s, const void *bytes, size_t n)
{
    kg_out_bytes(s, bytes, n);
}

void kg_sink_puts(kg_sink *s, const char *str)
{
    kg_out_str(s, str);
}

void kg_sink_json(kg_sink *s, const char *str)
{
    kg_esc_json(s, str);
}

void kg_sink_tsv(kg_sink *s, const char *str)
{
    kg_esc_tsv(s, str);
}

const char *kg_sink_data(kg_sink *s, size_t *len)
{
    if (len)
        *len = s->to == KG_SINK_MEMORY ? s->n : 0;
    return s->to == KG_SINK_MEMORY ? kg_sink_cstr(s) : NULL;
}

kg_status kg_sink_close(kg_sink *s, kg_error *err)
{
    if (s->closed)
        return kg_fail(err, KG_ERR_USAGE, "kg_sink_close: closed already");
    s->closed = true;
    int e = kg_sink_finish(s);
    if (s->to == KG_SINK_FILE) {
        s->file.error = e;
        return kg_atomic_commit(&s->file, err);
    }
    if (e)
        return kg_fail(err, e == ENOMEM ? KG_ERR_NOMEM : KG_ERR_IO, "cannot write: %s",
                       strerror(e));
    return KG_OK;
}

void kg_sink_free(kg_sink *s)
{
    if (!s)
        return;
    if (s->to == KG_SINK_FILE && !s->closed)
        kg_atomic_abort(&s->file);
    kg_sink_release(s);
    free(s);
}
