# PEP 740: an sdist whose bytes are not the attested ones (the index's digest changed with it)
@BEFORE cp -r $TOP/tests/fixtures/provenance/pypi reg && python3 -c "import hashlib,json,sys; p='reg/files/prov_py-1.0.0.tar.gz'; d=bytearray(open(p,'rb').read()); d[-9]^=1; open(p,'wb').write(d); j=json.load(open('reg/pypi/prov-py/json')); [f['digests'].update(sha256=hashlib.sha256(d).hexdigest()) for f in j['urls']+j['releases']['1.0.0']]; json.dump(j,open('reg/pypi/prov-py/json','w'))"
@ARGS import -t debian -o $OUT --registry file://$TMP/reg/ --trusted-root $TOP/tests/fixtures/provenance/trusted_root.json pypi:prov-py
@EXIT 3
@STDERR-HAS prov-py@1.0.0: provenance: attestation_bundles[0].attestations[0]: the subject's sha256 is 
@NO-OUTPUT
