# The plan's options mean nothing without --recursive: a usage error
@ARGS import crate:crossbeam-epoch --with-tests -t debian -o $OUT
@EXIT 2
@STDERR-HAS import: --with-tests, --with-optional, --features, --no-default-features and --distro-source go with --recursive
