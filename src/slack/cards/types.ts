import type { Block, TextObject } from '../../commands/index.ts';

export type PlainText = { readonly type: 'plain_text'; readonly text: string; readonly emoji?: boolean };

/** Slack's confirmation dialog on a button: all four texts are required. */
export interface ConfirmDialog {
  readonly title: PlainText;
  readonly text: PlainText;
  readonly confirm: PlainText;
  readonly deny: PlainText;
  readonly style?: 'primary' | 'danger';
}

export interface Button {
  readonly type: 'button';
  readonly action_id: string;
  readonly text: PlainText;
  readonly value: string;
  readonly style?: 'primary' | 'danger';
  readonly confirm?: ConfirmDialog;
}

export type ActionsBlock = { readonly type: 'actions'; readonly block_id: string; readonly elements: readonly Button[] };

/** The views' blocks (with an optional block id) and an actions block of buttons. */
export type CardBlock = (Block & { readonly block_id?: string }) | ActionsBlock;

/** A message: fallback text for notifications and the blocks. */
export interface Card {
  readonly text: string;
  readonly blocks: CardBlock[];
}

export type { TextObject };

/** The action ids of the card's buttons; the value of each is the job id. */
export const ACTION_IDS = { approve: 'job.approve', deny: 'job.deny' } as const;
