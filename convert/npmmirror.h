/* npmmirror.h: npm's side of the mirror folder (fetch/mirror.h), the npm
 * reader's mirror hooks (reader.h).  Served as an npm registry from
 * DIR/npm/ by any static server: a package's packument at
 * npm/NAME/index.html (GET /NAME redirects to the folder, whose index is
 * that file; a scope's "%2f" is decoded to '/' by the server), its
 * tarballs at npm/NAME/-/BASENAME-VERSION.tgz.  The packument lists only
 * the mirrored versions, each upstream's version object as it was
 * (dist.integrity and dist.signatures unchanged) but for dist.tarball, the
 * mirror's URL; dist-tags keep upstream's where they name a mirrored
 * version, latest the highest mirrored one otherwise.
 *
 * Ownership: strings returned are the caller's. */
#ifndef FERRY_NPMMIRROR_H
#define FERRY_NPMMIRROR_H

#include <stddef.h>

#include "../core/err.h"
#include "../core/model.h"
#include "../core/util.h"

char *npmmirror_doc_path(const char *name);
char *npmmirror_artifact_path(const struct pkg *p);
/* Where the mirror serves the registry's keys document and p's
 * attestations document, as npm's client asks for them under the
 * registry URL (-/npm/v1/keys, -/npm/v1/attestations/NAME@VERSION). */
char *npmmirror_keys_path(void);
char *npmmirror_attestations_path(const struct pkg *p);
/* The mirror's packument: have (NULL: none yet) with p's version from
 * upstream's document doc, its tarball at the URL tarball.  0 with *out,
 * or -1 with e. */
int npmmirror_doc(const char *doc, size_t len, const char *have, size_t hlen, const struct pkg *p, const char *tarball,
		  char **out, size_t *outlen, struct ferr *e);
/* What a mirrored packument names: "REL\tsha512\tHEX" per version (or
 * sha1 and the shasum, without a sha512 integrity)
 * (REL: its tarball relative to the mirror's base URL base).  0, or -1
 * with e (a tarball outside the mirror). */
int npmmirror_files(const char *doc, size_t len, const char *base, struct strv *out, struct ferr *e);

#endif
