# colourama against colorama: colorama's files copied, setup.py changed to run one added file at install
@ARGS review pypi:colourama@0.1.6 --registry file://$TOP/tests/review/pypi/ --fail-on high
@EXIT 1
@STDOUT-HAS impersonates: colorama 0.4.6 (its latest version in this registry): colorama-0.4.6.tar.gz
@STDOUT-HAS     author: Jonathan Hartley -> Colourama Author
@STDOUT-HAS     description: Cross-platform colored terminal text. -> colour
@STDOUT-HAS   files: 1 only in colourama (A), 0 only in colorama (D), 2 changed (M), 4 identical
@STDOUT-HAS     A colourama_hook.py (348 bytes)
@STDOUT-HAS     M setup.py (92 to 453 bytes)
@STDOUT-HAS +      cmdclass={'install': PostInstall})
@STDOUT-LACKS colorama/ansi.py
@SH $FERRY review pypi:colourama@0.1.6 --registry file://$TOP/tests/review/pypi/ --json | python3 -c 'import json,sys; d=json.load(sys.stdin)["impersonates"]; f={x["path"]:x for x in d["files"]}; assert d["found"] and d["name"]=="colorama" and d["package"]["version"]=="0.4.6" and d["identical"]==4, d; assert sorted(f)==["PKG-INFO","colourama_hook.py","setup.py"] and f["colourama_hook.py"]["status"]=="A" and "PostInstall" in f["setup.py"]["diff"], f; assert d["diff_cap"]=={"lines_per_file":40,"lines_total":200,"lines_cut":0}, d; assert {"field":"author","old":"Jonathan Hartley","new":"Colourama Author"} in d["metadata"], d'
