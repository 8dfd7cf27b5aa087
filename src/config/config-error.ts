/** Stable codes for a setting that stops the app from starting. */
export const CONFIG_ERROR_CODES = ['SETTING_MISSING', 'SETTING_INVALID', 'SETTING_OUT_OF_RANGE', 'SETTING_BAD_JSON'] as const;
export type ConfigErrorCode = (typeof CONFIG_ERROR_CODES)[number];

/** One thing wrong with one setting: which, why, and a value that would work. Never the value itself. */
export interface ConfigProblem {
  readonly code: ConfigErrorCode;
  /** The app setting, with a path into its JSON when the problem is inside it (`ASM_CHANNELS["C1"].subscriptionId`). */
  readonly setting: string;
  readonly message: string;
  /** An example of a valid value. */
  readonly example: string;
}

/**
 * The app settings cannot be used. Lists every problem found (not only the first), each naming the
 * setting and an example; secret values are never echoed.
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly code: ConfigErrorCode;
  /** The first problem's setting. */
  readonly setting: string;
  readonly example: string;
  readonly problems: readonly ConfigProblem[];
  constructor(problems: readonly ConfigProblem[]) {
    const first = problems[0];
    if (first === undefined) throw new TypeError('ConfigError needs at least one problem.');
    const lines = problems.map((p) => `- ${p.setting}: ${p.message} Example: ${p.example}`);
    const heading = problems.length === 1 ? 'An app setting needs fixing' : `${problems.length} app settings need fixing`;
    super(`${heading} (local.settings.json "Values" locally, the Function App's configuration in Azure):\n${lines.join('\n')}`);
    this.code = first.code;
    this.setting = first.setting;
    this.example = first.example;
    this.problems = problems;
  }
}

export const isConfigError = (error: unknown): error is ConfigError =>
  error instanceof ConfigError || (error as { name?: unknown } | null)?.name === 'ConfigError';
