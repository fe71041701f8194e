/* cratesurl.h: crates.io index URLs.  Pure string work on top of http.h.
 *
 * The index is the sparse protocol's layout (also a git index checked out
 * on disk, reached through file://): config.json at the root, and a file
 * per crate at 1/NAME, 2/NAME, 3/N/NAME or AB/CD/NAME (lower case). */
#ifndef FERRY_CRATESURL_H
#define FERRY_CRATESURL_H

/* "1/a", "3/s/syn", "se/rd/serde": the index path of a crate (lower case). */
char *cratesurl_index_path(const char *name);

/* The index root as a URL ending in '/', from "sparse+URL" or a plain URL. */
char *cratesurl_root(const char *registry);

/* The .crate's URL from config.json's "dl" template: {crate}, {version},
 * {prefix}, {lowerprefix}, {sha256-checksum}; without any marker,
 * "/{crate}/{version}/download" is appended (cargo's rule).  A relative
 * template is resolved against the index root.  NULL if invalid. */
char *cratesurl_download(const char *root, const char *dl, const char *name, const char *version,
			 const char *cksum);

#endif
