# a keys file that is not there is a configuration error
@BEFORE python3 $TOP/tests/fixtures/signed/mkreg.py reg
@ARGS import -t debian -o $OUT --registry file://$TMP/reg/ npm:sig-good --registry-keys $TMP/reg/nonesuch.json
@EXIT 2
@STDERR-HAS sig-good: registry keys: 
@NO-OUTPUT
@STDERR-HAS /reg/nonesuch.json: no such file
