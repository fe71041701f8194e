/* npm versions and ranges (core/npmver.h) with their RPM and Debian
 * translations, and alias specs (npm:NAME@RANGE) in the range's place.
 * Input: RANGE '\n' VERSION. */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "../../core/family.h"
#include "../../core/interval.h"
#include "../../core/naming.h"
#include "../../core/npmver.h"

static void render(const struct ivlist *l)
{
	char *note = NULL;
	free(interval_rpm("npm(x)", l));
	free(interval_deb("node-x", l, &note));
	free(note);
}

static void one_version(const char *s, struct npmver *v, int *ok)
{
	const char *why = NULL;
	*ok = npmver_parse(s, v, &why) == 0;
	if (!*ok)
		return;
	char *str = npmver_str(v), *rpm = npmver_spell(v, family_fedora.spell), *deb = npmver_spell(v, family_debian.spell);
	if (!str || !rpm || !deb)
		fuzz_fail("a parsed version has no spelling", s);
	struct npmver back = {0};
	if (npmver_parse(str, &back, &why) != 0 || npmver_cmp(&back, v) != 0)
		fuzz_fail("npmver_str does not parse back to the same version", s);
	npmver_free(&back);
	free(str), free(rpm), free(deb);
}

/* what an alias parse promises: a valid name and a range that parses */
static void one_alias(const char *s)
{
	char *name = NULL, *range = NULL;
	const char *why = NULL;
	if (npmalias_parse(s, &name, &range, &why) == 0) {
		struct npmrange r = {0};
		if (!npmalias_is(s) || naming_npm_invalid(name) || npmrange_parse(range, &r, &why) != 0)
			fuzz_fail("an alias parsed to an invalid name or range", s);
		npmrange_free(&r);
	} else if (!why || name || range) {
		fuzz_fail("a refused alias has no reason, or kept its parts", s);
	}
	free(name), free(range);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *range, *ver;
	fuzz_split(data, size, '\n', &range, &ver);
	one_alias(range);
	struct npmver v = {0};
	int vok;
	one_version(ver, &v, &vok);
	struct npmrange r = {0};
	const char *why = NULL;
	if (npmrange_parse(range, &r, &why) == 0) {
		const struct family *f;
		for (size_t t = 0; (f = family_at(t)) != NULL; t++) {
			struct ivlist l = {0};
			npmrange_intervals(&r, f->spell, &l);
			render(&l);
			ivlist_free(&l);
		}
		if (vok)
			npmrange_test(&r, &v);
	}
	npmrange_free(&r);
	npmver_free(&v);
	free(range), free(ver);
	return 0;
}
