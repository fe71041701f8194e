/* The HTTP cache (fetch/httpcache.h): a stored entry's text read back,
 * then a response's header lines over it, stored again.  Input: ENTRY
 * '\0' HEADERS, where ENTRY is what follows an entry file's first line
 * (the harness writes that line, so the checksum holds and the fields are
 * read); HEADERS are lines as a server sends them, status line first: a
 * 304 revalidates the entry, anything else stores a new body.  Files go
 * below fuzz_tmpdir(). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "../../core/util.h"
#include "../../fetch/digest.h"
#include "../../fetch/files.h"
#include "../../fetch/httpcache.h"

#define URL "http://127.0.0.1:9/pkg"
#define ACCEPT "application/json"

static void write_entry(const uint8_t *rest, size_t n)
{
	char *dir = files_cache_dir("http");
	files_mkdirs(dir, 0700);
	char *key = digest_hex(DIGEST_SHA256, URL "\n" ACCEPT, strlen(URL "\n" ACCEPT));
	char *path = xasprintf("%s/%s", dir, key), *sum = digest_hex(DIGEST_SHA256, rest, n);
	FILE *f = fopen(path, "wb");
	if (!f)
		fuzz_fail("cannot write the cache entry", path);
	fprintf(f, "ferry-httpcache 1 %s\n", sum);
	fwrite(rest, 1, n, f);
	if (fclose(f) != 0)
		fuzz_fail("cannot write the cache entry", path);
	free(dir), free(key), free(path), free(sum);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_tmpdir();
	const uint8_t *nul = memchr(data, 0, size);
	size_t n = nul ? (size_t)(nul - data) : size;
	write_entry(data, n);
	struct httpcache *hc = httpcache_open(URL, ACCEPT, 1 << 16);
	if (!hc)
		fuzz_fail("the cache is off below fuzz_tmpdir", URL);
	char *body = NULL;
	size_t len = 0;
	if (httpcache_fresh(hc, &body, &len))
		free(body), body = NULL;
	httpcache_etag(hc), httpcache_last_modified(hc);
	const char *h = nul ? (const char *)nul + 1 : (const char *)data + size, *end = (const char *)data + size;
	int not_modified = end - h >= 12 && memcmp(h, "HTTP/1.1 304", 12) == 0;
	while (h < end) {
		const char *nl = memchr(h, '\n', (size_t)(end - h));
		size_t l = nl ? (size_t)(nl - h) + 1 : (size_t)(end - h);
		httpcache_header(hc, h, l);
		h += l;
	}
	if (!not_modified)
		httpcache_store(hc, "{}", 2);
	else if (httpcache_revalidated(hc, &body, &len) == 0)
		free(body);
	httpcache_close(hc);
	return 0;
}
