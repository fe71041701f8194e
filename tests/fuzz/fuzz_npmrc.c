/* One npmrc file's text (fetch/npmrc.h: npmrc_lookup), for the keys
 * ferry asks.  Input: the file. */
#include <stdlib.h>

#include "fuzz.h"
#include "../../fetch/npmrc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = fuzz_str(data, size);
	free(npmrc_lookup(text, "registry"));
	free(npmrc_lookup(text, "@scope:registry"));
	free(text);
	return 0;
}
