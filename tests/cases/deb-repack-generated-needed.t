# A generated one-line table that index.js requires (iconv-lite's kind) is
# needed at run time: kept, no repack, said in debian/copyright
@BEFORE python3 $TOP/tests/hostile/make_content.py reg
@ARGS import npm:c-generated -t debian -o $OUT --registry file://$TMP/reg/npm/
@FILE-LACKS node-c-generated/debian/copyright Files-Excluded
@SH grep -qx ' tables-generated.js' $OUT/node-c-generated/debian/copyright
@FILE-HAS node-c-generated/debian/changelog node-c-generated (1.0.0-1) unstable
