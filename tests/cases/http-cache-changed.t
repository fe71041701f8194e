# A document changed on the server (string-width lost 4.2.3: a new ETag):
# the conditional request gets 200 and the plan follows the new document;
# the unchanged ones are 304
@ENV XDG_CACHE_HOME=$TMP/cache
@BEFORE cp "$TOP/tests/distro/plan/Packages.gz" . && XDG_CACHE_HOME=$TMP/cache "$FERRY" plan npm:wrap-ansi@7.0.0 --target debian --distro-index Packages.gz --registry ${HTTP}cache0/changed/ >first && grep -q 'string-width *4.2.3' first && python3 "$TOP/tests/httpreg.py" drop "$HTTP" changed string-width 4.2.3 >/dev/null
@ARGS plan npm:wrap-ansi@7.0.0 --target debian --distro-index Packages.gz --registry ${HTTP}cache0/changed/
@STDOUT-HAS update        string-width                     4.2.2
@SH s=$(python3 "$TOP/tests/httpreg.py" stats "$HTTP" changed); echo "$s"; test "$s" = "$(printf '200 /ansi-styles 1\n304 /ansi-styles 1\n200 /string-width 2\n200 /wrap-ansi 1\n304 /wrap-ansi 1')"
