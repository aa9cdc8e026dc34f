import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * Facts one subgraph hands another for the plan's report that the caller may
 * not read (an unpublished violation, a certification outside an area
 * officer's units). The report's figures count every record whoever asks, so
 * those facts must still reach the agency that computes them — but through
 * the query plan, they pass the caller, and anyone holding a leaked gateway
 * proof could call the feeder fields directly. So they travel sealed:
 * AES-256-GCM under a key derived from HUB_SUBGRAPH_SECRET, which only the
 * subgraphs and the gateway hold. A caller sees an opaque string; a sealed
 * value changed or forged fails to open.
 */
export class FactSeal {
  private readonly key: Buffer;

  constructor(subgraphSecret: string) {
    this.key = createHash('sha256')
      .update('ipc-hub sealed plan facts\n')
      .update(subgraphSecret)
      .digest();
  }

  /** `value` as JSON, sealed: base64url of nonce, tag and ciphertext. */
  seal(value: unknown): string {
    const nonce = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, nonce);
    const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
    return Buffer.concat([nonce, cipher.getAuthTag(), body]).toString('base64url');
  }

  /** What `seal` sealed; throws when the value was not sealed under this secret or was changed. */
  open<T>(sealed: string): T {
    const bytes = Buffer.from(sealed, 'base64url');
    if (bytes.length < 28) throw new Error('sealed facts: too short');
    const decipher = createDecipheriv('aes-256-gcm', this.key, bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(12, 28));
    const text = Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]);
    return JSON.parse(text.toString('utf8')) as T;
  }
}
