# a version published without provenance after versions with it: high
@ARGS review npm:prov-good@1.1.0..1.2.0 --registry file://$TOP/tests/fixtures/provenance/registry/ --no-diff
@STDOUT-HAS high   provenance-lost     1.2.0 was published without provenance, though 1.1.0 (published 2024-05-07T07:00:00.000Z) was built and published from CI with it
