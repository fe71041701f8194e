# A license file that names no holder: the registry's author, said so
@BEFORE python3 $TOP/tests/hostile/make_content.py reg
@ARGS import npm:c-no-holder -t debian -o $OUT --registry file://$TMP/reg/npm/
@FILE-HAS node-c-no-holder/debian/copyright Copyright: Jane Doe <jane@example.org>
@FILE-HAS node-c-no-holder/debian/copyright Comment: The upstream license files name no copyright holder:
@FILE-HAS node-c-no-holder/debian/copyright  Permission is hereby granted, free of charge, to any person obtaining a copy
