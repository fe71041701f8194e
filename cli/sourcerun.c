/* review --source (sourcerun.h). */
#include "sourcerun.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../convert/reader.h"
#include "../core/util.h"
#include "../fetch/gitsrc.h"

int sourcerun(const struct registry *reg, const char *source, const char *ref, const struct pkg *p,
	      const struct pkgfiles *art, struct srcmatch *out, struct ferr *e)
{
	memset(out, 0, sizeof *out);
	const char *commit = NULL, *how = NULL;
	char *refs[3] = {xasprintf("v%s", p->version), xstrdup(p->version), xasprintf("%s@%s", p->name, p->version)};
	const char *const *tags = (const char *const *)refs;
	size_t ntags = 3;
	if (ref) {
		commit = gitsrc_is_commit(ref) ? ref : NULL;
		tags = &ref, ntags = 1, how = "--source-ref";
	} else if (p->provenance && gitsrc_is_commit(p->provenance->commit)) {
		commit = p->provenance->commit, how = "provenance (verified)";
	} else if (p->vcs_commit && gitsrc_is_commit(p->vcs_commit)) {
		commit = p->vcs_commit, how = "the package's own record of its commit (unverified)";
	}
	struct pkgfiles src;
	char *full = NULL;
	int rc = gitsrc_tree(source, commit, tags, ntags, &src, &full, e);
	if (rc == 0) {
		const char *sub = p->vcs_path && *p->vcs_path && !strstr(p->vcs_path, "..") ? p->vcs_path : "";
		out->source = xstrdup(source);
		out->commit = full;
		out->how = how ? xstrdup(how) : xasprintf("a tag (%s, %s or %s)", refs[0], refs[1], refs[2]);
		out->subdir = xstrdup(sub);
		rc = srcmatch_run(art, &src, sub, reader_find(reg->eco), out, e);
		pkgfiles_free(&src);
	}
	if (rc != 0 && e->msg[0] && strncmp(e->msg, p->name, strlen(p->name)) != 0) {
		struct ferr first = *e;   /* said of the package */
		ferr_clear(e);
		ferr_set(e, first.kind, "%s@%s: %s", p->name, p->version, first.msg);
	}
	for (size_t i = 0; i < 3; i++)
		free(refs[i]);
	if (rc != 0)
		srcmatch_free(out);
	return rc;
}

static void list(const char *mark, const struct strv *v)
{
	for (size_t i = 0; i < v->n; i++)
		printf("  %s %s\n", mark, v->v[i]);
}

void sourcerun_print(const struct srcmatch *m, int diffs)
{
	printf("\nsource: %s at %s (%s)%s%s: %zu the same, %zu only in the artifact, %zu differ, %zu not shipped, "
	       "%zu written by the pack step\n", m->source, m->commit, m->how, *m->subdir ? ", folder " : "", m->subdir,
	       m->same, m->only_artifact.n, m->differ.n, m->missing.n, m->generated.n);
	list("A", &m->only_artifact);
	list("M", &m->differ);
	list("-", &m->missing);
	list("g", &m->generated);
	if (!diffs || !m->diffs.n)
		return;
	printf("  diffs, a/ = the source, b/ = the artifact (cut at %d lines a file, %d in all; %zu lines cut):\n",
	       SRCMATCH_DIFF_LINES, SRCMATCH_DIFF_TOTAL, m->diff_lines_cut);
	for (size_t i = 0; i < m->diffs.n; i++)
		fputs(m->diffs.v[i], stdout);
}

static json_t *strings(const struct strv *v)
{
	json_t *a = json_array();
	for (size_t i = 0; i < v->n; i++)
		json_array_append_new(a, json_string(v->v[i]));
	return a;
}

json_t *sourcerun_json(const struct srcmatch *m)
{
	json_t *o = json_object();
	json_object_set_new(o, "repository", json_string(m->source));
	json_object_set_new(o, "commit", json_string(m->commit));
	json_object_set_new(o, "commit_from", json_string(m->how));
	json_object_set_new(o, "folder", json_string(m->subdir));
	json_object_set_new(o, "same", json_integer((json_int_t)m->same));
	json_object_set_new(o, "only_in_artifact", strings(&m->only_artifact));
	json_object_set_new(o, "differ", strings(&m->differ));
	json_object_set_new(o, "not_shipped", strings(&m->missing));
	json_object_set_new(o, "generated", strings(&m->generated));
	json_object_set_new(o, "diffs", strings(&m->diffs));
	return o;
}
