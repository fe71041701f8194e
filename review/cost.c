/* The cost of a review (cost.h): lines for text, fixed prices for what
 * cannot be read line by line. */
#include <string.h>

#include "cost.h"
#include "../core/util.h"

static long long count_lines(const char *data, size_t len)
{
	long long n = 0;
	for (size_t i = 0; i < len; i++)
		n += data[i] == '\n';
	return n + (len && data[len - 1] != '\n');
}

static int has_long_line(const char *data, size_t len)
{
	size_t run = 0;
	for (size_t i = 0; i < len; i++) {
		run = data[i] == '\n' ? 0 : run + 1;
		if (run > COST_LONG_LINE)
			return 1;
	}
	return 0;
}

/* the '+' and '-' lines of a unified diff's hunks; -1 when the diff was
 * too large to keep */
static long long diff_lines(const char *diff)
{
	long long n = 0;
	int in_hunk = 0;
	for (const char *p = diff; *p;) {
		const char *nl = strchr(p, '\n');
		size_t len = nl ? (size_t)(nl - p) : strlen(p);
		if (len >= 3 && strncmp(p, "@@ ", 3) == 0)
			in_hunk = 1;
		else if (in_hunk && len && (p[0] == '+' || p[0] == '-'))
			n++;
		p += len + (nl ? 1 : 0);
	}
	return in_hunk ? n : -1;
}

/* a file added or changed: its price, by what it is */
static void cost_file(struct review_cost *c, const struct pkgfile *f, const char *diff)
{
	if (!f->data || !file_is_text(f->data, f->len)) {
		if (f->data && file_binary_kind(f->data, f->len))
			c->executables++;
		else
			c->binaries++;
		return;
	}
	if (has_long_line(f->data, f->len)) {
		c->minified++;
		c->minified_bytes += (long long)f->len;
		return;
	}
	long long n = diff ? diff_lines(diff) : -1;
	c->lines += n >= 0 ? n : count_lines(f->data, f->len);
}

void review_cost(const struct review_in *in, const struct review *r, struct review_cost *out)
{
	memset(out, 0, sizeof *out);
	if (in->old) {
		for (size_t i = 0; i < r->nfiles; i++) {
			const struct filechange *fc = &r->files[i];
			const struct pkgfile *f = fc->status == 'D' ? NULL : pkgfiles_find(in->newf, fc->path);
			if (fc->status == 'D')
				out->removed++;
			else if (f)
				cost_file(out, f, fc->status == 'M' ? fc->diff : NULL);
		}
	} else {   /* a first review: every file is new */
		for (size_t i = 0; i < in->newf->n; i++)
			if (in->newf->v[i].type == 'f')
				cost_file(out, &in->newf->v[i], NULL);
	}
	for (size_t i = 0; i < r->nfindings; i++)
		out->install += strcmp(r->findings[i].rule, "install-hook") == 0;
	out->total = out->lines * COST_LINE + out->removed * COST_REMOVED + out->executables * COST_EXECUTABLE +
		     out->binaries * COST_BINARY + out->minified_bytes / COST_MINIFIED_DIV + out->install * COST_INSTALL;
}

char *review_cost_str(const struct review_cost *c)
{
	struct buf b = {0};
	buf_printf(&b, "%lld:", c->total);
	const char *sep = " ";
	if (c->lines || (!c->removed && !c->executables && !c->binaries && !c->minified && !c->install))
		buf_printf(&b, "%s%lld line%s", sep, c->lines, c->lines == 1 ? "" : "s"), sep = ", ";
	if (c->removed)
		buf_printf(&b, "%s%lld file%s removed", sep, c->removed, c->removed == 1 ? "" : "s"), sep = ", ";
	if (c->executables)
		buf_printf(&b, "%s%lld executable%s (%lld)", sep, c->executables, c->executables == 1 ? "" : "s",
			   c->executables * COST_EXECUTABLE), sep = ", ";
	if (c->binaries)
		buf_printf(&b, "%s%lld binary file%s (%lld)", sep, c->binaries, c->binaries == 1 ? "" : "s",
			   c->binaries * COST_BINARY), sep = ", ";
	if (c->minified)
		buf_printf(&b, "%s%lld minified file%s of %lld bytes (%lld)", sep, c->minified, c->minified == 1 ? "" : "s",
			   c->minified_bytes, c->minified_bytes / COST_MINIFIED_DIV), sep = ", ";
	if (c->install)
		buf_printf(&b, "%s%lld install hook or script change%s (%lld)", sep, c->install, c->install == 1 ? "" : "s",
			   c->install * COST_INSTALL);
	return buf_steal(&b);
}
