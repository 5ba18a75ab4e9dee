/**
 * Keeps one small instance of a hot class alive for the life of the process.
 *
 * Why: V8 reaches the hidden class (map) of a class instance through weak map transitions, and
 * optimized code holds the maps it checks only weakly. Between two parses every scanner, builder
 * and diff object is garbage, so a full GC at that moment frees their maps and deoptimizes every
 * function compiled against them; the next parse then runs in the interpreter while V8 optimizes
 * all over again. On the 2011 constitution that made a parse right after a full GC cost ~4× a warm
 * one (21 ms against 5 ms; `--trace-deopt` names the reason "weak objects"). One live instance per
 * class keeps its map, and so the optimized code, across full GCs. The instances are tiny (empty
 * inputs) and are never used.
 */
const kept: object[] = [];

/** Keep `instance` (and so its class's instance map) alive forever; returns it. */
export function keepShape<T extends object>(instance: T): T {
  kept.push(instance);
  return instance;
}
