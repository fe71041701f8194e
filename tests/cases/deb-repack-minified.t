# lintian's source-is-missing: a minified dist/c.min.js and a one-line
# dist/bundle.js, sources not beside them and nothing loading them, are
# repacked out (Files-Excluded, +ds, as Debian's node-qs drops dist/); the
# minified dist/main.js that "main" names stays, said in a Comment
@BEFORE python3 $TOP/tests/hostile/make_content.py reg
@ARGS import npm:c-minified -t debian -o $OUT --registry file://$TMP/reg/npm/
@FILE-HAS node-c-minified/debian/copyright Files-Excluded: dist/bundle.js
@SH grep -qx ' dist/c.min.js' $OUT/node-c-minified/debian/copyright
@SH grep -qx ' dist/main.js' $OUT/node-c-minified/debian/copyright
@FILE-HAS node-c-minified/debian/copyright  and kept because the package loads them at run time (lintian:
@FILE-HAS node-c-minified/debian/changelog node-c-minified (1.0.0+ds-1) unstable
@SH tar tzf $OUT/node-c-minified_1.0.0+ds.orig.tar.gz | sort | tr '\n' ' ' | grep -qx 'package/LICENSE package/dist/main.js package/index.js package/lib/c.js package/package.json '
