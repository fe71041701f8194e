# The second load comes from the .solv cache, with the same answers; found
# by the index's sha256, as the same bytes are now another file (a new
# inode: what apt does when it fetches an unchanged index)
@ENV XDG_CACHE_HOME=$TMP/cache
@BEFORE cp "$TOP/tests/distro/Packages.xz" . && XDG_CACHE_HOME=$TMP/cache "$FERRY" index --distro-index Packages.xz >/dev/null && cp Packages.xz copy && mv copy Packages.xz
@ARGS index --distro-index Packages.xz --lookup crate:serde
@STDOUT-HAS index Packages.xz: 9 packages (from the .solv cache)
@STDOUT-HAS crate:serde: serde 1.0.152 in librust-serde-dev 1.0.152-2 (librust-NAME-dev)
@SH test "$(ls $TMP/cache/ferry/solv/*.deb.solv | wc -l)" = 1
