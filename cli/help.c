/* What every command shares of option handling (cli.h), here so that
 * libferry.a holds every command whole: the tests and benchmarks link
 * the commands without ferry.c. */
#include "cli.h"

#include <string.h>

int cli_wants_help(int argc, char **argv)
{
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--") == 0)
			return 0;
		if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0)
			return 1;
	}
	return 0;
}
