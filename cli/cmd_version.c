/* ferry version: the version model, exposed for people and for tests. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <getopt.h>

#include "cli.h"
#include "../core/eco.h"
#include "../core/util.h"

static const char help[] =
	"usage: ferry version range ECO RANGE --to rpm|deb [--name NAME]\n"
	"       ferry version translate ECO VERSION --to rpm|deb\n"
	"       ferry version satisfies ECO RANGE VERSION\n"
	"       ferry version compare ECO A B\n"
	"       ferry version satisfies|compare ECO -   (tab-separated pairs on stdin)\n\n"
	"range      prints the dependency expression for the range\n"
	"translate  prints the distribution's spelling of the version\n"
	"satisfies  prints yes or no (exit 0 or 1)\n"
	"compare    prints -1, 0 or 1\n"
	"ECO is one of: npm\n";

static int parse_to(const char *s, enum interval_target *t, struct ferr *e)
{
	if (s && strcmp(s, "rpm") == 0)
		*t = INTERVAL_RPM;
	else if (s && strcmp(s, "deb") == 0)
		*t = INTERVAL_DEB;
	else
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
	enum interval_target t = INTERVAL_RPM;

	if (strcmp(sub, "satisfies") == 0 || strcmp(sub, "compare") == 0) {
		int cmp = sub[0] == 'c';
		if (nargs == 3 && strcmp(args[2], "-") == 0)
			return batch(eco, cmp);
		if (nargs != 4)
			return ferr_set(e, FERR_USAGE, "version %s: needs two operands", sub);
		if (cmp) {
			int r;
			if (eco->compare(args[2], args[3], &r, &why) != 0)
				return ferr_set(e, FERR_INPUT, "version: %s: %s", args[2], why);
			printf("%d\n", r);
			return 0;
		}
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
		char *s = eco->translate(args[2], t, &why);
		if (!s)
			return ferr_set(e, FERR_INPUT, "version: '%s': %s", args[2], why);
		puts(s);
		free(s);
		return 0;
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
