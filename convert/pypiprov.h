/* pypiprov.h: PyPI's PEP 740 attestations of a distribution file, verified
 * offline by review/sigstore.h.  Either document PyPI gives: the file's
 * provenance object ({"version": 1, "attestation_bundles": [{"publisher",
 * "attestations": [...]}]}, from the index's provenance URL) or one
 * attestation object ({"version": 1, "verification_material":
 * {"certificate", "transparency_entries"}, "envelope": {"statement",
 * "signature"}}).  Each attestation is checked as a DSSE bundle (its
 * payload type in-toto), and:
 *   - its statement's one subject is the file: its name (the index's file
 *     name) and sha256 (the index's digest, which ferry checks the
 *     download against);
 *   - its predicate is PyPI's publish attestation or SLSA provenance v1;
 *   - where the provenance object names the trusted publisher, the
 *     certificate is that publisher's: GitHub (repository OWNER/NAME and
 *     workflow file: the SAN is that workflow of that repository) or
 *     GitLab (repository GROUP/PROJECT and workflow_filepath).
 * What it proves: struct provenance (core/model.h), from the
 * certificate.  At most 8 bundles of 8 attestations.
 *
 * Ownership: *out (provenance_free) is the caller's; inputs borrowed. */
#ifndef FERRY_PYPIPROV_H
#define FERRY_PYPIPROV_H

#include <stddef.h>

#include "../core/err.h"
#include "../core/model.h"
#include "../review/sigstore.h"

#define PYPIPROV_MAX 8

/* doc as fetched from from.  0 with *out, or -1 with e: FERR_INTEGRITY
 * "NAME@VERSION: provenance: ..." naming the attestation and the check,
 * FERR_INPUT for a document of neither shape. */
int pypiprov_check(const char *doc, size_t len, const char *from, const struct sigroot *root, const struct pkg *p,
		   struct provenance **out, struct ferr *e);

#endif
