# --registry-keys wins over $FERRY_REGISTRY_KEYS
@BEFORE python3 $TOP/tests/fixtures/signed/mkreg.py reg
@ENV FERRY_REGISTRY_KEYS=$TMP/reg/keys-c.json
@ARGS import -t debian -o $OUT --registry file://$TMP/reg/ npm:sig-unknown --registry-keys $TMP/reg/keys-sigstore.json
@EXIT 3
@STDERR-HAS is not among the keys of 
@STDERR-HAS /reg/keys-sigstore.json
@NO-OUTPUT
