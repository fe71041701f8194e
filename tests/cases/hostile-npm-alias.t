# an alias spec is hostile input: an alias of an alias is one clear error
@ARGS import npm:h-badalias -t fedora -t debian -o $OUT --registry $HREG
@EXIT 3
@STDERR-HAS h-badalias@1.0.0: dependencies.x-cjs: alias 'npm:npm:left-pad@^1.0.0': an alias of an alias
@STDERR-LINES 1
@NO-OUTPUT
