# Debian has no OR of ANDs: the highest alternative, and a note saying so
@ARGS version range npm '^1.0.0 || ^3.1.0' --to deb --name foo
@STDOUT
node-foo (>= 3.1.0), node-foo (<< 4.0.0~)
# Debian relations cannot state an OR of ranges; only the highest alternative is kept
@END
