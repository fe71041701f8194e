# Debian's node-scope-x drops a scope's '@' and '/': a name the registry
# does not have (isaacs-string-locale-compare) is read the other ways the
# distribution's naming allows, and the one the registry has at the
# package's series taken (@isaacs/string-locale-compare), saying so
@ENV XDG_CACHE_HOME=$TMP/cache
@ARGS outdated --distro-index $TOP/tests/distro/outdated/Packages-scope --registry npm=$REG --json
@SH python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["packages"][0]; assert (r["name"], r["status"], r["newest"]) == ("@isaacs/string-locale-compare", "current", "1.1.0"), r; assert r["why"].startswith("isaacs-string-locale-compare read as @isaacs/string-locale-compare"), r' $TMP/stdout
