# "(MIT OR Apache-2.0) AND BSD-3-Clause": DEP-5 has no parentheses, a comma
# groups ("A or B, and C"); BSD-3-clause from the sdist's LICENSE, its
# holder and "All rights reserved" in the Copyright field only
@BEFORE python3 $TOP/tests/hostile/make_content.py reg
@ARGS import pypi:c-bsd -t debian -o $OUT --registry file://$TMP/reg/pypi/
@FILE-HAS python-c-bsd/debian/copyright License: Expat or Apache-2.0, and BSD-3-clause
@FILE-HAS python-c-bsd/debian/copyright Copyright: 2019, Bea Smith
@FILE-HAS python-c-bsd/debian/copyright  * Neither the name of the copyright holder nor the names of its
@FILE-LACKS python-c-bsd/debian/copyright  All rights reserved.
