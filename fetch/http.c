#include "http.h"

#include <curl/curl.h>
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

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

static void init_once(void)
{
	static int done;
	if (!done) {
		curl_global_init(CURL_GLOBAL_DEFAULT);
		done = 1;
	}
}

int http_get(const char *url, size_t max, const char *what, char **body, size_t *len,
	     struct ferr *e)
{
	/* the full packument: maintainers, time, and _npmUser live there */
	return http_get_as(url, "application/json", max, what, body, len, e);
}

int http_get_as(const char *url, const char *accept, size_t max, const char *what, char **body, size_t *len,
		struct ferr *e)
{
	init_once();
	CURL *c = curl_easy_init();
	if (!c)
		return ferr_set(e, FERR_NET, "%s: cannot start libcurl", what);
	struct sink s = {{0}, max, 0};
	char errbuf[CURL_ERROR_SIZE] = "";
	curl_easy_setopt(c, CURLOPT_URL, url);
	curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https,file");
	curl_easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
	curl_easy_setopt(c, CURLOPT_MAXREDIRS, 5L);
	curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_data);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, &s);
	curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errbuf);
	curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 30L);
	curl_easy_setopt(c, CURLOPT_LOW_SPEED_LIMIT, 1L);
	curl_easy_setopt(c, CURLOPT_LOW_SPEED_TIME, 60L);
	curl_easy_setopt(c, CURLOPT_USERAGENT, "ferry");
	curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "");
	char *h = xasprintf("Accept: %s", accept);
	struct curl_slist *hdr = curl_slist_append(NULL, h);
	free(h);
	curl_easy_setopt(c, CURLOPT_HTTPHEADER, hdr);
	CURLcode rc = curl_easy_perform(c);
	long status = 0;
	curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
	curl_slist_free_all(hdr);
	curl_easy_cleanup(c);
	if (s.over) {
		buf_free(&s.b);
		return ferr_set(e, FERR_INPUT, "%s: %s: larger than the limit of %zu bytes", what, url, max);
	}
	if (rc != CURLE_OK) {
		buf_free(&s.b);
		return ferr_set(e, FERR_NET, "%s: %s: %s", what, url, errbuf[0] ? errbuf : curl_easy_strerror(rc));
	}
	if (status >= 400) {
		buf_free(&s.b);
		return ferr_set(e, FERR_NET, "%s: %s: HTTP %ld", what, url, status);
	}
	*len = s.b.len;
	*body = buf_steal(&s.b);
	return 0;
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
