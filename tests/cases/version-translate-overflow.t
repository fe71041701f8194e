@ARGS version translate npm 1.0.9007199254740992 --to rpm
@EXIT 3
@STDERR-HAS version number too large
