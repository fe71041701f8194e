# nothing configured: no --registry, no FERRY_CRATES_REGISTRY, no Cargo config
@ENV HOME=$TMP/home
@ENV CARGO_HOME=
@ENV FERRY_CRATES_REGISTRY=
@BEFORE mkdir -p home
@ARGS import crate:itoa -t fedora -o $OUT
@EXIT 2
@STDERR-HAS no crates.io index configured: pass --registry URL, set FERRY_CRATES_REGISTRY, or replace crates-io in Cargo's config.toml
@STDERR-LINES 1
@NO-OUTPUT
