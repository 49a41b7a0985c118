// Preloaded with NODE_OPTIONS=--import to run the CLI as if it were 1 January 2040: Date.now() and
// new Date() move; everything else about Date stays as it was.
const Real = Date;
const shift = Real.UTC(2040, 0, 1) - Real.now();
class FutureDate extends Real {
  constructor(...args) {
    if (args.length === 0) super(Real.now() + shift);
    else super(...args);
  }
  static now() {
    return Real.now() + shift;
  }
}
globalThis.Date = FutureDate;
