# PEP 740 without a trusted root: said, not verified
@ARGS import -t debian -o $OUT --registry file://$TOP/tests/fixtures/provenance/pypi/ pypi:prov-py
@STDOUT-HAS python-prov-py; provenance: not verified: no trusted root (--trusted-root)
