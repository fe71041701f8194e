/* reader.h: the one shape of an ecosystem reader.
 *
 *   select:  the registry's metadata document for `name` (bytes, as
 *            fetched) and what was asked for (a version, a range, or NULL
 *            for the default) -> the chosen version's registry facts in
 *            *p, and the artifact's URL reference in *artifact (caller
 *            frees; relative references are resolved by the caller).
 *   want:    which archive members the reader needs the bytes of.
 *   read:    the artifact's members -> the rest of *p (contents win over
 *            the registry's copy of the manifest; differences become notes).
 *   history: the metadata document -> every version it lists (time,
 *            yanked, deprecated) and the unpublished ones, appended to *h
 *            (core/model.h; the caller settles and frees it).
 *   needs:   what one unit of a version (core/model.h: the package, a
 *            feature or extra, its tests) requires, read the ecosystem's
 *            way (npm's kinds, Cargo's features and targets, PEP 508's
 *            markers and extras), for the solver (solver/needs.h).
 *   features: the features or extras a version has.
 * select fills p->deps with final kinds (core/model.h), from the registry's
 * copy of the manifest, so that a plan needs no artifact; read replaces
 * them with the artifact's own.  Nothing outside the readers parses
 * registry JSON: the solver and review take the model.
 * All return 0, or -1 with e set: FERR_INPUT naming package and field. */
#ifndef FERRY_READER_H
#define FERRY_READER_H

#include <stddef.h>

#include "../core/err.h"
#include "../core/family.h"
#include "../core/model.h"
#include "../fetch/archive.h"
#include "../fetch/registry.h"

struct sigroot;   /* review/sigstore.h */

typedef void (*reader_need_fn)(void *ctx, const char *name, const char *feature, const char *range,
			       enum dep_kind kind);

struct reader {
	const char *eco;
	int (*select)(const char *doc, size_t len, const char *name, const char *want,
		      struct pkg *p, char **artifact, struct ferr *e);
	archive_want_fn want;
	int (*read)(const struct pkgfiles *files, struct pkg *p, struct ferr *e);
	/* Optional (NULL: select is all there is): a document parsed once for
	 * many selects, as a closure asks one name for several ranges.
	 * select(doc) == parse(doc), then select_parsed, then parsed_free. */
	void *(*parse)(const char *doc, size_t len, const char *name, struct ferr *e);
	int (*select_parsed)(void *parsed, const char *name, const char *want, struct pkg *p, char **artifact,
			     struct ferr *e);
	void (*parsed_free)(void *parsed);
	int (*history)(const char *doc, size_t len, const char *name, struct history *h, struct ferr *e);
	/* Unit k of p (feature: the feature's or extra's name) on family f:
	 * need(ctx, ...) once per requirement, on package name, with the
	 * feature or extra asked of it (NULL: none) and the range in the
	 * ecosystem's syntax (strings borrowed for the call); optional:
	 * optional dependencies count; *self gets the version's own features
	 * a feature turns on.  0, or -1 with e. */
	int (*needs)(const struct pkg *p, enum unit_kind k, const char *feature, const struct family *f, int optional,
		     reader_need_fn need, void *ctx, struct strv *self, struct ferr *e);
	/* The features or extras p has, appended to out (unsorted, repeats
	 * allowed); NULL: the ecosystem has none. */
	void (*features)(const struct pkg *p, struct strv *out);
	/* Optional (NULL: none): what the artifact rule needs from the
	 * registry's root document (fetch/registry.h's registry_root_doc:
	 * crates' config.json, its "dl" template), into *value (caller
	 * frees). */
	int (*root_conf)(const char *doc, size_t len, const char *name, char **value, struct ferr *e);
	/* Optional (NULL: the registry signs nothing): p's registry signatures
	 * (p->signatures, from select) checked against the registry's keys
	 * document (fetch/registry.h's registry_keys_doc; from: its URL or
	 * file, for messages): *by
	 * (caller frees) the key ids that verified them.  0, or -1 with e:
	 * FERR_INTEGRITY when a signature does not verify, FERR_INPUT when
	 * the keys document is bad. */
	int (*signed_check)(const char *keys, size_t len, const char *from, const struct pkg *p, char **by,
			    struct ferr *e);
	/* Optional (NULL: the registry keeps no provenance): p's provenance
	 * document (fetch/registry.h's registry_attestations_doc; from: its
	 * URL) verified against Sigstore's trusted root (review/sigstore.h)
	 * and the registry's keys document (NULL when it has none): *out
	 * (caller frees) what it proves.  0, or -1 with e (FERR_INTEGRITY). */
	int (*provenance_check)(const char *doc, size_t len, const char *from, const struct sigroot *root,
				const struct registry_doc *keys, const struct pkg *p, struct provenance **out,
				struct ferr *e);
	/* Optional (NULL: not known): the files of a source tree (the
	 * package's folder) the ecosystem's pack step ships, appended to out
	 * sorted (convert/packrules.h); and whether it writes an artifact
	 * file itself.  For comparing an artifact with its source commit. */
	int (*pack)(const struct pkgfiles *src, struct strv *out, struct ferr *e);
	int (*pack_generated)(const char *path);
	/* optional: the source file an artifact file is a copy of under
	 * another name (Cargo.toml.orig), or NULL */
	const char *(*pack_copy_of)(const char *path);
	/* Optional (NULL: the mirror does not serve this ecosystem yet): the
	 * mirror folder's layout and documents (fetch/mirror.h; npm:
	 * convert/npmmirror.h): where NAME's document and p's artifact lie
	 * (relative to the mirror), the mirror's document of NAME with p
	 * added (have: the one it holds, NULL when none), and the artifacts a
	 * mirror document names ("REL\tDIGEST..." lines). */
	char *(*mirror_doc_path)(const char *name);
	char *(*mirror_artifact_path)(const struct pkg *p);
	int (*mirror_doc)(const char *doc, size_t len, const char *have, size_t hlen, const struct pkg *p,
			  const char *artifact_url, char **out, size_t *outlen, struct ferr *e);
	int (*mirror_files)(const char *doc, size_t len, const char *base, struct strv *out, struct ferr *e);
	/* where it serves the registry's keys and a version's attestations
	 * (NULL: nowhere) */
	char *(*mirror_keys_path)(void);
	char *(*mirror_attestations_path)(const struct pkg *p);
};

/* The reader of ecosystem `eco` (eco.h's name), NULL for an unknown one. */
const struct reader *reader_find(const char *eco);

extern const struct reader npm_reader;
extern const struct reader crates_reader;
extern const struct reader pypi_reader;

/* One crates.io index line into p (name, version, deps, features, cksum,
 * yanked): for corpus checks.  0, or -1 with e naming the field. */
int crates_read_line(const char *line, size_t n, struct pkg *p, struct ferr *e);

#endif
