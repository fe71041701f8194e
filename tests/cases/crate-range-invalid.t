# Cargo has no '~>' operator
@ARGS version range crate '~>1.2' --to rpm
@EXIT 3
@STDERR-HAS version number
@STDERR-LINES 1
