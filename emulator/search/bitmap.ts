/**
 * Sets of documents, one bit each: what every node of a query matches. AND, OR and NOT become
 * word-wide operations, so long OR chains (a user's audiences) stay cheap.
 */
export class Bitmap {
  readonly words: Uint32Array;
  private readonly size: number;

  constructor(size: number) {
    this.size = size;
    this.words = new Uint32Array((size + 31) >>> 5);
  }

  set(i: number): void {
    this.words[i >>> 5] |= 1 << (i & 31);
  }

  has(i: number): boolean {
    return (this.words[i >>> 5] & (1 << (i & 31))) !== 0;
  }

  fill(): this {
    this.words.fill(0xffffffff);
    return this.clearTail();
  }

  and(other: Bitmap): this {
    for (let w = 0; w < this.words.length; w++) this.words[w] &= other.words[w];
    return this;
  }

  or(other: Bitmap): this {
    for (let w = 0; w < this.words.length; w++) this.words[w] |= other.words[w];
    return this;
  }

  invert(): this {
    for (let w = 0; w < this.words.length; w++) this.words[w] = ~this.words[w];
    return this.clearTail();
  }

  /** Bits past the last document stay clear. */
  private clearTail(): this {
    const extra = this.words.length * 32 - this.size;
    if (extra > 0) this.words[this.words.length - 1] &= 0xffffffff >>> extra;
    return this;
  }
}
