/**
 * The model field name of an XML element: its camelCase, with a leading acronym lowered whole
 * (`ServiceName` → `serviceName`, `OSVirtualHardDisk` → `osVirtualHardDisk`, `FQDN` → `fqdn`).
 */
export function camelName(xmlName: string): string {
  const run = /^[A-Z]+/.exec(xmlName)?.[0] ?? '';
  if (run.length === 0) return xmlName;
  if (run.length === xmlName.length) return xmlName.toLowerCase();
  if (run.length === 1) return run.toLowerCase() + xmlName.slice(1);
  // In `VMImageName` the last capital of the run ("I") starts the next word.
  const next = xmlName[run.length] ?? '';
  const splitAt = /[a-z]/.test(next) ? run.length - 1 : run.length;
  return xmlName.slice(0, splitAt).toLowerCase() + xmlName.slice(splitAt);
}
