# A package with a prebuilt binary is repacked for Debian without it; a
# member with a UTF-8 name (lib/café.js) made the repack fail in ferry's C
# locale ("Can't translate pathname", exit 4, and a leak on that path;
# found by tests/fuzz/fuzz_npm).  The name is kept, the binary dropped.
@BEFORE python3 $TOP/tests/hostile/make_runtime.py $TMP/reg
@ARGS import npm:u8 -t debian -o $OUT --registry file://$TMP/reg/
@STDOUT-HAS debian: u8 1.0.0 -> 
@SH tar -tzf $OUT/node-u8_1.0.0+ds.orig.tar.gz | grep -qx 'package/lib/café.js'
@SH ! tar -tzf $OUT/node-u8_1.0.0+ds.orig.tar.gz | grep -q 'u8.node'
