# An error is never cached: the 404 is asked for again
@ENV XDG_CACHE_HOME=$TMP/cache
@BEFORE XDG_CACHE_HOME=$TMP/cache "$FERRY" import npm:no-such-package -t fedora -o first --registry ${HTTP}cache300/error/ 2>/dev/null; test $? = 3
@ARGS import npm:no-such-package -t fedora -o $OUT --registry ${HTTP}cache300/error/
@EXIT 3
@STDERR-HAS HTTP 404
@SH s=$(python3 "$TOP/tests/httpreg.py" stats "$HTTP" error); echo "$s"; test "$s" = "$(printf '404 /no-such-package 2')"
@SH test -z "$(ls -A $TMP/cache/ferry/http 2>/dev/null)"
