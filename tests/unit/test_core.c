/* Unit tests for the pure modules: template engine, escaping, names, dates,
 * npmrc parsing, archive path checks, the .solv cache's stat index, base64.
 * Prints "ok - NAME" / "not ok - NAME". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "convert/template.h"
#include "core/base64.h"
#include "core/date.h"
#include "core/escape.h"
#include "core/family.h"
#include "core/naming.h"
#include "core/util.h"
#include "fetch/archive.h"
#include "fetch/npmrc.h"
#include "solver/statidx.h"

static int failed;

static void check_str(const char *name, const char *got, const char *want)
{
	if (got && strcmp(got, want) == 0) {
		printf("ok - %s\n", name);
	} else {
		printf("not ok - %s: got [%s] want [%s]\n", name, got ? got : "(null)", want);
		failed = 1;
	}
}

static void check(const char *name, int cond)
{
	printf("%s - %s\n", cond ? "ok" : "not ok", name);
	if (!cond)
		failed = 1;
}

static void owned(const char *name, char *got, const char *want)
{
	check_str(name, got, want);
	free(got);
}

static void templates(void)
{
	struct tvars *v = tvars_new();
	tvars_set(v, "name", "x");
	tvars_set(v, "empty", "");
	tvars_set(tvars_add_item(v, "items"), "it", "a");
	tvars_set(tvars_add_item(v, "items"), "it", "b");
	tvars_list(v, "none");
	struct ferr e = {0};
	char *out = NULL;
	check("template renders", template_render_text("t", "n={{name}}\n{{#each items}}\n- {{it}} of {{name}}\n{{/each}}\n"
					       "{{#if empty}}yes{{else}}no{{/if}}{{#if none}}!{{/if}}{{!gone}}\n", v, &out, &e) == 0);
	check_str("template loops, scopes, conditionals, standalone tag lines", out, "n=x\n- a of x\n- b of x\nno\n");
	free(out);
	out = NULL;
	check("template rejects an unknown name", template_render_text("t", "{{nmae}}", v, &out, &e) != 0 && !out);
	check_str("template error names the tag", e.msg, "template t: {{nmae}}: unknown name");
	ferr_clear(&e);
	check("template rejects an unclosed block", template_render_text("t", "{{#if name}}x", v, &out, &e) != 0);
	ferr_clear(&e);
	check("template rejects a list used as text", template_render_text("t", "{{items}}", v, &out, &e) != 0);
	ferr_clear(&e);
	check("template rejects a name not yet set", template_render_text("t", "{{v}}", v, &out, &e) != 0);
	ferr_clear(&e);
	tvars_set(v, "v", "{{name}}");
	check("template inserts values verbatim", template_render_text("t", "{{v}}", v, &out, &e) == 0 &&
	      strcmp(out, "{{name}}") == 0);
	free(out);
	tvars_free(v);
}

static void escaping(void)
{
	owned("rpm line doubles % and joins lines", esc_rpm_line("a %{lua:x}\nLicense: y\t z"),
	      "a %%{lua:x} License: y z");
	owned("rpm text wraps and guards section names", esc_rpm_text("one two three\n%install\n\n\nnext", 9),
	      "one two\nthree\n %%install\n\nnext\n");
	owned("deb line defuses substitutions", esc_deb_line("a ${x}\nb"), "a $ {x} b");
	owned("deb text folds blank lines", esc_deb_text("a\n\nb\x01\n", 79), " a\n .\n b\n");
	owned("summary takes the first sentence", summary_of("fast thing. More words.", 79, "f"), "Fast thing");
	owned("summary cuts at a word", summary_of("aaa bbb ccc", 6, "f"), "Aaa");
	owned("summary falls back when empty", summary_of(" \n", 79, "fallback"), "fallback");
}

static void names(void)
{
	check("npm name ok", naming_npm_invalid("left-pad") == NULL);
	check("npm scoped ok", naming_npm_invalid("@types/node") == NULL);
	check("npm name with .. refused", naming_npm_invalid("..") != NULL);
	check("npm name with / refused", naming_npm_invalid("a/b") != NULL);
	check("npm name with space refused", naming_npm_invalid("a b") != NULL);
	check("npm name with %% refused", naming_npm_invalid("a%b") != NULL);
	char longname[300];
	memset(longname, 'a', 215);
	longname[215] = 0;
	check("npm name too long refused", naming_npm_invalid(longname) != NULL);
	longname[214] = 0;
	check("npm name of 214 bytes ok", naming_npm_invalid(longname) == NULL);
	owned("fedora name of a scoped package", naming_npm_fedora("@babel/core"), "nodejs-babel-core");
	owned("debian name of a scoped package", naming_npm_deb("@Scope/a_b"), "node-scope-a-b");
}

/* compat names: one rule per target (core/naming.h) */
static void compat_names(void)
{
	owned("compat level: npm major", naming_compat_level("npm", "4.3.0"), "4");
	owned("compat level: npm 0.x keeps its minor", naming_compat_level("npm", "0.13.1"), "0.13");
	owned("compat level: npm 0.0.x keeps its patch", naming_compat_level("npm", "0.0.3"), "0.0.3");
	owned("compat level: npm prerelease", naming_compat_level("npm", "5.0.0-beta.2"), "5");
	owned("compat level: crate 0.x", naming_compat_level("crate", "0.7.6"), "0.7");
	owned("compat level: pypi first release number", naming_compat_level("pypi", "21.4.0.post1"), "21");
	owned("compat level: pypi epoch and leading zeros", naming_compat_level("pypi", "1!02.0"), "2");
	owned("compat level: pypi release number past 2^64 does not overflow",
	      naming_compat_level("pypi", "184467440737095516160.1"), "184467440737095516160");
	owned("compat level: crate 0.0.x keeps its patch", naming_compat_level("crate", "0.0.3"), "0.0.3");
	check("compat level: an unknown ecosystem has none", naming_compat_level("gem", "1.0.0") == NULL);
	check("compat level: no version, no level", naming_compat_level("npm", "4.x") == NULL &&
	      naming_compat_level("crate", "") == NULL && naming_compat_level("pypi", "one") == NULL);
	owned("fedora compat: npm major appended", family_compat(&family_fedora, "npm", "nodejs-ansi-styles", "4.3.0"),
	      "nodejs-ansi-styles4");
	owned("fedora compat: rust-nom7", family_compat(&family_fedora, "crate", "rust-nom", "7.1.3"), "rust-nom7");
	owned("fedora compat: rust-version-compare0.1", family_compat(&family_fedora, "crate", "rust-version-compare", "0.1.1"),
	      "rust-version-compare0.1");
	owned("fedora compat: a name ending in a digit takes '_'", family_compat(&family_fedora, "crate", "rust-base64", "0.13.1"),
	      "rust-base64_0.13");
	owned("fedora compat: pypi", family_compat(&family_fedora, "pypi", "sqlalchemy", "1.4.54"), "sqlalchemy1");
	owned("debian compat: debcargo's rust-nom-4", family_compat(&family_debian, "crate", "nom", "4.2.3"), "nom-4");
	owned("debian compat: debcargo's rust-ahash-0.7", family_compat(&family_debian, "crate", "ahash", "0.7.6"), "ahash-0.7");
	owned("debian compat: npm major appended (node-babel7)", family_compat(&family_debian, "npm", "node-babel", "7.20.15"),
	      "node-babel7");
	owned("debian compat: a name ending in a digit takes '-'", family_compat(&family_debian, "npm", "node-base64", "2.1.0"),
	      "node-base64-2");
	owned("debian compat: pypi (python3-consul2)", family_compat(&family_debian, "pypi", "python3-consul", "2.0.1"),
	      "python3-consul2");
	check("compat: no version, no name", family_compat(&family_fedora, "npm", "nodejs-a", "x") == NULL &&
	      family_compat(&family_debian, "crate", "a", "1") == NULL);
}

static void dates(void)
{
	char b[64];
	long long t = date_parse_iso("2018-04-09T01:58:21.016Z");
	check("iso date parses", t == 1523239101);
	check("iso date with offset", date_parse_iso("2018-04-09T03:58:21+02:00") == 1523239101);
	check("bad iso date refused", date_parse_iso("2018-13-09T01:58:21Z") == -1);
	date_rpm(t, b, sizeof b);
	check_str("rpm changelog date", b, "Mon Apr 09 2018");
	date_deb(t, b, sizeof b);
	check_str("debian changelog date", b, "Mon, 09 Apr 2018 01:58:21 +0000");
	check("debian changelog date reads back", date_parse_deb(b) == t);
	check("debian changelog date with an offset", date_parse_deb("Mon, 09 Apr 2018 03:58:21 +0200") == t);
	check("rpm changelog date reads back as its day", date_parse_rpm("Mon Apr 09 2018") == t - t % 86400);
	check("rpm changelog date with a one-digit day", date_parse_rpm("Mon Apr  9 2018") == t - t % 86400);
	check("a changelog date that is not one", date_parse_deb("Mon, 9 Apr 2018") == -1 &&
						       date_parse_rpm("Mon Foo 09 2018") == -1);
	int bad;
	check("SOURCE_DATE_EPOCH wins", date_choose("0", "2018-04-09T01:58:21Z", &bad) == 0 && !bad);
	check("bad SOURCE_DATE_EPOCH is reported", date_choose("12x", NULL, &bad) == -1 && bad);
	/* four-digit years only (found by tests/fuzz/fuzz_date) */
	check("SOURCE_DATE_EPOCH past 9999 is reported", date_choose("253402300800", NULL, &bad) == -1 && bad);
	check("SOURCE_DATE_EPOCH beyond long long is reported",
	      date_choose("99999999999999999999", NULL, &bad) == -1 && bad);
	check("SOURCE_DATE_EPOCH at the end of 9999 stands", date_choose("253402300799", NULL, &bad) == DATE_MAX && !bad);
	check("iso offset pushing past 9999 refused", date_parse_iso("9999-12-31T23:59:59-23:59") == -1);
	check("iso offset minutes past 59 refused", date_parse_iso("2018-04-09T01:58:21+01:99") == -1);
}

static void npmrc(void)
{
	setenv("FERRY_UNIT_HOST", "http://127.0.0.1:1", 1);
	const char *rc = "; comment\n# comment\nregistry = \"${FERRY_UNIT_HOST}/a/\"\n@s:registry=file:///x/\n"
			 "//host/:_authToken=secret\nregistry=http://127.0.0.1:2/\n";
	owned("npmrc: last assignment wins", npmrc_lookup(rc, "registry"), "http://127.0.0.1:2/");
	owned("npmrc: scoped key", npmrc_lookup(rc, "@s:registry"), "file:///x/");
	owned("npmrc: ${VAR} expands", npmrc_lookup("registry=${FERRY_UNIT_HOST}/a/", "registry"),
	      "http://127.0.0.1:1/a/");
	check("npmrc: missing key", npmrc_lookup(rc, "cafile") == NULL);
}

static void paths(void)
{
	check("path inside", archive_path_inside("a/b/../c"));
	check("path .. escapes", !archive_path_inside("a/../../c"));
	check("absolute path escapes", !archive_path_inside("/etc/passwd"));
	check("backslash path refused", !archive_path_inside("a\\..\\b"));
}

/* the stat index: when a stat may stand for content, and what it remembers */
static void statindex(void)
{
	const long long s = 1000000000LL;
	long long start = 1700000000 * s;
	struct stat st = {0};
	st.st_ctim.tv_sec = 1700000000 - 1;
	st.st_ctim.tv_nsec = 850000000;   /* 150 ms before the read */
	check("statidx settled 150 ms before", statidx_settled(&st, start));
	st.st_ctim.tv_nsec = 950000000;   /* 50 ms: the same tick, perhaps */
	check("statidx racy 50 ms before", !statidx_settled(&st, start));
	st.st_ctim.tv_sec = 1700000000;
	st.st_ctim.tv_nsec = 100;         /* after the read began */
	check("statidx racy after the start", !statidx_settled(&st, start));
	st.st_ctim.tv_sec = 1700000000 - 1;
	st.st_ctim.tv_nsec = 0;           /* whole seconds: a coarse file system */
	check("statidx racy 1 s before on a coarse file system", !statidx_settled(&st, start));
	st.st_ctim.tv_sec = 1700000000 - 3;
	check("statidx settled 3 s before on a coarse file system", statidx_settled(&st, start));

	char dir[] = "/tmp/ferry-statidx.XXXXXX";
	if (!mkdtemp(dir)) {
		check("statidx mkdtemp", 0);
		return;
	}
	char *index = xasprintf("%s/Packages index", dir), *solv = xasprintf("%s/abc.2.deb.solv", dir);
	char *other = xasprintf("%s/gone", dir), *table = xasprintf("%s/stat-index", dir);
	FILE *f = fopen(index, "w"), *g = fopen(solv, "w");
	check("statidx fixtures", f && g);
	if (f)
		fclose(f);
	if (g)
		fclose(g);
	char got[STATIDX_NAME] = "";
	check("statidx nothing recorded", statidx_find(dir, index, "1:2:3:4:5", got) != 0);
	statidx_record(dir, other, "9:9:9:9:9", "abc.2.deb.solv");   /* a path that does not exist */
	statidx_record(dir, index, "1:2:3:4:5", "abc.2.deb.solv");
	check("statidx found by path and signature",
	      statidx_find(dir, index, "1:2:3:4:5", got) == 0 && strcmp(got, "abc.2.deb.solv") == 0);
	check("statidx another signature", statidx_find(dir, index, "1:2:3:4:6", got) != 0);
	check("statidx a gone path is dropped on rewrite", statidx_find(dir, other, "9:9:9:9:9", got) != 0);
	statidx_record(dir, index, "1:2:3:4:6", "abc.2.deb.solv");
	check("statidx one entry per path",
	      statidx_find(dir, index, "1:2:3:4:6", got) == 0 && statidx_find(dir, index, "1:2:3:4:5", got) != 0);
	statidx_record(dir, "relative", "1:2:3:4:5", "abc.2.deb.solv");
	check("statidx refuses a relative path", statidx_find(dir, "relative", "1:2:3:4:5", got) != 0);
	unlink(table);
	unlink(solv);
	unlink(index);
	rmdir(dir);
	free(index);
	free(solv);
	free(other);
	free(table);
}

/* RFC 4648's test vectors both ways, both alphabets, and what is refused */
static void base64(void)
{
	static const char *const v[][2] = {{"", ""}, {"f", "Zg=="}, {"fo", "Zm8="}, {"foo", "Zm9v"},
					    {"foob", "Zm9vYg=="}, {"fooba", "Zm9vYmE="}, {"foobar", "Zm9vYmFy"}};
	for (size_t i = 0; i < sizeof v / sizeof v[0]; i++) {
		owned("base64 encodes an RFC 4648 vector", base64_encode(v[i][0], strlen(v[i][0])), v[i][1]);
		size_t n;
		unsigned char *d = base64_decode(v[i][1], strlen(v[i][1]), &n);
		check("base64 decodes an RFC 4648 vector", d && n == strlen(v[i][0]) && memcmp(d, v[i][0], n) == 0);
		free(d);
	}
	size_t n;
	unsigned char *d = base64_decode("-_8", 3, &n);
	check("base64 reads the URL-safe alphabet, unpadded", d && n == 2 && d[0] == 0xfb && d[1] == 0xff);
	free(d);
	const char *bad[] = {"Zm9v YQ", "Zg=a", "Z", "Zm9vY", "Zm9v\n"};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		d = base64_decode(bad[i], strlen(bad[i]), &n);
		check("base64 refuses a space, data after padding, a lone character, a line break", !d);
		free(d);
	}
	unsigned char small[2];
	check("base64 refuses what does not fit", base64_decode_into("Zm9v", 4, small, sizeof small, &n) != 0);
}

int main(void)
{
	base64();
	templates();
	escaping();
	names();
	compat_names();
	dates();
	npmrc();
	paths();
	statindex();
	return failed;
}
