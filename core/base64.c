/* RFC 4648 base64 (base64.h). */
#include "base64.h"

#include <stdlib.h>

#include "util.h"

static int value(int c)
{
	if (c >= 'A' && c <= 'Z') return c - 'A';
	if (c >= 'a' && c <= 'z') return c - 'a' + 26;
	if (c >= '0' && c <= '9') return c - '0' + 52;
	if (c == '+' || c == '-') return 62;
	if (c == '/' || c == '_') return 63;
	return -1;
}

int base64_decode_into(const char *s, size_t n, unsigned char *out, size_t cap, size_t *len)
{
	size_t o = 0, i = 0;
	unsigned acc = 0;
	int bits = 0;
	for (; i < n && s[i] != '='; i++) {
		int v = value((unsigned char)s[i]);
		if (v < 0)
			return -1;
		acc = (acc << 6) | (unsigned)v;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			if (o >= cap)
				return -1;
			out[o++] = (unsigned char)(acc >> bits);
		}
	}
	for (; i < n; i++)   /* only padding may follow */
		if (s[i] != '=')
			return -1;
	if (bits >= 6)       /* a lone character is no byte */
		return -1;
	*len = o;
	return 0;
}

unsigned char *base64_decode(const char *s, size_t n, size_t *len)
{
	unsigned char *out = xmalloc(n / 4 * 3 + 4);
	if (base64_decode_into(s, n, out, n / 4 * 3 + 3, len) != 0) {
		free(out);
		return NULL;
	}
	out[*len] = 0;
	return out;
}

char *base64_encode(const void *data, size_t len)
{
	static const char abc[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	const unsigned char *d = data;
	char *out = xmalloc((len + 2) / 3 * 4 + 1), *o = out;
	for (size_t i = 0; i < len; i += 3) {
		unsigned v = (unsigned)d[i] << 16 | (i + 1 < len ? (unsigned)d[i + 1] << 8 : 0) |
			     (i + 2 < len ? d[i + 2] : 0);
		*o++ = abc[v >> 18 & 63];
		*o++ = abc[v >> 12 & 63];
		*o++ = i + 1 < len ? abc[v >> 6 & 63] : '=';
		*o++ = i + 2 < len ? abc[v & 63] : '=';
	}
	*o = 0;
	return out;
}
