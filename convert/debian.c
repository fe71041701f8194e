/* debian.c: what the Debian writers share (writer.h): the copyright and
 * license paragraphs, the changelog's date and packager, the orig tarball. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "copyright.h"
#include "license.h"
#include "../fetch/archive.h"
#include "../fetch/repack.h"
#include "template.h"
#include "writer.h"
#include "../core/date.h"
#include "../core/embedded.h"
#include "../core/eco.h"
#include "../core/escape.h"
#include "../core/family.h"
#include "../core/naming.h"
#include "../core/util.h"

/* The body of the License paragraph for id: a pointer to
 * /usr/share/common-licenses where Debian keeps the text (policy 12.5);
 * else the package's own file of that license, its lines kept; else
 * ferry's copy of the standard text (templates/deb/licenses/). */
static char *license_body(const struct pkg *p, const char *id, size_t nids, const char **from)
{
	*from = NULL;
	const char *with = strstr(id, " with ");
	char *base = with ? xstrndup(id, (size_t)(with - id)) : xstrdup(id);
	const char *common = license_common(base);
	free(base);
	if (common && with)
		return xasprintf(" On Debian systems, the complete text of this license can be found in\n"
				 " \"/usr/share/common-licenses/%s\".\n The upstream package grants it%s.\n",
				 common, with);
	if (common)
		return xasprintf(" On Debian systems, the complete text of this license can be found in\n"
				 " \"/usr/share/common-licenses/%s\".\n", common);
	const char *own = copyright_file_for(&p->license_texts, id, nids);
	if (own) {
		char *t = copyright_para(own);
		if (*t)
			return t;
		free(t);
	}
	char *name = xasprintf("deb/licenses/%s.in", id);
	const char *std = embedded_text(name);
	free(name);
	if (std) {
		*from = "The standard text: the upstream package ships no copy of its own.";
		return copyright_para(std);
	}
	return xstrdup(" The upstream package names this license but ships no license text.\n");
}

/* One stand-alone License paragraph per license named. */
static void license_paras(const struct pkg *p, const struct strv *ids, struct tvars *v)
{
	tvars_list(v, "license_paras");
	for (size_t i = 0; i < ids->n; i++) {
		struct tvars *it = tvars_add_item(v, "license_paras");
		tvars_set(it, "id", ids->v[i]);
		const char *from;
		char *text = license_body(p, ids->v[i], ids->n, &from);
		tvars_set(it, "comment", from ? from : "");
		/* the template adds the newline after each paragraph's text */
		size_t n = strlen(text);
		if (n && text[n - 1] == '\n')
			text[n - 1] = 0;
		tvars_set(it, "text", text);
		free(text);
	}
}

/* Files: *'s holders, from the license files as written there; the
 * registry's author only when they name none, said in a Comment */
static void holders(const struct pkg *p, struct tvars *v)
{
	struct strv hs = {0};
	copyright_holders(&p->license_texts, &hs);
	const char *comment = "";
	if (!hs.n) {
		strv_add(&hs, *p->author ? p->author : "the upstream authors");
		comment = *p->author ? "The upstream license files name no copyright holder:\n"
				       " this is the author the registry's metadata gives."
				     : "Neither the upstream license files nor the registry's metadata\n"
				       " name a copyright holder.";
	}
	struct buf b = {0};
	for (size_t i = 0; i < hs.n; i++) {
		char *h = esc_deb_line(hs.v[i]);
		buf_printf(&b, "%s%s", i ? "\n " : "", h);
		free(h);
	}
	tvars_set(v, "copyright", b.p);
	tvars_set(v, "copyright_comment", comment);
	buf_free(&b);
	strv_free(&hs);
}

int debian_orig(const struct write_opts *o, const char *debver, int repack, int (*drop)(const char *path, void *ctx),
		void *ctx, struct outtree *t, struct ferr *e)
{
	char *orig = xasprintf("%s_%s.orig.tar.gz", t->top, debver);
	if (!repack) {
		outtree_add_bytes(t, orig, o->artifact, o->artifact_len, 0644);
		free(orig);
		return 0;
	}
	char *packed;
	size_t plen;
	int rc = archive_repack(o->artifact, o->artifact_len, drop, ctx, &packed, &plen, orig, e);
	if (rc == 0) {
		outtree_add_bytes(t, orig, packed, plen, 0644);
		free(packed);
	}
	free(orig);
	return rc;
}

/* The version of a changelog's top entry, its "PACKAGE (VERSION)", or
 * NULL when that is not one (caller frees). */
static char *top_version(const char *changelog)
{
	const char *open = changelog ? strstr(changelog, " (") : NULL;
	if (!open || open > changelog + strcspn(changelog, "\n"))
		return NULL;
	size_t n = strcspn(open + 2, ")\n");
	if (!n || open[2 + n] != ')' ||
	    strspn(open + 2, "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.+~:-") != n)
		return NULL;
	return xasprintf("%.*s", (int)n, open + 2);
}

/* Debian version dv's "EPOCH:" as deb_epoch; what follows it */
static const char *set_epoch(const char *dv, struct tvars *v)
{
	const char *colon = strchr(dv, ':');
	if (!colon || colon == dv || strspn(dv, "0123456789") != (size_t)(colon - dv))
		return dv;
	char *ep = xasprintf("%.*s", (int)(colon - dv + 1), dv);
	tvars_set(v, "deb_epoch", ep);
	free(ep);
	return colon + 1;
}

/* ferry update: the tree's own changelog under the new entry, its epoch
 * kept, UNRELEASED unless a distribution is given */
static void update_vars(const struct write_opts *o, struct tvars *v)
{
	tvars_set(v, "deb_dist", "unstable");
	writer_update_vars(o, v, esc_deb_line, esc_deb_item, "    ");
	if (!o->prior_version)
		return;
	writer_set_esc(v, "deb_dist", o->changelog_dist ? o->changelog_dist : "UNRELEASED", esc_deb_line);
	char *top = top_version(o->prior_history);
	if (top)
		set_epoch(top, v);
	free(top);
}

/* The changelog of an update moves on from the distribution's package
 * (o->distro_pkg at o->distro_version): its epoch kept, and when the
 * upstream version stays, the next revision ("2.0.0-2" -> "2.0.0-3");
 * its own changelog, when at hand, under the new entry; else the entry
 * says that the history before it is the distribution's. */
static void changelog_vars(const struct pkg *p, const struct write_opts *o, struct tvars *v)
{
	tvars_set(v, "deb_epoch", "");
	tvars_set(v, "deb_revision", "1");
	tvars_set(v, "update_of", "");
	tvars_set(v, "update_version", "");
	tvars_set(v, "distro_history", "");
	update_vars(o, v);
	if (!o->distro_pkg || !o->distro_version)
		return;
	/* the changelog at hand names the version it moves on from: its top
	 * entry's "PACKAGE (VERSION)", which may be newer than the index's */
	char *top = top_version(o->distro_changelog);
	writer_set_esc(v, "update_of", o->distro_pkg, esc_deb_line);
	writer_set_esc(v, "update_version", top ? top : o->distro_version, esc_deb_line);
	const char *dv = set_epoch(top ? top : o->distro_version, v);
	const char *dash = strrchr(dv, '-');
	const char *why;
	char *up = eco_find(p->eco)->translate(p->version, family_debian.spell, &why);
	if (dash && up && strlen(up) == (size_t)(dash - dv) && strncmp(up, dv, (size_t)(dash - dv)) == 0) {
		const char *rev = dash + 1;
		if (*rev && strspn(rev, "0123456789") == strlen(rev) && strlen(rev) < 9)
			tvars_setf(v, "deb_revision", "%ld", strtol(rev, NULL, 10) + 1);
		else
		{
			char *r = esc_deb_line(rev);
			tvars_setf(v, "deb_revision", "%s+1", r);
			free(r);
		}
	}
	free(up);
	free(top);
	if (o->distro_changelog)
		writer_set_history(v, "distro_history", o->distro_changelog);
}

/* What every Debian tree shares: copyright and license paragraphs, the
 * changelog's date and packager. */
void debian_common(const struct pkg *p, const struct write_opts *o, struct tvars *v, struct strv *ids)
{
	char *s;
	tvars_set(v, "upstream_name", p->name);   /* checked by the reader's naming rules */
	tvars_set(v, "registry_label", eco_find(p->eco)->label);   /* the writer table found it */
	tvars_list(v, "components");   /* embedded older majors: the npm writer's (copyright.in) */
	char *lic = license_deb(p->license, ids);
	if (!lic) {
		lic = xstrdup("UNKNOWN");   /* not an SPDX expression: said in a note */
		strv_add(ids, "UNKNOWN");
	}
	s = esc_deb_line(lic);
	tvars_set(v, "deb_license", s);
	free(s);
	free(lic);
	strv_sort(ids);
	license_paras(p, ids, v);
	holders(p, v);
	/* lintian's source-is-missing stays for these: said where a reviewer reads */
	struct buf kept = {0};
	for (size_t i = 0; i < p->nosource_kept.n; i++)
		buf_printf(&kept, "\n %s", p->nosource_kept.v[i]);   /* plain paths (contents.c) */
	tvars_set(v, "nosource_kept", kept.p ? kept.p : "");
	buf_free(&kept);
	char date[64];
	date_deb(o->date, date, sizeof date);
	tvars_set(v, "deb_date", date);
	tvars_setf(v, "year", "%d", date_year(o->date));
	s = esc_deb_line(o->packager);
	tvars_set(v, "packager", s);
	free(s);
	changelog_vars(p, o, v);
}

/* lintian's description-synopsis-is-duplicated: the line a, n bytes,
 * says what the synopsis b says, letters and digits compared, case aside */
static int same_words(const char *a, size_t n, const char *b)
{
	size_t i = 0;
	for (;;) {
		while (i < n && !isalnum((unsigned char)a[i]))
			i++;
		while (*b && !isalnum((unsigned char)*b))
			b++;
		if (i == n || !*b)
			return i == n && !*b;
		if (tolower((unsigned char)a[i]) != tolower((unsigned char)*b))
			return 0;
		i++;
		b++;
	}
}

/* Drops the extended description's first paragraph (and the " ." after
 * it) when it only repeats the synopsis, in place.  A paragraph that goes
 * on past a cut synopsis stays whole. */
static void drop_repeated_synopsis(char *text, const char *synopsis)
{
	char *end = strstr(text, "\n .\n");
	size_t n = end ? (size_t)(end - text) : strlen(text);
	if (!same_words(text, n, synopsis))
		return;
	char *rest = end ? end + 4 : text + n;
	memmove(text, rest, strlen(rest) + 1);
}

/* lintian's description-synopsis-starts-with-article: "A generic
 * framework" becomes "Generic framework", in place */
static void strip_article(char *sum)
{
	static const char *const articles[] = {"a ", "an ", "the "};
	for (size_t i = 0; i < sizeof articles / sizeof articles[0]; i++) {
		size_t n = strlen(articles[i]);
		if (strncasecmp(sum, articles[i], n) == 0 && isalnum((unsigned char)sum[n])) {
			memmove(sum, sum + n, strlen(sum + n) + 1);
			sum[0] = (char)toupper((unsigned char)sum[0]);
			return;
		}
	}
}

char *writer_deb_nocheck(const char *rels)
{
	struct buf b = {0};
	for (const char *c = rels; *c; c++) {
		if (*c == ',' || (*c == '|' && c > rels && c[-1] == ' ')) {
			while (b.len && b.p[b.len - 1] == ' ')
				b.p[--b.len] = 0;
			buf_printf(&b, " <!nocheck>%s", *c == ',' ? "," : " |");
			continue;
		}
		buf_addc(&b, *c);
	}
	buf_adds(&b, " <!nocheck>");
	return buf_steal(&b);
}

void writer_deb_vars(const struct pkg *p, struct tvars *v, const char *fallback, size_t width, const char *closing)
{
	char *sum = summary_of(p->description, width, "");
	if (!*sum) {
		free(sum);
		sum = xstrdup(fallback);
	}
	struct buf d = {0};
	buf_adds(&d, *p->description ? p->description : sum);
	buf_printf(&d, "\n\n%s", closing);
	char *s = esc_deb_text(d.p, 79);
	buf_free(&d);
	drop_repeated_synopsis(s, sum);
	/* a synopsis cut where the description's first line ends would
	 * repeat it all the same: cut it one word shorter */
	char *nl = strchr(s, '\n'), *sp;
	while (nl && same_words(s, (size_t)(nl - s), sum) && (sp = strrchr(sum, ' ')) != NULL) {
		*sp = 0;
		for (size_t n = strlen(sum); n && strchr(",;:. ", sum[n - 1]); n--)
			sum[n - 1] = 0;
	}
	strip_article(sum);
	writer_set_esc(v, "synopsis", sum, esc_deb_line);
	/* the template adds the final newline */
	if (*s && s[strlen(s) - 1] == '\n')
		s[strlen(s) - 1] = 0;
	tvars_set(v, "description", s);
	free(s);
	free(sum);
	char *url = writer_pkg_url(p);
	writer_set_esc(v, "homepage", url, esc_deb_line);
	/* DEP-5's Source: where the source is got, so the repository first */
	char *repo = writer_repo_url(p->repository);
	writer_set_esc(v, "source", repo ? repo : url, esc_deb_line);
	free(repo);
	free(url);
	writer_comment_list(v, "hooks", &p->hooks, esc_deb_line);
	writer_comment_list(v, "notes", &p->notes, esc_deb_line);
}

/* a URL uscan's opts="..." and a mangle rule can hold as it is */
static int watch_safe(const char *u)
{
	if (!str_startswith(u, "https://") && !str_startswith(u, "http://"))
		return 0;
	for (; *u; u++)
		if (!isalnum((unsigned char)*u) && !strchr("._~:/@+=-", *u))
			return 0;
	return 1;
}

void debian_watch_vars(const struct pkg *p, const char *page, const char *re, struct tvars *v)
{
	tvars_set(v, "watch_page", "");
	tvars_set(v, "watch_re", "");
	tvars_set(v, "watch_dl", "");
	if (!page) {
		tvars_set(v, "watch_why", "no http(s) registry configured to watch");
		return;
	}
	/* the artifact's URL with its version as the rule's $1 */
	struct buf dl = {0};
	size_t n = strlen(p->version);
	const char *s = p->source_url ? p->source_url : "";
	int found = 0;
	while (*s) {
		if (n && strncmp(s, p->version, n) == 0) {
			buf_adds(&dl, "$1");
			s += n;
			found = 1;
		} else {
			buf_addc(&dl, *s++);
		}
	}
	char *d = buf_steal(&dl);
	if (!watch_safe(page) || !found || !watch_safe(p->source_url)) {
		tvars_set(v, "watch_why", "the registry's URLs hold bytes a watch file cannot take as they are");
	} else {
		tvars_set(v, "watch_why", "");
		tvars_set(v, "watch_page", page);
		tvars_set(v, "watch_re", re);
		tvars_set(v, "watch_dl", d);
	}
	free(d);
}

int debian_ships_tests(const struct write_opts *o, int (*is_test)(const char *path), struct ferr *e)
{
	struct pkgfiles pf = {0};
	if (archive_read(o->artifact, o->artifact_len, &archive_default_limits, NULL, NULL, "artifact", &pf, e) != 0)
		return -1;
	int found = 0;
	for (size_t i = 0; i < pf.n && !found; i++)
		found = pf.v[i].type == 'f' && is_test(pf.v[i].path);
	pkgfiles_free(&pf);
	return found;
}
