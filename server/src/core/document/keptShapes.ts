// Objects kept alive for the life of the process so that their shapes outlive each document.
// V8 forgets an object shape (map) once no object has it, and discards every optimised function
// that read it ("weak objects" deopts): the next document then runs those functions in the
// interpreter until they are compiled again, which cost about as much as the work itself.

// Held through this module's function, not as a module constant: a bundle drops a top-level
// constant that no function reads as soon as the module has loaded.
const kept: object[] = [];

/** Keeps `sample` (one object of a shape made per document) alive, and returns it. */
export function keepShape<T extends object>(sample: T): T {
  kept.push(sample);
  return sample;
}
