# --json for machines: root, target, one object per node, problems
@ENV XDG_CACHE_HOME=$TMP/cache
@BEFORE cp "$TOP/tests/distro/plan/Packages.gz" .
@ARGS plan npm:wrap-ansi@7.0.0 --target debian --distro-index Packages.gz --registry $REG --json
@SH python3 -c 'import json,sys; d=json.load(open("stdout")); d=d["nodes"]; s={(n["name"],n["status"]) for n in d}; assert ("ansi-styles","compat") in s and ("string-width","update") in s and ("color-convert","distro") in s and len(d)==8, d'
