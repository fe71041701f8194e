/* The output folder's record (fetch/outrecord.h): what it accepts, what it
 * refuses and why, and that it writes back what it read.  Prints
 * "ok - NAME" / "not ok - NAME". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fetch/outrecord.h"

static int failed;

static void check(const char *name, int cond)
{
	printf("%s - outrecord: %s\n", cond ? "ok" : "not ok", name);
	if (!cond)
		failed = 1;
}

#define SHA "3fae7cb523dfa2888e4dd849451837403dff58af583543f64e565b43c59036bb"

/* the reason a one-line record of that line is refused, NULL if it parses */
static const char *why_of(const char *line)
{
	char text[512];
	snprintf(text, sizeof text, "ferry-files 1\n%s\n", line);
	struct outrecord r;
	const char *why;
	size_t at;
	int rc = outrecord_parse(text, strlen(text), "node-x", &r, &why, &at);
	outrecord_free(&r);
	return rc == 0 ? NULL : why;
}

int main(void)
{
	check("a file in the tree parses", !why_of("0644 " SHA " node-x/debian/control"));
	check("the entry itself (a file) parses", !why_of("0755 " SHA " node-x"));
	check("'..' is refused", why_of("0644 " SHA " node-x/../victim") != NULL);
	check("another entry is refused", why_of("0644 " SHA " node-y/debian/control") != NULL);
	check("a longer name sharing the prefix is refused", why_of("0644 " SHA " node-xy/a") != NULL);
	check("an absolute path is refused", why_of("0644 " SHA " /node-x/a") != NULL);
	check("an empty component is refused", why_of("0644 " SHA " node-x//a") != NULL);
	check("'.' is refused", why_of("0644 " SHA " node-x/./a") != NULL);
	check("a trailing slash is refused", why_of("0644 " SHA " node-x/a/") != NULL);
	check("a control byte is refused", why_of("0644 " SHA " node-x/a\tb") != NULL);
	check("a setuid mode is refused", why_of("4755 " SHA " node-x/a") != NULL);
	check("an uppercase digest is refused", why_of("0644 3FAE7CB523DFA2888E4DD849451837403DFF58AF583543F64E565B43C59036BB node-x/a") != NULL);
	const char *text = "ferry-files 1\n0644 " SHA " node-x/b\n0644 " SHA " node-x/a\n";
	struct outrecord r;
	const char *why;
	size_t line;
	check("unsorted paths are refused, at line 3",
	      outrecord_parse(text, strlen(text), "node-x", &r, &why, &line) != 0 && line == 3 && r.n == 0);
	struct outrecord w = {0};
	outrecord_add(&w, "node-x/debian/rules", SHA, 0755);
	outrecord_add(&w, "node-x/debian/control", SHA, 0644);
	outrecord_sort(&w);
	size_t len;
	char *out = outrecord_format(&w, &len);
	int back = outrecord_parse(out, len, "node-x", &r, &why, &line) == 0 && r.n == 2 &&
		   strcmp(r.v[0].path, "node-x/debian/control") == 0 && r.v[1].mode == 0755;
	check("a formatted record parses back", back);
	check("find and has_under", back && outrecord_find(&r, "node-x/debian/rules") &&
				   !outrecord_find(&r, "node-x/debian") && outrecord_has_under(&r, "node-x/debian") &&
				   !outrecord_has_under(&r, "node-x/deb"));
	outrecord_free(&r);
	outrecord_free(&w);
	free(out);
	return failed;
}
