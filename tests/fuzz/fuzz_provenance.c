/* Provenance documents (convert/npmprov.h, convert/pypiprov.h): byte 0
 * picks the reader (0 npm's attestations document, 1 PyPI's provenance or
 * attestation object), the rest is the document, checked against the
 * fixtures' trusted root and registry keys (tests/fixtures/provenance/,
 * read from the top folder, where make check and smoke.sh run) as of
 * their prov-good 1.0.0 (npm) and prov_py-1.0.0.tar.gz (PyPI).  A document
 * either verifies, with what it proves, or is refused with a reason;
 * FUZZ_SAY=1 prints which. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "../../convert/npmprov.h"
#include "../../convert/pypiprov.h"
#include "../../fetch/localfile.h"

static struct sigroot *root;
static struct npmkeys keys;   /* the fixture registry's */

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	if (!root) {
		struct ferr re = {0};
		if (!(root = sigroot_load("tests/fixtures/provenance/trusted_root.json", &re)))
			fuzz_fail("the fixture root does not load (run from the top folder)", re.msg);
		size_t n;
		char *k = localfile_read("tests/fixtures/provenance/registry/-/npm/v1/keys", 1 << 20, &n);
		if (!k || npmkeys_parse(k, n, "fixture keys", &keys, &re) != 0)
			fuzz_fail("the fixture registry's keys do not load", re.msg);
		free(k);
	}
	struct pkg p = {0};
	p.name = "prov-good", p.version = "1.0.0", p.source_file = "prov_py-1.0.0.tar.gz";
	p.integrity = "sha512-z1jbT/EDAdKuPGGO18RFv9aMCrFK5WCVxl4LsHjvBYL0QK7ZfBv66HIovBCC0agQC/ERt9di6dhic/uoJaKsfw==";
	p.cksum = "a8e6f6bb9dc5e199babe5e3d00fe634ae2b37f2947ca83f308950677184ac772";
	struct provenance *v = NULL;
	struct ferr e = {0};
	const char *doc = (const char *)data + 1;
	int rc = data[0] & 1 ? pypiprov_check(doc, size - 1, "fuzz", root, &p, &v, &e)
			     : npmprov_check(doc, size - 1, "fuzz", root, &keys, &p, &v, &e);
	if (getenv("FUZZ_SAY"))
		fprintf(stderr, "%s\n", rc == 0 ? "verified" : e.msg);
	if (rc == 0 && (!v || !v->repository || !v->log_index))
		fuzz_fail("verified provenance proves nothing", "");
	if (rc != 0 && (v || !e.msg[0]))
		fuzz_fail("refused provenance without a reason, or with a result", "");
	provenance_free(v);
	return 0;
}
