@ARGS version range npm '>2 <1' --to rpm
@EXIT 3
@STDERR-HAS range matches no version
