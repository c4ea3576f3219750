/** The parts of pako 1.0 (zlib in JavaScript) this adapter uses; pako 1.0 ships no types. */
// @ts-nocheck

declare module "pako" {
  interface PakoInflate {
    push(data: Uint8Array, mode?: boolean | number): boolean;
    onData: (chunk: Uint8Array) => void;
    onEnd: (status: number) => void;
    err: number;
    msg: string;
  }
  const pako: {
    Inflate: new (options?: { raw?: boolean; chunkSize?: number }) => PakoInflate;
    deflateRaw(data: Uint8Array, options?: { level?: -1 | 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 }): Uint8Array;
    inflateRaw(data: Uint8Array): Uint8Array;
  };
  export default pako;
}
