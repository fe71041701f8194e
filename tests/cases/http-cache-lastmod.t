# Last-Modified as the only validator: If-Modified-Since, 304
@ENV XDG_CACHE_HOME=$TMP/cache
@BEFORE cp "$TOP/tests/distro/plan/Packages.gz" . && XDG_CACHE_HOME=$TMP/cache "$FERRY" plan npm:left-pad --target debian --distro-index Packages.gz --registry ${HTTP}lm0/lastmod/ >first
@ARGS plan npm:left-pad --target debian --distro-index Packages.gz --registry ${HTTP}lm0/lastmod/
@STDOUT-HAS new           left-pad                         1.3.0
@SH cmp first stdout
@SH s=$(python3 "$TOP/tests/httpreg.py" stats "$HTTP" lastmod); echo "$s"; test "$s" = "$(printf '200 /left-pad 1\n304 /left-pad 1')"
@SH grep -q '^last-modified Tue, 14 Nov 2023 22:13:20 GMT$' $TMP/cache/ferry/http/* && ! grep -q '^etag .' $TMP/cache/ferry/http/*
