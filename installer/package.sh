#!/usr/bin/env bash
# Builds the Debian package: installs what is missing, builds the three packaged
# targets (assay, assay-cli, assay-cli-ml) in the build folder, then runs CPack
# (cmake/AssayPackaging.cmake says what goes in). Prints the path of the .deb.
#
#   installer/package.sh [--no-build] [OUT_DIR]     (default OUT_DIR: <build>/package)
#
# --no-build packages what the build folder holds now, installing and building
# nothing (the package_deb CTest, which runs while other tests use the binaries).
# Environment: ASSAY_BUILD (build dir, default <repo>/build).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

build=1
if [ "${1:-}" = --no-build ]; then build=0; shift; fi
case "${1:-}" in -h|--help) sed -n '2,10p' "${BASH_SOURCE[0]}"; exit 0 ;; esac
out_dir="${1:-$ASSAY_BUILD/package}"

if [ "$build" = 1 ]; then
  assay_install_packages
  assay_install_packaging_packages
  assay_build --target assay assay-cli assay-cli-ml
fi
for tool in dpkg-shlibdeps file; do
  command -v "$tool" >/dev/null || { echo "package.sh: $tool is missing (apt-get install ${ASSAY_PACKAGING_PACKAGES[*]})" >&2; exit 1; }
done
[ -f "$ASSAY_BUILD/CPackConfig.cmake" ] || { echo "package.sh: $ASSAY_BUILD is not a configured build folder" >&2; exit 1; }

mkdir -p "$out_dir"
out_dir="$(cd "$out_dir" && pwd)"
# An older version's .deb would be taken for this run's.
rm -f "$out_dir"/assay_*.deb
(cd "$ASSAY_BUILD" && cpack --config CPackConfig.cmake -B "$out_dir" >"$out_dir/cpack.log" 2>&1) || {
  cat "$out_dir/cpack.log" >&2
  echo "package.sh: cpack failed (log above, also in $out_dir/cpack.log)" >&2
  exit 1
}
# CPack's staging tree: a second, unpacked copy of the package.
rm -rf "$out_dir/_CPack_Packages"
deb=("$out_dir"/assay_*.deb)
[ -f "${deb[0]}" ] || { echo "package.sh: cpack wrote no .deb into $out_dir" >&2; exit 1; }
echo "${deb[0]}"
