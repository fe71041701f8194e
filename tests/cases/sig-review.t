# review shows how each side was signed
@BEFORE python3 $TOP/tests/fixtures/signed/mkreg.py reg
@ARGS review npm:sig-good@1.0.0 --registry file://$TMP/reg/
@STDOUT-HAS sig-good-1.0.0.tgz, 
@STDOUT-HAS ...; registry signature: verified (key SHA256:ZWifivkfWzPoy4JbHBI16M5Scr1p2xandWt/YQeAyWQ)
