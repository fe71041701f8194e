/* pkgfetch.h: one package version from its registry, the composition that
 * import, plan, review, approve and vet share: the metadata document
 * (fetch/registry.h) -> the reader's select (convert/reader.h) -> the
 * registry's signature checked -> the artifact, its digest checked -> read in memory under the archive limits
 * (fetch/archive.h) -> the reader's read.
 *
 * A package the registry does not have is FERR_MISSING, "NAME: not in the
 * registry: ..." (exit 3), not a network failure.
 *
 * Ownership: a struct fetched owns everything in it (fetched_free); *p is
 * the caller's to free (pkg_free) whatever the outcome. */
#ifndef FERRY_PKGFETCH_H
#define FERRY_PKGFETCH_H

#include <stddef.h>

#include "reader.h"
#include "../core/err.h"
#include "../core/family.h"
#include "../core/model.h"
#include "../fetch/registry.h"

/* What fetching a version brings back besides the package. */
struct fetched {
	char *doc;             /* the metadata document as fetched */
	size_t doc_len;
	char *doc_url;
	char *artifact;        /* the artifact, its digest checked */
	size_t artifact_len;
	char *artifact_url;
	struct pkgfiles files; /* pkgfetch: its members; bytes kept where
				  keep() said so */
};
void fetched_free(struct fetched *f);

/* One version of NAME (want: a version, range or tag; NULL: the latest):
 * the metadata document, and the artifact checked against the registry's
 * digest; *p gets the version's metadata from the document.  0, or -1
 * with e set. */
int pkgfetch_artifact(const struct registry *r, const char *name, const char *want, struct pkg *p,
		      struct fetched *out, struct ferr *e);
/* The same, and the artifact read in memory (keep: which members' bytes
 * to keep; it must keep what the reader wants; NULL: the reader's own
 * want), with the reader's facts in *p. */
int pkgfetch(const struct registry *r, const char *name, const char *want, archive_want_fn keep, struct pkg *p,
	     struct fetched *out, struct ferr *e);

/* The registry's signatures of p as the reader selected it (npm's
 * dist.signatures) checked against the registry's keys (registry.h's
 * registry_keys_doc: the keys file configured, else the registry's own
 * document, asked only when p carries signatures): p->signed_by gets the
 * key ids that verified them, or "" when there are none, which is refused
 * when r->require_signatures (NULL when the registry signs nothing and p
 * carries no signatures).  Then, where the registry names provenance
 * attestations (npm's dist.attestations) and a trusted root is configured
 * (r->trusted_root), the attestations document is verified
 * (reader.h's provenance_check) into p->provenance; without a root,
 * p->provenance_note says so.  r->require_provenance refuses a version
 * without verified provenance.  Every version pkgfetch_artifact fetches
 * passes here before its artifact is fetched.  0, or -1 with e:
 * FERR_INTEGRITY (a bad signature, a key the registry does not have or
 * that did not count when the version was published, no keys to check
 * with), FERR_INPUT (unsigned and signatures required; a bad keys
 * document), FERR_NET or FERR_IO (the keys could not be had); each
 * "NAME@VERSION: registry signature: ...". */
int pkgfetch_verify(const struct registry *r, struct pkg *p, struct ferr *e);

/* What pkgfetch_verify found, for people: "registry signature: verified
 * (key K)", "registry signature: none"; NULL when the registry signs
 * nothing or p was not checked.  Caller frees. */
char *pkgfetch_signature_said(const struct pkg *p);
/* The same of its provenance: "provenance: REPOSITORY@COMMIT (REF), workflow
 * W, builder B, log entry N", or why there is none though the registry
 * names attestations; NULL when there is nothing to say. */
char *pkgfetch_provenance_said(const struct pkg *p);

/* Only the metadata of one version of NAME: the document and the reader's
 * select, no artifact (the dependency's platform fields, say).  0, or -1
 * with e set. */
int pkgfetch_meta(const struct registry *r, const char *name, const char *want, struct pkg *p, struct ferr *e);

/* Drops p's optional dependencies that do not install on architecture a
 * (eco.h's unfit, from each one's own metadata: one document each), with
 * a note naming each and why; a dependency whose metadata cannot be had
 * stays.  Nothing to do for an ecosystem without platform fields. */
void pkgfetch_drop_unfit(const struct registry *r, struct pkg *p, const struct family_arch *a);

#endif
