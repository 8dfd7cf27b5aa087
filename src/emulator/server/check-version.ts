import { errors } from '../errors/index.ts';
import type { RequestContext } from './request-context.ts';

/** Versions of the Service Management API the service answered to. */
const KNOWN_VERSIONS: ReadonlySet<string> = new Set([
  '2009-10-01', '2010-04-01', '2010-10-28', '2011-02-25', '2011-06-01', '2011-08-01', '2011-10-01',
  '2012-03-01', '2012-08-01', '2012-12-01', '2013-03-01', '2013-06-01', '2013-08-01', '2013-10-01',
  '2013-11-01', '2014-02-01', '2014-04-01', '2014-05-01', '2014-06-01', '2014-07-01', '2014-10-01',
  '2015-02-01', '2015-04-01', '2015-06-01', '2015-10-01', '2015-12-01', '2016-03-01', '2016-06-01',
  '2016-11-01', '2017-01-01',
]);

export function checkVersion(context: RequestContext): string {
  const header = context.headers['x-ms-version'];
  const version = Array.isArray(header) ? header[0] : header;
  if (!version || version.trim() === '') throw errors.missingVersionHeader();
  if (!KNOWN_VERSIONS.has(version.trim())) throw errors.unknownVersion(version.trim().slice(0, 40));
  return version.trim();
}
