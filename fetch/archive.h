/* archive.h: reading a package archive (tar, tar.gz, zip) in memory with
 * libarchive, never extracting, under limits.
 *
 * Every entry is checked on its canonical path, the one tar -x, %setup and
 * dpkg-source would create ("//" collapsed, "./" dropped): no "..", no
 * absolute path, no control character or backslash, at most
 * ARCHIVE_MAX_PATH bytes, and every member inside one top folder, which is
 * then stripped (as npm and sdists do).  Two members with one canonical
 * path are refused (but for folders), links must point inside the root (a
 * symlink's target may not pass through another symlink) and no member may
 * lie below a symlink; device nodes, FIFOs and sparse files
 * are refused; entry count, entry size, total size and the expansion ratio
 * are capped by counting the bytes actually decompressed.
 *
 * Ownership: the caller owns the struct pkgfiles filled by archive_read and
 * frees it with pkgfiles_free. */
#ifndef FERRY_ARCHIVE_H
#define FERRY_ARCHIVE_H

#include <stddef.h>

#include "../core/err.h"

struct archive_limits {
	size_t max_entries;       /* entries of any type */
	size_t max_entry_size;    /* bytes in one file */
	size_t max_total;         /* bytes in all files */
	size_t ratio;             /* total may exceed ratio * input ... */
	size_t ratio_floor;       /* ... only below this many bytes */
	size_t max_kept;          /* largest file whose bytes are kept */
};
extern const struct archive_limits archive_default_limits;

struct pkgfile {
	char *path;       /* relative to the package root, '/'-separated */
	size_t size;
	int type;         /* 'f' file, 'd' directory, 'l' symlink, 'h' hardlink */
	int mode;         /* permission bits */
	char *data;       /* the bytes, when kept (see want) */
	size_t len;
	char *link;       /* a symlink's target as written, else NULL */
};

struct pkgfiles {
	char *root;       /* the stripped top-level folder ("package") */
	long long newest; /* the newest entry's mtime (seconds), 0 if none */
	struct pkgfile *v;
	size_t n;
};

/* Keep a file's bytes when want(path, ctx) returns nonzero. */
typedef int (*archive_want_fn)(const char *path, void *ctx);
/* A want that keeps every file's bytes (under max_kept). */
int archive_keep_all(const char *path, void *ctx);

/* `what` names the archive in errors ("left-pad 1.3.0: tarball").
 * Returns 0, or -1 with e set (FERR_INPUT for anything hostile). */
int archive_read(const void *data, size_t len, const struct archive_limits *lim,
		 archive_want_fn want, void *ctx, const char *what, struct pkgfiles *out,
		 struct ferr *e);
void pkgfiles_free(struct pkgfiles *f);
const struct pkgfile *pkgfiles_find(const struct pkgfiles *f, const char *path);

#define ARCHIVE_MAX_PATH 4096   /* bytes in a member's name, as Linux's PATH_MAX */

/* Whether a relative path stays inside its root ("a/../b" yes, "../x" no):
 * for symlink targets, which may climb. */
int archive_path_inside(const char *path);

/* The canonical form of a relative path, as the packaging may name it:
 * "" and "." components dropped ("./a//b/" is "a/b"); NULL for an absolute
 * path, any "..", a control character or backslash, or nothing left.
 * Caller frees. */
char *archive_path_canon(const char *path);

#endif
