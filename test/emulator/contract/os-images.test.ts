import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startContract, type ContractFixture } from '../support/contract-fixture.ts';

describe('contract: OS images', () => {
  let f: ContractFixture;
  before(async () => {
    f = await startContract();
  });
  after(() => f.close());

  it('adds, gets, updates and deletes a user image', async () => {
    await f.wait(await f.client.storageAccounts.create({ serviceName: 'imagestore', label: 'i', location: 'North Europe' }));
    const mediaLink = 'https://imagestore.blob.core.windows.net/vhds/custom.vhd';
    await f.wait(await f.client.osImages.add({ name: 'customimage', label: 'Custom image', mediaLink, os: 'Linux' }));
    const image = await f.client.osImages.get('customimage');
    assert.equal(image.category, 'User');
    assert.equal(image.label, 'Custom image');
    assert.equal(image.mediaLink, mediaLink);
    assert.equal(image.location, 'North Europe');
    assert.equal(image.osState, 'Generalized');

    await f.wait(await f.client.osImages.update('customimage', { label: 'Renamed', description: 'mine', showInGui: false, publishedDate: '2016-09-09' }));
    const updated = await f.client.osImages.get('customimage');
    assert.equal(updated.label, 'Renamed');
    assert.equal(updated.description, 'mine');
    assert.equal(updated.showInGui, false);
    assert.match(updated.publishedDate ?? '', /^2016-09-09T00:00:00/);
    assert.ok((await f.client.osImages.list()).some((i) => i.name === 'customimage'));

    await f.wait(await f.client.osImages.delete('customimage', { deleteVhd: true }));
    await assert.rejects(f.client.osImages.get('customimage'), {
      statusCode: 404,
      code: 'ResourceNotFound',
      message: 'The image with the specified name does not exist.',
    });
  });

  it('refuses duplicate names and changes to platform images', async () => {
    await assert.rejects(
      f.client.osImages.add({
        name: 'OpenLogic__OpenLogic-CentOS-62-20120531-en-us-30GB.vhd',
        label: 'x',
        mediaLink: 'https://a.blob.core.windows.net/v/x.vhd',
        os: 'Linux',
      }),
      { statusCode: 409, code: 'ConflictError' },
    );
    await assert.rejects(f.client.osImages.delete('OpenLogic__OpenLogic-CentOS-62-20120531-en-us-30GB.vhd'), { statusCode: 400 });
  });
});
