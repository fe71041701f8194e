@ARGS version range pip '1' --to rpm
@EXIT 2
@STDERR-HAS unknown ecosystem
