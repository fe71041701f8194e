/* http.h: whole-body GET over http://, https:// and file:// with libcurl.
 *
 * Bodies are held in memory and capped at `max` bytes (a larger body is an
 * error, not a truncation).  Redirects are followed for http(s) only, at
 * most HTTP_MAX_REDIRECTS; a transfer is given HTTP_TIMEOUT_DEFAULT seconds
 * ($FERRY_HTTP_TIMEOUT).
 * Registry metadata documents are fetched with HTTP_CACHED: through the
 * HTTP cache (fetch/httpcache.h: served fresh without a request, else
 * revalidated with ETag / Last-Modified).  Artifacts are fetched without it:
 * their digest is their check, and they are not the cache's to keep.
 * Errors: FERR_MISSING when the document is not there (HTTP 404 or 410,
 * a file:// path that is no file to read), FERR_NET for any other failure
 * of the transfer (timeouts, 5xx), FERR_INPUT for a body over max, FERR_IO
 * for a local file read short.
 * Ownership: *body (NUL-terminated, length in *len) belongs to the caller. */
#ifndef FERRY_HTTP_H
#define FERRY_HTTP_H

#include <stddef.h>

#include "../core/err.h"

/* Redirects followed before a GET fails (a redirect loop ends there). */
#define HTTP_MAX_REDIRECTS 5
/* The most one transfer may take, in seconds, unless $FERRY_HTTP_TIMEOUT
 * says otherwise (0: no limit); a transfer slower than 1 byte a second for
 * 60 seconds fails earlier, and connecting may take 30. */
#define HTTP_TIMEOUT_DEFAULT 600L

enum http_flags {
	HTTP_CACHED = 1,   /* a metadata document: may come from, and goes to, the HTTP cache */
};

/* `what` names the thing fetched in error messages ("left-pad: packument").
 * Never cached: for artifacts. */
int http_get(const char *url, size_t max, const char *what, char **body, size_t *len,
	     struct ferr *e);

/* The same, asking for the media type `accept` (NULL: application/json),
 * flags from enum http_flags. */
int http_get_as(const char *url, const char *accept, unsigned flags, size_t max, const char *what, char **body,
		size_t *len, struct ferr *e);

/* Transfers in flight, handed back as each ends (libcurl multi over the
 * process's shared connections): add any time, next waits for one.
 * parallel: how many run at once (HTTP/2 multiplexes them). */
struct http_multi;
struct http_done {
	void *tag;              /* as added */
	char *body;             /* the caller frees */
	size_t len;
	struct ferr e;          /* kind 0: success */
};
struct http_multi *http_multi_new(size_t max, size_t parallel);
/* accept NULL: application/json; flags from enum http_flags (a fresh
 * cached document is done at once, without a request) */
void http_multi_add(struct http_multi *hm, const char *url, const char *accept, unsigned flags, const char *what,
		    void *tag);
/* 1 with *out, or 0 when nothing is queued or in flight */
int http_multi_next(struct http_multi *hm, struct http_done *out);
/* Waits for what is in flight, drops the results. */
void http_multi_free(struct http_multi *hm);

/* RFC 3986 reference resolution: `ref` against `base`; NULL if invalid. */
char *url_resolve(const char *base, const char *ref);
/* "http", "https", "file" or NULL; host (lowercased) in *host if asked. */
char *url_scheme(const char *url);
char *url_host(const char *url);   /* host[:port]; NULL for file:// */
/* 1 when a registry at `registry` may send ferry to the artifact `url`:
 * http(s), or file:// from a file:// registry; a remote registry never
 * names a local file (its checksum error would reveal the file's digest). */
int url_artifact_allowed(const char *registry, const char *url);
char *url_path(const char *url);   /* percent-decoded path */

#endif
