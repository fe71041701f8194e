@ARGS version range npm '<1 || >=3' --to deb --name foo
@STDOUT
node-foo (<< 1.0.0~) | node-foo (>= 3.0.0)
@END
