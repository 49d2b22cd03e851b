// node:crypto starts OpenSSL as it loads (about 12 ms here), and a plan from git alone hashes nothing: the modules
// every run loads take it at first use. test/startup.test.ts checks that such a plan never loads it.
import type { Hash } from 'node:crypto';

const crypto = () => process.getBuiltinModule('node:crypto');

export const sha256 = (): Hash => crypto().createHash('sha256');
export const randomUUID = (): string => crypto().randomUUID();
