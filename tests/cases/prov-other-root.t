# the trusted root decides: the same bundle verifies under a root holding its authority
@ARGS import -t debian -o $OUT --registry file://$TOP/tests/fixtures/provenance/registry/ --trusted-root $TOP/tests/fixtures/provenance/other_root.json npm:prov-other-ca
@STDOUT-HAS ; provenance: https://github.com/ferry-test/prov-other-ca@
