/* source.h: how `ferry import` reaches one ecosystem's registry: where its
 * configuration comes from, where a package's metadata lives, where the
 * chosen version's artifact is and how its digest is checked.  One entry
 * per ecosystem; the rest of import is shared.
 *
 * Returned strings are the caller's; functions return NULL or -1 with e
 * set. */
#ifndef FERRY_SOURCE_H
#define FERRY_SOURCE_H

#include <stddef.h>

#include "../convert/reader.h"
#include "../core/err.h"
#include "../core/model.h"

struct source {
	const char *eco;                  /* "npm", "crate", "pypi" */
	const struct reader *reader;
	const char *(*invalid_name)(const char *name);
	/* the registry URL (ending in '/') from --registry, environment, config */
	char *(*registry)(const char *flag, const char *name, struct ferr *e);
	/* the metadata document of a package */
	char *(*doc_url)(const char *registry, const char *name);
	/* where to look when that is missing (NULL: nowhere), and the media
	 * type to ask for there */
	char *(*fallback_url)(const char *registry, const char *name);
	const char *fallback_accept;
	/* the document of one version, when the package's own describes only
	 * the newest (PyPI's JSON API); NULL if the ecosystem has none */
	char *(*version_doc_url)(const char *registry, const char *name, const char *version);
	/* the artifact of the selected version: ref is what select() gave */
	char *(*artifact_url)(const char *registry, const char *doc_url, const struct pkg *p,
			      const char *ref, int rewrite, struct ferr *e);
	/* the download against the registry's digest */
	int (*check)(const void *data, size_t len, const struct pkg *p, const char *what, struct ferr *e);
	/* a file name for the artifact when its URL has none */
	char *(*artifact_name)(const struct pkg *p);
	/* the largest metadata document accepted, in bytes: generous for the
	 * real registries' largest (npm packuments of some tens of MB), and
	 * parsed under jsonmem's budget (about ten times this) */
	size_t max_doc;
};

const struct source *source_find(const char *eco);

/* What fetching a version brings back besides the package: all owned,
 * freed by fetched_free. */
struct fetched {
	char *doc;             /* the metadata document as fetched */
	size_t doc_len;
	char *doc_url;
	char *artifact;        /* the artifact, its digest checked */
	size_t artifact_len;
	char *artifact_url;
	struct pkgfiles files; /* source_fetch: its members; bytes kept where
				  keep() said so */
};
void fetched_free(struct fetched *f);

/* One version of NAME (want: a version, range or tag; NULL: the latest):
 * the metadata document, and the artifact checked against the registry's
 * digest; *p gets the version's metadata from the document.  Shared by
 * import, review, approve and vet.  0, or -1 with e set; *p and *out are
 * the caller's to free either way. */
int source_fetch_artifact(const struct source *src, const char *registry, const char *name, const char *want,
			  int rewrite, struct pkg *p, struct fetched *out, struct ferr *e);
/* The same, and the artifact read in memory under the archive limits
 * (keep: which members' bytes to keep; it must keep what the reader
 * wants), with the reader's facts in *p. */
int source_fetch(const struct source *src, const char *registry, const char *name, const char *want, int rewrite,
		 archive_want_fn keep, struct pkg *p, struct fetched *out, struct ferr *e);
const char *source_names(void);   /* "npm, crate" for messages */

#endif
