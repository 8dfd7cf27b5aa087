import { changeCommand, readCommand } from '../change.ts';
import { arg, flag, lastResult, opt, step } from '../define.ts';
import { blobUrl, imageName, oneOf, text } from '../values.ts';
import { fieldsDoc, listDoc } from '../../views/format.ts';
import type { CommandSpec } from '../types.ts';

interface ImageModel {
  readonly name: string;
  readonly label?: string;
  readonly os?: string;
  readonly category?: string;
  readonly location?: string;
  readonly logicalSizeInGB?: number;
  readonly mediaLink?: string;
  readonly publisherName?: string;
  readonly imageFamily?: string;
  readonly description?: string;
  readonly publishedDate?: string;
  readonly recommendedVMSize?: string;
}

const OS_TYPES = ['Linux', 'Windows'] as const;
const name = { name: 'name', type: imageName, required: true, description: 'The OS image name.' };

/** `--category` and `--os` filter what the service lists, case-insensitively. */
function filtered(images: readonly ImageModel[], category: string | undefined, os: string | undefined): ImageModel[] {
  return images.filter((i) => (category === undefined || i.category?.toLowerCase() === category)
    && (os === undefined || i.os?.toLowerCase() === os));
}

const imageList = readCommand(
  {
    resource: 'image', action: 'list', summary: 'List OS images (platform images and your own).', args: [], risk: 'read',
    options: [
      { name: 'category', type: text('category', 100), description: 'Only this category, e.g. Public or User.' },
      { name: 'os', type: oneOf('operating system', OS_TYPES), description: 'Only Linux or Windows images.' },
    ],
    examples: ['image list --os Linux', 'image list --category User'],
  },
  () => ({ summary: 'List OS images', steps: [step('list', 'List OS images', 'osImages.list', [])] }),
  (result) => listDoc(
    'OS images',
    ['Name', 'OS', 'Category', 'Label'],
    (result as ImageModel[]).map((i) => [i.name, i.os, i.category, i.label]),
    'No OS images match.',
  ),
  (outcome, input) => {
    const images = (lastResult(outcome) ?? []) as ImageModel[];
    return filtered(images, opt(input, 'category')?.toLowerCase(), opt(input, 'os')?.toLowerCase());
  },
);

const imageShow = readCommand(
  {
    resource: 'image', action: 'show', summary: 'Show an OS image.', args: [name], options: [], risk: 'read',
    examples: ['image show OpenLogic__OpenLogic-CentOS-62-20120531-en-us-30GB.vhd'],
  },
  (input) => ({
    summary: `Show OS image ${arg(input, 'name')}`,
    steps: [step('get', `Read OS image \`${arg(input, 'name')}\``, 'osImages.get', [arg(input, 'name')])],
  }),
  (result) => {
    const i = result as ImageModel;
    return fieldsDoc(`OS image ${i.name}`, [
      ['OS', i.os],
      ['Category', i.category],
      ['Label', i.label],
      ['Family', i.imageFamily],
      ['Publisher', i.publisherName],
      ['Size (GB)', i.logicalSizeInGB],
      ['Location', i.location],
      ['Recommended size', i.recommendedVMSize],
      ['Published', i.publishedDate],
      ['Media link', i.mediaLink],
    ]);
  },
);

const imageAdd = changeCommand(
  {
    resource: 'image', action: 'add', summary: 'Register a VHD blob as an OS image.', risk: 'change',
    args: [
      name,
      {
        name: 'media-link', type: blobUrl('VHD URL'), required: true,
        description: 'The blob URL of the generalized VHD.',
      },
      { name: 'os', type: oneOf('operating system', OS_TYPES), required: true, description: 'Linux or Windows.' },
    ],
    options: [{ name: 'label', type: text('label', 100), description: 'A label (default: the name).' }],
    examples: ['image add myimage https://mystore.blob.core.windows.net/vhds/base.vhd Linux'],
  },
  (input) => {
    const image = arg(input, 'name');
    const mediaLink = arg(input, 'media-link');
    const body = { name: image, label: opt(input, 'label') ?? image, mediaLink, os: arg(input, 'os') };
    return {
      summary: `Add OS image ${image}`,
      steps: [step('add', `Register \`${mediaLink}\` as OS image \`${image}\``, 'osImages.add', [body])],
    };
  },
);

const imageDelete = changeCommand(
  {
    resource: 'image', action: 'delete', summary: 'Delete an OS image you added.', risk: 'destroy', args: [name],
    options: [{ name: 'delete-vhd', description: 'Also delete its VHD blob.' }], examples: ['image delete myimage --delete-vhd'],
  },
  (input) => {
    const image = arg(input, 'name');
    const deleteVhd = flag(input, 'delete-vhd');
    return {
      summary: `Delete OS image ${image}${deleteVhd ? ' and its VHD' : ''}`,
      steps: [step('delete', `Delete OS image \`${image}\``, 'osImages.delete', [image], { options: { deleteVhd } })],
    };
  },
);

export const imageCommands: readonly CommandSpec[] = [imageList, imageShow, imageAdd, imageDelete];
