/* PEP 508 requirement lines and markers (core/pep508.h), evaluated for
 * both distributions' Pythons.  Input: one line. */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "../../core/family.h"
#include "../../core/pep508.h"
#include "../../core/util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *line = fuzz_str(data, size);
	struct pepreq r = {0};
	const char *why = NULL;
	if (pepreq_parse(line, &r, &why) == 0) {
		const struct family *f;
		for (size_t t = 0; (f = family_at(t)) != NULL; t++) {
			const struct pyenv *env = f->pyenv;
			pepreq_marker(&r, env, "", &why);
			pepreq_marker(&r, env, "test", &why);
			struct strv ex = {0};
			pepreq_extras(&r, env, &ex, &why);
			strv_free(&ex);
		}
		char *m = pepreq_marker_str(&r);
		if (!m)
			fuzz_fail("a parsed requirement has no marker text", line);
		/* str(Marker) reads back, except where packaging's own does not:
		 * values are Python literals (a backslash escapes) written back
		 * raw in double quotes, so a value holding '"' or '\\' comes out
		 * changed or unparseable, in both */
		if (*m && !(strchr(line, '\'') && strchr(line, '"')) && !strchr(line, '\\')) {
			char *again = xasprintf("x; %s", m);
			struct pepreq r2 = {0};
			if (pepreq_parse(again, &r2, &why) != 0)
				fuzz_fail("the marker written back does not parse", again);
			pepreq_free(&r2);
			free(again);
		}
		free(m);
		free(pep503_name(r.name));
	}
	pepreq_free(&r);
	free(line);
	return 0;
}
