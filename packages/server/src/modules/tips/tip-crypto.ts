// Field encryption of reporter identity (DESIGN §6 Crypto): SM4-CTR for secrecy, HMAC-SM3 over the IV and
// ciphertext for integrity (encrypt-then-MAC), a fresh random IV per field, and the field's context (tip id +
// field name) bound into the MAC so a sealed value cannot be moved to another tip or field. The master key
// lives outside the database (ZHIBEN_TIP_KEY or a key file); sub-keys are derived per purpose.
import { createCipheriv, createDecipheriv, createHmac, getCiphers, getHashes, randomBytes, timingSafeEqual } from 'node:crypto';

const VERSION = 'v1';
const IV_BYTES = 16;
const MAC_BYTES = 32;

export type TipCrypto = {
  seal: (plaintext: string, context: string) => string;
  open: (sealed: string, context: string) => string;
  /** Keyed hash for indexed equality lookups (receipt codes, IP and content fingerprints). */
  lookupHash: (purpose: 'receipt' | 'ip' | 'content', value: string) => string;
};

export function assertSmAlgorithmsAvailable(): void {
  if (!getCiphers().includes('sm4-ctr') || !getHashes().includes('sm3')) {
    throw new Error('Node.js 的 OpenSSL 不支持 SM4-CTR/SM3，无法加密举报人身份信息');
  }
}

/** A sub-key for one purpose of one domain, derived from the master key (which never enters the database). */
export const deriveKey = (master: Buffer, domain: string, label: string, bytes = 32): Buffer =>
  createHmac('sm3', master).update(`zhiben/${domain}/${label}`).digest().subarray(0, bytes);
const derive = (master: Buffer, label: string, bytes: number): Buffer => deriveKey(master, 'tips', label, bytes);

export type FieldSealer = Pick<TipCrypto, 'seal' | 'open'>;

/**
 * The same sealing (SM4-CTR + HMAC-SM3 over version, context, IV and ciphertext) for another domain's secrets, with
 * that domain's own sub-keys: e.g. TOTP secrets ('totp'), so a key for one never opens the other.
 */
export function createFieldSealer(masterKey: Buffer, domain: string): FieldSealer {
  if (masterKey.length < 32) throw new Error('master key must be at least 32 bytes (64 hex characters)');
  assertSmAlgorithmsAvailable();
  return sealerWith(deriveKey(masterKey, domain, 'sm4-ctr', 16), deriveKey(masterKey, domain, 'hmac-sm3', 32));
}

function sealerWith(encKey: Buffer, macKey: Buffer): FieldSealer {
  const mac = (iv: Buffer, ciphertext: Buffer, context: string) =>
    createHmac('sm3', macKey).update(`${VERSION}\n${context}\n`).update(iv).update(ciphertext).digest();
  return {
    seal(plaintext, context) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('sm4-ctr', encKey, iv);
      const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return `${VERSION}.${Buffer.concat([iv, ciphertext, mac(iv, ciphertext, context)]).toString('base64')}`;
    },
    open(sealed, context) {
      const [version, body] = sealed.split('.');
      if (version !== VERSION || body === undefined) throw new Error('sealed field has an unknown format');
      const bytes = Buffer.from(body, 'base64');
      if (bytes.length < IV_BYTES + MAC_BYTES) throw new Error('sealed field is truncated');
      const iv = bytes.subarray(0, IV_BYTES);
      const ciphertext = bytes.subarray(IV_BYTES, bytes.length - MAC_BYTES);
      const tag = bytes.subarray(bytes.length - MAC_BYTES);
      if (!timingSafeEqual(tag, mac(iv, ciphertext, context))) throw new Error('sealed field failed authentication');
      const decipher = createDecipheriv('sm4-ctr', encKey, iv);
      return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
    },
  };
}

export function createTipCrypto(masterKey: Buffer): TipCrypto {
  if (masterKey.length < 32) throw new Error('tip identity key must be at least 32 bytes (64 hex characters)');
  assertSmAlgorithmsAvailable();
  const lookupKeys = { receipt: derive(masterKey, 'receipt', 32), ip: derive(masterKey, 'ip', 32), content: derive(masterKey, 'content', 32) };
  return {
    ...sealerWith(derive(masterKey, 'sm4-ctr', 16), derive(masterKey, 'hmac-sm3', 32)),
    lookupHash: (purpose, value) => createHmac('sm3', lookupKeys[purpose]).update(value).digest('hex'),
  };
}
