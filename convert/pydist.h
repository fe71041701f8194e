/* pydist.h: Debian's binary package name for a PyPI distribution, as
 * dh-python names it: its own mapping data (dist/cpython3_fallback, where
 * Debian's renames live: attrs -> python3-attr) when installed, else
 * python3-<PEP 503 name>.  $FERRY_DH_PYTHON_DIST names another data file.
 *
 * The data is read once, at the first call that needs it, into this
 * file's process-wide tables (read at first use, through the environment,
 * not passed in: the Debian PyPI writer and names recovery below
 * cli/ ask by name alone).  pydist_table gives the same data as a
 * struct nametable (core/family.h) for the (Debian x PyPI) pair's slots,
 * which core/ cannot load itself. */
#ifndef FERRY_PYDIST_H
#define FERRY_PYDIST_H

/* Caller frees; *rule (static) says which rule found the name. */
char *pydist_deb(const char *name, const char **rule);
/* The other way (a Debian package to its PyPI name) is the table's name()
 * (pydist_table below). */

#include "../core/err.h"
#include "../core/family.h"
#include "../core/model.h"

/* The naming table whose id is id (family.h: a pair's .table), if it is
 * dh-python's ("dh-python"), else NULL.  Static; its lookups load the data
 * at first use as the functions above do. */
const struct nametable *pydist_table(const char *id);

/* Loads the mapping data now: -1 with e (FERR_IO) when the file is there
 * but could not be read whole; then the names above fall back to
 * python3-<PEP 503 name>, so callers whose output depends on them call
 * this first (who: the package, for the message). */
int pydist_ready(const char *who, struct ferr *e);

/* Whether dependency d (its PEP 508 line) applies on the family's Python
 * (family.h: pyenv): 1 always, 0 only with the extras put in *extras
 * (none: never there), -1 with e set. */
int pydist_applies(const struct pkg *p, const struct dep *d, const struct family *f, struct strv *extras,
		   struct ferr *e);
/* "name[extra,...]" as the requirement writes it (for python3dist()). */
char *pydist_cap(const struct dep *d);

#endif
