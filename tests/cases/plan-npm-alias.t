# npm alias dependencies ("depd-one": "npm:depd@~1.1.2", as @isaacs/cliui
# has "string-width-cjs": "npm:string-width@^4.2.0") resolve to the
# aliased package and its range; an alias of an alias is refused with the
# reason, the rest of the closure solved
@ENV XDG_CACHE_HOME=$TMP/cache
@ARGS plan npm:als-root --target debian --distro-index $TOP/tests/distro/plan/Packages-bookworm --registry file://$TOP/tests/distro/plan/npm/
@EXIT 1
@STDERR-HAS the closure has unresolvable requirements
@STDOUT
STATUS        PACKAGE                          VERSION        DISTRIBUTION                                 REQUIRED BY
new           als-root                         1.0.0          -                                            (root)
unresolvable  bad-cjs                          -              -                                            als-root@1.0.0 (npm:npm:depd@2)
              bad-cjs: range 'npm:npm:depd@2': an alias of an alias
compat        depd                             1.1.2          node-depd 2.0.0-2                            als-root@1.0.0 (~1.1.2)
distro        supports-color                   -              node-supports-color 8.1.1+~8.1.1-1           als-root@1.0.0 (^8.1.0)
@END
