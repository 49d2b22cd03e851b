// node:crypto starts OpenSSL as it loads (about 12 ms here), and a plan from git alone hashes nothing: the modules
// every run loads take it at first use. test/startup.test.ts checks that such a plan never loads it.
import type { Hash } from 'node:crypto';

const crypto = () => process.getBuiltinModule('node:crypto');

export const sha256 = (): Hash => crypto().createHash('sha256');
export const randomUUID = (): string => crypto().randomUUID();
/** sha256 of a short text in one call: a Hash object per id costs more than the hashing. */
export const sha256Of = (text: string): Buffer => crypto().hash('sha256', text, 'buffer');
export const sha256Hex = (text: string): string => crypto().hash('sha256', text, 'hex');
