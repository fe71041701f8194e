# The packument comes from the cache the second time; the tarball, sent
# with the same max-age=300 and ETag, is fetched every time (artifacts are
# checked by digest, never cached)
@ENV XDG_CACHE_HOME=$TMP/cache
@BEFORE XDG_CACHE_HOME=$TMP/cache "$FERRY" import npm:left-pad -t fedora -o first --registry ${HTTP}cache300/tarball/ >/dev/null
@ARGS import npm:left-pad -t fedora -o $OUT --registry ${HTTP}cache300/tarball/
@SH diff -r first out
@SH s=$(python3 "$TOP/tests/httpreg.py" stats "$HTTP" tarball); echo "$s"; test "$s" = "$(printf '200 /-/left-pad-1.3.0.tgz 2\n200 /left-pad 1')"
@SH test "$(ls $TMP/cache/ferry/http | wc -l)" = 1
