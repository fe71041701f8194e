# FERRY_CRATES_REGISTRY, sparse+ and without the trailing slash
@ENV HOME=$TMP/home
@ENV CARGO_HOME=
@ENV FERRY_CRATES_REGISTRY=sparse+file://$TMP/creg
@BEFORE r=${REG#file://}; ln -s "${r%npm/}crates" creg
@ARGS import crate:itoa -t fedora -o $OUT
@STDOUT-HAS fedora: itoa 1.0.1 ->
@FILE-HAS rust-itoa/rust-itoa.spec Version:        1.0.1
