/* A license file's text into debian/copyright's holders, license name and
 * License paragraph (convert/copyright.h).  Input: the file's bytes. */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "../../convert/copyright.h"
#include "../../core/util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = fuzz_str(data, size);
	struct strv files = {0}, hs = {0};
	strv_push(&files, xasprintf("LICENSE\t%s", s));
	copyright_holders(&files, &hs);
	if (hs.n > COPYRIGHT_MAX_HOLDERS)
		fuzz_fail("more holders than COPYRIGHT_MAX_HOLDERS", s);
	for (size_t i = 0; i < hs.n; i++)
		if (!*hs.v[i] || strchr(hs.v[i], '\n') || strlen(hs.v[i]) > 200)
			fuzz_fail("a holder that is empty, over two lines or over 200 bytes", hs.v[i]);
	const char *id = copyright_classify(s);
	copyright_file_for(&files, id ? id : "Expat", 1);
	char *para = copyright_para(s);
	/* every line of a paragraph body starts with one blank and is not empty */
	for (const char *l = para; *l; l = strchr(l, '\n') + 1) {
		if (*l != ' ' || l[1] == '\n' || !strchr(l, '\n'))
			fuzz_fail("a License paragraph line without its leading blank, empty or unended", para);
	}
	free(para);
	strv_free(&hs);
	strv_free(&files);
	free(s);
	return 0;
}
