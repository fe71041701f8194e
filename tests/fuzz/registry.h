/* registry.h: one registry reader end to end, for fuzz_npm, fuzz_crates
 * and fuzz_pypi: document -> select -> read -> both writers, in memory.
 *
 * Input framing (tests/fuzz/README.md):
 *
 *   NAME '\n' WANT '\n' DOCUMENT { FUZZ_SEP PART }
 *
 * WANT is the version or range asked for ("" for the default; a leading
 * '!' asks for the compat package).  One PART that starts like a gzip,
 * zip or tar file is the artifact, read by archive_read.  Otherwise each
 * PART is one member, PATH '\n' BYTES, under the top folder "package":
 * the reader sees the members' text without a compressor in the way, and
 * the writers get them as a tar file (package/PATH). */
#ifndef FERRY_FUZZ_REGISTRY_H
#define FERRY_FUZZ_REGISTRY_H

#include <stddef.h>
#include <stdint.h>

#include "fuzz.h"
#include "../../convert/reader.h"

/* ext: the artifact's file name ending (".tgz", ".crate", ".tar.gz") */
void fuzz_registry(const struct reader *rd, const char *ext, const uint8_t *data, size_t size);

#endif
