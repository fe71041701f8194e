# --require-provenance lets verified provenance through
@ARGS import -t debian -o $OUT --registry file://$TOP/tests/fixtures/provenance/registry/ --trusted-root $TOP/tests/fixtures/provenance/trusted_root.json npm:prov-good@1.0.0 --require-provenance
@STDOUT-HAS provenance: https://github.com/ferry-test/prov-good@
