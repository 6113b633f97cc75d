// SM3 (GB/T 32905-2016) and HMAC-SM3 (RFC 2104 with SM3), in plain TypeScript so that the browser's verify page,
// the stand-alone replay script and the server compute a draw with the same code. The server's tests compare it
// with node:crypto's 'sm3'.

const IV = [0x7380166f, 0x4914b2b9, 0x172442d7, 0xda8a0600, 0xa96f30bc, 0x163138aa, 0xe38dee4d, 0xb0fb0e4e];

const rotl32 = (x: number, n: number): number => (x << n) | (x >>> (32 - n));
// T_j rotated left by j mod 32, for every round.
const TJ = Int32Array.from({ length: 64 }, (_, j) => rotl32(j < 16 ? 0x79cc4519 : 0x7a879d8a, j % 32));

function compress(v: Uint32Array, block: Uint8Array, offset: number, w: Int32Array, w1: Int32Array): void {
  // Int32 arithmetic throughout (| 0), unsigned only where stored: the hot loop of replaying a province-wide draw.
  for (let j = 0; j < 16; j++) {
    const o = offset + j * 4;
    w[j] = ((block[o] as number) << 24) | ((block[o + 1] as number) << 16) | ((block[o + 2] as number) << 8) | (block[o + 3] as number);
  }
  for (let j = 16; j < 68; j++) {
    const x = (w[j - 16] as number) ^ (w[j - 9] as number) ^ rotl32(w[j - 3] as number, 15);
    w[j] = x ^ rotl32(x, 15) ^ rotl32(x, 23) ^ rotl32(w[j - 13] as number, 7) ^ (w[j - 6] as number);
  }
  for (let j = 0; j < 64; j++) w1[j] = (w[j] as number) ^ (w[j + 4] as number);
  let a = v[0] as number;
  let b = v[1] as number;
  let c = v[2] as number;
  let d = v[3] as number;
  let e = v[4] as number;
  let f = v[5] as number;
  let g = v[6] as number;
  let h = v[7] as number;
  for (let j = 0; j < 64; j++) {
    const a12 = rotl32(a, 12);
    const ss1 = rotl32((a12 + e + (TJ[j] as number)) | 0, 7);
    const ss2 = ss1 ^ a12;
    const ff = j < 16 ? a ^ b ^ c : (a & b) | (a & c) | (b & c);
    const gg = j < 16 ? e ^ f ^ g : (e & f) | (~e & g);
    const tt1 = (ff + d + ss2 + (w1[j] as number)) | 0;
    const tt2 = (gg + h + ss1 + (w[j] as number)) | 0;
    d = c;
    c = rotl32(b, 9);
    b = a;
    a = tt1;
    h = g;
    g = rotl32(f, 19);
    f = e;
    e = tt2 ^ rotl32(tt2, 9) ^ rotl32(tt2, 17);
  }
  v[0] = (v[0] as number) ^ a;
  v[1] = (v[1] as number) ^ b;
  v[2] = (v[2] as number) ^ c;
  v[3] = (v[3] as number) ^ d;
  v[4] = (v[4] as number) ^ e;
  v[5] = (v[5] as number) ^ f;
  v[6] = (v[6] as number) ^ g;
  v[7] = (v[7] as number) ^ h;
}

/** The SM3 digest (32 bytes) of `message`. */
export function sm3(message: Uint8Array): Uint8Array {
  const v = Uint32Array.from(IV);
  const w = new Int32Array(68);
  const w1 = new Int32Array(64);
  const full = message.length - (message.length % 64);
  for (let offset = 0; offset < full; offset += 64) compress(v, message, offset, w, w1);
  // The tail: the rest of the message, 0x80, zeros, and the bit length (64-bit big-endian) in one or two blocks.
  const rest = message.length - full;
  const tail = new Uint8Array(rest + 9 <= 64 ? 64 : 128);
  tail.set(message.subarray(full));
  tail[rest] = 0x80;
  const bits = message.length * 8;
  const view = new DataView(tail.buffer);
  view.setUint32(tail.length - 8, Math.floor(bits / 0x100000000));
  view.setUint32(tail.length - 4, bits >>> 0);
  for (let offset = 0; offset < tail.length; offset += 64) compress(v, tail, offset, w, w1);
  const out = new Uint8Array(32);
  const outView = new DataView(out.buffer);
  for (let i = 0; i < 8; i++) outView.setUint32(i * 4, v[i] ?? 0);
  return out;
}

/** HMAC-SM3 (block size 64 bytes). */
export function hmacSm3(key: Uint8Array, message: Uint8Array): Uint8Array {
  const block = new Uint8Array(64);
  block.set(key.length > 64 ? sm3(key) : key);
  const inner = new Uint8Array(64 + message.length);
  const outer = new Uint8Array(64 + 32);
  for (let i = 0; i < 64; i++) {
    inner[i] = (block[i] ?? 0) ^ 0x36;
    outer[i] = (block[i] ?? 0) ^ 0x5c;
  }
  inner.set(message, 64);
  outer.set(sm3(inner), 64);
  return sm3(outer);
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}

/** Bytes of a hex string; null when it is not one (odd length or a non-hex character). */
export function fromHex(hex: string): Uint8Array | null {
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) return null;
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

export const sm3Hex = (text: string): string => toHex(sm3(utf8(text)));
