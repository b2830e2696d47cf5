import { afterEach, beforeEach, vi } from 'vitest';

// Library code must stay silent: any console call during a test fails that test.
const methods = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
const calls: string[] = [];

beforeEach(() => {
  calls.length = 0;
  for (const method of methods) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      calls.push(`console.${method}(${args.map(String).join(', ')})`);
    });
  }
});

afterEach(() => {
  vi.restoreAllMocks();
  if (calls.length > 0) throw new Error(`Unexpected console output:\n${calls.join('\n')}`);
});
