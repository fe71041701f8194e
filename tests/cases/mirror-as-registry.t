# ferry itself uses the mirror folder as its npm registry (a folder read as its index.html)
@BEFORE python3 $TOP/tests/fixtures/signed/mkreg.py reg
@BEFORE $FERRY mirror add --mirror $TMP/m --registry file://$TMP/reg/ npm:sig-good@1.0.0 >/dev/null
@ARGS import -t debian -o $OUT --registry file://$TMP/m/npm/ --registry-keys $TMP/reg/-/npm/v1/keys npm:sig-good
@STDOUT-HAS node-sig-good; registry signature: verified
