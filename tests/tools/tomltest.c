/* tomltest: ferry's TOML reader (core/toml.h) against the official
 * toml-test suite.
 *
 *   tomltest DIR   DIR is toml-test's tests/ directory (or the checkout
 *                  holding it); the cases run are those files-toml-1.0.0
 *                  lists.
 *
 * Every listed valid/X.toml must parse to what valid/X.json says in
 * toml-test's tagged JSON, compared as toml-test compares: structure and
 * types exactly, strings and integers as text, floats by value (any NaN
 * matches "nan"), offset date-times as instants, local ones field by field
 * (fractions to the nanosecond).  Every listed invalid/X.toml must be
 * rejected.  A few checks of the accessors the suite cannot reach run
 * too (failures named "api: ...").  Prints one summary line and the first
 * 30 failures; exits 0 only if everything passes, 2 when the suite cannot
 * be read. */
#include <inttypes.h>
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/toml.h"
#include "core/util.h"

#define SHOW_FAILURES 30

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	struct buf b = {0};
	char chunk[65536];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		buf_add(&b, chunk, n);
	int bad = ferror(f);
	fclose(f);
	if (bad) {
		buf_free(&b);
		return NULL;
	}
	*len = b.len;
	return buf_steal(&b);
}

/* ---- date-times ------------------------------------------------------- */

struct when {
	int y, mo, d, h, mi, s;
	long ns;
	int off;                  /* minutes east of UTC */
};

static int field(const char **s, int n, int *out)
{
	*out = 0;
	for (int i = 0; i < n; i++, (*s)++) {
		if (**s < '0' || **s > '9')
			return -1;
		*out = *out * 10 + (**s - '0');
	}
	return 0;
}

/* toml-test's spellings of the four types ("T", "t" or " " between date and
 * time, "Z" or "z"); 0 when the text is one of kind. */
static int when_parse(const char *s, enum toml_type kind, struct when *w)
{
	memset(w, 0, sizeof *w);
	if (kind != TOML_TIME_LOCAL) {
		if (field(&s, 4, &w->y) || *s++ != '-' || field(&s, 2, &w->mo) || *s++ != '-' || field(&s, 2, &w->d))
			return -1;
		if (kind == TOML_DATE_LOCAL)
			return *s ? -1 : 0;
		if (*s != 'T' && *s != 't' && *s != ' ')
			return -1;
		s++;
	}
	if (field(&s, 2, &w->h) || *s++ != ':' || field(&s, 2, &w->mi) || *s++ != ':' || field(&s, 2, &w->s))
		return -1;
	if (*s == '.') {
		long scale = 100000000;
		if (s[1] < '0' || s[1] > '9')
			return -1;
		for (s++; *s >= '0' && *s <= '9'; s++, scale /= 10)
			w->ns += (*s - '0') * scale;
	}
	if (kind != TOML_DATETIME)
		return *s ? -1 : 0;
	if (*s == 'Z' || *s == 'z')
		return s[1] ? -1 : 0;
	int sign = *s == '+' ? 1 : *s == '-' ? -1 : 0, oh, om;
	s++;
	if (!sign || field(&s, 2, &oh) || *s++ != ':' || field(&s, 2, &om) || *s)
		return -1;
	w->off = sign * (oh * 60 + om);
	return 0;
}

/* days since 1970-01-01 of a proleptic Gregorian date */
static long long days(int y, int m, int d)
{
	y -= m <= 2;
	long long era = (y >= 0 ? y : y - 399) / 400;
	long long yoe = y - era * 400;
	long long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static int same_when(const char *want, const char *have, enum toml_type kind)
{
	struct when a, b;
	if (when_parse(want, kind, &a) || when_parse(have, kind, &b))
		return 0;
	if (kind == TOML_DATETIME) {
		long long ta = days(a.y, a.mo, a.d) * 86400 + a.h * 3600 + a.mi * 60 + a.s - a.off * 60;
		long long tb = days(b.y, b.mo, b.d) * 86400 + b.h * 3600 + b.mi * 60 + b.s - b.off * 60;
		return ta == tb && a.ns == b.ns;
	}
	return a.y == b.y && a.mo == b.mo && a.d == b.d && a.h == b.h && a.mi == b.mi && a.s == b.s && a.ns == b.ns;
}

/* ---- comparison ------------------------------------------------------- */

/* jansson refuses NUL in object keys, so the expectation is loaded with
 * every \u0000 escape turned into the noncharacter U+FDD0 (absent from
 * the suite), and compared with it turned back into NUL. */
#define NUL_STAND_IN "\xef\xb7\x90"

static json_t *load_expectation(const char *path)
{
	size_t len;
	char *text = slurp(path, &len);
	if (!text)
		return NULL;
	struct buf b = {0};
	for (size_t i = 0; i < len; i++) {
		if (text[i] == '\\' && len - i >= 6 && memcmp(text + i + 1, "u0000", 5) == 0) {
			buf_adds(&b, "\\uFDD0");
			i += 5;
		} else if (text[i] == '\\' && i + 1 < len) {
			buf_add(&b, text + i, 2);
			i++;
		} else {
			buf_addc(&b, text[i]);
		}
	}
	json_error_t jerr;
	json_t *j = json_loadb(b.p ? b.p : "", b.len, 0, &jerr);
	buf_free(&b);
	free(text);
	return j;
}

/* s with the stand-in back to NUL, into out */
static void with_nul(const char *s, size_t n, struct buf *out)
{
	out->len = 0;
	buf_add(out, "", 0);
	for (size_t i = 0; i < n; i++) {
		if (n - i >= 3 && memcmp(s + i, NUL_STAND_IN, 3) == 0) {
			buf_addc(out, 0);
			i += 2;
		} else {
			buf_addc(out, s[i]);
		}
	}
}

/* {"type": "...", "value": "..."}: the tagged scalar's type, else NULL */
static const char *tagged(json_t *o)
{
	json_t *t = json_object_get(o, "type"), *v = json_object_get(o, "value");
	if (json_object_size(o) != 2 || !json_is_string(t) || !json_is_string(v))
		return NULL;
	return json_string_value(t);
}

static int same(const struct toml *have, json_t *want, struct buf *path, struct buf *why);

static int same_scalar(const struct toml *have, json_t *want, struct buf *why)
{
	const char *type = tagged(want), *text = json_string_value(json_object_get(want, "value"));
	size_t tlen = json_string_length(json_object_get(want, "value"));
	enum toml_type kind = toml_type(have);
	char got[64] = "";
	if (strcmp(type, toml_type_name(kind)) != 0) {
		buf_printf(why, "expected %s, got %s", type, toml_type_name(kind));
		return 0;
	}
	int ok = 0;
	switch (kind) {
	case TOML_STRING: {
		size_t n;
		const char *s = toml_string(have, &n);
		struct buf w = {0};
		with_nul(text, tlen, &w);
		ok = n == w.len && memcmp(s, w.p, n) == 0;
		buf_free(&w);
		snprintf(got, sizeof got, "%.40s", s);
		break;
	}
	case TOML_INTEGER: {
		int64_t i = 0;
		toml_int(have, &i);
		snprintf(got, sizeof got, "%" PRId64, i);
		ok = strcmp(got, text) == 0;
		break;
	}
	case TOML_FLOAT: {
		double f = 0;
		toml_float(have, &f);
		snprintf(got, sizeof got, "%.17g", f);
		size_t n = strlen(text);
		if (n >= 3 && strcmp(text + n - 3, "nan") == 0)
			ok = isnan(f);
		else
			ok = !isnan(f) && strtod(text, NULL) == f;
		break;
	}
	case TOML_BOOL: {
		int b = 0;
		toml_bool(have, &b);
		snprintf(got, sizeof got, "%s", b ? "true" : "false");
		ok = strcmp(got, text) == 0;
		break;
	}
	default:
		snprintf(got, sizeof got, "%s", toml_datetime(have));
		ok = same_when(text, got, kind);
		break;
	}
	if (!ok)
		buf_printf(why, "expected %s %.40s, got %s", type, text, got);
	return ok;
}

static int same_table(const struct toml *have, json_t *want, struct buf *path, struct buf *why)
{
	if (toml_type(have) != TOML_TABLE) {
		buf_printf(why, "expected a table, got %s", toml_type_name(toml_type(have)));
		return 0;
	}
	if (toml_len(have) != json_object_size(want)) {
		buf_printf(why, "expected %zu keys, got %zu", json_object_size(want), toml_len(have));
		return 0;
	}
	const char *k;
	size_t klen;
	json_t *v;
	struct buf key = {0};
	json_object_keylen_foreach(want, k, klen, v) {
		size_t at = path->len;
		buf_add(path, ".", 1);
		buf_add(path, k, klen);
		with_nul(k, klen, &key);
		const struct toml *h = toml_getn(have, key.p, key.len);
		if (!h)
			buf_printf(why, "missing key");
		if (!h || !same(h, v, path, why)) {
			buf_free(&key);
			return 0;
		}
		path->len = at;
		path->p[at] = 0;
	}
	buf_free(&key);
	return 1;
}

static int same(const struct toml *have, json_t *want, struct buf *path, struct buf *why)
{
	if (json_is_array(want)) {
		if (toml_type(have) != TOML_ARRAY || toml_len(have) != json_array_size(want)) {
			buf_printf(why, "expected an array of %zu, got %s of %zu", json_array_size(want),
				   toml_type_name(toml_type(have)), toml_len(have));
			return 0;
		}
		for (size_t i = 0; i < json_array_size(want); i++) {
			size_t at = path->len;
			buf_printf(path, "[%zu]", i);
			if (!same(toml_at(have, i), json_array_get(want, i), path, why))
				return 0;
			path->len = at;
			path->p[at] = 0;
		}
		return 1;
	}
	if (!json_is_object(want)) {
		buf_printf(why, "bad expectation (neither object nor array)");
		return 0;
	}
	return tagged(want) ? same_scalar(have, want, why) : same_table(have, want, path, why);
}

/* ---- the suite -------------------------------------------------------- */

struct tally {
	size_t valid, valid_ok, invalid, invalid_ok;
	struct strv fails;
};

static void run_valid(const char *base, const char *name, struct tally *t)
{
	char *tpath = xasprintf("%s/%s", base, name), *jpath = xstrdup(tpath), err[256];
	size_t len, n = strlen(jpath);
	memcpy(jpath + n - 4, "json", 4);
	char *text = slurp(tpath, &len);
	json_t *want = load_expectation(jpath);
	struct toml *doc = text ? toml_parse(text, len, err, sizeof err) : NULL;
	struct buf path = {0}, why = {0};
	t->valid++;
	if (!text || !want) {
		strv_push(&t->fails, xasprintf("%s: cannot read %s", name, !text ? tpath : jpath));
	} else if (!doc) {
		strv_push(&t->fails, xasprintf("%s: rejected: %s", name, err));
	} else if (buf_add(&path, "", 0), !same(doc, want, &path, &why)) {
		strv_push(&t->fails, xasprintf("%s: at %s: %s", name, path.len ? path.p : "(root)", why.p));
	} else {
		t->valid_ok++;
	}
	buf_free(&path);
	buf_free(&why);
	toml_free(doc);
	json_decref(want);
	free(text);
	free(tpath);
	free(jpath);
}

static void run_invalid(const char *base, const char *name, struct tally *t)
{
	char *tpath = xasprintf("%s/%s", base, name), err[256];
	size_t len;
	char *text = slurp(tpath, &len);
	struct toml *doc = text ? toml_parse(text, len, err, sizeof err) : NULL;
	t->invalid++;
	if (!text)
		strv_push(&t->fails, xasprintf("%s: cannot read %s", name, tpath));
	else if (doc)
		strv_push(&t->fails, xasprintf("%s: accepted", name));
	else
		t->invalid_ok++;
	toml_free(doc);
	free(text);
	free(tpath);
}

/* ---- the accessors --------------------------------------------------- */

static const char api_doc[] =
	"title = \"x\"\r\n[package]\r\nname = \"ferry\"  # here\r\nnul = \"a\\u0000b\"\r\n"
	"version = 3\r\n\"k\\u0000\" = -0.0\r\n[deps]\r\n"
	"d0=0\nd1=1\nd2=2\nd3=3\nd4=4\nd5=5\nd6=6\nd7=7\nd8=8\nd9=9\nd10=10\nd11=11\n"
	"[[bin]]\nname = 'a'\n[[bin]]\nname = 'b'\nwhen = 1979-05-27 07:32:00z\n";

static void api_check(struct tally *t, int ok, const char *what)
{
	if (!ok)
		strv_push(&t->fails, xasprintf("api: %s", what));
}

static void api_checks(struct tally *t)
{
	char err[128];
	int64_t i = 0;
	double f = 1;
	size_t n = 0;
	struct toml *doc = toml_parse(api_doc, sizeof api_doc - 1, err, sizeof err);
	api_check(t, doc != NULL, "the sample document parses");
	api_check(t, toml_str(doc, "package.name") && strcmp(toml_str(doc, "package.name"), "ferry") == 0,
		  "toml_str finds package.name");
	api_check(t, toml_str(doc, "title") && !toml_str(doc, "package.version") && !toml_str(doc, "package.nul") &&
		  !toml_str(doc, "package.name.x") && !toml_str(doc, "nope.name") && !toml_str(NULL, "title"),
		  "toml_str refuses missing paths, non-strings and strings with NUL");
	const struct toml *pkg = toml_get(doc, "package");
	api_check(t, toml_string(toml_get(pkg, "nul"), &n) && n == 3, "strings keep \\u0000");
	api_check(t, toml_float(toml_getn(pkg, "k\0", 2), &f) == 0 && f == 0 && signbit(f), "keys with NUL, -0.0");
	api_check(t, toml_int(toml_get(pkg, "version"), &i) == 0 && i == 3 && toml_int(pkg, &i) == -1, "toml_int");
	api_check(t, toml_len(doc) == 4 && strcmp(toml_key(doc, 2, &n), "deps") == 0 && n == 4 &&
		  toml_key(doc, 4, NULL) == NULL && toml_at(doc, 4) == NULL, "document order");
	const struct toml *deps = toml_get(doc, "deps");
	int all = toml_len(deps) == 12;
	for (int k = 0; k < 12; k++) {
		char key[8];
		snprintf(key, sizeof key, "d%d", k);
		all &= toml_int(toml_get(deps, key), &i) == 0 && i == k && toml_at(deps, (size_t)k) == toml_get(deps, key);
	}
	api_check(t, all && !toml_get(deps, "d12"), "hashed lookup in a larger table");
	const struct toml *bin = toml_at(toml_get(doc, "bin"), 1);
	api_check(t, toml_type(bin) == TOML_TABLE && toml_datetime(toml_get(bin, "when")) &&
		  strcmp(toml_datetime(toml_get(bin, "when")), "1979-05-27T07:32:00Z") == 0, "arrays of tables, date-times");
	api_check(t, toml_type(NULL) == TOML_NONE && toml_len(NULL) == 0 && !toml_get(NULL, "a") && !toml_string(NULL, &n),
		  "NULL answers nothing");
	toml_free(doc);
	doc = toml_parse("a = 1\r\n\r\n[b]\r\nc = 01\r\n", 22, err, sizeof err);
	api_check(t, !doc && strncmp(err, "line 4: ", 8) == 0, "errors name their line");
	char *big = xcalloc(TOML_MAX_INPUT + 1, 1);
	api_check(t, !toml_parse("a = \"\xc0\xaf\"", 8, NULL, 0) && !toml_parse(big, TOML_MAX_INPUT + 1, err, sizeof err),
		  "bad UTF-8 and oversized input are refused (no err buffer needed)");
	free(big);
}

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: tomltest TOML-TEST-DIR\n");
		return 2;
	}
	char *base = xstrdup(argv[1]), *list = xasprintf("%s/files-toml-1.0.0", base);
	FILE *f = fopen(list, "r");
	if (!f) {
		free(base);
		free(list);
		base = xasprintf("%s/tests", argv[1]);
		list = xasprintf("%s/files-toml-1.0.0", base);
		f = fopen(list, "r");
	}
	if (!f) {
		fprintf(stderr, "tomltest: no files-toml-1.0.0 in %s or %s/tests\n", argv[1], argv[1]);
		free(base);
		free(list);
		return 2;
	}
	struct tally t = {0};
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	while ((n = getline(&line, &cap, f)) >= 0) {
		while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			line[--n] = 0;
		if (!str_endswith(line, ".toml"))
			continue;
		if (str_startswith(line, "valid/"))
			run_valid(base, line, &t);
		else if (str_startswith(line, "invalid/"))
			run_invalid(base, line, &t);
	}
	free(line);
	fclose(f);
	api_checks(&t);
	printf("toml-test: valid %zu/%zu decoded as expected, invalid %zu/%zu rejected\n", t.valid_ok, t.valid,
	       t.invalid_ok, t.invalid);
	for (size_t i = 0; i < t.fails.n && i < SHOW_FAILURES; i++)
		printf("FAIL %s\n", t.fails.v[i]);
	if (t.fails.n > SHOW_FAILURES)
		printf("... and %zu more\n", t.fails.n - SHOW_FAILURES);
	int rc = t.fails.n || t.valid == 0 ? 1 : 0;
	strv_free(&t.fails);
	free(base);
	free(list);
	if (fflush(stdout) != 0 || ferror(stdout))
		return 2;
	return rc;
}
