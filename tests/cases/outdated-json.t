# --json: one document with a row per package (the distribution's package,
# version and naming rule; the registry's newest in the series and of all;
# the status, and why for one gone), a summary per ecosystem and the notes;
# --behind keeps only what an update would move
@ENV XDG_CACHE_HOME=$TMP/cache
@ENV CARGO_HOME=$TMP/no-cargo
@ENV FERRY_CRATES_REGISTRY=
@BEFORE python3 $TOP/tests/fixtures/ledger/mkreg.py reg
@ARGS outdated --distro-index $TOP/tests/distro/outdated/Packages --registry npm=file://$TMP/reg/ --json --behind
@SH python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); p=d["packages"]; assert [r["name"] for r in p] == ["ledger-demo"], p; r=p[0]; assert (r["package"], r["package_version"], r["version"], r["rule"], r["newest_in_series"], r["newest"], r["status"]) == ("node-ledger-demo", "1.0.0-1", "1.0.0", "node-NAME", "1.2.0", "2.0.0", "behind"), r; assert d["summary"]["npm"] == {"packages": 2, "current": 0, "behind": 1, "major": 0, "ahead": 0, "gone": 1, "unchecked": 0}, d["summary"]; assert d["summary"]["crate"]["unchecked"] == 1; assert len(d["notes"]) == 1' $TMP/stdout
