#include "http.h"

#include <curl/curl.h>
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "httpcache.h"
#include "../core/util.h"

struct sink {
	struct buf b;
	size_t max;
	int over;
};

static size_t on_data(char *p, size_t size, size_t n, void *ud)
{
	struct sink *s = ud;
	size_t len = size * n;
	if (s->b.len + len > s->max) {
		s->over = 1;
		return 0;
	}
	buf_add(&s->b, p, len);
	return len;
}

/* One share for the process: connections (with their TLS sessions), DNS
 * answers and TLS sessions outlive a transfer, so the rounds of a plan
 * reuse the connections the first round opened.  Single-threaded: no
 * locks. */
static CURLSH *share;

static void cleanup(void)
{
	curl_share_cleanup(share);
	curl_global_cleanup();
}

static void init_once(void)
{
	static int done;
	if (!done) {
		curl_global_init(CURL_GLOBAL_DEFAULT);
		share = curl_share_init();
		if (share) {
			curl_share_setopt(share, CURLSHOPT_SHARE, CURL_LOCK_DATA_CONNECT);
			curl_share_setopt(share, CURLSHOPT_SHARE, CURL_LOCK_DATA_SSL_SESSION);
			curl_share_setopt(share, CURLSHOPT_SHARE, CURL_LOCK_DATA_DNS);
		}
		atexit(cleanup);
		done = 1;
	}
}

int http_get(const char *url, size_t max, const char *what, char **body, size_t *len,
	     struct ferr *e)
{
	return http_get_as(url, NULL, 0, max, what, body, len, e);
}

/* One transfer: its handle, where the body goes, and how it ended; its
 * cache entry when the GET is a cached one. */
struct xfer {
	CURL *c;
	struct sink s;
	char errbuf[CURL_ERROR_SIZE];
	struct curl_slist *hdr;
	struct httpcache *hc;   /* borrowed from the caller */
};

static size_t on_header(char *p, size_t size, size_t n, void *ud)
{
	httpcache_header(ud, p, size * n);
	return size * n;
}

static struct curl_slist *add_header(struct curl_slist *l, const char *name, const char *value)
{
	char *h = xasprintf("%s: %s", name, value);
	l = curl_slist_append(l, h);
	free(h);
	return l;
}

/* FERRY_HTTP_TIMEOUT: the most one transfer may take, in whole seconds
 * (0: no limit); -1 when it is not a number */
static long timeout_seconds(void)
{
	const char *v = getenv("FERRY_HTTP_TIMEOUT");
	if (!v || !*v)
		return HTTP_TIMEOUT_DEFAULT;
	if (strspn(v, "0123456789") != strlen(v) || strlen(v) > 9)
		return -1;
	return strtol(v, NULL, 10);
}

static int xfer_start(struct xfer *x, const char *url, const char *accept, size_t max, struct httpcache *hc,
		      const char *what, struct ferr *e)
{
	init_once();
	memset(x, 0, sizeof *x);
	x->s.max = max;
	x->hc = hc;
	long timeout = timeout_seconds();
	if (timeout < 0)
		return ferr_set(e, FERR_USAGE, "FERRY_HTTP_TIMEOUT: not a whole number of seconds");
	x->c = curl_easy_init();
	if (!x->c)
		return ferr_set(e, FERR_NET, "%s: cannot start libcurl", what);
	CURL *c = x->c;
	curl_easy_setopt(c, CURLOPT_URL, url);
	curl_easy_setopt(c, CURLOPT_SHARE, share);
	/* HTTP/2: wait for a connection to multiplex on rather than open more */
	curl_easy_setopt(c, CURLOPT_PIPEWAIT, 1L);
	curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https,file");
	curl_easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
	curl_easy_setopt(c, CURLOPT_MAXREDIRS, (long)HTTP_MAX_REDIRECTS);
	curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_data);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, &x->s);
	curl_easy_setopt(c, CURLOPT_ERRORBUFFER, x->errbuf);
	curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 30L);
	curl_easy_setopt(c, CURLOPT_LOW_SPEED_LIMIT, 1L);
	curl_easy_setopt(c, CURLOPT_LOW_SPEED_TIME, 60L);
	curl_easy_setopt(c, CURLOPT_TIMEOUT, timeout);   /* a registry that drips */
	curl_easy_setopt(c, CURLOPT_USERAGENT, "ferry");
	curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "");
	x->hdr = add_header(NULL, "Accept", accept);
	if (hc) {
		/* a stored entry, stale: ask whether it still holds */
		if (httpcache_etag(hc))
			x->hdr = add_header(x->hdr, "If-None-Match", httpcache_etag(hc));
		if (httpcache_last_modified(hc))
			x->hdr = add_header(x->hdr, "If-Modified-Since", httpcache_last_modified(hc));
		curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, on_header);
		curl_easy_setopt(c, CURLOPT_HEADERDATA, hc);
	}
	curl_easy_setopt(c, CURLOPT_HTTPHEADER, x->hdr);
	return 0;
}

/* The transfer's outcome as ferry's result: body, or an error. */
static int xfer_finish(struct xfer *x, CURLcode rc, const char *url, size_t max, const char *what, char **body,
		       size_t *len, struct ferr *e)
{
	long status = 0;
	curl_off_t expect = -1;
	curl_easy_getinfo(x->c, CURLINFO_RESPONSE_CODE, &status);
	curl_easy_getinfo(x->c, CURLINFO_CONTENT_LENGTH_DOWNLOAD_T, &expect);
	curl_slist_free_all(x->hdr);
	curl_easy_cleanup(x->c);
	x->c = NULL;
	x->hdr = NULL;
	if (x->s.over) {
		buf_free(&x->s.b);
		return ferr_set(e, FERR_INPUT, "%s: %s: larger than the limit of %zu bytes", what, url, max);
	}
	if (rc != CURLE_OK) {
		/* file://: the path is no file to read (absent, a folder) */
		enum ferr_kind k = rc == CURLE_FILE_COULDNT_READ_FILE ? FERR_MISSING : FERR_NET;
		buf_free(&x->s.b);
		return ferr_set(e, k, "%s: %s: %s", what, url, x->errbuf[0] ? x->errbuf : curl_easy_strerror(rc));
	}
	/* libcurl's file:// reader takes a failing read(2) for the end of the
	 * file: a body shorter than the file's size is that failure */
	if (strncasecmp(url, "file:", 5) == 0 && expect >= 0 && (curl_off_t)x->s.b.len != expect) {
		ferr_set(e, FERR_IO, "%s: %s: read error: %zu of %lld bytes read", what, url, x->s.b.len,
			 (long long)expect);
		buf_free(&x->s.b);
		return -1;
	}
	if (status >= 400) {
		buf_free(&x->s.b);
		return ferr_set(e, status == 404 || status == 410 ? FERR_MISSING : FERR_NET, "%s: %s: HTTP %ld", what, url,
				status);
	}
	if (status == 304) {   /* not modified: the stored body */
		buf_free(&x->s.b);
		if (httpcache_revalidated(x->hc, body, len) != 0)
			return ferr_set(e, FERR_NET, "%s: %s: HTTP 304 to a request that was not conditional", what,
					url);
		return 0;
	}
	if (status == 200)
		httpcache_store(x->hc, x->s.b.p ? x->s.b.p : "", x->s.b.len);
	*len = x->s.b.len;
	*body = buf_steal(&x->s.b);
	return 0;
}

/* the full packument by default: maintainers, time, and _npmUser live there */
#define DEFAULT_ACCEPT "application/json"

int http_get_as(const char *url, const char *accept, unsigned flags, size_t max, const char *what, char **body,
		size_t *len, struct ferr *e)
{
	if (!accept)
		accept = DEFAULT_ACCEPT;
	struct httpcache *hc = flags & HTTP_CACHED ? httpcache_open(url, accept, max) : NULL;
	if (httpcache_fresh(hc, body, len)) {
		httpcache_close(hc);
		return 0;
	}
	struct xfer x;
	int rc = -1;
	if (xfer_start(&x, url, accept, max, hc, what, e) == 0)
		rc = xfer_finish(&x, curl_easy_perform(x.c), url, max, what, body, len, e);
	httpcache_close(hc);
	return rc;
}

/* ---- transfers in flight ------------------------------------------------ */

struct hm_req {
	char *url, *accept, *what;
	void *tag;
	struct httpcache *hc;                /* a cached GET's entry, or NULL */
	struct xfer x;
	struct http_done res;                /* once done */
};

struct http_multi {
	CURLM *m;
	size_t max, parallel;
	struct hm_req **queued, **done;      /* FIFO queues */
	size_t nqueued, qhead, ndone, dhead;
	size_t running;
};

struct http_multi *http_multi_new(size_t max, size_t parallel)
{
	init_once();
	struct http_multi *hm = xcalloc(1, sizeof *hm);
	hm->m = curl_multi_init();
	hm->max = max;
	hm->parallel = parallel ? parallel : 1;
	if (hm->m)
		curl_multi_setopt(hm->m, CURLMOPT_MAX_HOST_CONNECTIONS, 8L);
	return hm;
}

static void push(struct hm_req ***q, size_t *n, struct hm_req *r)
{
	*q = xrealloc(*q, (*n + 1) * sizeof **q);
	(*q)[(*n)++] = r;
}

void http_multi_add(struct http_multi *hm, const char *url, const char *accept, unsigned flags, const char *what,
		    void *tag)
{
	struct hm_req *r = xcalloc(1, sizeof *r);
	r->url = xstrdup(url);
	r->accept = xstrdup(accept ? accept : DEFAULT_ACCEPT);
	r->what = xstrdup(what);
	r->tag = tag;
	r->res.tag = tag;
	if (flags & HTTP_CACHED)
		r->hc = httpcache_open(r->url, r->accept, hm->max);
	/* fresh in the cache: done without a request */
	if (httpcache_fresh(r->hc, &r->res.body, &r->res.len))
		push(&hm->done, &hm->ndone, r);
	else
		push(&hm->queued, &hm->nqueued, r);
}

static void req_free(struct hm_req *r)
{
	httpcache_close(r->hc);
	free(r->url);
	free(r->accept);
	free(r->what);
	free(r);
}

int http_multi_next(struct http_multi *hm, struct http_done *out)
{
	for (;;) {
		if (hm->dhead < hm->ndone) {
			struct hm_req *r = hm->done[hm->dhead++];
			*out = r->res;
			req_free(r);
			return 1;
		}
		while (hm->qhead < hm->nqueued && hm->running < hm->parallel) {
			struct hm_req *r = hm->queued[hm->qhead++];
			if (!hm->m || xfer_start(&r->x, r->url, r->accept, hm->max, r->hc, r->what, &r->res.e) != 0) {
				ferr_set(&r->res.e, FERR_NET, "%s: cannot start libcurl", r->what);
				push(&hm->done, &hm->ndone, r);
				continue;
			}
			curl_easy_setopt(r->x.c, CURLOPT_PRIVATE, (void *)r);
			curl_multi_add_handle(hm->m, r->x.c);
			hm->running++;
		}
		if (hm->dhead < hm->ndone)
			continue;
		if (!hm->running)
			return 0;
		int still;
		curl_multi_perform(hm->m, &still);
		CURLMsg *msg;
		int left;
		while ((msg = curl_multi_info_read(hm->m, &left)) != NULL) {
			if (msg->msg != CURLMSG_DONE)
				continue;
			void *priv = NULL;
			curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, &priv);
			struct hm_req *r = priv;
			CURLcode rc = msg->data.result;
			curl_multi_remove_handle(hm->m, msg->easy_handle);
			xfer_finish(&r->x, rc, r->url, hm->max, r->what, &r->res.body, &r->res.len, &r->res.e);
			push(&hm->done, &hm->ndone, r);
			hm->running--;
		}
		if (hm->dhead == hm->ndone && hm->running)
			curl_multi_poll(hm->m, NULL, 0, 1000, NULL);
	}
}

void http_multi_free(struct http_multi *hm)
{
	struct http_done d;
	while (http_multi_next(hm, &d))   /* let every transfer end and free it */
		free(d.body);
	free(hm->queued);
	free(hm->done);
	if (hm->m)
		curl_multi_cleanup(hm->m);
	free(hm);
}

char *url_resolve(const char *base, const char *ref)
{
	CURLU *u = curl_url();
	char *out = NULL;
	if (curl_url_set(u, CURLUPART_URL, base, CURLU_NON_SUPPORT_SCHEME) == CURLUE_OK &&
	    curl_url_set(u, CURLUPART_URL, ref, CURLU_NON_SUPPORT_SCHEME) == CURLUE_OK) {
		char *s = NULL;
		if (curl_url_get(u, CURLUPART_URL, &s, 0) == CURLUE_OK) {
			out = xstrdup(s);
			curl_free(s);
		}
	}
	curl_url_cleanup(u);
	return out;
}

static char *part(const char *url, CURLUPart p, unsigned flags)
{
	CURLU *u = curl_url();
	char *out = NULL, *s = NULL;
	if (curl_url_set(u, CURLUPART_URL, url, CURLU_NON_SUPPORT_SCHEME) == CURLUE_OK &&
	    curl_url_get(u, p, &s, flags) == CURLUE_OK) {
		out = xstrdup(s);
		curl_free(s);
	}
	curl_url_cleanup(u);
	return out;
}

char *url_scheme(const char *url)
{
	char *s = part(url, CURLUPART_SCHEME, 0);
	if (s)
		for (char *p = s; *p; p++)
			*p = (char)tolower((unsigned char)*p);
	return s;
}

int url_artifact_allowed(const char *registry, const char *url)
{
	char *us = url_scheme(url), *rs = url_scheme(registry);
	int http = us && (strcmp(us, "http") == 0 || strcmp(us, "https") == 0);
	int ok = http || (us && rs && strcmp(us, "file") == 0 && strcmp(rs, "file") == 0);
	free(us);
	free(rs);
	return ok;
}

char *url_host(const char *url)
{
	char *h = part(url, CURLUPART_HOST, 0);
	if (!h)
		return NULL;
	char *port = part(url, CURLUPART_PORT, CURLU_DEFAULT_PORT);
	for (char *p = h; *p; p++)
		*p = (char)tolower((unsigned char)*p);
	char *s = xasprintf("%s:%s", h, port ? port : "");
	free(h);
	free(port);
	return s;
}

char *url_path(const char *url)
{
	return part(url, CURLUPART_PATH, CURLU_URLDECODE);
}
