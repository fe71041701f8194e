/* npmprov.h: npm provenance.  The registry keeps, for a version published
 * with provenance, an attestations document ({"attestations":
 * [{"predicateType", "bundle"}]}: at most 8) of Sigstore bundles, each
 * verified offline by review/sigstore.h.  Checked as npm's own client
 * (pacote) checks it, and more:
 *   - every statement is an in-toto statement (payload type
 *     application/vnd.in-toto+json) whose one subject is
 *     pkg:npm/NAME@VERSION (a scope's '@' as %40) with the sha512 of
 *     dist.integrity;
 *   - the publish attestation (predicate
 *     https://github.com/npm/attestation/tree/main/specs/publish/v0.1) is
 *     signed with the registry key for npm:attestations its key id names,
 *     valid at the log's integrated time, and its predicate names this
 *     version (beyond pacote);
 *   - a provenance attestation (SLSA provenance v0.2 or v1) is keyless: it
 *     carries no key id (pacote: a key the registry does not have), its
 *     certificate leads to Fulcio; beyond pacote, the repository and
 *     commit its predicate names must be the certificate's, and a
 *     document without one is refused (a publish attestation alone proves
 *     no source).
 * Every check is made before any signature is: the first broken one is
 * the reason given.
 *
 * Ownership: *out (provenance_free) is the caller's; inputs borrowed. */
#ifndef FERRY_NPMPROV_H
#define FERRY_NPMPROV_H

#include <stddef.h>

#include "npmsig.h"
#include "../core/err.h"
#include "../core/model.h"
#include "../review/sigstore.h"

#define NPMPROV_MAX 8

/* doc: the attestations document (from: its URL, for messages).  0 with
 * *out, or -1 with e: FERR_INTEGRITY "NAME@VERSION: provenance: ..."
 * naming the attestation and the check that failed, FERR_INPUT for a
 * document of another shape. */
int npmprov_check(const char *doc, size_t len, const char *from, const struct sigroot *root,
		  const struct npmkeys *keys, const struct pkg *p, struct provenance **out, struct ferr *e);

#endif
