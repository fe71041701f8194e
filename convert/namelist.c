/* GuardDog's name lists (namelist.h). */
#include "namelist.h"

#include <jansson.h>

#include "jsonmem.h"

int namelist_guarddog(const char *text, size_t len, struct strv *out)
{
	struct ferr ignored = {0};
	json_t *root = jsonmem_load(text, len, 0, "name list", &ignored);
	ferr_clear(&ignored);
	json_t *pk = json_object_get(root, "packages");
	if (!json_is_array(pk)) {
		json_decref(root);
		return -1;
	}
	size_t i;
	json_t *v;
	json_array_foreach(pk, i, v)
		if (json_is_string(v))
			strv_add(out, json_string_value(v));
	json_decref(root);
	return 0;
}
