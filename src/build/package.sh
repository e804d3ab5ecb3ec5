#!/usr/bin/env bash
# Builds the self-contained distribution in DIST (target/smartnotes):
#   runtime/  a jlink runtime holding only the modules the jars need
#   lib/      the app jar (copied here) + dependency jars (already copied by Maven)
#             + smartnotes.aot or smartnotes.jsa, made by a training run
#   bin/smartnotes  the launcher (from launcher.sh beside this file)
#
# Run by Maven (exec-maven-plugin, package phase), which sets TOOLCHAIN_JAVA_HOME to the JDK
# picked by maven-toolchains-plugin. By hand, after `./mvnw package`:
#   TOOLCHAIN_JAVA_HOME=/path/to/jdk21+ src/build/package.sh target/smartnotes-1.0.0.jar \
#       target/smartnotes dev.smartnotes.cli.Main
#
# Environment (the pom sets these from its smartnotes.* properties):
#   SMARTNOTES_ARCHIVE=auto|cds|aot|none  archive made by the training run (default auto: aot on JDK 25+, else cds):
#       cds  dynamic CDS archive, lib/smartnotes.jsa (-XX:ArchiveClassesAtExit, JDK 21+)
#       aot  AOT cache, lib/smartnotes.aot (-XX:AOTCacheOutput, JDK 25+)
#       none no training run, no archive
#   SMARTNOTES_MODULES               the runtime's modules (comma separated); empty: ask jdeps
#   SMARTNOTES_EXTRA_MODULES         modules added to those (comma separated)
set -euo pipefail

die() { echo "package.sh: $*" >&2; exit 1; }

[ $# -eq 3 ] || die "usage: package.sh APP_JAR DIST_DIR MAIN_CLASS"
app_jar=$1
dist=$2
main_class=$3
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

jdk=${TOOLCHAIN_JAVA_HOME:-}
[ -n "$jdk" ] || die "TOOLCHAIN_JAVA_HOME is not set (exec-maven-plugin sets it from the selected JDK toolchain)"
for tool in java jdeps jlink; do
  [ -x "$jdk/bin/$tool" ] || die "$jdk/bin/$tool not found: TOOLCHAIN_JAVA_HOME must be a full JDK"
done
[ -f "$app_jar" ] || die "$app_jar not found (run through Maven: ./mvnw package)"
[ -d "$dist/lib" ] || die "$dist/lib not found (maven-dependency-plugin copies the dependency jars there)"

# Feature version of the JDK (21, 25, ...), from its release file.
feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$jdk/release")
[ -n "$feature" ] || die "cannot read JAVA_VERSION from $jdk/release"
echo "package.sh: JDK $feature at $jdk"

# --- lib/ and the class path (app jar first, then the dependencies in a fixed order) -------
cp "$app_jar" "$dist/lib/"
app_name=$(basename "$app_jar")
jars=("$app_name")
while IFS= read -r name; do
  [ "$name" = "$app_name" ] || jars+=("$name")
done < <(cd "$dist/lib" && LC_ALL=C ls -1 -- *.jar)
jar_paths=()
for name in "${jars[@]}"; do jar_paths+=("$dist/lib/$name"); done
if [ "$feature" -ge 24 ]; then
  # Pre-Java-6 class files (picocli's) cannot go into the CDS/AOT archive: make them version 52.
  "$jdk/bin/java" "$here/ClassFileUpgrade.java" "${jar_paths[@]}" || die "could not upgrade old class files (see above)"
fi
classpath=""
for name in "${jars[@]}"; do
  classpath+="${classpath:+:}\$APP_HOME/lib/$name"
done

# --- runtime/ ---------------------------------------------------------------------------------
if [ -n "${SMARTNOTES_MODULES:-}" ]; then
  modules=$SMARTNOTES_MODULES
else
  # jdeps lists the JDK modules the jars use; multi-release jars are read as on this JDK.
  # The jars are on the module path too, for those with a module-info that requires another.
  dep_path=$(IFS=:; echo "${jar_paths[*]}")
  if ! modules=$("$jdk/bin/jdeps" -q --ignore-missing-deps --multi-release "$feature" \
      --print-module-deps --module-path "$dep_path" --class-path "$dep_path" "${jar_paths[@]}" 2>&1); then
    echo "$modules" >&2
    die "jdeps failed (output above); name the modules instead: -Dsmartnotes.jlink.modules=java.base,..."
  fi
fi
modules=$(echo "$modules,${SMARTNOTES_EXTRA_MODULES:-}" | tr ',' '\n' | sed '/^$/d' | LC_ALL=C sort -u | paste -sd, -)
echo "package.sh: jlink modules: $modules"

extra_opts=()
if "$jdk/bin/jlink" --list-plugins | grep -q -- '--generate-cds-archive'; then
  extra_opts+=(--generate-cds-archive)  # the runtime's own base CDS archive
fi
# Baked into the runtime rather than passed by the launcher, so that its base CDS archive is
# made with it too (a mismatch would turn off part of CDS). Without it JDK 24+ warns on stderr
# when a jar loads a JNI library (jline, for the progress bar on a terminal).
if "$jdk/bin/java" --enable-native-access=ALL-UNNAMED -version >/dev/null 2>&1; then
  extra_opts+=(--add-options=--enable-native-access=ALL-UNNAMED)
fi
rm -rf "$dist/runtime"
"$jdk/bin/jlink" --add-modules "$modules" --output "$dist/runtime" \
  --strip-debug --no-header-files --no-man-pages "${extra_opts[@]}" \
  || die "jlink failed (see above)"

# --- bin/smartnotes ---------------------------------------------------------------------------
log_selection="all=warning,cds*=off"
if "$dist/runtime/bin/java" -Xlog:aot=off -version >/dev/null 2>&1; then
  log_selection+=",aot*=off"  # the 'aot' log tag exists from JDK 24 on
fi
launcher=$(<"$here/launcher.sh")
launcher=${launcher//@CLASSPATH@/$classpath}
launcher=${launcher//@MAIN_CLASS@/$main_class}
launcher=${launcher//@APP_JAR@/\$APP_HOME/lib/$app_name}
launcher=${launcher//@LOG_SELECTION@/$log_selection}
mkdir -p "$dist/bin"
printf '%s\n' "$launcher" > "$dist/bin/smartnotes"
chmod 755 "$dist/bin/smartnotes"
echo "package.sh: launcher $dist/bin/smartnotes"

# --- man/man1: manual pages from the same picocli model as --help -----------------------------
rm -rf "$dist/man"
cp_abs=${classpath//\$APP_HOME/$dist}
LC_ALL=C.UTF-8 "$dist/runtime/bin/java" -cp "$cp_abs" dev.smartnotes.cli.ManPages "$dist/man/man1" \
  || die "could not write the manual pages"
echo "package.sh: manual pages in $dist/man/man1"

# --- class-data sharing archive from a training run ---------------------------------------------
archive=${SMARTNOTES_ARCHIVE:-auto}
if [ "$archive" = auto ]; then
  # The AOT cache (JDK 25+) also holds linked classes and method profiles: 10,000 notes export
  # about 10% faster than with a dynamic CDS archive.
  if [ "$feature" -ge 25 ]; then archive=aot; else archive=cds; fi
fi
case $archive in
  none) echo "package.sh: no training run, no CDS/AOT archive"; exit 0 ;;
  aot) [ "$feature" -ge 25 ] || die "SMARTNOTES_ARCHIVE=aot needs JDK 25+ (this is JDK $feature)" ;;
  cds) ;;
  *) die "SMARTNOTES_ARCHIVE must be cds, aot or none, not '$archive'" ;;
esac

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# shellcheck source-path=SCRIPTDIR source=train.sh
source "$here/train.sh"
echo "package.sh: training run ($archive) in $work"
# (not inside `if`: bash would ignore set -e in there, and a failing command could go unseen)
set +e
# (UTF-8 locale: the sample notes have non-ASCII file names, whatever the build's locale is)
(set -e; export LC_ALL=C.UTF-8; cd "$work"; train "$dist/bin/smartnotes" "$archive") > "$work/train.log" 2>&1
status=$?
set -e
if [ "$status" -ne 0 ]; then
  cat "$work/train.log" >&2
  die "training run failed (output above); the app must work for it. To package without the archive: -Dsmartnotes.archive=none"
fi
case $archive in
  aot) out="$dist/lib/smartnotes.aot" ;;
  cds) out="$dist/lib/smartnotes.jsa" ;;
esac
if [ ! -s "$out" ]; then
  cat "$work/train.log" >&2
  die "training run did not write $out"
fi
echo "package.sh: wrote $out ($(du -h "$out" | cut -f1))"
