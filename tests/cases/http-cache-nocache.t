# Cache-Control no-cache beside max-age=300: stored, but revalidated on
# every use
@ENV XDG_CACHE_HOME=$TMP/cache
@BEFORE XDG_CACHE_HOME=$TMP/cache "$FERRY" import npm:left-pad -t debian -o first --registry ${HTTP}nocache/noc/ >/dev/null
@ARGS import npm:left-pad -t debian -o $OUT --registry ${HTTP}nocache/noc/
@FILE-HAS node-left-pad/debian/changelog node-left-pad (1.3.0-1)
@SH s=$(python3 "$TOP/tests/httpreg.py" stats "$HTTP" noc); echo "$s"; test "$s" = "$(printf '200 /-/left-pad-1.3.0.tgz 2\n200 /left-pad 1\n304 /left-pad 1')"
