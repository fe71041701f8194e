# mirror add: each version checked as every fetch, stored by its sha256, its packument listing the mirrored versions
@BEFORE python3 $TOP/tests/fixtures/signed/mkreg.py reg
@ARGS mirror add --mirror $OUT --registry file://$TMP/reg/ npm:sig-good@1.0.0 npm:sig-none@1.0.0
@STDOUT-HAS mirrored npm:sig-good@1.0.0: sha256 
@STDOUT-HAS /npm/sig-good/-/sig-good-1.0.0.tgz; registry signature: verified (key SHA256:ZWifivkfWzPoy4JbHBI16M5Scr1p2xandWt/YQeAyWQ)
@FILE-HAS npm/sig-good/index.html "keyid": "SHA256:ZWifivkfWzPoy4JbHBI16M5Scr1p2xandWt/YQeAyWQ"
@FILE-HAS npm/sig-good/index.html /npm/sig-good/-/sig-good-1.0.0.tgz"
@SH f=$OUT/npm/sig-good/-/sig-good-1.0.0.tgz && test "$(stat -c %i $f)" = "$(stat -c %i $OUT/store/sha256/*/$(sha256sum <$f | cut -d" " -f1))"
@SH $FERRY mirror verify --mirror $OUT | grep -qx "mirror $OUT: 2 stored artifacts, 2 documents naming 2 versions: all verified"
