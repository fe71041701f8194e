# --require-provenance without a trusted root: nothing can be verified, refused
@ARGS import -t debian -o $OUT --registry file://$TOP/tests/fixtures/provenance/registry/ npm:prov-good@1.0.0 --require-provenance
@EXIT 3
@STDERR-HAS prov-good@1.0.0: provenance: not verified: no trusted root (--trusted-root), and provenance is required
@NO-OUTPUT
