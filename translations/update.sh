#!/bin/bash
# Extracts every translatable string of the program (core/, ui/, app/) into the Qt Linguist
# source translations/qualityloop_zh_CN.ts, keeping the translations already made.
#
#   translations/update.sh                 update translations/qualityloop_zh_CN.ts in place
#   translations/update.sh --ts FILE       write into FILE instead (the test that looks for
#                                          stale translations runs it on a temporary copy)
#
# LUPDATE may name the lupdate binary; the default is Debian's /usr/lib/qt6/bin/lupdate.
# Source locations are not stored (-locations none): the .ts changes only when strings do.
# Strings that vanished from the code are dropped (-no-obsolete).
# Also writes translations/qualityloop_en.ts, the English plural forms (see the end).
# After it, translate what is new:
#   python3 translations/tsv.py export --unfinished /tmp/todo.tsv
#   (fill the third column)   python3 translations/tsv.py import /tmp/todo.tsv
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
ts="$here/qualityloop_zh_CN.ts"
english=1
if [ "${1:-}" = "--ts" ]; then
    ts=$2
    english=0
fi
lupdate=${LUPDATE:-}
if [ -z "$lupdate" ]; then
    if [ -x /usr/lib/qt6/bin/lupdate ]; then
        lupdate=/usr/lib/qt6/bin/lupdate
    else
        lupdate=lupdate
    fi
fi

cd "$root"
# The report documents give themselves a tr() of their own (they print in the document's
# language, not the window's); lupdate takes their class as the context, rightly, but warns
# that the class "lacks Q_OBJECT macro". Those warnings are dropped; any other is shown.
"$lupdate" -silent -locations none -no-obsolete -no-ui-lines \
    -source-language en -target-language zh_CN \
    -extensions cpp,h,ui \
    -I core -I ui -I app \
    core ui app -ts "$ts" 2> >(grep -v "lacks Q_OBJECT macro" >&2)

# English needs a catalog only for its plurals ("%n day(s)" -> "1 day", "3 days"): the
# strings with %n go into qualityloop_en.ts and english_plurals.py fills their two forms.
if [ "$english" = 1 ]; then
    "$lupdate" -silent -locations none -no-obsolete -no-ui-lines -pluralonly \
        -source-language en -target-language en \
        -extensions cpp,h,ui \
        -I core -I ui -I app \
        core ui app -ts "$here/qualityloop_en.ts" 2> >(grep -v "lacks Q_OBJECT macro" >&2)
    python3 "$here/english_plurals.py" "$here/qualityloop_en.ts"
fi
