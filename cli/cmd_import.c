#include "cli.h"
int cmd_import(int argc, char **argv, struct ferr *e)
{
	(void)argc, (void)argv;
	return ferr_set(e, FERR_USAGE, "import: not yet");
}
