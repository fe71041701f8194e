/* packrules.h: which files of a source tree each ecosystem's own pack step
 * puts into the artifact, and which files of an artifact that step writes
 * itself, for comparing an artifact with its source commit (review's
 * --source).  The readers' pack hooks (reader.h) are these:
 *   npm (npm-packlist's rules): package.json's "files" (paths, folders and
 *     globs) when it has them, else every file but what .npmignore (or,
 *     without one, .gitignore) names; always package.json, README*,
 *     LICENSE* and LICENCE*, the "main" file; never .git, node_modules,
 *     .npmrc, package-lock.json, npm-debug.log, .DS_Store, *.orig.
 *   crates (cargo package): Cargo.toml's include, else every file but
 *     its exclude, target/ and .git; cargo writes Cargo.toml (normalised:
 *     not compared), .cargo_vcs_info.json and Cargo.lock, and ships the
 *     source's Cargo.toml as Cargo.toml.orig (compared with it).
 *   PyPI (sdist): every file of the tree (MANIFEST.in and the build
 *     backend's own choices are not replayed: files only in the source
 *     are said, not judged); the backend writes PKG-INFO, *.egg-info/ and
 *     setup.cfg's egg_info tags.
 * Patterns are matched the gitignore way, simplified: a pattern without
 * '/' matches a name at any depth, one with '/' the path from the top, a
 * folder everything under it, '!' re-includes; * ? [..] as fnmatch.
 *
 * Ownership: lists are the caller's. */
#ifndef FERRY_PACKRULES_H
#define FERRY_PACKRULES_H

#include "../core/err.h"
#include "../core/model.h"
#include "../fetch/archive.h"

/* The files of src (a package's folder) the pack step would ship,
 * appended to out (sorted).  0, or -1 with e (a manifest that cannot be
 * read). */
int packrules_npm(const struct pkgfiles *src, struct strv *out, struct ferr *e);
int packrules_crate(const struct pkgfiles *src, struct strv *out, struct ferr *e);
int packrules_pypi(const struct pkgfiles *src, struct strv *out, struct ferr *e);

/* 1 when the pack step writes path itself (an artifact file no source
 * holds as it is) */
int packrules_npm_generated(const char *path);
int packrules_crate_generated(const char *path);
int packrules_pypi_generated(const char *path);

/* The source file an artifact file is a copy of under another name
 * (cargo: Cargo.toml.orig is the source's Cargo.toml), or NULL */
const char *packrules_crate_copy_of(const char *path);

/* 1 when path matches pattern as above */
int packrules_match(const char *pattern, const char *path);

#endif
