@ARGS version satisfies npm '~1.2' 1.2.9
@STDOUT
yes
@END
