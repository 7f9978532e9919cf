/* Reading documents on all cores, handing them over in file order: the
 * output is the same for any number of threads. Workers claim files in
 * order and stay at most a window ahead of the consumer, so memory holds
 * a few documents, not the corpus. */
#include "cli.h"
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct {
    kg_doc *doc;
    kg_error err;
    bool done;
} slot;

typedef struct {
    char **paths;
    kg_read_fn read;
    void *read_ctx;
    size_t n, window;
    size_t next;        /* the next file to claim */
    size_t consumed;    /* files handed over so far */
    slot *slots;        /* file i lives in slots[i % window] */
    pthread_mutex_t lock;
    pthread_cond_t ready, space;
} pool;

static int jobs;

void kg_cli_set_jobs(int n)
{
    jobs = n;
}

int kg_cli_jobs(void)
{
    if (jobs > 0)
        return jobs;
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 && n < 256 ? (int)n : 1;
}

static void *worker(void *arg)
{
    pool *p = arg;
    for (;;) {
        pthread_mutex_lock(&p->lock);
        while (p->next < p->n && p->next >= p->consumed + p->window)
            pthread_cond_wait(&p->space, &p->lock);
        size_t i = p->next < p->n ? p->next++ : p->n;
        pthread_mutex_unlock(&p->lock);
        if (i == p->n)
            return NULL;
        kg_error err = {0};
        kg_doc *doc = p->read(i, p->paths[i], &err, p->read_ctx);
        pthread_mutex_lock(&p->lock);
        slot *s = &p->slots[i % p->window];
        s->doc = doc;
        s->err = err;
        s->done = true;
        pthread_cond_broadcast(&p->ready);
        pthread_mutex_unlock(&p->lock);
    }
}

static kg_doc *read_file(size_t i, const char *path, kg_error *err, void *ctx)
{
    (void)i;
    (void)ctx;
    return kg_doc_read_file(path, err);
}

static void read_serially(char **paths, size_t n, kg_read_fn read, void *read_ctx,
                          kg_doc_fn fn, void *ctx)
{
    for (size_t i = 0; i < n; i++) {
        kg_error err = {0};
        kg_doc *doc = read(i, paths[i], &err, read_ctx);
        fn(i, doc, &err, ctx);
    }
}

void kg_read_in_order(char **paths, size_t n, kg_doc_fn fn, void *ctx)
{
    kg_read_in_order_with(paths, n, read_file, NULL, fn, ctx);
}

void kg_read_in_order_with(char **paths, size_t n, kg_read_fn read, void *read_ctx,
                           kg_doc_fn fn, void *ctx)
{
    size_t threads = (size_t)kg_cli_jobs();
    if (threads > n)
        threads = n;
    pool p = {paths, read, read_ctx, n, 4 * threads, 0, 0, NULL, PTHREAD_MUTEX_INITIALIZER,
              PTHREAD_COND_INITIALIZER, PTHREAD_COND_INITIALIZER};
    pthread_t *tid = threads > 1 ? calloc(threads, sizeof *tid) : NULL;
    p.slots = tid ? calloc(p.window, sizeof *p.slots) : NULL;
    size_t started = 0;
    while (p.slots && started < threads && pthread_create(&tid[started], NULL, worker, &p) == 0)
        started++;
    if (started == 0) {                 /* one core, or no threads to be had */
        free(tid);
        free(p.slots);
        read_serially(paths, n, read, read_ctx, fn, ctx);
        return;
    }
    for (size_t i = 0; i < n; i++) {
        pthread_mutex_lock(&p.lock);
        slot *s = &p.slots[i % p.window];
        while (!s->done)
            pthread_cond_wait(&p.ready, &p.lock);
        slot taken = *s;
        memset(s, 0, sizeof *s);
        p.consumed = i + 1;
        pthread_cond_broadcast(&p.space);
        pthread_mutex_unlock(&p.lock);
        fn(i, taken.doc, &taken.err, ctx);
    }
    for (size_t t = 0; t < started; t++)
        pthread_join(tid[t], NULL);
    free(tid);
    free(p.slots);
}
