/* cli.h: the commands ferry.c dispatches to.  Each parses its own options
 * (getopt_long), prints results on stdout, and reports failure through
 * struct ferr; it returns 0, or -1 with e set.  Only main() prints errors
 * and chooses the exit code. */
#ifndef FERRY_CLI_H
#define FERRY_CLI_H

#include "../core/err.h"

#define FERRY_VERSION "0.1.0"

int cmd_approve(int argc, char **argv, struct ferr *e);
int cmd_import(int argc, char **argv, struct ferr *e);
int cmd_index(int argc, char **argv, struct ferr *e);
int cmd_mirror(int argc, char **argv, struct ferr *e);
int cmd_outdated(int argc, char **argv, struct ferr *e);
int cmd_plan(int argc, char **argv, struct ferr *e);
int cmd_version(int argc, char **argv, struct ferr *e);
int cmd_vet(int argc, char **argv, struct ferr *e);
int cmd_review(int argc, char **argv, struct ferr *e);
int cmd_update(int argc, char **argv, struct ferr *e);

/* "-h"/"--help" anywhere before "--" */
int cli_wants_help(int argc, char **argv);

#endif
