/* ferry version: the version model, exposed for people and for tests. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <getopt.h>

#include "cli.h"
#include "../core/eco.h"
#include "../core/pep508.h"
#include "../core/util.h"

static const char help[] =
	"usage: ferry version range ECO RANGE --to rpm|deb [--name NAME]\n"
	"       ferry version translate ECO VERSION --to rpm|deb\n"
	"       ferry version satisfies ECO RANGE VERSION\n"
	"       ferry version compare ECO A B [--to rpm|deb]\n"
	"       ferry version satisfies|compare ECO -   (tab-separated pairs on stdin)\n"
	"       ferry version require pypi 'LINE' --to rpm|deb\n\n"
	"range      prints the dependency expression for the range\n"
	"translate  prints the distribution's spelling of the version\n"
	"satisfies  prints yes or no (exit 0 or 1)\n"
	"compare    prints -1, 0 or 1; with --to, B is a version of the\n"
	"           distribution's package (\"8.1.1+~8.1.1-1\"), compared as the upstream\n"
	"           version it carries, as ferry plan compares\n"
	"require    a PEP 508 line: its dependency, with markers evaluated for the\n"
	"           target's Python (rpm: Fedora, Python 3.13; deb: Debian 12, 3.11)\n"
	"           and the extras that switch it on\n"
	"ECO is one of: npm, crate, pypi.  --name takes NAME, crate NAME/FEATURE,\n"
	"or pypi NAME[EXTRA].\n";

static int parse_to(const char *s, const struct family **t, struct ferr *e)
{
	*t = s ? family_by_alias(s) : NULL;
	if (!*t)
		return ferr_set(e, FERR_USAGE, "version: --to must be rpm or deb");
	return 0;
}

static int one_satisfies(const struct eco *eco, const char *range, const char *ver, FILE *out)
{
	const char *why = NULL;
	int r = eco->satisfies(range, ver, &why);
	if (r < 0)
		fprintf(out, "error: %s\n", why);
	else
		fputs(r ? "yes\n" : "no\n", out);
	return r;
}

static int one_compare(const struct eco *eco, const char *a, const char *b, FILE *out)
{
	const char *why = NULL;
	int c;
	if (eco->compare(a, b, &c, &why) != 0) {
		fprintf(out, "error: %s\n", why);
		return -1;
	}
	fprintf(out, "%d\n", c);
	return 0;
}

/* compare A B, B with --to a version of the distribution's package
 * ("8.1.1+~8.1.1-1"), compared as the upstream version it carries (the
 * family's upstream_version, as the plan compares); the error names the
 * operand that is no version. */
static int compare(const struct eco *eco, const char *a, const char *b, const char *to, struct ferr *e)
{
	const struct family *t = NULL;
	if (to && parse_to(to, &t, e) != 0)
		return -1;
	char *up = t ? t->upstream_version(b) : xstrdup(b);
	const char *why = NULL;
	int r, rc = 0;
	if (eco->compare(a, up, &r, &why) != 0) {
		int self;
		const char *bad = eco->compare(a, a, &self, &why) != 0 ? a : up;
		eco->compare(bad, bad, &self, &why);
		if (bad == up && t && strcmp(up, b) != 0)
			rc = ferr_set(e, FERR_INPUT, "version: %s (upstream version of %s): %s", up, b, why);
		else
			rc = ferr_set(e, FERR_INPUT, "version: %s: %s%s", bad, why,
				      bad == up && !t && strpbrk(b, "~:") ? " (a distribution's version: add --to deb or --to rpm)" : "");
	} else {
		printf("%d\n", r);
	}
	free(up);
	return rc;
}

/* Tab-separated pairs from stdin, one answer per line. */
static int batch(const struct eco *eco, int compare)
{
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	while ((n = getline(&line, &cap, stdin)) >= 0) {
		if (n > 0 && line[n - 1] == '\n')
			line[--n] = 0;
		char *tab = strchr(line, '\t');
		if (!tab) {
			puts("error: line without a tab");
			continue;
		}
		*tab = 0;
		if (compare)
			one_compare(eco, line, tab + 1, stdout);
		else
			one_satisfies(eco, line, tab + 1, stdout);
	}
	free(line);
	return 0;
}

/* A PEP 508 line for the target: the dependency, or why it is not one. */
static int require(const struct eco *eco, const char *line, const struct family *t, struct ferr *e)
{
	struct pepreq r;
	const char *why = NULL;
	if (pepreq_parse(line, &r, &why) != 0)
		return ferr_set(e, FERR_INPUT, "version: '%s': %s", line, why);
	if (r.url) {
		pepreq_free(&r);
		return ferr_set(e, FERR_INPUT, "version: '%s': a direct URL reference: a distribution package "
			       "must depend on a packaged name, not on a download", line);
	}
	struct strv extras = {0};
	int applies = pepreq_extras(&r, t->pyenv, &extras, &why);
	if (applies < 0) {
		pepreq_free(&r);
		return ferr_set(e, FERR_INPUT, "version: '%s': marker: %s", line, why);
	}
	char *name = r.extras.n ? NULL : xstrdup(r.name);
	if (!name) {   /* requests[socks] depends on the socks extra's package */
		struct buf b = {0};
		buf_adds(&b, r.name);
		buf_addc(&b, '[');
		for (size_t i = 0; i < r.extras.n; i++)
			buf_printf(&b, "%s%s", i ? "," : "", r.extras.v[i]);
		buf_addc(&b, ']');
		name = buf_steal(&b);
	}
	char *note = NULL;
	char *dep = eco_render_dep(eco, name, r.specs, t, &note, &why);
	int rc = 0;
	if (!dep) {
		rc = ferr_set(e, FERR_INPUT, "version: '%s': %s", line, why);
	} else if (applies) {
		puts(dep);
	} else if (extras.n) {
		printf("%s\n# only with extra:", dep);
		for (size_t i = 0; i < extras.n; i++)
			printf(" %s", extras.v[i]);
		putchar('\n');
	} else {
		printf("# not needed: its marker is false for this target\n");
	}
	if (note && dep)
		printf("# %s\n", note);
	free(dep);
	free(note);
	free(name);
	strv_free(&extras);
	pepreq_free(&r);
	return rc;
}

int cmd_version(int argc, char **argv, struct ferr *e)
{
	if (cli_wants_help(argc, argv)) {
		fputs(help, stdout);
		return 0;
	}
	static const struct option opts[] = {
		{"to", required_argument, NULL, 't'},
		{"name", required_argument, NULL, 'n'},
		{NULL, 0, NULL, 0},
	};
	const char *to = NULL, *name = "NAME";
	int c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "+t:n:", opts, NULL)) != -1) {
		switch (c) {
		case 't': to = optarg; break;
		case 'n': name = optarg; break;
		default: return ferr_set(e, FERR_USAGE, "version: bad option (see ferry version --help)");
		}
	}
	/* options may also follow the operands */
	int nargs = 0;
	char *args[4];
	for (int i = optind; i < argc; i++) {
		if (strcmp(argv[i], "--to") == 0 && i + 1 < argc) {
			to = argv[++i];
		} else if (strcmp(argv[i], "--name") == 0 && i + 1 < argc) {
			name = argv[++i];
		} else if (nargs < 4) {
			args[nargs++] = argv[i];
		} else {
			return ferr_set(e, FERR_USAGE, "version: too many arguments");
		}
	}
	if (nargs < 2)
		return ferr_set(e, FERR_USAGE, "version: missing arguments (see ferry version --help)");
	const struct eco *eco = eco_find(args[1]);
	if (!eco)
		return ferr_set(e, FERR_USAGE, "version: unknown ecosystem '%s' (known: %s)", args[1], eco_names());
	const char *sub = args[0];
	const char *why = NULL;
	const struct family *t = NULL;

	if (strcmp(sub, "satisfies") == 0 || strcmp(sub, "compare") == 0) {
		int cmp = sub[0] == 'c';
		if (nargs == 3 && strcmp(args[2], "-") == 0)
			return batch(eco, cmp);
		if (nargs != 4)
			return ferr_set(e, FERR_USAGE, "version %s: needs two operands", sub);
		if (cmp)
			return compare(eco, args[2], args[3], to, e);
		int r = eco->satisfies(args[2], args[3], &why);
		if (r < 0)
			return ferr_set(e, FERR_INPUT, "version: '%s' '%s': %s", args[2], args[3], why);
		puts(r ? "yes" : "no");
		return r ? 0 : ferr_set(e, FERR_FOUND, "%s", "");
	}
	if (nargs != 3)
		return ferr_set(e, FERR_USAGE, "version %s: needs one operand", sub);
	if (parse_to(to, &t, e) != 0)
		return -1;
	if (strcmp(sub, "translate") == 0) {
		char *s = eco->translate(args[2], t->spell, &why);
		if (!s)
			return ferr_set(e, FERR_INPUT, "version: '%s': %s", args[2], why);
		puts(s);
		free(s);
		return 0;
	}
	if (strcmp(sub, "require") == 0) {
		if (!eco->pep508)
			return ferr_set(e, FERR_USAGE, "version require: only for pypi (PEP 508 lines)");
		return require(eco, args[2], t, e);
	}
	if (strcmp(sub, "range") == 0) {
		char *note = NULL;
		char *s = eco_render_dep(eco, name, args[2], t, &note, &why);
		if (!s)
			return ferr_set(e, FERR_INPUT, "version: '%s': %s", args[2], why);
		puts(s);
		if (note)
			printf("# %s\n", note);
		free(s);
		free(note);
		return 0;
	}
	return ferr_set(e, FERR_USAGE, "version: unknown subcommand '%s'", sub);
}
