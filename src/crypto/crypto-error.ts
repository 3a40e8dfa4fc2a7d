/**
 * The one error type of src/crypto/.
 * - `key_shredded`: the case's data key is gone (crypto-shredded, P13); its data is unreadable.
 * - `decrypt_failed`: wrong key, wrong field/case (AAD) or altered ciphertext.
 * - `unknown_master_key`: a wrapped key names a master key that is not configured.
 * - `invalid_master_key`: MASTER_KEY or master.key is not 32 bytes of base64.
 */
export type CryptoErrorCode = 'key_shredded' | 'decrypt_failed' | 'unknown_master_key' | 'invalid_master_key';

export class CryptoError extends Error {
  constructor(
    readonly code: CryptoErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CryptoError';
  }
}
