# without a trusted root nothing is verified, so provenance-changed cannot fire (and review says why)
@ARGS review npm:prov-good@1.1.0..1.3.0 --registry file://$TOP/tests/fixtures/provenance/registry/ --no-diff
@STDOUT-LACKS provenance-changed
@STDOUT-HAS provenance: not verified: no trusted root (--trusted-root)
