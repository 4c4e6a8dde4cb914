#!/usr/bin/env bash
# The package_deb CTest (label "package", cmake/AssayPackaging.cmake): runs
# installer/package.sh --no-build on the build folder, unpacks the .deb with
# dpkg -x into a scratch root, checks what it holds and its Depends line, and
# runs the unpacked programs on the unpacked demo data. Exit 77 (skip) when the
# packaging tools are missing (installer/test.sh installs them).
#
# Environment: ASSAY_BUILD (the build folder; CTest sets it).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${ASSAY_BUILD:-$ROOT/build}"

for tool in dpkg-deb dpkg-shlibdeps file desktop-file-validate; do
  command -v "$tool" >/dev/null || { echo "SKIP: $tool is missing (apt-get install dpkg-dev file desktop-file-utils)"; exit 77; }
done

work="$(mktemp -d "${TMPDIR:-/tmp}/assay-package-test.XXXXXX")"
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

started=$SECONDS
deb="$("$ROOT/installer/package.sh" --no-build "$work/out" | tail -n 1)"
[ -f "$deb" ] || fail "package.sh printed no .deb path"
echo "package: $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB, packaged in $((SECONDS - started)) s"

# --- control fields --------------------------------------------------------
depends="$(dpkg-deb -f "$deb" Depends)"
echo "Depends: $depends"
for wanted in libqt6core6 libqt6widgets6 libqt6sql6-sqlite libtorch libtcmalloc-minimal4 libqcustomplot; do
  grep -q "\b$wanted" <<<"$depends" || fail "Depends does not name $wanted"
done
# Every dependency must name a package that is installed here, where the
# programs were built and linked (versions are dpkg-shlibdeps' own minimums).
IFS=',' read -ra groups <<<"$depends"
for group in "${groups[@]}"; do
  satisfied=0
  IFS='|' read -ra alternatives <<<"$group"
  for alt in "${alternatives[@]}"; do
    name="$(sed -E 's/\(.*\)//; s/[[:space:]]//g' <<<"$alt")"
    if dpkg-query -W -f='${Status}' "$name" 2>/dev/null | grep -q "install ok installed"; then satisfied=1; fi
  done
  [ "$satisfied" = 1 ] || fail "no package of the dependency '$group' is installed"
done
[ "$(dpkg-deb -f "$deb" Architecture)" = "$(dpkg --print-architecture)" ] || fail "wrong Architecture"

# --- contents --------------------------------------------------------------
root="$work/root"
dpkg -x "$deb" "$root"
usr="$root/usr"
for exe in bin/assay bin/assay-cli; do
  [ -x "$usr/$exe" ] || fail "$exe is missing or not executable"
done
[ -f "$usr/lib/assay/assay-cli-ml.so" ] || fail "lib/assay/assay-cli-ml.so is missing"
for elf in bin/assay bin/assay-cli lib/assay/assay-cli-ml.so; do
  # Whole outputs first: grep -q may stop reading early, and pipefail would
  # count the writer's SIGPIPE as "no match".
  kind="$(file -b "$usr/$elf")"
  dynamic="$(readelf -d "$usr/$elf")"
  grep -q "not stripped" <<<"$kind" && fail "$elf is not stripped"
  grep -qE "RPATH|RUNPATH" <<<"$dynamic" && fail "$elf carries an RPATH"
done
desktop="$usr/share/applications/assay.desktop"
[ -f "$desktop" ] || fail "share/applications/assay.desktop is missing"
desktop-file-validate "$desktop" || fail "assay.desktop does not validate"
grep -qx 'Exec=assay %f' "$desktop" || fail "assay.desktop does not start bin/assay"
icon="$(sed -n 's/^Icon=//p' "$desktop")"
[ -f "$usr/share/icons/hicolor/scalable/apps/$icon.svg" ] || fail "the icon '$icon' is not in share/icons/hicolor"
grep -q "GNU GENERAL PUBLIC LICENSE" "$usr/share/doc/assay/copyright" || fail "share/doc/assay/copyright lacks the GPL"
# The translations are embedded in the GUI (:/i18n/assay_<lang>.qm,
# widgets/CMakeLists.txt): Qt's resource table stores each name in UTF-16BE.
for qm in assay_zh_CN.qm assay_en.qm; do
  python3 -c 'import sys; sys.exit(sys.argv[2].encode("utf-16-be") not in open(sys.argv[1], "rb").read())' \
    "$usr/bin/assay" "$qm" || fail "bin/assay does not embed $qm"
done
for f in addresses_demo.trl.json addresses_heldout.trl.json style_demo.json generate_addresses.py README.md; do
  [ -f "$usr/share/assay/demo/$f" ] || fail "share/assay/demo/$f is missing"
done
[ -e "$usr/share/assay/demo/test_generate_addresses.py" ] && fail "the demo's unit test was packaged"

# --- the unpacked programs ------------------------------------------------
cli="$usr/bin/assay-cli"
[ "$("$cli" --version)" = "assay-cli $(dpkg-deb -f "$deb" Version)" ] || fail "assay-cli --version does not match the package version"
[ "$(QT_QPA_PLATFORM=offscreen "$usr/bin/assay" --version)" = "Assay $(dpkg-deb -f "$deb" Version)" ] || fail "assay --version"
# help lists the module's commands only when it loaded lib/assay/assay-cli-ml.so.
help="$("$cli" help)"
grep -q '^  assay-cli train' <<<"$help" || fail "assay-cli did not load lib/assay/assay-cli-ml.so: $help"
demo="$usr/share/assay/demo"
cd "$work"
"$cli" init addr.assay --schema correctness
"$cli" import addr.assay "$demo/addresses_demo.trl.json"
"$cli" stats addr.assay
grep -q '"samples": 8000,' <("$cli" stats addr.assay --json) || fail "stats does not count the demo's 8,000 records"
# The module end to end: the n-gram model trains in seconds.
"$cli" train --project addr.assay --output_dir model --task reward --model_name_or_path ngram >train.log 2>&1 \
  || { cat train.log; fail "assay-cli train (ngram) failed"; }
"$cli" eval model "$demo/addresses_heldout.trl.json" --json >eval.json || fail "assay-cli eval failed"
grep -q '"eval_accuracy"' eval.json || fail "eval printed no accuracy: $(cat eval.json)"
echo "PASS: package_deb ($((SECONDS - started)) s)"
