import { CommandError } from '../../command-error.ts';
import type { PlanContext } from '../../plan/context.ts';
import { isNotFound } from '../../plan/error-info.ts';
import { closeMatches } from '../../parse/suggest.ts';

export interface BootSource {
  readonly os: 'Linux' | 'Windows';
  /** A generalized image is provisioned (user, password or key); a specialized VM image boots as captured. */
  readonly generalized: boolean;
  /** How the OS was found out, for the plan's notes. */
  readonly note?: string;
}

export interface ImageChoice {
  readonly osImage?: string;
  readonly vmImage?: string;
}

const asOs = (value: string | undefined): 'Linux' | 'Windows' => (value?.toLowerCase() === 'windows' ? 'Windows' : 'Linux');
const WINDOWS_NAME = /win(dows)?[-_ ]?(server|20\d\d)|windows|sql-?server/i;

const vmImageNotFound = (name: string, close: readonly string[]) => new CommandError({
  code: 'VM_IMAGE_NOT_FOUND',
  kind: 'usage',
  message: `There is no VM image named ${name}.`,
  hint: `${close.length > 0 ? `Did you mean ${close.map((c) => `\`${c}\``).join(' or ')}? ` : ''}See \`vm-image list\` for the VM images of the subscription.`,
});

const osImageNotFound = (name: string, close: readonly string[]) => new CommandError({
  code: 'IMAGE_NOT_FOUND',
  kind: 'usage',
  message: `There is no OS image named ${name}.`,
  hint: close.length > 0
    ? `Did you mean ${close.map((c) => `\`${c}\``).join(' or ')}? (\`image list\` shows them all.)`
    : 'See `image list --os Linux` (or Windows) for the images, or set the default image in the configuration.',
});

/** Image names are long and versioned: the ones sharing the most words with what was typed. */
function similarNames(typed: string, names: readonly string[]): string[] {
  const words = (s: string) => new Set(s.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 1));
  const wanted = words(typed);
  const scored = names.map((n) => ({ n, score: [...words(n)].filter((w) => wanted.has(w)).length })).filter((s) => s.score > 0);
  const byWords = scored.sort((a, b) => b.score - a.score).map((s) => s.n);
  return [...new Set([...closeMatches(typed, names), ...byWords])].slice(0, 3);
}

/** Which OS the VM will run: read from the image, or guessed from its name when planning offline. */
export async function bootSource(image: ImageChoice, context: PlanContext): Promise<BootSource> {
  const options = context.abortSignal ? { abortSignal: context.abortSignal } : {};
  const name = image.vmImage ?? image.osImage ?? '';
  if (context.client === undefined) {
    const os = WINDOWS_NAME.test(name) ? 'Windows' : 'Linux';
    return { os, generalized: true, note: `Assumed ${os} from the image name (planned without reading the subscription).` };
  }
  if (image.vmImage !== undefined) {
    const images = await context.client.vmImages.list(options);
    const found = images.find((i) => i.name.toLowerCase() === name.toLowerCase());
    if (found === undefined) throw vmImageNotFound(name, similarNames(name, images.map((i) => i.name)));
    const state = (found.osDiskConfiguration as { readonly osState?: string } | undefined)?.osState;
    return { os: asOs(found.osDiskConfiguration?.os), generalized: state?.toLowerCase() !== 'specialized' };
  }
  try {
    const osImage = await context.client.osImages.get(name, options);
    return { os: asOs(osImage.os), generalized: true };
  } catch (error) {
    if (!isNotFound(error)) throw error;
    const names = (await context.client.osImages.list(options)).map((i) => i.name);
    throw osImageNotFound(name, similarNames(name, names));
  }
}
