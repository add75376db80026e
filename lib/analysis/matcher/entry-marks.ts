/**
 * Per-call sets and maps keyed by catalogue entry, as arrays indexed by Terminal.index (the
 * entry's place in its matcher's catalogue) instead of Maps keyed by the entry objects: a few
 * array reads per mention instead of hashing. `begin()` empties one in O(1) (a new generation),
 * so one instance serves every call; arrays grow to the largest catalogue seen.
 */
export class EntryMarks {
  private stamp = new Int32Array(0);
  private slots = new Float64Array(0);
  private generation = 0;

  /** Forgets every mark; `size` is the number of entries of the catalogue about to be read. */
  begin(size: number): void {
    if (this.stamp.length < size) {
      this.stamp = new Int32Array(size);
      this.slots = new Float64Array(size);
      this.generation = 0;
    }
    this.generation++;
    if (this.generation === 0x7fffffff) {
      this.stamp.fill(0);
      this.generation = 1;
    }
  }

  has(index: number): boolean {
    return this.stamp[index] === this.generation;
  }

  /** The number stored for a marked entry (only meaningful when has(index)). */
  get(index: number): number {
    return this.slots[index] as number;
  }

  set(index: number, value: number): void {
    this.stamp[index] = this.generation;
    this.slots[index] = value;
  }
}
