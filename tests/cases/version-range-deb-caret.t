@ARGS version range npm '^1.2.3' --to deb --name @scope/Foo_bar
@STDOUT
node-scope-foo-bar (>= 1.2.3), node-scope-foo-bar (<< 2.0.0~)
@END
