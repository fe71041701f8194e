/* Cargo versions and requirements (core/cargover.h) with their RPM and
 * Debian translations.  Input: REQUIREMENT '\n' VERSION. */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "../../core/cargover.h"
#include "../../core/family.h"
#include "../../core/interval.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *req, *ver;
	fuzz_split(data, size, '\n', &req, &ver);
	const char *why = NULL;
	struct npmver v = {0};
	int vok = cargover_parse(ver, &v, &why) == 0;
	if (vok) {
		char *rpm = npmver_spell(&v, family_fedora.spell), *deb = npmver_spell(&v, family_debian.spell);
		if (!rpm || !deb)
			fuzz_fail("a parsed version has no distro spelling", ver);
		free(rpm), free(deb);
	}
	struct cargoreq r = {0};
	if (cargoreq_parse(req, &r, &why) == 0) {
		const struct family *f;
		for (size_t t = 0; (f = family_at(t)) != NULL; t++) {
			struct ivlist l = {0};
			char *note = NULL;
			cargoreq_intervals(&r, f->spell, &l);
			free(interval_rpm("crate(x/default)", &l));
			free(interval_deb("librust-x-dev", &l, &note));
			free(note);
			ivlist_free(&l);
		}
		free(cargoreq_deb(&r, "librust-x", "+std-dev", family_debian.spell));
		if (vok)
			cargoreq_test(&r, &v);
	}
	cargoreq_free(&r);
	npmver_free(&v);
	free(req), free(ver);
	return 0;
}
