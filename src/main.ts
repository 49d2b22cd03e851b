import * as core from '@actions/core';

/** The action's single error boundary: everything that fails ends here as one failed step. */
export async function run(): Promise<void> {
  try {
    throw new Error('not implemented yet');
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
