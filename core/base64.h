/* base64.h: RFC 4648 base64 read in either alphabet (standard '+/' or
 * URL-safe '-_'), '=' padding optional, nothing else allowed (no spaces,
 * no line breaks): registries' digests, keys and signatures.
 * No I/O.  Decoded bytes are the caller's. */
#ifndef FERRY_BASE64_H
#define FERRY_BASE64_H

#include <stddef.h>

/* The n characters at s decoded into out (at most cap bytes): 0 with
 * *len, or -1 if they are not base64 or do not fit. */
int base64_decode_into(const char *s, size_t n, unsigned char *out, size_t cap, size_t *len);
/* The same into a new buffer (NUL-terminated beyond *len); NULL if s is
 * not base64. */
unsigned char *base64_decode(const char *s, size_t n, size_t *len);
/* Standard base64 with padding (caller frees). */
char *base64_encode(const void *data, size_t len);

#endif
