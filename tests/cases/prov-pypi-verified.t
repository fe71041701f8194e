# PEP 740: the sdist's provenance object from the index's provenance URL, verified, its publisher's certificate
@ARGS import -t debian -o $OUT --registry file://$TOP/tests/fixtures/provenance/pypi/ --trusted-root $TOP/tests/fixtures/provenance/trusted_root.json pypi:prov-py
@STDOUT-HAS python-prov-py; provenance: https://github.com/ferry-test/prov-py@9bbd83f1c611a279807caa84cbff0cc6ee4bd663 (refs/tags/v1.0.0), workflow https://github.com/ferry-test/prov-py/.github/workflows/publish.yml@refs/tags/v1.0.0
