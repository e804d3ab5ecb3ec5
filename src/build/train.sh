# Training workload for the CDS/AOT archive; sourced by package.sh, which runs train() in an
# empty temporary folder. One JVM run makes one archive, so only the command run with
# SMARTNOTES_TRAIN set is recorded: make it the one that loads the most classes.
# Any failing command fails the build (set -e in package.sh's subshell).
train() {
  local app=$1 kind=$2
  "$app" sample --count 2000 --out notes
  SMARTNOTES_TRAIN=$kind "$app" export --notes notes --out out --format all
}
