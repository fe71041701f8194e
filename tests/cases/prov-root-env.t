# $FERRY_TRUSTED_ROOT names the trusted root
@BEFORE cp $TOP/tests/fixtures/provenance/trusted_root.json root.json
@ENV FERRY_TRUSTED_ROOT=$TMP/root.json
@ARGS import -t debian -o $OUT --registry file://$TOP/tests/fixtures/provenance/registry/ npm:prov-good@1.1.0
@STDOUT-HAS ; provenance: https://github.com/ferry-test/prov-good@97c8dbf7f24afb82856615b0d611836a8f015ec7
