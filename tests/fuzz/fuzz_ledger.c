/* The review ledger's readers (review/ledger.h, vet_import.h): byte 0
 * picks what the rest is: 0 a ledger's config.toml, 1 an imported entry
 * (imported/crate/x/, no signature needed) whose every accepted audit
 * must write back (audit_toml) to text that loads again, 2 cargo-vet's
 * audits.toml.  Files go below fuzz_tmpdir(). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "../../core/util.h"
#include "../../fetch/files.h"
#include "../../review/ledger.h"
#include "../../review/vet_import.h"

static char *put(const char *dir, const char *name, const void *data, size_t n)
{
	files_mkdirs(dir, 0700);
	char *path = xasprintf("%s/%s", dir, name);
	FILE *f = fopen(path, "wb");
	if (!f || fwrite(data, 1, n, f) != n || fclose(f) != 0)
		fuzz_fail("cannot write below the temporary folder", path);
	return path;
}

static struct sign_keyring *keys;   /* opened once: opening starts gpg */

/* the imported entries of a ledger holding text as its one entry */
static size_t load_entry(const char *top, const void *text, size_t n, struct ledger *l)
{
	char *dir = xasprintf("%s/imported/crate/x", top);
	free(put(dir, "1.0.0-fuzz.toml", text, n));
	struct ferr e = {0};
	if (ledger_open(top, l, &e) != 0)
		fuzz_fail("an empty ledger does not open", e.msg);
	l->keys = keys;
	if (ledger_load(l, NULL, NULL, &e) != 0)
		fuzz_fail("an empty ledger does not load", e.msg);
	keys = l->keys;
	l->keys = NULL;
	free(dir);
	return l->n;
}

static void entry(const char *top, const uint8_t *data, size_t size)
{
	struct ledger l = {0};
	if (load_entry(top, data, size, &l) == 1) {
		char *again = audit_toml(&l.v[0]);
		struct ledger l2 = {0};
		if (load_entry(top, again, strlen(again), &l2) != 1)
			fuzz_fail("an accepted audit written back does not load", again);
		ledger_free(&l2);
		free(again);
	}
	ledger_free(&l);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size == 0)
		return 0;
	char *top = xasprintf("%s/ledger", fuzz_tmpdir());
	char *config = xasprintf("%s/config.toml", top), *old = xasprintf("%s/imported/crate/x/1.0.0-fuzz.toml", top);
	remove(config), remove(old);   /* what the last input left */
	struct ledger l = {0};
	struct ferr e = {0};
	if (data[0] == 0) {
		free(put(top, "config.toml", data + 1, size - 1));
		if (ledger_open(top, &l, &e) == 0)
			ledger_satisfies(&l, &(struct strv){0}, "safe-to-run");
	} else if (data[0] == 1) {
		entry(top, data + 1, size - 1);
	} else if (data[0] == 2 && ledger_open(top, &l, &e) == 0) {
		struct audit *v = NULL;
		size_t n = 0;
		struct strv skipped = {0}, map = {0};
		strv_add(&map, "safe-to-deploy=safe-to-deploy");
		if (vet_import_cargo((const char *)data + 1, size - 1, "fuzz", &l, &map, &v, &n, &skipped, &e) == 0)
			for (size_t i = 0; i < n; i++)
				audit_free(&v[i]);
		free(v);
		strv_free(&skipped), strv_free(&map);
	}
	ledger_free(&l);
	free(top), free(config), free(old);
	return 0;
}
