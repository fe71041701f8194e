# without a trusted root provenance is not verified, and that is said
@ARGS import -t debian -o $OUT --registry file://$TOP/tests/fixtures/provenance/registry/ npm:prov-good@1.0.0
@STDOUT-HAS ; provenance: not verified: no trusted root (--trusted-root)
