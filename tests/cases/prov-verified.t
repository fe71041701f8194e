# keyless SLSA provenance and the registry's publish attestation verified offline: what they prove is shown
@ARGS import -t debian -o $OUT --registry file://$TOP/tests/fixtures/provenance/registry/ --trusted-root $TOP/tests/fixtures/provenance/trusted_root.json npm:prov-good@1.0.0
@STDOUT-HAS ; provenance: https://github.com/ferry-test/prov-good@c08305273c04cef4483de536a3bba3f6c666f0c3 (refs/tags/v1.0.0), workflow https://github.com/ferry-test/prov-good/.github/workflows/publish.yml@refs/tags/v1.0.0, builder https://github.com/actions/runner/github-hosted, log entry 1001
