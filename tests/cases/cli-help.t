@ARGS --help
@STDOUT-HAS usage: ferry
@STDOUT-HAS import
@STDOUT-HAS version
