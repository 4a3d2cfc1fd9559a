import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The part of HarfBuzz's subsetter (harfbuzzjs' wasm build) a chart needs. */
interface HbSubset {
  memory: { buffer: ArrayBuffer };
  _initialize(): void;
  malloc(size: number): number;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_or_fail(face: number, input: number): number;
}

/** Node's WebAssembly global, which the project's type libraries (no DOM) leave undeclared. */
const wasmApi = (
  globalThis as unknown as {
    WebAssembly: {
      Module: new (bytes: Uint8Array) => object;
      Instance: new (module: object, imports: object) => { exports: unknown };
    };
  }
).WebAssembly;

const HB_MEMORY_MODE_READONLY = 1;
const HB_SUBSET_SETS_NAME_ID = 4;
// Family and typographic family names: the rasteriser finds the font by the latter.
const KEPT_NAME_IDS = [0, 1, 2, 3, 4, 5, 6, 16, 17];

/**
 * A font that hands out subsets holding only the characters a picture uses: the CJK font is
 * 8 MB and the rasteriser parses every font it is given anew, which costs far more than the
 * drawing; a subset of a chart's few hundred characters is tens of kilobytes.
 */
export class FontSubsetter {
  private readonly hb: HbSubset;
  private readonly face: number;

  /** Loads HarfBuzz and the font once; both stay in wasm memory for every later subset. */
  constructor(font: Buffer) {
    const wasm = readFileSync(createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'));
    // Synchronous compile: Node allows it for any size, and drawing stays a plain function call.
    const instance = new wasmApi.Instance(new wasmApi.Module(wasm), {});
    this.hb = instance.exports as unknown as HbSubset;
    this.hb._initialize();
    const at = this.hb.malloc(font.byteLength);
    new Uint8Array(this.hb.memory.buffer).set(font, at);
    const blob = this.hb.hb_blob_create(at, font.byteLength, HB_MEMORY_MODE_READONLY, 0, 0);
    this.face = this.hb.hb_face_create(blob, 0);
    this.hb.hb_blob_destroy(blob);
  }

  /** The font cut down to the characters of `text` (plus what their shaping needs), as OpenType. */
  subset(text: string): Buffer {
    const hb = this.hb;
    const input = hb.hb_subset_input_create_or_fail();
    if (input === 0) throw new Error('the font subsetter could not start');
    const unicodes = hb.hb_subset_input_unicode_set(input);
    for (const ch of new Set(text)) hb.hb_set_add(unicodes, ch.codePointAt(0) ?? 32);
    const names = hb.hb_subset_input_set(input, HB_SUBSET_SETS_NAME_ID);
    for (const id of KEPT_NAME_IDS) hb.hb_set_add(names, id);
    const subset = hb.hb_subset_or_fail(this.face, input);
    hb.hb_subset_input_destroy(input);
    if (subset === 0) throw new Error('the font could not be cut down to the chart text');
    const blob = hb.hb_face_reference_blob(subset);
    try {
      const at = hb.hb_blob_get_data(blob, 0);
      const length = hb.hb_blob_get_length(blob);
      // Copied out: the wasm memory is reused and may grow on the next subset.
      return Buffer.from(new Uint8Array(hb.memory.buffer, at, length));
    } finally {
      hb.hb_blob_destroy(blob);
      hb.hb_face_destroy(subset);
    }
  }
}
