/* outtree.h: a tree of files in memory, what a writer makes (convert/
 * writer.h) and what fetch/outdir.h writes to disk all or nothing.  No
 * I/O here.
 *
 * A file's gen, when set, is what ferry generated for that path where data
 * is something else: ferry update's merge of the generation with a
 * packager's edits.  The record (fetch/outrecord.h) and the merge base keep
 * the generation, so the next update tells the edits from ferry's text.
 *
 * A removed file is one ferry generates that the packager removed: it is
 * recorded (with its generation as data, the merge base) but never
 * written, so that ferry update keeps it out the next time too.
 *
 * An origin names what one top-level entry was made from ("npm debug 4.3.4
 * debian"), for its record.
 *
 * Ownership: an outtree owns its top, its paths, contents, generations and
 * origins; outtree_free releases them and leaves an empty tree. */
#ifndef FERRY_OUTTREE_H
#define FERRY_OUTTREE_H

#include <stddef.h>

struct outfile {
	char *path;    /* relative to the output folder: "TOP/..." or beside TOP */
	char *data;    /* NUL-terminated after len bytes */
	size_t len;
	int mode;      /* 0644 or 0755 */
	char *gen;     /* NULL: data is the generation; else it, NUL-terminated */
	size_t gen_len;
	int removed;   /* recorded, never written (data: the generation) */
};

struct outorigin {
	char *entry;   /* a top-level entry: "node-debug" */
	char *words;   /* printable words one space apart */
};

struct outtree {
	char *top;     /* "nodejs-left-pad", "node-left-pad" */
	struct outfile *v;
	size_t n;
	struct outorigin *origins;
	size_t norigins;
};

void outtree_add(struct outtree *t, const char *path, char *data, int mode);  /* takes data (a string) */
void outtree_add_bytes(struct outtree *t, const char *path, const void *data, size_t len, int mode);  /* copies */
/* A file the packager removed: its generation (copied) recorded, not written. */
void outtree_add_removed(struct outtree *t, const char *path, const void *gen, size_t len);
/* The last file added gets gen (copied) as its generation. */
void outtree_set_gen(struct outtree *t, const void *gen, size_t len);
/* entry's origin (both copied; a later one for the same entry wins). */
void outtree_set_origin(struct outtree *t, const char *entry, const char *words);
/* entry's origin, or NULL. */
const char *outtree_origin(const struct outtree *t, const char *entry);
void outtree_free(struct outtree *t);

#endif
