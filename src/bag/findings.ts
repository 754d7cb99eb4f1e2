/**
 * What a bag check found. Verification collects every problem instead of stopping at the first, so a
 * report can say everything that is wrong with a bag in one pass.
 */
export interface BagFinding {
  code: string;
  /** Path relative to the bag root, when the finding concerns one file. */
  path?: string;
  message: string;
}

export class Findings {
  readonly errors: BagFinding[] = [];
  readonly warnings: BagFinding[] = [];

  error(code: string, message: string, path?: string): void {
    this.errors.push(path === undefined ? { code, message } : { code, path, message });
  }

  warn(code: string, message: string, path?: string): void {
    this.warnings.push(path === undefined ? { code, message } : { code, path, message });
  }
}
