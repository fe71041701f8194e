/* The commands link from libferry.a alone, without ferry.c (the library is
 * whole: tests, fuzzers and benchmarks may drive a command), and the
 * option helpers they share behave.  Prints "ok - NAME" / "not ok - NAME". */
#include <stdio.h>

#include "cli/cli.h"

static int failed;

static void check(const char *name, int cond)
{
	printf("%s - %s\n", cond ? "ok" : "not ok", name);
	if (!cond)
		failed = 1;
}

int main(void)
{
	int (*const cmds[])(int, char **, struct ferr *) = {cmd_approve, cmd_import, cmd_index, cmd_plan,
							    cmd_version, cmd_vet, cmd_review};
	size_t n = 0;
	for (size_t i = 0; i < sizeof cmds / sizeof cmds[0]; i++)
		n += cmds[i] != NULL;
	check("cli: every command links from libferry.a", n == 7);
	char *a[] = {"import", "npm:x", "--help", NULL}, *b[] = {"import", "--", "-h", NULL}, *c[] = {"plan", "-h", NULL};
	check("cli: --help asks for help", cli_wants_help(3, a));
	check("cli: -h after -- is an argument", !cli_wants_help(3, b));
	check("cli: -h asks for help", cli_wants_help(2, c));
	return failed;
}
