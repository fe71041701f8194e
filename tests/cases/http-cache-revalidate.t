# max-age=0 with an ETag: the second plan asks If-None-Match for every
# document, gets 304 for each and says the same from the stored bodies
@ENV XDG_CACHE_HOME=$TMP/cache
@BEFORE cp "$TOP/tests/distro/plan/Packages.gz" . && XDG_CACHE_HOME=$TMP/cache "$FERRY" plan npm:wrap-ansi@7.0.0 --target debian --distro-index Packages.gz --registry ${HTTP}cache0/reval/ >first
@ARGS plan npm:wrap-ansi@7.0.0 --target debian --distro-index Packages.gz --registry ${HTTP}cache0/reval/
@STDOUT-HAS update        string-width                     4.2.3
@SH cmp first stdout
@SH s=$(python3 "$TOP/tests/httpreg.py" stats "$HTTP" reval); echo "$s"; test "$s" = "$(printf '200 /ansi-styles 1\n304 /ansi-styles 1\n200 /string-width 1\n304 /string-width 1\n200 /wrap-ansi 1\n304 /wrap-ansi 1')"
