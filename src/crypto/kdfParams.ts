import { WeakKdfParametersError } from './errors';

/**
 * Argon2id parameters, stored with the vault as validated data (the habit of bitwarden's kdf-config):
 * a vault opened years later re-derives its key with exactly these values. Unlocking refuses values
 * below the floor, so an attacker who can write to storage cannot downgrade the vault to a cheap KDF
 * and then brute-force the passphrase.
 */
export interface KdfParams {
  readonly algorithm: 'argon2id';
  /** Memory in KiB. */
  readonly memoryKiB: number;
  readonly iterations: number;
  readonly parallelism: number;
  readonly salt: Uint8Array;
}

/** The defaults: m = 64 MiB, t = 3, p = 1 (about a second in the browser here). */
export const DEFAULT_KDF = { memoryKiB: 64 * 1024, iterations: 3, parallelism: 1 } as const;

/** The floor: OWASP's minimum Argon2id setting (19 MiB, t = 2, p = 1). Nothing weaker is accepted. */
export const KDF_FLOOR = { memoryKiB: 19 * 1024, iterations: 2, parallelism: 1 } as const;

/** The ceiling stops a tampered vault from making the browser allocate gigabytes or spin for hours. */
export const KDF_CEILING = { memoryKiB: 1024 * 1024, iterations: 64, parallelism: 16 } as const;

export const SALT_BYTES = 16;

export function newKdfParams(
  salt: Uint8Array,
  base: Omit<KdfParams, 'salt' | 'algorithm'> = DEFAULT_KDF,
): KdfParams {
  return validateKdfParams({ algorithm: 'argon2id', ...base, salt });
}

/** Returns the parameters if they are safe to use, else throws WeakKdfParametersError naming the problem. */
export function validateKdfParams(params: KdfParams): KdfParams {
  const problems: string[] = [];
  if (params.algorithm !== 'argon2id') problems.push(`unknown algorithm "${String(params.algorithm)}"`);
  const check = (name: keyof typeof KDF_FLOOR, label: string) => {
    const value = params[name];
    if (!Number.isInteger(value)) problems.push(`${label} is not a whole number`);
    else if (value < KDF_FLOOR[name])
      problems.push(`${label} ${value} is below the minimum ${KDF_FLOOR[name]}`);
    else if (value > KDF_CEILING[name])
      problems.push(`${label} ${value} is above the maximum ${KDF_CEILING[name]}`);
  };
  check('memoryKiB', 'memory (KiB)');
  check('iterations', 'iterations');
  check('parallelism', 'parallelism');
  if (!(params.salt instanceof Uint8Array) || params.salt.length < SALT_BYTES) {
    problems.push(`the salt is shorter than ${SALT_BYTES} bytes`);
  }
  if (problems.length > 0) {
    throw new WeakKdfParametersError(
      `The vault's key-derivation settings were refused (${problems.join('; ')}). The stored vault may have been tampered with.`,
    );
  }
  return params;
}
