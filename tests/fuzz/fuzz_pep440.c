/* PEP 440 versions and specifier sets (core/pep440.h) with their RPM and
 * Debian translations.  Input: SPECIFIERS '\n' VERSION. */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "../../core/family.h"
#include "../../core/interval.h"
#include "../../core/pep440.h"

static void one_version(const char *s, struct pepver *v, int *ok)
{
	const char *why = NULL;
	*ok = pepver_parse(s, v, &why) == 0;
	if (!*ok)
		return;
	char *str = pepver_str(v), *rpm = pepver_spell(v, family_fedora.spell), *deb = pepver_spell(v, family_debian.spell);
	if (!str)
		fuzz_fail("a parsed version has no spelling", s);
	if (!rpm != !deb)
		fuzz_fail("a version with only one distro spelling", s);
	/* packaging's own str() forgets look-alike letters ("1.0.poſt1" is
	 * not "1.0.post1"): those have no distro spelling either */
	struct pepver back = {0};
	if (rpm && (pepver_parse(str, &back, &why) != 0 || pepver_cmp(&back, v) != 0))
		fuzz_fail("pepver_str does not parse back to the same version", s);
	pepver_free(&back);
	pepver_is_pre(v);
	free(rpm), free(deb);
	free(pepver_pkgver(v, family_fedora.spell)), free(pepver_pkgver(v, family_debian.spell));
	free(pep440_canonical(s, 1));
	free(str);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *specs, *ver;
	fuzz_split(data, size, '\n', &specs, &ver);
	struct pepver v = {0};
	int vok;
	one_version(ver, &v, &vok);
	const char *why = NULL;
	struct pepset set = {0};
	if (pepset_parse(specs, &set, &why) == 0) {
		const struct family *f;
		for (size_t t = 0; (f = family_at(t)) != NULL; t++) {
			struct ivlist l = {0};
			char *note = NULL;
			if (pepset_intervals(&set, f->spell, &l, &why) == 0) {
				free(interval_rpm("python3dist(x)", &l));
				free(interval_deb("python3-x", &l, &note));
				free(note);
			}
			ivlist_free(&l);
		}
		if (vok)
			pepset_test(&set, &v, &why);
	}
	pepset_free(&set);
	pep440_spec_contains(specs, ver, &why);
	pepver_free(&v);
	free(specs), free(ver);
	return 0;
}
