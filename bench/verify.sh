#!/bin/sh
# bench/verify.sh [BUILD] [N]: milliseconds to verify one version's npm
# registry signature, its npm provenance and a PEP 740 provenance object
# (bench/verify.c), on the project's fixtures (tests/fixtures/provenance)
# and, when ../shared/corpus is there, on the real vectors.  Figures only;
# not part of make check.
set -eu
build=${1:-build}
n=${2:-200}
top=$(cd "$(dirname "$0")/.." && pwd)
make -C "$top" --no-print-directory "$build/bench/verify" >/dev/null
P=$top/tests/fixtures/provenance
sha=$(sha256sum "$P/pypi/files/prov_py-1.0.0.tar.gz" | cut -d' ' -f1)
echo "== fixtures (tests/fixtures/provenance)"
"$top/$build/bench/verify" "$P/registry/-/npm/v1/keys" "$P/registry/prov-good" 1.0.0 "$P/trusted_root.json" \
	"$P/registry/-/npm/v1/attestations/prov-good@1.0.0" "$P/pypi/files/prov_py-1.0.0.tar.gz.provenance" \
	prov_py-1.0.0.tar.gz "$sha" "$n"
C=$top/../shared/corpus/provenance
[ -d "$C" ] || exit 0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# sigstore@0.4.0's packument as pacote's test gives it (integrity only), signed
# by nothing: the registry-signature line is the @isaacs vector's
python3 - "$tmp/sigstore" <<'PY'
import json, sys
json.dump({"name": "sigstore", "dist-tags": {"latest": "0.4.0"}, "time": {"0.4.0": "2023-01-11T17:31:55.000Z"},
           "versions": {"0.4.0": {"name": "sigstore", "version": "0.4.0", "dist": {
               "integrity": "sha512-KCwMX6k20mQyFkNYG2XT3lwK9u1P36wS9YURFd85zCXPrwrSLZCEh7/vMBFNYcJXRiBtGDS+T4/RZZF493zABA==",
               "tarball": "-/sigstore-0.4.0.tgz",
               "signatures": []}}}}, open(sys.argv[1], "w"))
PY
sha=$(sha256sum "$C/pypi-pep740/pypi_attestations-0.0.19.tar.gz" | cut -d' ' -f1)
echo "== real vectors (../shared/corpus/provenance): sigstore@0.4.0, pypi_attestations-0.0.19"
"$top/$build/bench/verify" "$C/sigstore/npm-registry-keys.json" "$tmp/sigstore" 0.4.0 "$C/sigstore/trusted_root.json" \
	"$C/npm/attestations/valid-attestations.json" "$C/pypi-pep740/pypi_attestations-0.0.19.tar.gz.provenance" \
	pypi_attestations-0.0.19.tar.gz "$sha" "$n" | grep -v "registry signature"
python3 - "$tmp/ns" "$C/npm/namespace-test.json" <<'PY'
import json, sys
json.dump(json.load(open(sys.argv[2])), open(sys.argv[1], "w"))
PY
echo "== real vector: @isaacs/namespace-test 1.0.0, npm's registry key"
"$top/$build/bench/verify" "$C/sigstore/npm-registry-keys.json" "$tmp/ns" 1.0.0 "$C/sigstore/trusted_root.json" - - - - "$n"
