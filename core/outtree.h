/* outtree.h: a tree of files in memory, what a writer makes (convert/
 * writer.h) and what fetch/outdir.h writes to disk all or nothing.  No
 * I/O here.
 *
 * Ownership: an outtree owns its top, its paths and its contents;
 * outtree_free releases them and leaves an empty tree. */
#ifndef FERRY_OUTTREE_H
#define FERRY_OUTTREE_H

#include <stddef.h>

struct outfile {
	char *path;    /* relative to the output folder: "TOP/..." or beside TOP */
	char *data;    /* NUL-terminated after len bytes */
	size_t len;
	int mode;      /* 0644 or 0755 */
};

struct outtree {
	char *top;     /* "nodejs-left-pad", "node-left-pad" */
	struct outfile *v;
	size_t n;
};

void outtree_add(struct outtree *t, const char *path, char *data, int mode);  /* takes data (a string) */
void outtree_add_bytes(struct outtree *t, const char *path, const void *data, size_t len, int mode);  /* copies */
void outtree_free(struct outtree *t);

#endif
