/* registry.h: the one way to a registry.  A package's metadata document by
 * ecosystem and name (and a version's own document where the ecosystem
 * has one: PyPI's JSON API), and an artifact by URL with its digest
 * checked.  What each ecosystem's registry decides (where its address is
 * configured, its document URLs and media types, its second API, its
 * artifact URL rule, its digest, its artifact file names, the largest
 * document it may send) is one entry per ecosystem, fetch/registry_npm.c,
 * registry_crates.c, registry_pypi.c; nothing here branches on a name.
 *
 * The fallback rule, once: where an ecosystem keeps a second API (PyPI's
 * Simple API beside its JSON API) it is asked only when the first says the
 * document is not there (FERR_MISSING: HTTP 404, 410, no such file), never
 * on a timeout, a reset or a 5xx.  When neither has it the error is the
 * first one's, FERR_MISSING with "NAME: not in the registry: ..." (exit 3).
 *
 * Documents go through the HTTP cache (fetch/http.h); artifacts do not:
 * their digest is their check.  Everything a registry sends is hostile:
 * sizes are capped, artifact URLs it names are refused unless http(s) (or
 * file:// from a file:// registry).  Registry JSON is not parsed here
 * (convert/'s readers do that): the artifact rule gets what the reader
 * selected.
 *
 * Where the next pieces plug in:
 * - the mirror (a content-addressed store) is one more source and sink
 *   behind registry_doc and registry_artifact: asked before the network
 *   (artifacts by their digest, documents by ecosystem and name), written
 *   after a document arrives or an artifact passes registry_artifact's
 *   check; a struct registry opened on a mirror answers from it alone.
 * - signatures are the registry's own keys' (npm's keys endpoint,
 *   registry_keys_doc, or a keys file configured, which wins): the keys
 *   are registry JSON, so the reader checks them (convert/pkgfetch.h's
 *   pkgfetch_verify), for every version fetched before its artifact is.
 *
 * Ownership: a struct registry owns its root, keys_file and trusted_root
 * (registry_close); every
 * string and body handed back is the caller's; on failure nothing is
 * handed back and e is set. */
#ifndef FERRY_REGISTRY_H
#define FERRY_REGISTRY_H

#include <stddef.h>

#include "../core/err.h"
#include "../core/model.h"

struct registry_kind;   /* one ecosystem's registry rules: fetch/registry_kind.h */

struct registry {
	const struct registry_kind *kind;
	const char *eco;        /* "npm": the ecosystem's name (core/eco.h) */
	char *root;             /* the registry's URL, ending in '/' */
	int rewrite;            /* npm: a tarball on another host is fetched from root
				   (mirrors); 1 unless --no-tarball-rewrite */
	char *keys_file;        /* the registry's signing keys from a file, not
				   from the registry: $FERRY_REGISTRY_KEYS, or
				   --registry-keys (cli/trustopts.h); NULL: none */
	int require_signatures; /* a version the registry did not sign is refused */
	char *trusted_root;     /* Sigstore's trusted root (review/sigstore.h), a
				   file: $FERRY_TRUSTED_ROOT or --trusted-root;
				   NULL: provenance is not checked */
	int require_provenance; /* a version without verified provenance is refused */
};

/* The registry of ecosystem eco for package name (npm scopes may have
 * their own): flag (--registry), else the environment and the
 * ecosystem's own configuration files, as its tools find it.  0, or -1
 * with e: FERR_USAGE for an unknown ecosystem, FERR_CONFIG when nothing
 * is configured, FERR_IO when a configuration file cannot be read. */
int registry_open(struct registry *r, const char *eco, const char *flag, const char *name, struct ferr *e);
void registry_close(struct registry *r);

/* A document as fetched: body (NUL-terminated) and the URL it came from
 * (artifact references resolve against it).  registry_doc_free frees both. */
struct registry_doc {
	char *body;
	size_t len;
	char *url;
};
void registry_doc_free(struct registry_doc *d);

enum registry_doc_flags {
	REGISTRY_PLAN = 1,      /* only versions, dependencies and dist are read (a plan):
				   the registry's abbreviated form where it has one */
};

/* NAME's metadata document, with the fallback rule above.  what names it
 * in messages ("left-pad: packument").  0, or -1 with e. */
int registry_doc(const struct registry *r, const char *name, unsigned flags, const char *what,
		 struct registry_doc *out, struct ferr *e);
/* The same for a name seen elsewhere (a dependency, a popular name): looked
 * up by each spelling the registry may key it by (PyPI's PEP 503 name;
 * crates' '-' or '_') while the registry says it is not there; *spelling
 * (the caller's) is the one it had.  FERR_MISSING when none. */
int registry_doc_spelled(const struct registry *r, const char *name, const char *what, char **spelling,
			 struct registry_doc *out, struct ferr *e);
/* The document of one version when the ecosystem has one (PyPI's release
 * JSON); -1 with FERR_INPUT when it has none. */
int registry_version_doc(const struct registry *r, const char *name, const char *version, const char *what,
			 struct registry_doc *out, struct ferr *e);

/* The registry's root document that the artifact rule needs (crates'
 * config.json, whose "dl" template the reader reads), fetched through the
 * cache for package name ("NAME: index config.json" in messages): 0 with
 * *out empty (body NULL) when the ecosystem has none. */
int registry_root_doc(const struct registry *r, const char *name, struct registry_doc *out, struct ferr *e);

/* The document of the keys the registry signs with (npm: -/npm/v1/keys
 * under its URL, through the cache), or the keys file configured, which
 * wins ("NAME: registry keys" in messages): 0 with *out empty (body NULL)
 * when the ecosystem's registry signs nothing.  A registry without the
 * document is FERR_MISSING. */
int registry_keys_doc(const struct registry *r, const char *name, struct registry_doc *out, struct ferr *e);

/* The provenance document of version p, where the ecosystem's registry
 * keeps one (npm: -/npm/v1/attestations/NAME@VERSION under its URL,
 * through the cache; "NAME@VERSION: attestations" in messages): 0 with
 * *out empty when the ecosystem has none.  FERR_MISSING when the registry
 * does not have it. */
int registry_attestations_doc(const struct registry *r, const struct pkg *p, struct registry_doc *out,
			      struct ferr *e);

/* 1 when the ecosystem's registry signs its versions (it has a keys
 * document), so that an unsigned version is worth saying */
int registry_signs(const struct registry *r);

/* The artifact of the version p that the reader selected from doc: ref is
 * the reference the reader gave, conf what the reader made of the root
 * document (NULL when none).  Fetched (at most 256 MiB), checked against
 * the registry's digest (npm's integrity or shasum, sha256 for crates and
 * PyPI): FERR_INTEGRITY on a mismatch.  *url and *data are the caller's. */
int registry_artifact(const struct registry *r, const struct registry_doc *doc, const struct pkg *p, const char *ref,
		      const char *conf, char **url, char **data, size_t *len, struct ferr *e);
/* "NAME@VERSION: tarball" (".crate", "sdist"), for messages */
char *registry_artifact_what(const struct registry *r, const struct pkg *p);
/* The artifact's file name: url's last segment when it is a plain file
 * name, else the ecosystem's NAME-VERSION file name. */
char *registry_artifact_name(const struct registry *r, const char *url, const struct pkg *p);

/* Documents of many names at once, for a plan: handed back as each
 * arrives, each through the fallback rule; a name the ecosystem refuses
 * is handed back at once with FERR_INPUT, before any request. */
struct registry_multi;
struct registry_multi *registry_multi_new(const struct registry *r, size_t parallel);
void registry_multi_add(struct registry_multi *m, const char *name);
/* 1 with *name (the caller's) and either *out filled or *e set (kind 0:
 * success), 0 when nothing is left */
int registry_multi_next(struct registry_multi *m, char **name, struct registry_doc *out, struct ferr *e);
/* Waits for what is in flight, drops the results. */
void registry_multi_free(struct registry_multi *m);

#endif
