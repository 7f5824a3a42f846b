#!/bin/bash
# translations/tsv.py, the tool for translating new strings, keeps working: exporting every
# string of the zh_CN source and importing the table again into a copy changes nothing.
# Usage: tsv-roundtrip.sh SOURCE_DIR LCONVERT [PYTHON]
set -euo pipefail
src=$1
export LCONVERT=$2
python=${3:-python3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$src/translations/qualityloop_zh_CN.ts" "$work/copy.ts"
chmod u+w "$work/copy.ts"
"$python" "$src/translations/tsv.py" export --ts "$work/copy.ts" "$work/all.tsv" > /dev/null
"$python" "$src/translations/tsv.py" import --ts "$work/copy.ts" "$work/all.tsv" > /dev/null
diff -u "$src/translations/qualityloop_zh_CN.ts" "$work/copy.ts"
# A row for a source that is not in the file is reported, not silently lost.
printf 'Nowhere\tNo such source\t没有\n' > "$work/stray.tsv"
"$python" "$src/translations/tsv.py" import --ts "$work/copy.ts" "$work/stray.tsv" 2>&1 >/dev/null | grep -q "No such source"
echo "tsv.py round trip: unchanged"
