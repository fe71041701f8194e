#include "statidx.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "../fetch/files.h"

#define HEADER "ferry stat-index 1\n"
#define MAX_LINES 4096
#define MAX_LINE 8192

struct entry {
	char *sig, *solv, *key;   /* owned, one allocation: the line */
};

long long statidx_now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_REALTIME, &t);
	return (long long)t.tv_sec * 1000000000LL + t.tv_nsec;
}

static long long ns(struct timespec t)
{
	return (long long)t.tv_sec * 1000000000LL + t.tv_nsec;
}

void statidx_sig(struct buf *sig, const struct stat *st)
{
	buf_printf(sig, "%llu:%llu:%lld:%lld:%lld", (unsigned long long)st->st_dev, (unsigned long long)st->st_ino,
		   (long long)st->st_size, ns(st->st_mtim), ns(st->st_ctim));
}

int statidx_settled(const struct stat *st, long long start)
{
	/* Linux stamps files from a clock that advances once a tick (a few
	 * milliseconds); whole-second stamps mean a coarse file system */
	long long margin = st->st_ctim.tv_nsec ? 100000000LL : 2000000000LL;
	return ns(st->st_ctim) < start - margin;
}

static char *index_path(const char *dir)
{
	return xasprintf("%s/stat-index", dir);
}

/* Every well-formed line of the file, in its order. */
static size_t load(const char *dir, struct entry **out)
{
	*out = NULL;
	char *path = index_path(dir);
	FILE *f = fopen(path, "r");
	free(path);
	if (!f)
		return 0;
	size_t n = 0;
	char *line = NULL;
	size_t cap = 0;
	ssize_t len = getline(&line, &cap, f);
	if (len < 0 || strcmp(line, HEADER) != 0)
		goto done;
	while (n < MAX_LINES && (len = getline(&line, &cap, f)) > 0) {
		if (len > MAX_LINE || line[len - 1] != '\n')
			continue;
		line[len - 1] = 0;
		/* SIG SOLV KEY: the key last, it may hold spaces */
		char *a = strchr(line, ' '), *b = a ? strchr(a + 1, ' ') : NULL;
		if (!a || !b || a == line || b == a + 1 || b[1] != '/' || (size_t)(b - a - 1) >= STATIDX_NAME ||
		    memchr(a + 1, '/', (size_t)(b - a - 1)))
			continue;
		*a = *b = 0;
		char *copy = xmalloc((size_t)len);
		memcpy(copy, line, (size_t)len);
		*out = xrealloc(*out, (n + 1) * sizeof **out);
		(*out)[n++] = (struct entry){copy, copy + (a - line) + 1, copy + (b - line) + 1};
	}
done:
	free(line);
	fclose(f);
	return n;
}

static void entries_free(struct entry *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i].sig);
	free(v);
}

int statidx_find(const char *dir, const char *key, const char *sig, char solv[STATIDX_NAME])
{
	struct entry *v;
	size_t n = load(dir, &v);
	int rc = -1;
	for (size_t i = 0; i < n && rc; i++)
		if (strcmp(v[i].key, key) == 0 && strcmp(v[i].sig, sig) == 0) {
			snprintf(solv, STATIDX_NAME, "%s", v[i].solv);
			rc = 0;
		}
	entries_free(v, n);
	return rc;
}

static int by_key(const void *a, const void *b)
{
	return strcmp(((const struct entry *)a)->key, ((const struct entry *)b)->key);
}

/* still worth keeping: the index and its .solv file are there */
static int live(const char *dir, const struct entry *en)
{
	struct stat st;
	char *solv = xasprintf("%s/%s", dir, en->solv);
	int ok = stat(solv, &st) == 0 && stat(en->key, &st) == 0;
	free(solv);
	return ok;
}

void statidx_record(const char *dir, const char *key, const char *sig, const char *solv)
{
	if (strchr(key, '\n') || key[0] != '/' || strchr(sig, ' ') || strchr(sig, '\n') ||
	    strlen(solv) >= STATIDX_NAME || strchr(solv, ' ') || strchr(solv, '/'))
		return;
	struct entry *v;
	size_t n = load(dir, &v);
	struct buf out = {0};
	buf_adds(&out, HEADER);
	if (n)
		qsort(v, n, sizeof *v, by_key);
	int added = 0;
	for (size_t i = 0; i <= n; i++) {
		if (!added && (i == n || strcmp(v[i].key, key) >= 0)) {
			buf_printf(&out, "%s %s %s\n", sig, solv, key);
			added = 1;
		}
		if (i < n && strcmp(v[i].key, key) != 0 && live(dir, &v[i]))
			buf_printf(&out, "%s %s %s\n", v[i].sig, v[i].solv, v[i].key);
	}
	entries_free(v, n);
	char *path = index_path(dir);
	files_write_atomic(path, out.p ? out.p : "", out.len, 0600, 0);   /* a cache: a lost index is a miss */
	free(path);
	buf_free(&out);
}
