/* faultinject.c: I/O fault injection for the tests, in the manner of jq's
 * src/inject_errors.c, as an LD_PRELOAD shim (built by `make tests` as
 * BUILD/tests/faultinject.so; tests/faults/run.sh drives it).
 *
 *   FAULT_INJECT=OP:N[:ERRNO]   the Nth OP fails with ERRNO (EIO, ENOSPC,
 *                               EDQUOT or EROFS; default EIO), once
 *   FAULT_LOG=FILE              one line per counted call, appended:
 *                               "OP N PATH", and "inject OP N PATH" for the
 *                               one that failed
 * OP is read, write, rename or fsync (fsync counts fdatasync too).
 *
 * What counts: calls on regular files only, never fds 0-2 (the tests send
 * stdout and stderr to files), sockets, pipes or devices; so the Nth is the
 * same from run to run.  rename always counts (it only names files).
 *
 * stdio: glibc's fread/fwrite/getline/fclose reach the kernel through its
 * own internal read and write, which no preload can see.  So every stream
 * fopen/fdopen/freopen-free opens on a regular file is handed back as a
 * fopencookie stream whose buffer is filled and flushed through the counted
 * read and write below: a fault there looks to the caller exactly like a
 * failing system call under its FILE (ferror set, fclose returning EOF
 * when its flush fails).  fileno() on such a stream is -1.
 *
 * Not seen: mmap'd reads, I/O glibc does for itself (locale, NSS, dlopen),
 * and child processes: the constructor takes this library out of
 * LD_PRELOAD, so gpg, diff and the like run unhurt.
 *
 * Under ASan (make check-san), run with ASAN_OPTIONS=verify_asan_link_order=0:
 * this library then comes before libasan, and ASan's interceptors sit
 * between it and libc (tests/faults/run.sh does that). */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum op { OP_READ, OP_WRITE, OP_RENAME, OP_FSYNC, OP_N };
static const char *const op_names[OP_N] = {"read", "write", "rename", "fsync"};

static int target = -1;     /* the op that fails, -1: none */
static long target_n;       /* at its Nth call */
static int target_errno = EIO;
static long counts[OP_N];
static int log_fd = -1;

static ssize_t (*real_read)(int, void *, size_t);
static ssize_t (*real_write)(int, const void *, size_t);
static int (*real_rename)(const char *, const char *);
static int (*real_fsync)(int);
static int (*real_fdatasync)(int);
static FILE *(*real_fopen)(const char *, const char *);
static FILE *(*real_fdopen)(int, const char *);
static int (*real_fclose)(FILE *);

static void *next(const char *name)
{
	void *p = dlsym(RTLD_NEXT, name);
	if (!p)
		abort();
	return p;
}

static void resolve(void)
{
	if (real_read)
		return;
	real_write = next("write");
	real_rename = next("rename");
	real_fsync = next("fsync");
	real_fdatasync = next("fdatasync");
	real_fopen = next("fopen");
	real_fdopen = next("fdopen");
	real_fclose = next("fclose");
	real_read = next("read");
}

static int errno_named(const char *s)
{
	if (strcmp(s, "ENOSPC") == 0)
		return ENOSPC;
	if (strcmp(s, "EDQUOT") == 0)
		return EDQUOT;
	if (strcmp(s, "EROFS") == 0)
		return EROFS;
	return EIO;
}

/* Takes this library out of LD_PRELOAD for the processes ferry starts. */
static void unpreload(void)
{
	const char *v = getenv("LD_PRELOAD");
	if (!v)
		return;
	char *copy = strdup(v), *out = calloc(1, strlen(v) + 1);
	if (!copy || !out)
		abort();
	char *save = NULL;
	for (char *t = strtok_r(copy, " :", &save); t; t = strtok_r(NULL, " :", &save)) {
		if (strstr(t, "faultinject"))
			continue;
		if (*out)
			strcat(out, " ");
		strcat(out, t);
	}
	if (*out)
		setenv("LD_PRELOAD", out, 1);
	else
		unsetenv("LD_PRELOAD");
	free(copy);
	free(out);
}

__attribute__((constructor)) static void init(void)
{
	resolve();
	unpreload();
	const char *spec = getenv("FAULT_INJECT");
	if (spec && *spec) {
		char op[16] = "", err[16] = "";
		long n = 0;
		if (sscanf(spec, "%15[a-z]:%ld:%15[A-Z]", op, &n, err) < 2 || n < 1)
			abort();
		for (int i = 0; i < OP_N; i++)
			if (strcmp(op, op_names[i]) == 0)
				target = i;
		if (target < 0)
			abort();
		target_n = n;
		if (*err)
			target_errno = errno_named(err);
	}
	const char *log = getenv("FAULT_LOG");
	if (log && *log) {
		log_fd = open(log, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
		/* kept above the low numbers the program expects to own */
		if (log_fd >= 0 && log_fd < 100) {
			int hi = fcntl(log_fd, F_DUPFD_CLOEXEC, 100);
			close(log_fd);
			log_fd = hi;
		}
	}
}

static int counted_fd(int fd)
{
	struct stat st;
	return fd > 2 && fd != log_fd && fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
}

static void fd_path(int fd, char *buf, size_t cap)
{
	char link[64];
	snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
	ssize_t n = readlink(link, buf, cap - 1);
	buf[n > 0 ? n : 0] = 0;
}

/* Counts one call; 1 if it is the one to fail (errno then set). */
static int hit(enum op op, const char *path)
{
	int saved = errno;
	long n = __atomic_add_fetch(&counts[op], 1, __ATOMIC_SEQ_CST);
	int fail = (int)op == target && n == target_n;
	if (log_fd >= 0) {
		char line[4200];
		int len = snprintf(line, sizeof line, "%s%s %ld %s\n", fail ? "inject " : "", op_names[op], n, path);
		if (len > 0)
			real_write(log_fd, line, (size_t)len < sizeof line ? (size_t)len : sizeof line - 1);
	}
	errno = fail ? target_errno : saved;
	return fail;
}

static int hit_fd(enum op op, int fd)
{
	if (!counted_fd(fd))
		return 0;
	char path[4096];
	fd_path(fd, path, sizeof path);
	return hit(op, path);
}

ssize_t read(int fd, void *buf, size_t n)
{
	resolve();
	if (hit_fd(OP_READ, fd))
		return -1;
	return real_read(fd, buf, n);
}

ssize_t write(int fd, const void *buf, size_t n)
{
	resolve();
	if (hit_fd(OP_WRITE, fd))
		return -1;
	return real_write(fd, buf, n);
}

int rename(const char *from, const char *to)
{
	resolve();
	if (hit(OP_RENAME, from))
		return -1;
	return real_rename(from, to);
}

int fsync(int fd)
{
	resolve();
	if (hit_fd(OP_FSYNC, fd))
		return -1;
	return real_fsync(fd);
}

int fdatasync(int fd)
{
	resolve();
	if (hit_fd(OP_FSYNC, fd))
		return -1;
	return real_fdatasync(fd);
}

/* ---- stdio over the counted calls ---------------------------------------- */

struct cookie {
	FILE *orig;   /* the stream libc opened: owns the fd, never used for I/O */
	int fd;
};

static ssize_t ck_read(void *c, char *buf, size_t n)
{
	return read(((struct cookie *)c)->fd, buf, n);
}

static ssize_t ck_write(void *c, const char *buf, size_t n)
{
	ssize_t r = write(((struct cookie *)c)->fd, buf, n);
	return r < 0 ? 0 : r;   /* fopencookie: 0 is the error */
}

static int ck_seek(void *c, off64_t *off, int whence)
{
	off_t r = lseek(((struct cookie *)c)->fd, (off_t)*off, whence);
	if (r < 0)
		return -1;
	*off = r;
	return 0;
}

static int ck_close(void *c)
{
	struct cookie *k = c;
	int rc = real_fclose(k->orig);
	free(k);
	return rc;
}

/* f handed back as a counted stream when it sits on a regular file */
static FILE *wrap(FILE *f, const char *mode)
{
	if (!f)
		return NULL;
	int fd = fileno(f);
	if (!counted_fd(fd))
		return f;
	struct cookie *k = malloc(sizeof *k);
	if (!k)
		return f;
	k->orig = f;
	k->fd = fd;
	cookie_io_functions_t io = {ck_read, ck_write, ck_seek, ck_close};
	FILE *w = fopencookie(k, mode, io);
	if (!w) {
		free(k);
		return f;
	}
	return w;
}

FILE *fopen(const char *path, const char *mode)
{
	resolve();
	return wrap(real_fopen(path, mode), mode);
}

FILE *fopen64(const char *path, const char *mode)
{
	return fopen(path, mode);
}

FILE *fdopen(int fd, const char *mode)
{
	resolve();
	return wrap(real_fdopen(fd, mode), mode);
}
