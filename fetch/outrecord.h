/* outrecord.h: what ferry wrote into one top-level entry of an output
 * folder (a package tree such as OUT/node-debug, or a file beside it such as
 * an orig tarball), so that a later import can tell ferry's files, as it
 * left them, from a packager's edits and additions (fetch/outdir.h).
 *
 * Where: OUT/.ferry/NAME.files, beside the trees, never inside one (a
 * record under TOP/debian would ship in the source package).
 *
 * Format (text, one file a line, sorted by path, no repeats):
 *     ferry-files 1
 *     origin WORDS            (optional: what the entry was made from)
 *     MODE SHA256 PATH
 * MODE four octal digits (the permission bits, at most 0777; 0000: a file
 * ferry generates that the packager removed, which ferry update keeps
 * out: not on disk, its generation the base), SHA256 64
 * lowercase hex digits of the file's bytes, PATH relative to the output
 * folder: NAME itself (a file entry) or NAME/... (a tree).  WORDS: printable
 * ASCII words one space apart, at most OUTRECORD_MAX_ORIGIN bytes (import
 * writes "ECO NAME VERSION FAMILY [compat]", which ferry update reads).
 *
 * Hostile input: the record is a file on disk that anyone may have edited.
 * The parser refuses (-1, why set to a static string, *line the line)
 * anything else: a path outside NAME, an absolute path, an empty, "." or
 * ".." component, a control byte or backslash, a path over
 * OUTRECORD_MAX_PATH bytes, more than OUTRECORD_MAX_FILES lines, a record
 * over OUTRECORD_MAX_BYTES, paths out of order or repeated, a NUL.
 *
 * Ownership: a struct outrecord owns its paths and origin; outrecord_free
 * releases them and leaves an empty record.  outrecord_format's result is
 * the caller's. */
#ifndef FERRY_OUTRECORD_H
#define FERRY_OUTRECORD_H

#include <stddef.h>

#define OUTRECORD_MAX_BYTES (16u << 20)
#define OUTRECORD_MAX_FILES 100000u
#define OUTRECORD_MAX_PATH 4096u
#define OUTRECORD_MAX_ORIGIN 1024u

struct outrecord_file {
	char *path;          /* "NAME/debian/control" */
	char sha256[65];     /* lowercase hex, NUL-terminated */
	int mode;            /* 0644, 0755 */
};

struct outrecord {
	char *origin;               /* the origin line's words, or NULL */
	struct outrecord_file *v;   /* sorted by path (strcmp) */
	size_t n;
	size_t cap;
};

/* 1 when path is NAME or NAME/REST with REST a clean relative path (no
 * empty, "." or ".." component, no control byte or backslash), else 0. */
int outrecord_path_ok(const char *path, const char *name);

/* text (len bytes) as the record of NAME into r (empty on failure). */
int outrecord_parse(const char *text, size_t len, const char *name, struct outrecord *r, const char **why,
		    size_t *line);

/* Adds one file (path copied); outrecord_sort puts them in order. */
void outrecord_add(struct outrecord *r, const char *path, const char *sha256, int mode);
void outrecord_sort(struct outrecord *r);

/* The file of that path, or NULL (r sorted). */
const struct outrecord_file *outrecord_find(const struct outrecord *r, const char *path);
/* 1 when some file of r lies under the folder dir ("NAME/debian"). */
int outrecord_has_under(const struct outrecord *r, const char *dir);

/* The record's text (r sorted), which outrecord_parse reads back. */
char *outrecord_format(const struct outrecord *r, size_t *len);

void outrecord_free(struct outrecord *r);

#endif
