/* util.h: allocation that never returns NULL, and a growable byte buffer.
 *
 * Ownership: x*alloc/xstrdup results belong to the caller (free()).
 * A struct buf owns its bytes; buf_free() releases them, buf_steal() hands
 * them (NUL-terminated) to the caller and leaves the buf empty. */
#ifndef FERRY_UTIL_H
#define FERRY_UTIL_H

#include <stddef.h>
#include <stdarg.h>

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

struct buf {
	char *p;     /* always NUL-terminated when cap > 0 */
	size_t len;
	size_t cap;
};

void buf_add(struct buf *b, const void *data, size_t n);
void buf_adds(struct buf *b, const char *s);
void buf_addc(struct buf *b, char c);
void buf_printf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_vprintf(struct buf *b, const char *fmt, va_list ap);
char *buf_steal(struct buf *b);   /* never NULL; caller frees */
void buf_free(struct buf *b);

/* A list of owned strings. */
struct strv {
	char **v;
	size_t n;
	size_t cap;
};
void strv_push(struct strv *s, char *owned);
void strv_add(struct strv *s, const char *str);
void strv_sort(struct strv *s);          /* byte order, for determinism */
void strv_uniq(struct strv *s);          /* after sort: drop repeats */
char *strv_join(const struct strv *s, const char *sep);   /* caller frees; "" if empty */
int strv_has(const struct strv *s, const char *str);
int strv_sorted_has(const struct strv *s, const char *str);   /* s sorted: binary search */
void strv_free(struct strv *s);

int str_endswith(const char *s, const char *suffix);
int str_startswith(const char *s, const char *prefix);

#endif
