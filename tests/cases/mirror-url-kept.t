# the URL the documents name is kept: another --url later is refused
@BEFORE python3 $TOP/tests/fixtures/signed/mkreg.py reg
@BEFORE $FERRY mirror add --mirror $TMP/m --url http://127.0.0.1:1/m/ --registry file://$TMP/reg/ npm:sig-good@1.0.0 >/dev/null
@ARGS mirror add --mirror $TMP/m --url http://127.0.0.1:2/ --registry file://$TMP/reg/ npm:sig-none@1.0.0
@EXIT 2
@STDERR-HAS --url http://127.0.0.1:2/, but its documents name http://127.0.0.1:1/m/
