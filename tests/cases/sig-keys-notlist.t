# a keys document whose keys are not a list
@BEFORE python3 $TOP/tests/fixtures/signed/mkreg.py reg
@ARGS import -t debian -o $OUT --registry file://$TMP/reg/ npm:sig-good --registry-keys $TMP/reg/keys-notlist.json
@EXIT 3
@STDERR-HAS keys: expected a list of at most 256 keys
@NO-OUTPUT
