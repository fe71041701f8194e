# a version the registry signed with a key it lists: verified, the key said
@BEFORE python3 $TOP/tests/fixtures/signed/mkreg.py reg
@ARGS import -t debian -o $OUT --registry file://$TMP/reg/ npm:sig-good
@STDOUT-HAS registry signature: verified (key SHA256:ZWifivkfWzPoy4JbHBI16M5Scr1p2xandWt/YQeAyWQ)
@FILE-HAS node-sig-good/debian/control sig-good
