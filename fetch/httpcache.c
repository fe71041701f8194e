#include "httpcache.h"

#include <curl/curl.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "digest.h"
#include "../core/util.h"
#include "files.h"

#define MAGIC "ferry-httpcache 1 "
#define MAX_ETAG 1024
#define MAX_LASTMOD 128
#define MAX_SECONDS 3153600000LL   /* 100 years: keeps every sum far from overflow */

/* Cache-relevant headers of one response, or of the stored entry (where
 * max_age is the freshness lifetime worked out when it was stored). */
struct meta {
	char *etag, *last_modified;    /* NULL when absent */
	long long date, age, max_age;  /* -1 when absent */
	long long expires;             /* response only: -1 absent or invalid */
	int no_cache, no_store, vary_star;
	int has_cc, has_expires;       /* response only */
};

struct httpcache {
	char *dir, *file, *url, *accept;
	size_t max;
	int have;                      /* a valid entry was loaded */
	struct meta stored;
	long long stored_at;
	char *body;                    /* the stored body, NUL-terminated */
	size_t len;
	struct meta resp;              /* the response being received */
};

static void meta_init(struct meta *m)
{
	memset(m, 0, sizeof *m);
	m->date = m->age = m->max_age = m->expires = -1;
}

static void meta_free(struct meta *m)
{
	free(m->etag);
	free(m->last_modified);
	meta_init(m);
}

static int disabled(void)
{
	const char *v = getenv("FERRY_HTTP_CACHE");
	return v && (strcasecmp(v, "off") == 0 || strcmp(v, "0") == 0 || strcasecmp(v, "no") == 0 ||
		     strcasecmp(v, "false") == 0);
}

/* "-1" or a non-negative decimal, nothing else */
static int parse_ll(const char *s, long long *v)
{
	if (strcmp(s, "-1") == 0) {
		*v = -1;
		return 0;
	}
	if (!*s || strspn(s, "0123456789") != strlen(s) || strlen(s) > 12)
		return -1;
	*v = strtoll(s, NULL, 10);
	return *v <= MAX_SECONDS ? 0 : -1;
}

/* The next line "KEY VALUE" of a stored entry: VALUE, NUL-terminated in
 * place; NULL if the line is not there. */
static char *field(char **p, char *end, const char *key)
{
	size_t k = strlen(key);
	char *nl = memchr(*p, '\n', (size_t)(end - *p));
	if (!nl || (size_t)(nl - *p) < k + 1 || memcmp(*p, key, k) != 0 || (*p)[k] != ' ')
		return NULL;
	*nl = 0;
	char *v = *p + k + 1;
	if (strlen(v) != (size_t)(nl - v))   /* a NUL inside */
		return NULL;
	*p = nl + 1;
	return v;
}

/* A stored entry, checked from its first byte to its last; 0 if it holds. */
static int decode(struct httpcache *hc, char *data, size_t n)
{
	char *end = data + n, *nl = memchr(data, '\n', n);
	size_t m = strlen(MAGIC);
	if (!nl || (size_t)(nl - data) != m + 64 || memcmp(data, MAGIC, m) != 0)
		return -1;
	char *rest = nl + 1;
	char *sum = digest_hex(DIGEST_SHA256, rest, (size_t)(end - rest));
	int ok = strncmp(sum, data + m, 64) == 0;
	free(sum);
	if (!ok)
		return -1;
	char *p = rest, *v;
	struct meta *s = &hc->stored;
	long long nc, len;
	if (!(v = field(&p, end, "url")) || strcmp(v, hc->url) != 0 ||
	    !(v = field(&p, end, "accept")) || strcmp(v, hc->accept) != 0)
		return -1;
	if (!(v = field(&p, end, "etag")))
		return -1;
	s->etag = *v ? xstrdup(v) : NULL;
	if (!(v = field(&p, end, "last-modified")))
		return -1;
	s->last_modified = *v ? xstrdup(v) : NULL;
	if (!(v = field(&p, end, "date")) || parse_ll(v, &s->date) != 0 ||
	    !(v = field(&p, end, "stored")) || parse_ll(v, &hc->stored_at) != 0 || hc->stored_at < 0 ||
	    !(v = field(&p, end, "age")) || parse_ll(v, &s->age) != 0 ||
	    !(v = field(&p, end, "max-age")) || parse_ll(v, &s->max_age) != 0 ||
	    !(v = field(&p, end, "no-cache")) || parse_ll(v, &nc) != 0 || nc > 1 ||
	    !(v = field(&p, end, "length")) || parse_ll(v, &len) != 0 || len < 0)
		return -1;
	s->no_cache = nc == 1;
	if (p >= end || *p != '\n')
		return -1;
	p++;
	if ((unsigned long long)len != (unsigned long long)(end - p) || (unsigned long long)len > hc->max)
		return -1;
	hc->len = (size_t)len;
	hc->body = xmalloc(hc->len + 1);
	memcpy(hc->body, p, hc->len);
	hc->body[hc->len] = 0;
	return 0;
}

/* The entry file, if one is there and whole; a bad one is a miss. */
static void load(struct httpcache *hc)
{
	int fd = open(hc->file, O_RDONLY);
	if (fd < 0)
		return;
	struct stat st;
	size_t cap = hc->max + strlen(hc->url) + strlen(hc->accept) + MAX_ETAG + MAX_LASTMOD + 512;
	struct buf b = {0};
	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && (unsigned long long)st.st_size <= cap) {
		char chunk[1 << 16];
		ssize_t r;
		while ((r = read(fd, chunk, sizeof chunk)) > 0 && b.len + (size_t)r <= cap)
			buf_add(&b, chunk, (size_t)r);
		if (r == 0 && b.len && decode(hc, b.p, b.len) == 0)
			hc->have = 1;
	}
	close(fd);
	buf_free(&b);
	if (!hc->have) {
		meta_free(&hc->stored);
		free(hc->body);
		hc->body = NULL;
		hc->len = 0;
	}
}

struct httpcache *httpcache_open(const char *url, const char *accept, size_t max)
{
	if (disabled() || (strncasecmp(url, "http://", 7) != 0 && strncasecmp(url, "https://", 8) != 0) ||
	    strpbrk(url, "\r\n") || strpbrk(accept, "\r\n"))
		return NULL;
	char *dir = files_cache_dir("http");
	if (!dir)
		return NULL;
	struct httpcache *hc = xcalloc(1, sizeof *hc);
	hc->dir = dir;
	hc->url = xstrdup(url);
	hc->accept = xstrdup(accept);
	hc->max = max;
	meta_init(&hc->stored);
	meta_init(&hc->resp);
	char *key = xasprintf("%s\n%s", url, accept);
	char *h = digest_hex(DIGEST_SHA256, key, strlen(key));
	hc->file = xasprintf("%s/%s", dir, h);
	free(h);
	free(key);
	load(hc);
	return hc;
}

void httpcache_close(struct httpcache *hc)
{
	if (!hc)
		return;
	meta_free(&hc->stored);
	meta_free(&hc->resp);
	free(hc->body);
	free(hc->dir);
	free(hc->file);
	free(hc->url);
	free(hc->accept);
	free(hc);
}

static char *copy(const char *p, size_t n)
{
	char *s = xmalloc(n + 1);
	memcpy(s, p, n);
	s[n] = 0;
	return s;
}

int httpcache_fresh(const struct httpcache *hc, char **body, size_t *len)
{
	if (!hc || !hc->have || hc->stored.no_cache || hc->stored.max_age < 0)
		return 0;
	long long now = (long long)time(NULL);
	if (now < hc->stored_at)   /* the clock went back: trust nothing */
		return 0;
	/* RFC 9111 4.2.3: the age it had when it arrived, plus time since */
	long long initial = hc->stored.age > 0 ? hc->stored.age : 0;
	if (hc->stored.date >= 0 && hc->stored_at - hc->stored.date > initial)
		initial = hc->stored_at - hc->stored.date;
	if (initial + (now - hc->stored_at) >= hc->stored.max_age)
		return 0;
	*body = copy(hc->body, hc->len);
	*len = hc->len;
	return 1;
}

const char *httpcache_etag(const struct httpcache *hc)
{
	return hc && hc->have ? hc->stored.etag : NULL;
}

const char *httpcache_last_modified(const struct httpcache *hc)
{
	return hc && hc->have ? hc->stored.last_modified : NULL;
}

/* Printable ASCII only (spaces too if asked), at most max bytes: a value
 * that is sent back in a request header and stored on one line. */
static int plain(const char *v, size_t max, int spaces)
{
	size_t n = 0;
	for (; v[n]; n++)
		if ((unsigned char)v[n] > 0x7e || (unsigned char)v[n] < (spaces ? 0x20 : 0x21))
			return 0;
	return n > 0 && n <= max;
}

static long long seconds(const char *s)
{
	if (*s == '"') {   /* max-age="60" is seen in the wild */
		size_t n = strlen(s);
		if (n < 3 || s[n - 1] != '"')
			return -1;
		char *t = xstrndup(s + 1, n - 2);
		long long v = seconds(t);
		free(t);
		return v;
	}
	if (!*s || strspn(s, "0123456789") != strlen(s))
		return -1;
	if (strlen(s) > 10)
		return MAX_SECONDS;
	long long v = strtoll(s, NULL, 10);
	return v > MAX_SECONDS ? MAX_SECONDS : v;
}

static long long http_date(const char *s)
{
	time_t t = curl_getdate(s, NULL);
	return t < 0 ? -1 : (long long)t;
}

static void cache_control(struct meta *m, char *v)
{
	m->has_cc = 1;
	for (char *tok = v, *next; tok; tok = next) {
		next = strchr(tok, ',');
		if (next)
			*next++ = 0;
		tok += strspn(tok, " \t");
		size_t n = strlen(tok);
		while (n && (tok[n - 1] == ' ' || tok[n - 1] == '\t'))
			tok[--n] = 0;
		char *eq = strchr(tok, '=');
		size_t k = eq ? (size_t)(eq - tok) : n;
		if (k == 7 && strncasecmp(tok, "max-age", 7) == 0) {
			/* an unreadable max-age makes the response stale; of two, the smaller */
			long long s = eq ? seconds(eq + 1) : -1;
			if (s < 0)
				s = 0;
			if (m->max_age < 0 || s < m->max_age)
				m->max_age = s;
		} else if (k == 8 && strncasecmp(tok, "no-store", 8) == 0) {
			m->no_store = 1;
		} else if (k == 8 && strncasecmp(tok, "no-cache", 8) == 0) {
			m->no_cache = 1;   /* no-cache="field" too: revalidate every time */
		}
	}
}

void httpcache_header(struct httpcache *hc, const char *line, size_t len)
{
	if (!hc)
		return;
	if (len >= 5 && memcmp(line, "HTTP/", 5) == 0) {   /* a new response: forget the last one's */
		meta_free(&hc->resp);
		return;
	}
	char *s = xstrndup(line, len);
	size_t n = strlen(s);
	while (n && (s[n - 1] == '\r' || s[n - 1] == '\n' || s[n - 1] == ' ' || s[n - 1] == '\t'))
		s[--n] = 0;
	char *colon = strchr(s, ':');
	if (!colon) {
		free(s);
		return;
	}
	*colon = 0;
	char *v = colon + 1 + strspn(colon + 1, " \t");
	struct meta *m = &hc->resp;
	if (strcasecmp(s, "etag") == 0) {
		free(m->etag);
		m->etag = plain(v, MAX_ETAG, 0) ? xstrdup(v) : NULL;
	} else if (strcasecmp(s, "last-modified") == 0) {
		free(m->last_modified);
		m->last_modified = plain(v, MAX_LASTMOD, 1) && http_date(v) >= 0 ? xstrdup(v) : NULL;
	} else if (strcasecmp(s, "date") == 0) {
		m->date = http_date(v);
	} else if (strcasecmp(s, "age") == 0) {
		m->age = seconds(v);
	} else if (strcasecmp(s, "expires") == 0) {
		m->has_expires = 1;
		m->expires = http_date(v);   /* invalid ("0") means already expired */
	} else if (strcasecmp(s, "cache-control") == 0) {
		cache_control(m, v);
	} else if (strcasecmp(s, "vary") == 0) {
		char *save = NULL;
		for (char *t = strtok_r(v, ", \t", &save); t; t = strtok_r(NULL, ", \t", &save))
			if (strcmp(t, "*") == 0)
				m->vary_star = 1;
	}
	free(s);
}

/* How long a response stays fresh: max-age, else Expires - Date; -1 when
 * it says nothing (then it is revalidated every time). */
static long long lifetime(const struct meta *r, long long now)
{
	if (r->max_age >= 0)
		return r->max_age;
	if (!r->has_expires)
		return -1;
	if (r->expires < 0)
		return 0;
	long long v = r->expires - (r->date >= 0 ? r->date : now);
	return v < 0 ? 0 : v > MAX_SECONDS ? MAX_SECONDS : v;
}

static void drop(const struct httpcache *hc)
{
	unlink(hc->file);   /* a failure leaves an entry the next reader checks anyway */
}

/* The entry, written whole under a temporary name and renamed into place. */
static void write_entry(const struct httpcache *hc, const struct meta *m, long long max_age, long long stored,
			const char *body, size_t len)
{
	struct buf rest = {0};
	buf_printf(&rest, "url %s\naccept %s\netag %s\nlast-modified %s\ndate %lld\nstored %lld\nage %lld\n"
		   "max-age %lld\nno-cache %d\nlength %zu\n\n",
		   hc->url, hc->accept, m->etag ? m->etag : "", m->last_modified ? m->last_modified : "", m->date,
		   stored, m->age < 0 ? 0 : m->age, max_age, m->no_cache ? 1 : 0, len);
	buf_add(&rest, body, len);
	char *sum = digest_hex(DIGEST_SHA256, rest.p, rest.len);
	struct buf all = {0};
	buf_printf(&all, "%s%s\n", MAGIC, sum);
	buf_add(&all, rest.p, rest.len);
	files_mkdirs(hc->dir, 0700);
	files_write_atomic(hc->file, all.p, all.len, 0600, 0);   /* a cache: a lost entry is a miss */
	buf_free(&all);
	free(sum);
	buf_free(&rest);
}

void httpcache_store(struct httpcache *hc, const char *body, size_t len)
{
	if (!hc)
		return;
	const struct meta *r = &hc->resp;
	long long now = (long long)time(NULL), life = lifetime(r, now);
	if (r->no_store || r->vary_star || len > hc->max || (!r->etag && !r->last_modified && life < 0)) {
		drop(hc);
		return;
	}
	write_entry(hc, r, life, now, body, len);
}

int httpcache_revalidated(struct httpcache *hc, char **body, size_t *len)
{
	if (!hc || !hc->have)
		return -1;
	struct meta *r = &hc->resp, *s = &hc->stored;
	long long now = (long long)time(NULL);
	/* RFC 9111 4.3.4: the 304's fields replace the stored ones; absent ones stay */
	if (r->etag) {
		free(s->etag);
		s->etag = xstrdup(r->etag);
	}
	if (r->last_modified) {
		free(s->last_modified);
		s->last_modified = xstrdup(r->last_modified);
	}
	s->date = r->date;
	s->age = r->age;
	if (r->has_cc || r->has_expires) {
		s->max_age = lifetime(r, now);
		s->no_cache = r->no_cache;
	}
	hc->stored_at = now;
	*body = copy(hc->body, hc->len);
	*len = hc->len;
	if (r->no_store || r->vary_star)
		drop(hc);
	else
		write_entry(hc, s, s->max_age, now, hc->body, hc->len);
	return 0;
}
