# An index whose stat (device, inode, size, mtime, ctime) is what it was
# when last read comes from the .solv cache by stat: neither read nor
# hashed.  The first read is made once the copy is settled (a file changed
# less than 0.1 s before its read is read again next time)
@ENV XDG_CACHE_HOME=$TMP/cache
@BEFORE cp "$TOP/tests/distro/Packages.xz" . && sleep 0.3 && XDG_CACHE_HOME=$TMP/cache "$FERRY" index --distro-index Packages.xz > first
@ARGS index --distro-index Packages.xz --lookup crate:serde
@STDOUT-HAS index Packages.xz: 9 packages (from the .solv cache, by stat)
@STDOUT-HAS crate:serde: serde 1.0.152 in librust-serde-dev 1.0.152-2 (librust-NAME-dev)
@SH grep -qF 'index Packages.xz: 9 packages (parsed, cached)' first
@SH grep -q " [0-9a-f]\{64\}\.[0-9]*\.deb\.solv $TMP/Packages.xz\$" $TMP/cache/ferry/solv/stat-index
@SH XDG_CACHE_HOME=$TMP/cache "$FERRY" index --distro-index Packages.xz --json | python3 -c 'import json,sys; i=json.load(sys.stdin)["indexes"][0]; assert i["loaded"]=="cached-by-stat" and i["cached"] and len(i["sha256"])==64, i'
