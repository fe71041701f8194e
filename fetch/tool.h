/* tool.h: running one of the system's text tools (GNU diff, diff3, patch)
 * on texts held in memory, without a shell.
 *
 * The inputs go to files named "0", "1", ... in a private temporary folder
 * (mode 0700, under $TMPDIR, else /tmp); an argument "@K" (K a digit) of
 * argv becomes the path of input K, so that nothing from an archive or a
 * registry ever names a file; stdin is /dev/null; stdout goes to a file
 * read back under a cap; stderr is the caller's.  The folder is removed on
 * every path.
 *
 * Ownership: *out is the caller's (NUL-terminated; NULL when the output
 * was over max, *outsize then says how large it was). */
#ifndef FERRY_TOOL_H
#define FERRY_TOOL_H

#include <stddef.h>

#include "../core/err.h"

struct tool_text {
	const char *data;
	size_t len;
};

/* Runs argv (argv[0] looked up on PATH) with inputs in[0..n-1] (n at most
 * 10): 0 with the exit status in *status, the output in *out and its size
 * in *outsize; -1 with e (FERR_IO, "WHAT: ...") when the folder or files
 * cannot be made, the tool cannot be run or was killed. */
int tool_run(const char *what, char *const argv[], const struct tool_text *in, size_t n, size_t max, char **out, size_t *outsize,
	     int *status, struct ferr *e);

#endif
