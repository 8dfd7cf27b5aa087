import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { bodies } from './support/bodies.ts';
import { HELD_OPERATION_DELAY_MS, startTestEmulator, type TestEmulator } from './support/emulator-fixture.ts';
import { errorOf } from './support/xml.ts';

const NS = 'xmlns="http://schemas.microsoft.com/windowsazure"';

describe('the emulator reads request documents strictly, naming the element at fault', () => {
  let t: TestEmulator;
  before(async () => {
    t = await startTestEmulator({ operationDelayMs: HELD_OPERATION_DELAY_MS });
    assert.equal((await t.send('POST', '/services/hostedservices', { body: bodies.createHostedService('docsvc') })).status, 201);
  });
  after(() => t.close());

  const refused = async (method: string, path: string, body: string, element: RegExp) => {
    const response = await t.send(method, path, { body });
    assert.equal(response.status, 400);
    assert.equal(errorOf(response.text).code, 'BadRequest');
    assert.match(errorOf(response.text).message ?? '', element);
    assert.match(response.headers['x-ms-request-id'] ?? '', /^[0-9a-f]{32}$/);
  };

  it('a mismatched closing tag', async () => {
    await refused('PUT', '/services/hostedservices/docsvc', `<UpdateHostedService ${NS}><Label>eA==</Label></UpdateHostedServic>`, /'UpdateHostedServic'/);
  });

  it('a value that is not a boolean', async () => {
    const body =
      `<CreateDeployment ${NS}><Name>d</Name><PackageUrl>https://a.blob.core.windows.net/p/p.cspkg</PackageUrl><Label>eA==</Label>` +
      '<Configuration>eA==</Configuration><StartDeployment>maybe</StartDeployment></CreateDeployment>';
    await refused('POST', '/services/hostedservices/docsvc/deploymentslots/production', body, /StartDeployment/);
  });

  it('a document with the wrong root element', async () => {
    await refused('POST', '/affinitygroups', `<CreateHostedService ${NS}><ServiceName>x</ServiceName></CreateHostedService>`, /CreateAffinityGroup/);
  });
});
