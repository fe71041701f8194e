# plan --json: what each version's provenance proves
@BEFORE printf 'Package: nodejs\nVersion: 18.19.0+dfsg-6~deb12u2\nArchitecture: amd64\n\n' >Packages
@ARGS plan npm:prov-good@1.0.0 -t debian --distro-index $TMP/Packages --registry file://$TOP/tests/fixtures/provenance/registry/ --trusted-root $TOP/tests/fixtures/provenance/trusted_root.json --json
@STDOUT-HAS "repository": "https://github.com/ferry-test/prov-good"
@STDOUT-HAS "commit": "c08305273c04cef4483de536a3bba3f6c666f0c3"
@STDOUT-HAS "builder": "https://github.com/actions/runner/github-hosted"
@STDOUT-HAS "issuer": "https://token.actions.githubusercontent.com"
@STDOUT-HAS "publish_key": "SHA256:ZWifivkfWzPoy4JbHBI16M5Scr1p2xandWt/YQeAyWQ"
