# a trusted root that is not there is a configuration error
@ARGS import -t debian -o $OUT --registry file://$TOP/tests/fixtures/provenance/registry/ npm:prov-good@1.0.0 --trusted-root $TMP/nonesuch.json
@EXIT 2
@STDERR-HAS trusted root 
@STDERR-HAS /nonesuch.json: no such file
@NO-OUTPUT
