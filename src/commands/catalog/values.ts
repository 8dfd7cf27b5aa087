import type { Check, ValueType } from './types.ts';
import { closeMatches } from '../parse/suggest.ts';

const ok = (value: string): Check => ({ ok: true, value });
const bad = (expected: string, suggestions: readonly string[] = []): Check => ({ ok: false, expected, suggestions });

function pattern(label: string, expected: string, re: RegExp, fix?: (v: string) => string): ValueType {
  return {
    label, expected,
    check: (v) => {
      if (re.test(v)) return ok(v);
      const fixed = fix?.(v);
      return bad(expected, fixed !== undefined && fixed !== v && re.test(fixed) ? [fixed] : []);
    },
  };
}

const DNS_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
const DNS_EXPECTED = '1–63 letters, digits and hyphens, not starting or ending with a hyphen';
const NAME_63 = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;
const NAME_63_EXPECTED = '1–63 letters, digits, hyphens, periods and underscores, starting with a letter or digit';
/** `My_Service` → `My-Service`: the DNS label people most likely meant. */
const asDnsLabel = (v: string) => v.replace(/[^A-Za-z0-9-]/g, '-').replace(/^-+|-+$/g, '');

export const cloudServiceName = pattern('cloud service name', DNS_EXPECTED, DNS_LABEL, asDnsLabel);
export const vmName = pattern('VM name', DNS_EXPECTED, DNS_LABEL, asDnsLabel);
export const storageName = pattern('storage account name', '3–24 lowercase letters and digits', /^[a-z0-9]{3,24}$/,
  (v) => v.toLowerCase().replace(/[^a-z0-9]/g, ''));
export const affinityGroupName = pattern('affinity group name', NAME_63_EXPECTED, NAME_63);
export const deploymentName = pattern('deployment name', NAME_63_EXPECTED, NAME_63);
export const imageName = pattern('image name', '1–255 letters, digits, hyphens, periods and underscores, starting with a letter or digit',
  /^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$/);
export const roleSize = pattern('VM size', 'a role size such as Small, Medium, A5 or Standard_D1 (see `vm create --help`)', /^[A-Za-z][A-Za-z0-9_]{0,39}$/);
export const family = pattern('OS family', 'a family number, e.g. 4', /^[0-9]{1,3}$/);

const RESERVED_USERS = ['root', 'admin', 'administrator', 'guest', 'owner', 'user', 'test', 'sys', 'bin', 'daemon'];
export const userName: ValueType = {
  label: 'admin user name',
  expected: '1–32 letters, digits, hyphens, periods and underscores, starting with a letter, not a reserved name (root, admin, administrator, …)',
  check: (v) => {
    const fits = /^[A-Za-z][A-Za-z0-9._-]{0,31}$/.test(v) && !RESERVED_USERS.includes(v.toLowerCase());
    return fits ? ok(v) : bad(userName.expected, ['azureuser']);
  },
};

export const requestId: ValueType = {
  label: 'request id', expected: 'the 32 hexadecimal digits of an `x-ms-request-id` (dashes allowed)',
  check: (v) => {
    const compact = v.replace(/-/g, '').toLowerCase();
    return /^[0-9a-f]{32}$/.test(compact) ? ok(compact) : bad(requestId.expected);
  },
};

// Tabs, line breaks and other control characters: never part of a label or description.
const CONTROL = /\p{Cc}/u;

export function text(label: string, max: number): ValueType {
  const expected = `text of 1–${max} characters, without control characters (tabs, line breaks, …)`;
  return { label, expected, check: (v) => (v.length >= 1 && [...v].length <= max && !CONTROL.test(v) ? ok(v) : bad(expected)) };
}

export function url(label: string, schemes: readonly string[] = ['https:']): ValueType {
  const expected = `an ${schemes.map((s) => s.replace(':', '')).join(' or ')} URL`;
  return {
    label, expected,
    check: (v) => {
      const parsed = URL.canParse(v) ? new URL(v) : undefined;
      if (parsed !== undefined && schemes.includes(parsed.protocol) && parsed.hostname !== '') return ok(parsed.href);
      const withScheme = `https://${v}`;
      return bad(expected, URL.canParse(withScheme) && !v.includes('://') ? [withScheme] : []);
    },
  };
}

/**
 * A blob in an Azure storage account, over HTTPS, as the service requires for VHDs:
 * `https://<account>.blob.core.windows.net/<container>/<blob>` (or another Azure cloud's blob host).
 */
export const blobUrl = (label: string): ValueType => {
  const expected = 'an https URL of a blob in a storage account (https://<account>.blob.core.windows.net/<container>/<blob>.vhd)';
  return {
    label, expected,
    check: (v) => {
      const parsed = URL.canParse(v) ? new URL(v) : undefined;
      const blob = parsed !== undefined && /^[a-z0-9]{1,24}\.blob\.core\.[a-z.]+$/.test(parsed.hostname) && /^\/[^/]+\/.+/.test(parsed.pathname);
      if (parsed !== undefined && parsed.protocol === 'https:' && blob) return ok(parsed.href);
      const fixed = parsed !== undefined && parsed.protocol === 'http:' && blob ? [`https://${v.slice('http://'.length)}`] : [];
      return bad(expected, fixed);
    },
  };
};

/** A fixed set of values, matched without regard to case and mapped to their canonical spelling. */
export function oneOf(label: string, values: readonly string[]): ValueType {
  const expected = `one of ${values.join(', ')}`;
  return {
    label, expected, values,
    check: (v) => {
      const found = values.find((x) => x.toLowerCase() === v.toLowerCase());
      return found !== undefined ? ok(found) : bad(expected, closeMatches(v, values));
    },
  };
}

export const location: ValueType = {
  label: 'location', expected: 'a location of the subscription, e.g. West US (see `location list`)', words: 'location',
  check: (v) => (v.trim().length > 0 && v.length <= 64 ? ok(v.trim()) : bad(location.expected)),
};

const SSH_RSA = /^ssh-rsa ([A-Za-z0-9+/]+={0,2})(?: (\S+))?$/;
export const sshPublicKey: ValueType = {
  label: 'SSH public key', expected: 'an OpenSSH RSA public key: `ssh-rsa AAAA… [comment]` (the service supports RSA keys only)', words: 'ssh-key',
  check: (v) => {
    const match = SSH_RSA.exec(v.trim());
    if (match === null) return bad(sshPublicKey.expected);
    const blob = Buffer.from(match[1] as string, 'base64');
    const typeLength = blob.length >= 4 ? blob.readUInt32BE(0) : 0;
    return blob.subarray(4, 4 + typeLength).toString('latin1') === 'ssh-rsa' ? ok(v.trim()) : bad(sshPublicKey.expected);
  },
};
