/* The pack rules (convert/packrules.h): input "PATTERN\nPATH\n" then a
 * package.json for a fixed tree.  Matching never crashes; what npm's rules
 * select is a sorted subset of the tree's files, always with
 * package.json. */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "../../convert/packrules.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *pattern, *rest, *path, *pj;
	fuzz_split(data, size, '\n', &pattern, &rest);
	fuzz_split((const uint8_t *)rest, strlen(rest), '\n', &path, &pj);
	(void)packrules_match(pattern, path);
	static const char *const paths[] = {"package.json", "index.js", "lib/a.js", "lib/b/c.js", "README.md",
					    "test/t.js", ".npmignore", "node_modules/x/y.js", "docs/x.md"};
	struct pkgfiles tree = {0};
	struct pkgfile v[sizeof paths / sizeof paths[0] + 1];
	memset(v, 0, sizeof v);
	for (size_t i = 0; i < sizeof paths / sizeof paths[0]; i++) {
		v[i].path = (char *)paths[i], v[i].type = 'f';
		if (i == 0)
			v[i].data = pj, v[i].len = strlen(pj);
		else if (i == 6)
			v[i].data = pattern, v[i].len = strlen(pattern);
		else
			v[i].data = "x", v[i].len = 1;
	}
	v[9].path = path, v[9].type = 'f', v[9].data = "y", v[9].len = 1;
	tree.v = v, tree.n = sizeof paths / sizeof paths[0] + 1;
	struct strv out = {0};
	struct ferr e = {0};
	if (packrules_npm(&tree, &out, &e) == 0) {
		int has_pj = 0;
		for (size_t i = 0; i < out.n; i++) {
			has_pj |= strcmp(out.v[i], "package.json") == 0;
			if (i && strcmp(out.v[i - 1], out.v[i]) > 0)
				fuzz_fail("the selection is not sorted", out.v[i]);
		}
		if (!has_pj)
			fuzz_fail("package.json is not shipped", pj);
	} else if (!e.msg[0]) {
		fuzz_fail("a refused package.json without a reason", pj);
	}
	strv_free(&out);
	struct strv cout = {0};
	struct ferr ce = {0};
	v[0].path = "Cargo.toml";   /* the same text as Cargo's manifest */
	if (packrules_crate(&tree, &cout, &ce) != 0 && !ce.msg[0])
		fuzz_fail("a refused Cargo.toml without a reason", pj);
	strv_free(&cout);
	free(pattern), free(rest), free(path), free(pj);
	return 0;
}
