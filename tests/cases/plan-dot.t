# --dot: a Graphviz graph, nodes coloured by status
@ENV XDG_CACHE_HOME=$TMP/cache
@BEFORE cp "$TOP/tests/distro/plan/Packages.gz" .
@ARGS plan npm:wrap-ansi@7.0.0 --target debian --distro-index Packages.gz --registry $REG --dot
@STDOUT-HAS "ansi-styles@4.3.0" [fillcolor=orange, label="ansi-styles\ncompat: node-ansi-styles"];
@STDOUT-HAS "wrap-ansi@7.0.0" -> "string-width@4.2.3";
@SH head -1 stdout | grep -qx 'digraph plan {' && tail -1 stdout | grep -qx '}'
