/* Sigstore's trusted root and bundles (review/sigstore.h): input "ROOT
 * \n--ferry-fuzz--\n BUNDLE".  A root that parses holds at least one
 * authority and one log; a bundle checked against it either verifies,
 * with its payload and integrated time, or is refused with a reason. */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "../../convert/jsonmem.h"
#include "../../review/sigstore.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char sep[] = FUZZ_SEP;
	const uint8_t *cut = (const uint8_t *)fuzz_find((const char *)data, (const char *)data + size, sep);
	if (!cut)
		return 0;
	struct ferr e = {0};
	struct sigroot *root = sigroot_parse((const char *)data, (size_t)(cut - data), "fuzz root", &e);
	if (!root) {
		if (!e.msg[0])
			fuzz_fail("a refused trusted root has no reason", "");
		return 0;
	}
	const char *b = (const char *)cut + sizeof sep - 1;
	size_t bl = size - (size_t)(cut - data) - (sizeof sep - 1);
	struct ferr be = {0};
	json_t *bundle = jsonmem_load(b, bl, 0, "fuzz bundle", &be);
	if (bundle) {
		struct sigproof pf;
		struct ferr ve = {0};
		if (sigbundle_verify(root, bundle, NULL, "fuzz", &pf, &ve) == 0) {
			if (!pf.payload || pf.integrated < 0)
				fuzz_fail("a verified bundle has no payload or time", "");
			sigproof_free(&pf);
		} else if (!ve.msg[0]) {
			fuzz_fail("a refused bundle has no reason", "");
		}
		json_decref(bundle);
	}
	sigroot_free(root);
	return 0;
}
