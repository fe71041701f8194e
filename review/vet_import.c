/* Audits from cargo-vet and from other ferry ledgers. */
#include "vet_import.h"

#include <stdlib.h>
#include <string.h>

#include "../core/toml.h"

/* theirs -> ours through map, else the same name when ours declares it */
static void map_criteria(const struct ledger *ours, const struct strv *map, const struct strv *theirs,
			 struct strv *out, struct strv *dropped)
{
	for (size_t i = 0; i < theirs->n; i++) {
		const char *t = theirs->v[i], *mapped = NULL;
		size_t tl = strlen(t);
		for (size_t k = 0; k < map->n && !mapped; k++)
			if (strncmp(map->v[k], t, tl) == 0 && map->v[k][tl] == '=')
				mapped = map->v[k] + tl + 1;
		if (!mapped && ledger_criteria_known(ours, t))
			mapped = t;
		if (!mapped)
			strv_add(dropped, t);
		else if (!strv_has(out, mapped))
			strv_add(out, mapped);
	}
	strv_sort(out);
}

static void push(struct audit **out, size_t *n, struct audit *a)
{
	*out = xrealloc(*out, (*n + 1) * sizeof **out);
	(*out)[(*n)++] = *a;
	memset(a, 0, sizeof *a);
}

static char *trim(const char *s, size_t n)
{
	while (n && (*s == ' ' || *s == '\t'))
		s++, n--;
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	return xstrndup(s, n);
}

/* a string, or an array of strings, joined with ", " */
static char *joined(const struct toml *v)
{
	if (toml_type(v) == TOML_STRING)
		return xstrdup(toml_string(v, NULL));
	struct buf b = {0};
	for (size_t i = 0; i < toml_len(v); i++)
		if (toml_type(toml_at(v, i)) == TOML_STRING)
			buf_printf(&b, "%s%s", b.len ? ", " : "", toml_string(toml_at(v, i), NULL));
	return b.len ? buf_steal(&b) : (buf_free(&b), NULL);
}

static void list_of(const struct toml *v, struct strv *out)
{
	if (toml_type(v) == TOML_STRING)
		strv_add(out, toml_string(v, NULL));
	for (size_t i = 0; i < toml_len(v); i++)
		if (toml_type(toml_at(v, i)) == TOML_STRING)
			strv_add(out, toml_string(toml_at(v, i), NULL));
}

int vet_import_cargo(const char *text, size_t len, const char *origin, const struct ledger *ours,
		     const struct strv *map, struct audit **out, size_t *n, struct strv *skipped, struct ferr *e)
{
	char err[200];
	struct toml *doc = toml_parse(text, len, err, sizeof err);
	if (!doc)
		return ferr_set(e, FERR_INPUT, "vet import: %s: not TOML: %s", origin, err);
	const struct toml *audits = toml_get(doc, "audits");
	if (toml_type(audits) != TOML_TABLE) {
		toml_free(doc);
		return ferr_set(e, FERR_INPUT, "vet import: %s: no [[audits.NAME]] tables: not a cargo-vet audits.toml", origin);
	}
	for (size_t i = 0; i < toml_len(audits); i++) {
		const char *crate = toml_key(audits, i, NULL);
		const struct toml *list = toml_at(audits, i);
		for (size_t k = 0; k < toml_len(list); k++) {
			const struct toml *t = toml_at(list, k);
			struct audit a = {0};
			struct strv theirs = {0}, dropped = {0};
			a.size = a.from_size = -1;
			const char *version = toml_str(t, "version"), *delta = toml_str(t, "delta");
			const char *arrow = delta ? strstr(delta, "->") : NULL;
			list_of(toml_get(t, "criteria"), &theirs);
			map_criteria(ours, map, &theirs, &a.criteria, &dropped);
			if (toml_get(t, "violation")) {
				strv_push(skipped, xasprintf("%s: a violation, not an audit", crate));
			} else if (!version && !arrow) {
				strv_push(skipped, xasprintf("%s: neither version nor delta \"A -> B\"", crate));
			} else if (a.criteria.n == 0) {
				strv_push(skipped, xasprintf("%s: criteria %s%s not declared here (--criteria-map THEIRS=OURS)", crate,
							     dropped.n ? dropped.v[0] : "(none)", dropped.n > 1 ? ", ..." : ""));
			} else {
				a.eco = xstrdup("crate");
				a.name = xstrdup(crate);
				if (arrow) {
					a.from = trim(delta, (size_t)(arrow - delta));
					a.version = trim(arrow + 2, strlen(arrow + 2));
				} else {
					a.version = xstrdup(version);
				}
				a.who = joined(toml_get(t, "who"));
				if (!a.who)
					a.who = xstrdup("(unknown)");
				const char *notes = toml_str(t, "notes");
				a.notes = notes ? xstrdup(notes) : NULL;
				a.origin = xstrdup(origin);
				if (ledger_fileable(&a))
					push(out, n, &a);
				else
					strv_push(skipped, xasprintf("%s: name or version is not a plain name", crate));
			}
			audit_free(&a);
			strv_free(&theirs);
			strv_free(&dropped);
		}
	}
	size_t trusted = 0;
	for (size_t i = 0; i < toml_len(toml_get(doc, "trusted")); i++)
		trusted += toml_len(toml_at(toml_get(doc, "trusted"), i));
	if (trusted)
		strv_push(skipped, xasprintf("%zu [[trusted.NAME]] entries: trust in a crates.io publisher, not audits of code", trusted));
	toml_free(doc);
	return 0;
}

int vet_import_ferry(const char *dir, const char *origin, const struct ledger *ours, const struct strv *map,
		     struct audit **out, size_t *n, struct strv *skipped, struct ferr *e)
{
	struct ledger theirs;
	if (ledger_open(dir, &theirs, e) != 0 || ledger_load(&theirs, NULL, NULL, e) != 0) {
		ledger_free(&theirs);
		return -1;
	}
	for (size_t i = 0; i < theirs.rejected.n; i++)
		strv_push(skipped, xasprintf("%s", theirs.rejected.v[i]));
	for (size_t i = 0; i < theirs.n; i++) {
		const struct audit *s = &theirs.v[i];
		if (s->origin) {
			strv_push(skipped, xasprintf("%s: itself imported (%s): import from its origin", s->file, s->origin));
			continue;
		}
		/* their criteria, with what they imply there */
		struct strv all = {0}, dropped = {0};
		for (size_t c = 0; c < theirs.ncrit; c++)
			if (ledger_satisfies(&theirs, &s->criteria, theirs.crit[c].name))
				strv_add(&all, theirs.crit[c].name);
		struct audit a = {0};
		map_criteria(ours, map, &all, &a.criteria, &dropped);
		if (a.criteria.n == 0) {
			strv_push(skipped, xasprintf("%s: criteria %s not declared here (--criteria-map THEIRS=OURS)", s->file,
						     s->criteria.v[0]));
		} else {
			a.eco = xstrdup(s->eco), a.name = xstrdup(s->name), a.version = xstrdup(s->version);
			a.from = s->from ? xstrdup(s->from) : NULL;
			a.sha256 = xstrdup(s->sha256), a.sha512 = xstrdup(s->sha512);
			a.size = s->size, a.from_size = s->from_size;
			a.from_sha256 = s->from ? xstrdup(s->from_sha256) : NULL;
			a.from_sha512 = s->from ? xstrdup(s->from_sha512) : NULL;
			a.who = xstrdup(s->who), a.fingerprint = xstrdup(s->fingerprint);
			a.date = xstrdup(s->date);
			a.notes = s->notes ? xstrdup(s->notes) : NULL;
			a.origin = xasprintf("%s %s", origin, s->file);
			push(out, n, &a);
		}
		audit_free(&a);
		strv_free(&all);
		strv_free(&dropped);
	}
	ledger_free(&theirs);
	return 0;
}
