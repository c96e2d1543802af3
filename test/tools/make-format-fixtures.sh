#!/usr/bin/env bash
# Remakes the fixtures of libs/regulation-parser/fixtures for the .doc, OFD, scanned-PDF and 分工表
# readers from the seeds and division-table.md. Needs LibreOffice (soffice), poppler-utils
# (pdftoppm) and img2pdf where it runs; the tests only read the files it commits.
#   bash test/tools/make-format-fixtures.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
fixtures=$root/libs/regulation-parser/fixtures
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for tool in soffice pdftoppm img2pdf node; do
  command -v "$tool" >/dev/null || { echo "make-format-fixtures: $tool is missing (apt-get install libreoffice-writer-nogui poppler-utils img2pdf)" >&2; exit 1; }
done
office() { soffice --headless -env:UserInstallation=file://"$work"/profile "$@" >/dev/null; }

# Word 97 .doc of seed 001, imported as UTF-8 text, one paragraph per line.
cp "$root"/ops/seed/001_63ee37a2190facda.txt "$work"/seed-001.txt
office --infilter="Text (encoded):UTF8,LF,,," --convert-to doc:"MS Word 97" --outdir "$work" "$work"/seed-001.txt
cp "$work"/seed-001.doc "$fixtures"/seed-001.doc

# OFD of seed 002, laid out by the repository's own writer (GB/T 33190 package structure).
node "$root"/test/tools/text-to-ofd.mjs "$root"/ops/seed/002_623e2f70af61ec05.txt "$fixtures"/seed-002.ofd \
  --title 博尔塔拉蒙古自治州阿拉山口综合保税区管理条例 --date 2025-11-07

# A scan of seed 000: its text PDF's pages as 150 dpi greyscale JPEGs in a PDF without a text layer.
pdftoppm -r 150 -gray -jpeg -jpegopt quality=80 "$fixtures"/seed-000.pdf "$work"/scan
img2pdf --pagesize A4 -o "$fixtures"/seed-000-scan.pdf "$work"/scan-*.jpg

# The 分工表 plan as a Word table (.docx and .doc), its section rows spanning the table and equal
# lead cells merged vertically.
node "$root"/test/tools/markdown-table-to-html.mjs "$fixtures"/division-table.md "$work"/division-table.html
office --convert-to docx:"MS Word 2007 XML" --outdir "$work" "$work"/division-table.html
office --convert-to doc:"MS Word 97" --outdir "$work" "$work"/division-table.html
cp "$work"/division-table.docx "$work"/division-table.doc "$fixtures"/

ls -l "$fixtures"/seed-001.doc "$fixtures"/seed-002.ofd "$fixtures"/seed-000-scan.pdf "$fixtures"/division-table.*
