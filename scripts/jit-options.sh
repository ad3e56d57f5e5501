# Sourced by ./huntbook and bench/run: the JIT options a huntbook command runs with.
#
# Commands that end within seconds run on the C1 compiler alone: they finish before C2's code would
# pay back its compile time, and on a small machine C2's compiler threads compete with the burst of
# queries (measured: ./huntbook hunt 13% faster, 20% less CPU). Long-lived and bulk commands
# (import, emulate, kernel) keep tiered compilation.

# Sets the array HUNTBOOK_JIT to the options for the command named by $1.
huntbook_jit_options() {
  case "${1:-}" in
    import | emulate | kernel) HUNTBOOK_JIT=() ;;
    *) HUNTBOOK_JIT=(-XX:TieredStopAtLevel=1) ;;
  esac
}
