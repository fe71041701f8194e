# "<= X" and "> X" use the next npm version, so Debian revisions of X fit
@ARGS version range npm '>1.2.3 <=2.0.0' --to deb --name foo
@STDOUT
node-foo (>= 1.2.4~), node-foo (<< 2.0.1~)
@END
