// npm-packlist and npm-normalize-package-bin ship no types; only what packed.ts calls is declared.
declare module 'npm-packlist' {
  /** The root of an Arborist tree, as far as npm-packlist reads it. */
  interface PackTree {
    path: string;
    package: Record<string, unknown>;
    isProjectRoot: boolean;
    edgesOut: Map<string, unknown>;
  }
  export default function packlist(tree: PackTree, options?: { path?: string }): Promise<string[]>;
}

declare module 'npm-normalize-package-bin' {
  export default function normalize<T extends Record<string, unknown>>(manifest: T): T;
}
