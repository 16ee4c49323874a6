type TypedArray = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float32Array | Float64Array;
type TypedArrayClass<T extends TypedArray> = { new (length: number): T };

/** An append-only typed array that doubles its capacity as it fills. */
export class Growable<T extends TypedArray> {
  #data: T;
  #type: TypedArrayClass<T>;
  length = 0;

  constructor(type: TypedArrayClass<T>, capacity = 1024) {
    this.#type = type;
    this.#data = new type(capacity);
  }

  push(value: number): void {
    if (this.length === this.#data.length) this.#grow(this.length + 1);
    this.#data[this.length++] = value;
  }

  /** The filled part as an exact-length array (copied once; the builder is dropped after). */
  toArray(): T {
    return this.#data.slice(0, this.length) as T;
  }

  #grow(min: number): void {
    const next = new this.#type(Math.max(min, this.#data.length * 2));
    next.set(this.#data);
    this.#data = next;
  }
}
