import type { TestEmulator } from './emulator-fixture.ts';
import { textAt } from './xml.ts';

/** Polls Get Operation Status until the operation is no longer InProgress; returns the final document. */
export async function waitForOperation(t: TestEmulator, requestId: string, maxPolls = 400): Promise<string> {
  for (let poll = 0; poll < maxPolls; poll++) {
    const response = await t.send('GET', `/operations/${requestId}`);
    if (response.status !== 200) throw new Error(`operation poll answered ${response.status}: ${response.text}`);
    if (textAt(response.text, 'Status') !== 'InProgress') return response.text;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`operation ${requestId} still InProgress after ${maxPolls} polls`);
}
