/* pep508dump: ferry's reading of PEP 508 lines, in the form the PyPI
 * oracle (tests/oracles/pypi/oracle.py) prints, for the differential test.
 *
 *   pep508dump requirement   LINE -> NAME<TAB>EXTRAS<TAB>SPECIFIER<TAB>MARKER
 *                            | url | error
 *   pep508dump marker        LINE<TAB>ENVJSON -> yes | no | none | error
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/pep440.h"
#include "core/pep508.h"
#include "core/util.h"

static void requirement(const char *line)
{
	struct pepreq r;
	const char *why;
	if (pepreq_parse(line, &r, &why) != 0) {
		puts("error");
		return;
	}
	if (r.url) {
		puts("url");
		pepreq_free(&r);
		return;
	}
	char *name = pep503_name(r.name);
	struct strv extras = {0}, specs = {0}, seen = {0};
	for (size_t i = 0; i < r.extras.n; i++)
		strv_add(&extras, r.extras.v[i]);
	strv_sort(&extras);
	strv_uniq(&extras);
	struct pepset set;
	pepset_parse(r.specs, &set, &why);
	for (size_t i = 0; i < set.n; i++) {
		const struct pepspec *sp = &set.s[i];
		/* a set: equal specifiers (canonically) count once */
		char *c = pep440_canonical(sp->text, sp->op != PEP_COMPAT);
		char *key = xasprintf("%s%s", pep440_op(sp->op), c);
		free(c);
		if (!strv_has(&seen, key))
			strv_push(&specs, xasprintf("%s%s", pep440_op(sp->op), sp->text));
		strv_push(&seen, key);
	}
	pepset_free(&set);
	strv_sort(&specs);
	char *marker = pepreq_marker_str(&r);
	printf("%s\t", name);
	for (size_t i = 0; i < extras.n; i++)
		printf("%s%s", i ? "," : "", extras.v[i]);
	putchar('\t');
	for (size_t i = 0; i < specs.n; i++)
		printf("%s%s", i ? "," : "", specs.v[i]);
	printf("\t%s\n", marker);
	free(marker);
	free(name);
	strv_free(&extras);
	strv_free(&specs);
	strv_free(&seen);
	pepreq_free(&r);
}

static const char *field(json_t *o, const char *k)
{
	json_t *v = json_object_get(o, k);
	return json_is_string(v) ? json_string_value(v) : NULL;
}

static void marker(char *line)
{
	char *tab = strchr(line, '\t');
	if (!tab) {
		puts("error");
		return;
	}
	*tab = 0;
	json_t *o = json_loads(tab + 1, 0, NULL);
	struct pepreq r;
	const char *why;
	if (!json_is_object(o) || pepreq_parse(line, &r, &why) != 0) {
		puts("error");
		json_decref(o);
		return;
	}
	struct pyenv env = {
		field(o, "python_version"), field(o, "python_full_version"), field(o, "os_name"),
		field(o, "sys_platform"), field(o, "platform_release"), field(o, "platform_system"),
		field(o, "platform_version"), field(o, "platform_machine"),
		field(o, "platform_python_implementation"), field(o, "implementation_name"),
		field(o, "implementation_version"),
	};
	const char *extra = field(o, "extra");
	if (!r.marker) {
		puts("none");
	} else {
		int v = pepreq_marker(&r, &env, extra ? extra : "", &why);
		puts(v < 0 ? "error" : v ? "yes" : "no");
	}
	pepreq_free(&r);
	json_decref(o);
}

int main(int argc, char **argv)
{
	if (argc != 2 || (strcmp(argv[1], "requirement") != 0 && strcmp(argv[1], "marker") != 0)) {
		fprintf(stderr, "usage: pep508dump requirement|marker < lines\n");
		return 2;
	}
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	while ((n = getline(&line, &cap, stdin)) >= 0) {
		if (n > 0 && line[n - 1] == '\n')
			line[--n] = 0;
		if (argv[1][0] == 'r')
			requirement(line);
		else
			marker(line);
	}
	free(line);
	return 0;
}
