@ARGS version range npm '*' --to rpm --name foo
@STDOUT
npm(foo)
@END
