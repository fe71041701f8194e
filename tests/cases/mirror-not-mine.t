# mirror add into a folder that is neither a mirror nor empty: refused, nothing in it touched
@BEFORE python3 $TOP/tests/fixtures/signed/mkreg.py reg && mkdir -p mine/npm/sig-good && echo mine > mine/npm/sig-good/index.html
@ARGS mirror add --mirror $TMP/mine --registry file://$TMP/reg/ npm:sig-good@1.0.0
@EXIT 2
@STDERR-HAS a folder that is not a mirror (no .ferry/mirror.url) and not empty
@SH test "$(cat $TMP/mine/npm/sig-good/index.html)" = mine && test ! -e $TMP/mine/.ferry && test ! -e $TMP/mine/store
