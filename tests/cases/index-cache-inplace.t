# An index rewritten in place, with the same size and its old mtime put
# back (touch -r), has the same device, inode, size and mtime: its ctime
# still moved, so it is hashed again and parsed (the stat shortcut was in
# use before the write)
@ENV XDG_CACHE_HOME=$TMP/cache
@BEFORE cp "$TOP/tests/distro/Packages" . && touch -r Packages stamp && sleep 0.3 && XDG_CACHE_HOME=$TMP/cache "$FERRY" index --distro-index Packages >/dev/null && XDG_CACHE_HOME=$TMP/cache "$FERRY" index --distro-index Packages | grep -qF '(from the .solv cache, by stat)' && stat -c '%d %i %s %.9Y' Packages > before && sed 's/^Package: node-left-pad$/Package: node-left-paX/' Packages > new && dd if=new of=Packages conv=notrunc status=none && touch -r stamp Packages && stat -c '%d %i %s %.9Y' Packages > after
@ARGS index --distro-index Packages --lookup npm:left-paX --lookup npm:left-pad
@STDOUT-HAS index Packages: 9 packages (parsed, cached)
@STDOUT-HAS npm:left-paX: left-paX 1.3.0 in node-left-paX 1.3.0-3 (node-NAME)
@SH cmp before after && ! cmp -s Packages "$TOP/tests/distro/Packages"
@SH ! grep -q '^npm:left-pad:' stdout
@SH test "$(ls $TMP/cache/ferry/solv/*.deb.solv | wc -l)" = 2
