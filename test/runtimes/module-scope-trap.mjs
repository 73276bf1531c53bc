// Loaded with `node --import` before the package: what workerd refuses at module scope (timers, random values,
// AbortController) throws here while the entry points load, so any such work at load fails in Node too.
// `globalThis.releaseModuleScopeTrap()` puts everything back.
const names = [
  [globalThis, "setTimeout"],
  [globalThis, "setInterval"],
  [globalThis, "AbortController"],
  [Math, "random"],
  [globalThis.crypto, "getRandomValues"],
  [globalThis.crypto, "randomUUID"],
];
const saved = names.map(([owner, name]) => [owner, name, owner[name]]);
for (const [owner, name] of names) {
  owner[name] = function trapped() {
    throw new Error(`${name} was called while the package loaded`);
  };
}
globalThis.releaseModuleScopeTrap = () => {
  for (const [owner, name, original] of saved) owner[name] = original;
};
