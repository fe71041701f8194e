# Cargo's source replacement in $HOME/.cargo/config.toml names the registry
@ENV HOME=$TMP/home
@ENV CARGO_HOME=
@ENV FERRY_CRATES_REGISTRY=
@BEFORE mkdir -p home/.cargo && printf '[source.crates-io]\nreplace-with = "m"\n\n[source.m]\nregistry = "sparse+%scrates/"\n' "${REG%npm/}" > home/.cargo/config.toml
@ARGS import crate:itoa -t fedora -t debian -o $OUT
@STDOUT-HAS fedora: itoa 1.0.1 ->
@FILE-HAS rust-itoa/rust-itoa.spec Source:         itoa-1.0.1.crate
@FILE-HAS rust-itoa/debian/control Package: librust-itoa-dev
