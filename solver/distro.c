#include "distro.h"

#include <archive.h>
#include <errno.h>
#include <fcntl.h>
#include <glob.h>
#include <rpm/header.h>
#include <rpm/rpmdb.h>
#include <rpm/rpmlib.h>
#include <rpm/rpmlog.h>
#include <rpm/rpmmacro.h>
#include <rpm/rpmts.h>
#include <solv/knownid.h>
#include <solv/repo_deb.h>
#include <solv/repo_rpmdb.h>
#include <solv/repo_rpmmd.h>
#include <solv/repo_solv.h>
#include <solv/repo_write.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "statidx.h"
#include "../fetch/digest.h"
#include "../fetch/files.h"

/* the .solv files' format: ferry's keys (solv_key below) changed -> new number */
#define SOLV_VERSION "2"

int distro_sniff(const char *data, size_t len)
{
	size_t i = 0;
	while (i < len && (data[i] == ' ' || data[i] == '\n' || data[i] == '\r' || data[i] == '\t'))
		i++;
	if (len - i >= 8 && memcmp(data + i, "Package:", 8) == 0)
		return DISTRO_DEB;
	if (len - i >= 5 && memcmp(data + i, "<?xml", 5) == 0) {
		size_t n = len - i < 4096 ? len - i : 4096;
		for (size_t k = i; k + 9 <= i + n; k++)
			if (memcmp(data + k, "<metadata", 9) == 0)
				return DISTRO_RPM;
	}
	return -1;
}

const char *distro_how_str(enum distro_how how)
{
	switch (how) {
	case DISTRO_PARSED: return "parsed";
	case DISTRO_CACHED: return "cached";
	case DISTRO_CACHED_STAT: return "cached-by-stat";
	}
	return "?";
}

/* The index as it lies on disk (compressed bytes), with its stat before
 * and after the read: a file written meanwhile shows in the difference. */
static int read_file(const char *path, struct buf *out, struct stat *before, struct stat *after, struct ferr *e)
{
	int fd = open(path, O_RDONLY);
	if (fd < 0)
		return ferr_set(e, FERR_IO, "distribution index %s: %s", path, strerror(errno));
	int rc = -1;
	if (fstat(fd, before) != 0) {
		ferr_set(e, FERR_IO, "distribution index %s: %s", path, strerror(errno));
		goto out;
	}
	char chunk[1 << 16];
	ssize_t n;
	while ((n = read(fd, chunk, sizeof chunk)) > 0) {
		if (out->len + (size_t)n > DISTRO_MAX_INDEX) {
			ferr_set(e, FERR_INPUT, "distribution index %s: larger than %zu bytes", path, DISTRO_MAX_INDEX);
			goto out;
		}
		buf_add(out, chunk, (size_t)n);
	}
	if (n < 0 || fstat(fd, after) != 0) {
		ferr_set(e, FERR_IO, "distribution index %s: %s", path, strerror(errno));
		goto out;
	}
	rc = 0;
out:
	close(fd);
	return rc;
}

/* Those bytes through any compression libarchive knows. */
static int decompress(const char *path, const struct buf *in, struct buf *out, struct ferr *e)
{
	struct archive *a = archive_read_new();
	archive_read_support_filter_all(a);
	archive_read_support_format_raw(a);
	struct archive_entry *ent;
	int rc = -1;
	if (archive_read_open_memory(a, in->p ? in->p : "", in->len) != ARCHIVE_OK ||
	    archive_read_next_header(a, &ent) != ARCHIVE_OK) {
		/* libarchive's raw reader has no header for an empty file */
		if (in->len == 0)
			rc = 0;
		else
			ferr_set(e, FERR_INPUT, "distribution index %s: %s", path, archive_error_string(a));
		goto out;
	}
	char chunk[1 << 16];
	la_ssize_t n;
	while ((n = archive_read_data(a, chunk, sizeof chunk)) > 0) {
		if (out->len + (size_t)n > DISTRO_MAX_INDEX) {
			ferr_set(e, FERR_INPUT, "distribution index %s: larger than %zu bytes uncompressed", path,
				 DISTRO_MAX_INDEX);
			goto out;
		}
		buf_add(out, chunk, (size_t)n);
	}
	if (n < 0) {
		ferr_set(e, FERR_INPUT, "distribution index %s: %s", path, archive_error_string(a));
		goto out;
	}
	rc = 0;
out:
	archive_read_free(a);
	return rc;
}

static char *solv_name(const char *sha, enum distro_kind kind)
{
	return xasprintf("%s." SOLV_VERSION ".%s.solv", sha, kind == DISTRO_DEB ? "deb" : "rpm");
}

static int from_cache(Repo *repo, const char *dir, const char *name)
{
	char *file = xasprintf("%s/%s", dir, name);
	FILE *f = fopen(file, "rb");
	free(file);
	if (!f)
		return -1;
	int r = repo_add_solv(repo, f, 0);
	fclose(f);
	if (r != 0)
		repo_empty(repo, 1);
	return r == 0 ? 0 : -1;
}

/* What the cache keeps of a package: what solving and names recovery read */
static int solv_key(Repo *repo, Repokey *key, void *kfdata)
{
	switch (key->name) {
	case SOLVABLE_NAME: case SOLVABLE_ARCH: case SOLVABLE_EVR: case SOLVABLE_VENDOR:
	case SOLVABLE_PROVIDES: case SOLVABLE_OBSOLETES: case SOLVABLE_CONFLICTS: case SOLVABLE_REQUIRES:
	case SOLVABLE_RECOMMENDS: case SOLVABLE_SUGGESTS: case SOLVABLE_SUPPLEMENTS: case SOLVABLE_ENHANCES:
	case SOLVABLE_FILELIST: case SOLVABLE_MULTIARCH: case SOLVABLE_SOURCENAME: case SOLVABLE_SOURCEEVR:
	case SOLVABLE_SOURCEARCH:
		return repo_write_stdkeyfilter(repo, key, kfdata);
	default:
		return KEY_STORAGE_DROPPED;
	}
}

static int write_solv(FILE *f, void *repo)
{
	return repo_write_filtered(repo, f, solv_key, NULL, NULL) != 0 ? -1 : 0;
}

/* Written whole or not at all (fetch/files.h): a reader sees all or
 * nothing; a cache, so without fsync (a lost file is a miss). */
static int to_cache(Repo *repo, const char *dir, const char *name)
{
	files_mkdirs(dir, 0755);
	char *file = xasprintf("%s/%s", dir, name);
	int rc = files_write_atomic_with(file, 0600, 0, write_solv, repo);
	free(file);
	return rc;
}

/* path made absolute against the working directory (not resolved: stat
 * follows links, and the signature names the file itself); trailing '/'
 * dropped.  NULL if the working directory cannot be named. */
static char *abs_path(const char *path)
{
	struct buf b = {0};
	if (path[0] != '/') {
		char *cwd = NULL;
		for (size_t cap = 256; cap <= ((size_t)1 << 20) && !cwd; cap *= 2) {
			cwd = xmalloc(cap);
			if (!getcwd(cwd, cap)) {
				free(cwd);
				cwd = NULL;
				if (errno != ERANGE)
					return NULL;
			}
		}
		if (!cwd)
			return NULL;
		buf_adds(&b, cwd);
		if (strcmp(cwd, "/") != 0)
			buf_addc(&b, '/');
		free(cwd);
	}
	buf_adds(&b, path);
	while (b.len > 1 && b.p[b.len - 1] == '/')
		b.p[--b.len] = 0;
	return buf_steal(&b);
}

static int same_stat(const struct stat *a, const struct stat *b)
{
	return a->st_dev == b->st_dev && a->st_ino == b->st_ino && a->st_size == b->st_size &&
	       a->st_mtim.tv_sec == b->st_mtim.tv_sec && a->st_mtim.tv_nsec == b->st_mtim.tv_nsec &&
	       a->st_ctim.tv_sec == b->st_ctim.tv_sec && a->st_ctim.tv_nsec == b->st_ctim.tv_nsec;
}

/* An index file: by stat, else by the sha256 of its bytes, else parsed. */
static int load_file(Pool *pool, const char *path, const char *dir, struct distro_load *out, struct ferr *e)
{
	char *key = dir ? abs_path(path) : NULL;
	struct buf sig = {0}, raw = {0}, data = {0};
	char *name = NULL;
	int rc = -1;
	struct stat st, after;
	out->repo = repo_create(pool, path);
	if (key && stat(key, &st) == 0 && S_ISREG(st.st_mode)) {
		char solv[STATIDX_NAME];
		statidx_sig(&sig, &st);
		if (statidx_find(dir, key, sig.p, solv) == 0 && from_cache(out->repo, dir, solv) == 0) {
			out->kind = strstr(solv, ".rpm.solv") ? DISTRO_RPM : DISTRO_DEB;
			out->how = DISTRO_CACHED_STAT;
			out->sha256 = xstrndup(solv, strcspn(solv, "."));
			rc = 0;
			goto done;
		}
	}
	long long start = statidx_now();
	if (read_file(path, &raw, &st, &after, e) != 0)
		goto done;
	out->sha256 = digest_hex(DIGEST_SHA256, raw.p ? raw.p : "", raw.len);
	int kind = -1;
	for (int k = 0; dir && k < 2 && kind < 0; k++) {
		name = solv_name(out->sha256, k == 0 ? DISTRO_DEB : DISTRO_RPM);
		if (from_cache(out->repo, dir, name) == 0) {
			kind = k == 0 ? DISTRO_DEB : DISTRO_RPM;
		} else {
			free(name);
			name = NULL;
		}
	}
	if (kind >= 0) {
		out->how = DISTRO_CACHED;
	} else {
		if (decompress(path, &raw, &data, e) != 0)
			goto done;
		buf_free(&raw);
		kind = distro_sniff(data.p ? data.p : "", data.len);
		if (kind < 0) {
			ferr_set(e, FERR_INPUT, "distribution index %s: neither a Debian Packages file nor rpm-md primary.xml",
				 path);
			goto done;
		}
		FILE *f = fmemopen(data.p, data.len, "r");
		if (!f) {
			ferr_set(e, FERR_IO, "distribution index %s: %s", path, strerror(errno));
			goto done;
		}
		int r = kind == DISTRO_DEB ? repo_add_debpackages(out->repo, f, 0) : repo_add_rpmmd(out->repo, f, NULL, 0);
		fclose(f);
		if (r != 0) {
			ferr_set(e, FERR_INPUT, "distribution index %s: %s", path, pool_errstr(pool));
			goto done;
		}
		repo_internalize(out->repo);
		out->how = DISTRO_PARSED;
		name = solv_name(out->sha256, (enum distro_kind)kind);
		out->stored = dir && to_cache(out->repo, dir, name) == 0;
	}
	out->kind = (enum distro_kind)kind;
	/* remembered by stat only when what was read is what the stat says */
	if (key && S_ISREG(after.st_mode) && same_stat(&st, &after) && statidx_settled(&after, start) &&
	    (out->how == DISTRO_CACHED || out->stored)) {
		buf_free(&sig);
		statidx_sig(&sig, &after);
		statidx_record(dir, key, sig.p, name);
	}
	rc = 0;
done:
	free(name);
	buf_free(&sig);
	buf_free(&raw);
	buf_free(&data);
	free(key);
	return rc;
}

/* ---------------------------------------------------------------- rpmdb */

/* where rpm databases live, after rpm's own %_dbpath (Debian's rpm says
 * ~/.rpmdb; a Fedora or openSUSE root has its own at one of these) */
static const char *const rpmdb_dirs[] = {"/usr/lib/sysimage/rpm", "/var/lib/rpm", "/usr/share/rpm"};
/* what holds the headers, by backend (sqlite, bdb, ndb, lmdb); sqlite's
 * write-ahead log holds recent writes */
static const char *const rpmdb_files[] = {"rpmdb.sqlite", "rpmdb.sqlite-wal", "Packages", "Packages.db", "data.mdb"};

static int rpm_configured;   /* 1 read, -1 failed */
static char rpm_msg[512];    /* rpm's first error while ferry asks it something */

static int rpm_log(rpmlogRec rec, rpmlogCallbackData data)
{
	(void)data;
	if (!rpm_msg[0] && rpmlogRecPriority(rec) <= RPMLOG_ERR) {
		snprintf(rpm_msg, sizeof rpm_msg, "%s", rpmlogRecMessage(rec));
		rpm_msg[strcspn(rpm_msg, "\n")] = 0;
	}
	return 0;   /* said through ferry's error, not on stderr */
}

/* ROOT's database directory (a path under ROOT, caller frees), or NULL
 * with the places looked at in `looked`. */
static char *rpmdb_find(const char *root, struct buf *looked)
{
	struct strv dirs = {0};
	char *configured = rpmExpand("%{?_dbpath}", NULL);
	if (configured && configured[0] == '/')
		strv_add(&dirs, configured);
	free(configured);
	for (size_t i = 0; i < sizeof rpmdb_dirs / sizeof rpmdb_dirs[0]; i++)
		if (!strv_has(&dirs, rpmdb_dirs[i]))
			strv_add(&dirs, rpmdb_dirs[i]);
	char *found = NULL;
	for (size_t i = 0; i < dirs.n && !found; i++) {
		for (size_t k = 0; k < sizeof rpmdb_files / sizeof rpmdb_files[0] && !found; k++) {
			struct stat st;
			char *f = xasprintf("%s%s/%s", strcmp(root, "/") == 0 ? "" : root, dirs.v[i], rpmdb_files[k]);
			if (stat(f, &st) == 0 && S_ISREG(st.st_mode))
				found = xstrdup(dirs.v[i]);
			free(f);
		}
		if (!found)
			buf_printf(looked, "%s%s", looked->len ? ", " : "", dirs.v[i]);
	}
	strv_free(&dirs);
	return found;
}

/* The database files' stat, in rpmdb_files' order ("-" for an absent
 * one); whether every ctime is settled against start, unless settled is
 * NULL. */
static void rpmdb_sig(const char *dbdir, struct buf *sig, long long start, int *settled)
{
	int all = 1;
	buf_printf(sig, "%s", dbdir);
	for (size_t k = 0; k < sizeof rpmdb_files / sizeof rpmdb_files[0]; k++) {
		struct stat st;
		char *f = xasprintf("%s/%s", dbdir, rpmdb_files[k]);
		buf_addc(sig, '|');
		if (stat(f, &st) != 0) {
			buf_addc(sig, '-');
		} else if (st.st_size == 0 && str_endswith(f, "-wal")) {
			buf_adds(sig, "empty");   /* sqlite touches an empty log when it opens the database */
		} else {
			statidx_sig(sig, &st);
			all &= statidx_settled(&st, start);
		}
		free(f);
	}
	if (settled)
		*settled = all;
}

/* librpm's sqlite backend, handed a file that is no SQLite database,
 * fails and leaves the connection open (rpm 4.18): such a file is
 * refused here first */
static int rpmdb_sqlite_ok(const char *dbdir)
{
	char *f = xasprintf("%s/rpmdb.sqlite", dbdir);
	FILE *fp = fopen(f, "rb");
	free(f);
	if (!fp)
		return 1;   /* another backend's database */
	char magic[16];
	int ok = fread(magic, 1, sizeof magic, fp) == sizeof magic && memcmp(magic, "SQLite format 3", 16) == 0;
	fclose(fp);
	return ok;
}

/* Every installed package's header through librpm into libsolv, read-only. */
static int rpmdb_read(Repo *repo, const char *spec, const char *root, const char *dbpath, const char *dbdir,
		      struct ferr *e)
{
	rpmPushMacro(NULL, "_dbpath", NULL, dbpath, RMIL_CMDLINE);
	rpmts ts = rpmtsCreate();
	rpmtsSetRootDir(ts, root);
	rpmtsSetVSFlags(ts, _RPMVSF_NODIGESTS | _RPMVSF_NOSIGNATURES | RPMVSF_NOHDRCHK);
	int bad = rpmtsOpenDB(ts, O_RDONLY) != 0;
	rpmPopMacro(NULL, "_dbpath");
	if (bad) {
		rpmtsFree(ts);
		return ferr_set(e, FERR_INPUT, "distribution index %s: cannot open the rpm database in %s: %s", spec, dbdir,
				rpm_msg[0] ? rpm_msg : "librpm refused it");
	}
	void *state = rpm_state_create(repo->pool, NULL);
	rpmdbMatchIterator mi = rpmtsInitIterator(ts, RPMDBI_PACKAGES, NULL, 0);
	Header h;
	while ((h = rpmdbNextIterator(mi)) != NULL) {
		const char *name = headerGetString(h, RPMTAG_NAME);
		if (name && strcmp(name, "gpg-pubkey") == 0)   /* keys rpm keeps as packages */
			continue;
		void *rh = rpm_byrpmh(state, h);
		if (rh)
			repo_add_rpm_handle(repo, rh, REPO_REUSE_REPODATA | REPO_NO_INTERNALIZE | RPM_ADD_NO_RPMLIBREQS |
							      RPM_ADD_FILTERED_FILELIST);
	}
	rpmdbFreeIterator(mi);
	rpm_state_free(state);
	rpmtsFree(ts);
	repo_internalize(repo);
	if (rpm_msg[0])
		return ferr_set(e, FERR_INPUT, "distribution index %s: %s", spec, rpm_msg);
	return 0;
}

static int load_rpmdb(Pool *pool, const char *spec, const char *dir, struct distro_load *out, struct ferr *e)
{
	const char *arg = spec + strlen("rpmdb:");
	if (!*arg)
		return ferr_set(e, FERR_USAGE, "distribution index %s: name the root directory (rpmdb:/ is this system's)", spec);
	struct stat st;
	if (stat(arg, &st) != 0)
		return ferr_set(e, FERR_IO, "distribution index %s: %s", spec, strerror(errno));
	if (!S_ISDIR(st.st_mode))
		return ferr_set(e, FERR_IO, "distribution index %s: %s", spec, strerror(ENOTDIR));
	char *root = abs_path(arg);
	if (!root)
		return ferr_set(e, FERR_IO, "distribution index %s: %s", spec, strerror(errno));
	rpm_msg[0] = 0;
	rpmlogCallback old = rpmlogSetCallback(rpm_log, NULL);
	if (!rpm_configured)
		rpm_configured = rpmReadConfigFiles(NULL, NULL) == 0 ? 1 : -1;
	struct buf looked = {0}, sig = {0};
	char *dbpath = NULL, *dbdir = NULL, *name = NULL;
	int rc = -1;
	if (rpm_configured < 0) {
		ferr_set(e, FERR_CONFIG, "distribution index %s: rpm's configuration: %s", spec,
			 rpm_msg[0] ? rpm_msg : "cannot be read");
		goto done;
	}
	dbpath = rpmdb_find(root, &looked);
	if (!dbpath) {
		ferr_set(e, FERR_INPUT, "distribution index %s: no rpm database under %s (looked in %s)", spec, root,
			 looked.p ? looked.p : "nothing");
		goto done;
	}
	dbdir = xasprintf("%s%s", strcmp(root, "/") == 0 ? "" : root, dbpath);
	if (!rpmdb_sqlite_ok(dbdir)) {
		ferr_set(e, FERR_INPUT, "distribution index %s: %s/rpmdb.sqlite is not an SQLite database", spec, dbdir);
		goto done;
	}
	long long start = statidx_now();
	int settled;
	rpmdb_sig(dbdir, &sig, start, &settled);
	out->sha256 = digest_hex(DIGEST_SHA256, sig.p, sig.len);
	out->kind = DISTRO_RPM;
	out->repo = repo_create(pool, spec);
	name = solv_name(out->sha256, DISTRO_RPM);
	if (dir && from_cache(out->repo, dir, name) == 0) {
		out->how = DISTRO_CACHED_STAT;
		rc = 0;
		goto done;
	}
	if (rpmdb_read(out->repo, spec, root, dbpath, dbdir, e) != 0)
		goto done;
	out->how = DISTRO_PARSED;
	/* cached when the files did not move while read and are not fresh
	 * enough for a write in the same tick to hide */
	struct buf again = {0};
	rpmdb_sig(dbdir, &again, start, NULL);
	if (dir && settled && again.len == sig.len && memcmp(again.p, sig.p, sig.len) == 0)
		out->stored = to_cache(out->repo, dir, name) == 0;
	buf_free(&again);
	rc = 0;
done:
	rpmlogSetCallback(old, NULL);
	free(name);
	free(dbdir);
	free(dbpath);
	free(root);
	buf_free(&looked);
	buf_free(&sig);
	return rc;
}

int distro_load(Pool *pool, const char *path, struct distro_load *out, struct ferr *e)
{
	memset(out, 0, sizeof *out);
	char *dir = files_cache_dir("solv");
	int rc = str_startswith(path, "rpmdb:") ? load_rpmdb(pool, path, dir, out, e) : load_file(pool, path, dir, out, e);
	free(dir);
	return rc;
}

void distro_load_free(struct distro_load *l)
{
	free(l->sha256);
	l->sha256 = NULL;
}

void distro_default_indexes(struct strv *out)
{
	glob_t g;
	if (glob("/var/lib/apt/lists/*_Packages*", 0, NULL, &g) == 0)
		for (size_t i = 0; i < g.gl_pathc; i++)
			if (!str_endswith(g.gl_pathv[i], ".diff_Index"))
				strv_add(out, g.gl_pathv[i]);
	globfree(&g);
	strv_sort(out);
}
