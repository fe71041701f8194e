/* registry_kind.h: one ecosystem's registry rules, for the entries
 * (fetch/registry_npm.c, registry_crates.c, registry_pypi.c) and
 * fetch/registry.c only; callers use fetch/registry.h.
 * Functions returning strings give them to the caller; NULL (with e set
 * where there is an e) on failure. */
#ifndef FERRY_REGISTRY_KIND_H
#define FERRY_REGISTRY_KIND_H

#include <stddef.h>

#include "../core/err.h"
#include "../core/model.h"

struct registry_kind {
	const char *eco;                  /* core/eco.h's name */
	/* the registry URL (ending in '/') from --registry, environment, config */
	char *(*configured)(const char *flag, const char *name, struct ferr *e);
	/* the metadata document of a package */
	char *(*doc_url)(const char *root, const char *name);
	/* the media type to ask for it when only a plan reads it (NULL:
	 * application/json, the full document) */
	const char *plan_accept;
	/* where to look when that is not there (NULL: nowhere), and the media
	 * type to ask for there */
	char *(*fallback_url)(const char *root, const char *name);
	const char *fallback_accept;
	/* the k-th spelling to look a name up by, when the name comes from
	 * elsewhere (a dependency, a popular name) and the registry keys its
	 * documents by one spelling (PyPI: PEP 503; crates: '-' or '_');
	 * NULL past the last.  NULL: the name as given, only. */
	char *(*spelling)(const char *name, int k);
	/* the document of one version, when the package's own describes only
	 * the newest (PyPI's JSON API); NULL if the ecosystem has none */
	char *(*version_doc_url)(const char *root, const char *name, const char *version);
	/* a document at the root the artifact rule needs (NULL: none) */
	const char *root_doc;
	/* the document at the root of the keys it signs versions with (NULL:
	 * it signs nothing) */
	const char *keys_doc;
	/* the document of the provenance attestations of the version p the
	 * reader selected (p->attestations: what the document names; NULL:
	 * the ecosystem's registry keeps none); NULL when refused */
	char *(*attestations_url)(const char *root, const struct pkg *p);
	/* the artifact of the selected version: ref is what select() gave,
	 * conf what the reader read from root_doc */
	char *(*artifact_url)(const char *root, const char *doc_url, const struct pkg *p, const char *ref,
			      const char *conf, int rewrite, struct ferr *e);
	/* the download against the registry's digest */
	int (*check)(const void *data, size_t len, const struct pkg *p, const char *what, struct ferr *e);
	/* a file name for the artifact when its URL has none */
	char *(*artifact_name)(const struct pkg *p);
	/* the largest metadata document accepted, in bytes: generous for the
	 * real registries' largest (npm packuments of some tens of MB), and
	 * parsed under jsonmem's budget (about ten times this) */
	size_t max_doc;
};

/* check for a registry that gives a sha256 (crates' cksum, PyPI's
 * digests.sha256: struct pkg's cksum) */
int registry_check_sha256(const void *data, size_t len, const struct pkg *p, const char *what, struct ferr *e);

extern const struct registry_kind registry_npm, registry_crates, registry_pypi;

#endif
