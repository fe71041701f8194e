/* ferry: the command table, and the one place that turns errors into
 * messages and exit codes (0 ok, 1 problems found, 2 usage, 3 input
 * rejected, 4 network or I/O). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "convert/jsonmem.h"
#include "core/err.h"

struct command {
	const char *name;
	int (*run)(int argc, char **argv, struct ferr *e);
	const char *summary;
};

static const struct command commands[] = {
	{"import", cmd_import, "generate distribution packaging for a registry package"},
	{"outdated", cmd_outdated, "what the distribution ships behind its registries, and what each review would cost"},
	{"update", cmd_update, "move a tree ferry generated to a newer version, the packager's edits merged"},
	{"plan", cmd_plan, "the dependency closure against a distribution: what it ships, what to package"},
	{"index", cmd_index, "what a distribution's package index ships of npm, crates.io and PyPI"},
	{"version", cmd_version, "translate, compare and test versions and ranges"},
	{"review", cmd_review, "what changed between two versions of a package, and what a reviewer must look at"},
	{"approve", cmd_approve, "record a signed audit of a version or delta in the review ledger"},
	{"mirror", cmd_mirror, "a verified, content-addressed mirror of registry artifacts, served as their registries"},
	{"vet", cmd_vet, "whether the ledger vets a version; import audits from cargo-vet or another ledger"},
};

static void usage(FILE *f)
{
	fputs("usage: ferry [--version] [--help] COMMAND [ARGS]\n\n"
	      "ferry turns registry packages (npm, crates.io, PyPI) into reviewable\n"
	      "distribution packaging: Fedora RPM specs and Debian source packages.\n\ncommands:\n", f);
	for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
		fprintf(f, "  %-10s %s\n", commands[i].name, commands[i].summary);
	fputs("\n'ferry COMMAND --help' describes one command.\n"
	      "exit codes: 0 ok, 1 problems found, 2 usage, 3 input rejected,\n"
	      "4 network or I/O failure\n", f);
}

static int finish(int code)
{
	/* a result that did not reach stdout is a failure */
	if (fflush(stdout) != 0 || ferror(stdout) || fclose(stdout) != 0) {
		fputs("ferry: stdout: write error\n", stderr);
		return code ? code : 4;
	}
	return code;
}

int main(int argc, char **argv)
{
	jsonmem_install();   /* before jansson allocates anything */
	if (argc < 2) {
		usage(stderr);
		return 2;
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
	    strcmp(argv[1], "help") == 0) {
		usage(stdout);
		return finish(0);
	}
	if (strcmp(argv[1], "--version") == 0) {
		printf("ferry %s\n", FERRY_VERSION);
		return finish(0);
	}
	for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++) {
		if (strcmp(argv[1], commands[i].name) != 0)
			continue;
		struct ferr e = {0};
		if (commands[i].run(argc - 1, argv + 1, &e) == 0)
			return finish(0);
		if (e.kind == FERR_NONE)
			e.kind = FERR_IO;
		if (e.msg[0])
			fprintf(stderr, "ferry: %s\n", e.msg);
		return finish(ferr_exit_code(e.kind));
	}
	fprintf(stderr, "ferry: %s: unknown command (see ferry --help)\n", argv[1]);
	return 2;
}
