/* importrun.h: the steps of writing one package that ferry import and
 * ferry update share: the version fetched, checked and read, the review
 * gate told of it, its write options (packager, date, registry), the
 * origin its tree's record keeps, and the commit into the output folder.
 *
 * Ownership: strings and packages returned are the caller's. */
#ifndef FERRY_IMPORTRUN_H
#define FERRY_IMPORTRUN_H

#include <stddef.h>

#include "vetrun.h"
#include "../convert/writer.h"
#include "../core/family.h"
#include "../core/model.h"
#include "../core/outtree.h"
#include "../fetch/registry.h"

/* The changelog and Maintainer identity: flag, else $FERRY_PACKAGER, else
 * "$DEBFULLNAME <$DEBEMAIL>", else ferry's own. */
char *importrun_packager(const char *flag);

/* NAME at want (a version, range or tag; NULL: the registry's latest)
 * fetched, its digest checked, read into *p; noted by the gate; optional
 * dependencies unfit for arch dropped (NULL: none).  The artifact in
 * *artifact (*len bytes).  0, or -1 with e; *p and *artifact are the
 * caller's either way. */
int importrun_fetch(const struct registry *reg, const char *name, const char *want, const struct family_arch *arch,
		    struct review_gate *gate, struct pkg *p, char **artifact, size_t *len, struct ferr *e);

/* base's options (NULL: none) for writing p: the packager pk, the date
 * (SOURCE_DATE_EPOCH, else the publish time, else now, with a note in p),
 * the registry's URL when it is http(s), the artifact.  Borrows all of
 * them.  0, or -1 with e (a bad SOURCE_DATE_EPOCH). */
int importrun_opts(const struct write_opts *base, struct pkg *p, const struct registry *reg, const char *pk,
		   const char *artifact, size_t len, struct write_opts *wo, struct ferr *e);

/* The tree top's origin for its record: "ECO NAME VERSION FAMILY
 * [compat] [embeds] [foreign]" (fetch/outrecord.h; embeds: it carries
 * other packages as components; foreign: its packaging is a packager's,
 * which ferry update changed, not ferry's generation); none when a word
 * would not be one. */
enum origin_flags {
	ORIGIN_COMPAT = 1,
	ORIGIN_EMBEDS = 2,
	ORIGIN_FOREIGN = 4,
};
void importrun_origin(struct outtree *tree, const char *top, const struct pkg *p, const struct family *f,
		      unsigned flags);

/* The tree into out (fetch/outdir.h, flags its OUTTREE_*), waiting for the
 * lock as $FERRY_LOCK_TIMEOUT says; each path that stops it on stderr,
 * before the error's own line ("NAME: PATH: ..."). */
int importrun_commit(const struct outtree *tree, const char *out, unsigned flags, const char *name,
		     struct ferr *e);

#endif
