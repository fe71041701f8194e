# The cache is keyed by the index's bytes: a changed index is read again
@ENV XDG_CACHE_HOME=$TMP/cache
@BEFORE cp "$TOP/tests/distro/Packages" . && XDG_CACHE_HOME=$TMP/cache "$FERRY" index --distro-index Packages >/dev/null && printf '\nPackage: node-extra\nVersion: 2.0.0-1\nArchitecture: all\nDescription: added later\n' >> Packages
@ARGS index --distro-index Packages --lookup npm:extra
@STDOUT-HAS index Packages: 10 packages (parsed, cached)
@STDOUT-HAS npm:extra: extra 2.0.0 in node-extra 2.0.0-1 (node-NAME)
@SH test "$(ls $TMP/cache/ferry/solv/*.deb.solv | wc -l)" = 2
