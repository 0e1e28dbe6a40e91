#!/bin/sh
# Installs claims with the data it reads at run time, so the binary works away from this
# checkout: PREFIX/bin/claims, and PREFIX/share/claims/Claims/{lexicon,sources,modules} (the
# lexicons, the demo corpus and the example modules). The binary looks for ../share/claims
# beside itself first.
#
#   scripts/install.sh [PREFIX]      (default: $HOME/.local)
set -eu
prefix=${1:-"$HOME/.local"}
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
swift build -c release --product claims
share="$prefix/share/claims/Claims"
mkdir -p "$prefix/bin" "$share"
# Data first, binary last: a binary is never installed beside half its data.
for folder in lexicon sources modules; do
    rm -rf "$share/$folder.new"
    cp -R "Claims/$folder" "$share/$folder.new"
    rm -rf "$share/$folder"
    mv "$share/$folder.new" "$share/$folder"
done
find "$share" -name '__pycache__' -prune -exec rm -rf {} +
install -m 0755 .build/release/claims "$prefix/bin/claims"
echo "installed $prefix/bin/claims and its data in $prefix/share/claims"
