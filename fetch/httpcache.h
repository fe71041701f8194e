/* httpcache.h: the HTTP cache for registry metadata documents (packuments,
 * sparse-index files, JSON APIs), used by http.c for the GETs that ask for
 * it (HTTP_CACHED).  Artifacts never come here: they are checked by digest.
 *
 * Where: one file per (URL, Accept) key in $XDG_CACHE_HOME/ferry/http, else
 * ~/.cache/ferry/http, named by the sha256 of the key.  Off when
 * FERRY_HTTP_CACHE is "off" (or "0", "no", "false"), for URLs other than
 * http:// and https://, and when neither variable names a home.
 *
 * What: the body, ETag, Last-Modified, the response's Date and Age, when it
 * was stored (this machine's clock) and Cache-Control (max-age, else
 * Expires - Date; no-cache).  An entry is fresh while its age is below its
 * max-age and it is not no-cache: served with no request.  A stale entry with
 * a validator makes the request conditional (If-None-Match,
 * If-Modified-Since); 304 serves the stored body and stores the new
 * freshness, 200 replaces it.  Only a 200 with a validator or a max-age is
 * stored; no-store and Vary: * remove the entry.  Errors are never stored.
 *
 * Trust: a file is used only if its checksum (sha256 of everything after its
 * first line) holds, its key is the one asked for and its body fits the
 * caller's cap; anything else is a miss.  Writes go to a temporary file in
 * the same folder, renamed into place, so a reader (another ferry running
 * at once) sees the old entry or the new one, never half of one.  Failing to
 * write the cache is not an error: the document was fetched all the same.
 *
 * Ownership: struct httpcache belongs to its opener (httpcache_close);
 * bodies handed out are the caller's (NUL-terminated, free()). */
#ifndef FERRY_HTTPCACHE_H
#define FERRY_HTTPCACHE_H

#include <stddef.h>

struct httpcache;

/* The key's view of the cache, with its stored entry (if a valid one is
 * there) loaded; NULL when this GET is not cached. */
struct httpcache *httpcache_open(const char *url, const char *accept, size_t max);
void httpcache_close(struct httpcache *hc);

/* 1 and the stored body when the entry is fresh (no request needed), else 0. */
int httpcache_fresh(const struct httpcache *hc, char **body, size_t *len);

/* The stored entry's validators for a conditional request; NULL if none. */
const char *httpcache_etag(const struct httpcache *hc);
const char *httpcache_last_modified(const struct httpcache *hc);

/* Each response header line as received ("Name: value", CRLF allowed); a
 * status line ("HTTP/...") starts a new response (after a redirect). */
void httpcache_header(struct httpcache *hc, const char *line, size_t len);

/* After a 304: the stored body (0), its freshness updated from the 304's
 * headers; -1 when no entry was stored (the server answered a question not
 * asked). */
int httpcache_revalidated(struct httpcache *hc, char **body, size_t *len);

/* After a 200: the body stored, or the entry removed, as the headers say. */
void httpcache_store(struct httpcache *hc, const char *body, size_t len);

#endif
