# the snapshot's crates index served over HTTP as a sparse index
@ARGS import crate:itoa -t fedora -o $OUT --registry sparse+${HTTP}crates/
@STDOUT-HAS fedora: itoa 1.0.1 ->
@FILE-HAS rust-itoa/rust-itoa.spec Name:           rust-itoa
