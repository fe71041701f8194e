/* Unit tests for fetch/httpcache: what a response's headers make of an
 * entry, and that no damaged entry file is ever trusted.  Works in a
 * temporary XDG_CACHE_HOME.  Prints "ok - NAME" / "not ok - NAME". */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "core/util.h"
#include "fetch/httpcache.h"

static int failed;
static char root[] = "/tmp/ferry-httpcache-XXXXXX";
static int dirs;

static void check(const char *name, int cond)
{
	printf("%s - %s\n", cond ? "ok" : "not ok", name);
	if (!cond)
		failed = 1;
}

/* A new, empty cache for each test. */
static void fresh_cache(void)
{
	char *d = xasprintf("%s/%d", root, ++dirs);
	setenv("XDG_CACHE_HOME", d, 1);
	free(d);
}

#define URL "http://127.0.0.1:1/left-pad"
#define ACCEPT "application/json"
#define BODY "{\"name\":\"left-pad\"}"

/* A 200 with these headers (NULL-terminated), stored. */
static void respond(const char *url, const char *const *headers, const char *body)
{
	struct httpcache *hc = httpcache_open(url, ACCEPT, 1 << 20);
	httpcache_header(hc, "HTTP/1.1 200 OK\r\n", 17);
	for (size_t i = 0; headers[i]; i++) {
		char *h = xasprintf("%s\r\n", headers[i]);
		httpcache_header(hc, h, strlen(h));
		free(h);
	}
	httpcache_store(hc, body, strlen(body));
	httpcache_close(hc);
}

/* 1 fresh with the body, 0 stale with an ETag, -1 nothing stored */
static int state(const char *url, size_t max)
{
	struct httpcache *hc = httpcache_open(url, ACCEPT, max);
	char *body = NULL;
	size_t len = 0;
	int r = httpcache_fresh(hc, &body, &len) ? (len == strlen(BODY) && memcmp(body, BODY, len) == 0 ? 1 : -2)
		: httpcache_etag(hc) || httpcache_last_modified(hc) ? 0 : -1;
	free(body);
	httpcache_close(hc);
	return r;
}

static char *entry_file(void)
{
	char *dir = xasprintf("%s/ferry/http", getenv("XDG_CACHE_HOME")), *f = NULL;
	DIR *d = opendir(dir);
	struct dirent *de;
	while (d && (de = readdir(d)) != NULL)
		if (de->d_name[0] != '.' && !f)
			f = xasprintf("%s/%s", dir, de->d_name);
	if (d)
		closedir(d);
	free(dir);
	return f;
}

static struct buf slurp(const char *path)
{
	struct buf b = {0};
	FILE *f = fopen(path, "rb");
	char chunk[4096];
	size_t n;
	while (f && (n = fread(chunk, 1, sizeof chunk, f)) > 0)
		buf_add(&b, chunk, n);
	if (f)
		fclose(f);
	return b;
}

static void spit(const char *path, const char *p, size_t n)
{
	FILE *f = fopen(path, "wb");
	if (f) {
		fwrite(p, 1, n, f);
		fclose(f);
	}
}

static void headers(void)
{
	char date[64], later[64], past[64];
	time_t now = time(NULL), t300 = now + 300, t1000 = now - 1000;
	strftime(date, sizeof date, "Date: %a, %d %b %Y %H:%M:%S GMT", gmtime(&now));
	strftime(later, sizeof later, "Expires: %a, %d %b %Y %H:%M:%S GMT", gmtime(&t300));
	strftime(past, sizeof past, "Date: %a, %d %b %Y %H:%M:%S GMT", gmtime(&t1000));

	fresh_cache();
	respond(URL, (const char *[]){"Cache-Control: public, max-age=300", "ETag: \"a\"", NULL}, BODY);
	check("max-age=300: fresh, the body as stored", state(URL, 1 << 20) == 1);
	check("a body over the caller's cap is a miss", state(URL, 4) == -1);
	struct httpcache *other = httpcache_open(URL, "text/html", 1 << 20);
	check("another Accept is another entry", other && !httpcache_etag(other));
	httpcache_close(other);
	check("another URL is another entry", state(URL "x", 1 << 20) == -1);
	respond(URL, (const char *[]){"Cache-Control: no-store", "ETag: \"a\"", NULL}, BODY);
	check("no-store removes the stored entry", state(URL, 1 << 20) == -1 && !entry_file());

	fresh_cache();
	respond(URL, (const char *[]){"Cache-Control: max-age=300", "Age: 400", "ETag: \"a\"", NULL}, BODY);
	check("Age over max-age: stale, the ETag kept", state(URL, 1 << 20) == 0);
	respond(URL, (const char *[]){"Cache-Control: max-age=300", past, "ETag: \"a\"", NULL}, BODY);
	check("a Date 1000 s ago with max-age=300: stale", state(URL, 1 << 20) == 0);
	respond(URL, (const char *[]){"Cache-Control: no-cache, max-age=300", "ETag: \"a\"", NULL}, BODY);
	check("no-cache: stale, the ETag kept", state(URL, 1 << 20) == 0);
	respond(URL, (const char *[]){"Cache-Control: max-age=300", "Cache-Control: max-age=0", "ETag: \"a\"", NULL},
		BODY);
	check("two max-age: the smaller", state(URL, 1 << 20) == 0);
	respond(URL, (const char *[]){"Cache-Control: max-age=\"300\"", NULL}, BODY);
	check("a quoted max-age, no validator: fresh", state(URL, 1 << 20) == 1);
	respond(URL, (const char *[]){"Cache-Control: max-age=soon", "ETag: \"a\"", NULL}, BODY);
	check("an unreadable max-age: stale", state(URL, 1 << 20) == 0);
	respond(URL, (const char *[]){date, later, "ETag: \"a\"", NULL}, BODY);
	check("Expires 300 s after Date: fresh", state(URL, 1 << 20) == 1);
	respond(URL, (const char *[]){date, "Expires: 0", "ETag: \"a\"", NULL}, BODY);
	check("Expires: 0: stale", state(URL, 1 << 20) == 0);
	respond(URL, (const char *[]){"Cache-Control: max-age=300", "Vary: Accept, *", NULL}, BODY);
	check("Vary: * is not stored", state(URL, 1 << 20) == -1);
	respond(URL, (const char *[]){"Last-Modified: Tue, 14 Nov 2023 22:13:20 GMT", NULL}, BODY);
	check("Last-Modified alone: stored, revalidated", state(URL, 1 << 20) == 0);
	respond(URL, (const char *[]){"Content-Type: application/json", NULL}, BODY);
	check("no validator, no max-age: not stored", state(URL, 1 << 20) == -1);
	respond(URL, (const char *[]){"ETag: \"a\nb\"", "Last-Modified: yesterday", NULL}, BODY);
	check("a multi-line ETag and an unreadable Last-Modified are dropped", state(URL, 1 << 20) == -1);
	respond(URL,
		(const char *[]){"Cache-Control: max-age=300", "ETag: \"r\"", "Location: /x", "HTTP/1.1 200 OK", NULL},
		BODY);
	check("a redirect's headers are not the final response's", state(URL, 1 << 20) == -1);
}

static void revalidation(void)
{
	fresh_cache();
	respond(URL, (const char *[]){"Cache-Control: max-age=0", "ETag: \"a\"", NULL}, BODY);
	struct httpcache *hc = httpcache_open(URL, ACCEPT, 1 << 20);
	check("the stored ETag is the validator", httpcache_etag(hc) && strcmp(httpcache_etag(hc), "\"a\"") == 0);
	httpcache_header(hc, "HTTP/1.1 304 Not Modified\r\n", 27);
	httpcache_header(hc, "Cache-Control: max-age=300\r\n", 28);
	httpcache_header(hc, "ETag: \"b\"\r\n", 11);
	char *body = NULL;
	size_t len = 0;
	check("304: the stored body", httpcache_revalidated(hc, &body, &len) == 0 && len == strlen(BODY) &&
					 memcmp(body, BODY, len) == 0);
	free(body);
	httpcache_close(hc);
	check("304: the new freshness stored", state(URL, 1 << 20) == 1);
	hc = httpcache_open(URL, ACCEPT, 1 << 20);
	check("304: the new ETag stored", httpcache_etag(hc) && strcmp(httpcache_etag(hc), "\"b\"") == 0);
	httpcache_close(hc);

	fresh_cache();
	hc = httpcache_open(URL, ACCEPT, 1 << 20);
	httpcache_header(hc, "HTTP/1.1 304 Not Modified\r\n", 27);
	body = NULL;
	check("304 with nothing stored is refused", httpcache_revalidated(hc, &body, &len) == -1 && !body);
	httpcache_close(hc);
}

static void damage(void)
{
	fresh_cache();
	respond(URL, (const char *[]){"Cache-Control: max-age=300", "ETag: \"a\"", NULL}, BODY);
	char *f = entry_file();
	struct buf good = slurp(f);
	int cut = 1, flip = 1;
	for (size_t n = 0; n < good.len; n++) {
		spit(f, good.p, n);
		cut &= state(URL, 1 << 20) == -1;
	}
	for (size_t i = 0; i < good.len; i++) {
		good.p[i] ^= 0x20;
		spit(f, good.p, good.len);
		flip &= state(URL, 1 << 20) == -1;
		good.p[i] ^= 0x20;
	}
	check("an entry cut short at any byte is a miss", cut);
	check("an entry with any one byte changed is a miss", flip);
	buf_add(&good, "x", 1);
	spit(f, good.p, good.len);
	check("an entry with a byte added is a miss", state(URL, 1 << 20) == -1);
	spit(f, good.p, good.len - 1);
	check("the entry put back is served", state(URL, 1 << 20) == 1);
	/* another key's whole, valid entry under this key's name */
	respond(URL "2", (const char *[]){"Cache-Control: max-age=300", "ETag: \"a\"", NULL}, BODY);
	char *dir = xasprintf("%s/ferry/http", getenv("XDG_CACHE_HOME"));
	DIR *d = opendir(dir);
	struct dirent *de;
	char *other = NULL;
	while (d && (de = readdir(d)) != NULL)
		if (de->d_name[0] != '.' && !strstr(f, de->d_name))
			other = xasprintf("%s/%s", dir, de->d_name);
	if (d)
		closedir(d);
	if (other)
		spit(other, good.p, good.len - 1);
	check("an entry for another URL is a miss", other && state(URL "2", 1 << 20) == -1);
	free(other);
	free(dir);
	buf_free(&good);
	free(f);
}

static void scope(void)
{
	fresh_cache();
	check("file:// is not cached", httpcache_open("file:///tmp/x", ACCEPT, 10) == NULL);
	check("a URL with a newline is not cached", httpcache_open("http://h/a\nb", ACCEPT, 10) == NULL);
	setenv("FERRY_HTTP_CACHE", "off", 1);
	check("FERRY_HTTP_CACHE=off", httpcache_open(URL, ACCEPT, 10) == NULL);
	unsetenv("FERRY_HTTP_CACHE");
	char *saved = xstrdup(getenv("HOME") ? getenv("HOME") : "");
	unsetenv("XDG_CACHE_HOME");
	unsetenv("HOME");
	check("no XDG_CACHE_HOME nor HOME: not cached", httpcache_open(URL, ACCEPT, 10) == NULL);
	setenv("HOME", saved, 1);
	free(saved);
	fresh_cache();
	struct httpcache *hc = httpcache_open(URL, ACCEPT, 10);
	check("https:// and http:// are", hc != NULL);
	httpcache_close(hc);
}

int main(void)
{
	if (!mkdtemp(root))
		return 1;
	unsetenv("FERRY_HTTP_CACHE");
	headers();
	revalidation();
	damage();
	scope();
	char *rm = xasprintf("rm -rf '%s'", root);
	if (system(rm) != 0)
		failed = 1;
	free(rm);
	return failed;
}
