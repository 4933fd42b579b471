/** Types of first-load-size.mjs (the budget test and the bench read the same figures). */
export interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
export type Manifest = Record<string, ManifestChunk>;
export const FIRST_LOAD_BUDGET_BYTES: number;
export function readManifest(webDir: string): Manifest;
export function firstLoadChunks(manifest: Manifest): string[];
export function measureFirstLoad(webDir: string): {
  files: { file: string; gzipBytes: number }[];
  totalGzipBytes: number;
};
export function formatKb(bytes: number): string;
