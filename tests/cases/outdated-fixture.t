# ferry outdated on a small index: each package the index ships against its
# registry: behind in its series (ledger-demo 1.0.0: 1.2.0 in 1.x, 2.0.0
# beyond), gone from the registry (left-pad is not in this one), and
# unchecked where no registry is configured for the ecosystem (crates:
# said in a note); a summary per ecosystem
@ENV XDG_CACHE_HOME=$TMP/cache
@ENV CARGO_HOME=$TMP/no-cargo
@ENV FERRY_CRATES_REGISTRY=
@BEFORE python3 $TOP/tests/fixtures/ledger/mkreg.py reg
@ARGS outdated --distro-index $TOP/tests/distro/outdated/Packages --registry npm=file://$TMP/reg/
@STDOUT-HAS npm    ledger-demo                      node-ledger-demo 1.0.0-1                     1.0.0          1.2.0          2.0.0          behind
@STDOUT-HAS npm    left-pad                         node-left-pad 1.3.0-2                        1.3.0          -              -              gone
@STDOUT-HAS crate  itoa                             librust-itoa-dev 1.0.1-1                     1.0.1          -              -              unchecked
@STDOUT-HAS npm: 2 packages: 0 current, 1 behind, 0 major, 0 ahead, 1 gone, 0 unchecked
@STDOUT-HAS note: crate: 1 packages not checked: no crates.io index configured
@STDERR-LINES 0
