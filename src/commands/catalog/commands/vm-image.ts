import { changeCommand, readCommand } from '../change.ts';
import { arg, compact, flag, opt, step } from '../define.ts';
import { imageName, location, text } from '../values.ts';
import { listDoc } from '../../views/format.ts';
import type { CommandSpec } from '../types.ts';

interface VmImageModel {
  readonly name: string;
  readonly label?: string;
  readonly category?: string;
  readonly location?: string;
  readonly publisherName?: string;
  readonly osDiskConfiguration?: { readonly os?: string; readonly osState?: string };
}

const name = { name: 'name', type: imageName, required: true, description: 'The VM image name.' };

const vmImageList = readCommand(
  {
    resource: 'vm-image', action: 'list', summary: 'List VM images (captured VMs and published images).', args: [], risk: 'read',
    options: [
      { name: 'location', type: location, description: 'Only images available in this location.' },
      { name: 'publisher', type: text('publisher', 256), description: 'Only images of this publisher.' },
      { name: 'category', type: text('category', 100), description: 'Only this category, e.g. User.' },
    ],
    examples: ['vm-image list', 'vm-image list --location West US --category User'],
  },
  (input) => {
    const filters = compact({ location: opt(input, 'location'), publisher: opt(input, 'publisher'), category: opt(input, 'category') });
    return { summary: 'List VM images', steps: [step('list', 'List VM images', 'vmImages.list', [], { options: filters })] };
  },
  (result) => listDoc(
    'VM images',
    ['Name', 'OS', 'State', 'Category', 'Location'],
    (result as VmImageModel[]).map((i) => [i.name, i.osDiskConfiguration?.os, i.osDiskConfiguration?.osState, i.category, i.location]),
    'No VM images match. Capture one with `vm capture <vm> <image-name>`.',
  ),
);

const vmImageDelete = changeCommand(
  {
    resource: 'vm-image', action: 'delete', summary: 'Delete a VM image.', risk: 'destroy', args: [name],
    options: [{ name: 'delete-vhd', description: 'Also delete its VHD blobs.' }], examples: ['vm-image delete myimage'],
  },
  (input) => {
    const image = arg(input, 'name');
    const deleteVhd = flag(input, 'delete-vhd');
    return {
      summary: `Delete VM image ${image}${deleteVhd ? ' and its VHDs' : ''}`,
      steps: [step('delete', `Delete VM image \`${image}\``, 'vmImages.delete', [image], { options: { deleteVhd } })],
    };
  },
);

export const vmImageCommands: readonly CommandSpec[] = [vmImageList, vmImageDelete];
