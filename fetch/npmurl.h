/* npmurl.h: npm registry URLs.  Pure string work on top of http.h. */
#ifndef FERRY_NPMURL_H
#define FERRY_NPMURL_H

/* The packument URL: REGISTRY + name, a scope's '/' as "%2f". */
char *npmurl_packument(const char *registry, const char *name);

/* Where to fetch a version's tarball.  `ref` is dist.tarball, resolved
 * against the packument URL (so a snapshot may use relative references).
 * When `rewrite` is set, the registry is http(s) and the tarball is an
 * http(s) URL on another host whose path ends in npm's "/NAME/-/FILE.tgz",
 * the same path is fetched from the configured registry instead (mirrors
 * serve tarballs whose packuments name the origin).  file:// and
 * same-host URLs are used as given, but an http(s) registry may not name a
 * file:// tarball.  NULL if the reference is invalid or refused. */
char *npmurl_tarball(const char *registry, const char *packument_url, const char *name,
		     const char *ref, int rewrite);

#endif
