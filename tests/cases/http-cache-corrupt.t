# Cache files cut short, emptied, or with one byte changed are not trusted:
# each document is fetched again (max-age=300 would otherwise have served
# them), the plan is the same, and the rewritten entries serve a third run
@ENV XDG_CACHE_HOME=$TMP/cache
@BEFORE cp "$TOP/tests/distro/plan/Packages.gz" . && XDG_CACHE_HOME=$TMP/cache "$FERRY" plan npm:wrap-ansi@7.0.0 --target debian --distro-index Packages.gz --registry ${HTTP}cache300/corrupt/ >first
@BEFORE set -e; set -- $TMP/cache/ferry/http/*; test $# = 3; truncate -s -1 "$1"; : >"$2"; python3 -c 'import sys; p=sys.argv[1]; b=bytearray(open(p,"rb").read()); b[-100]^=1; open(p,"wb").write(b)' "$3"
@ARGS plan npm:wrap-ansi@7.0.0 --target debian --distro-index Packages.gz --registry ${HTTP}cache300/corrupt/
@SH cmp first stdout
@SH s=$(python3 "$TOP/tests/httpreg.py" stats "$HTTP" corrupt); echo "$s"; test "$s" = "$(printf '200 /ansi-styles 2\n200 /string-width 2\n200 /wrap-ansi 2')"
@SH XDG_CACHE_HOME=$TMP/cache "$FERRY" plan npm:wrap-ansi@7.0.0 --target debian --distro-index Packages.gz --registry ${HTTP}cache300/corrupt/ >third && cmp first third && test "$(python3 "$TOP/tests/httpreg.py" stats "$HTTP" corrupt)" = "$(printf '200 /ansi-styles 2\n200 /string-width 2\n200 /wrap-ansi 2')"
