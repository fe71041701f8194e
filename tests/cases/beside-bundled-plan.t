# The plan says which distribution package ships a name inside it:
# "bundled in node-cliui" under the update, and what the package an update
# moves on from provides besides its own name
@ENV XDG_CACHE_HOME=$TMP/cache
@ARGS plan npm:wrap-ansi@7.0.0 -t debian --distro-index $TOP/tests/distro/beside/Packages-bundled --registry $REG
@STDOUT-HAS               bundled in node-cliui 7.0.4+repack+~cs3.1.0-4: the update takes over its files (Breaks/Replaces)
@STDOUT-LACKS bundled in node-strip-ansi
@STDOUT-LACKS node-ansi-styles 6.2.1-2 (bundled
