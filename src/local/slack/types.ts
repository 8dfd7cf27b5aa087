/** What the Slack stand-in keeps: the shapes Slack's Web API answers with (subset the bot uses). */
export interface SimUser {
  readonly id: string;
  readonly name: string;
  readonly real_name: string;
  readonly is_bot: boolean;
  readonly team_id: string;
  readonly tz?: string;
}

export interface SimChannel {
  readonly id: string;
  readonly name: string;
  readonly is_private: boolean;
  /** User ids; an empty list means everyone is a member. */
  readonly members: string[];
}

export interface SimMetadata {
  readonly event_type: string;
  readonly event_payload: Record<string, unknown>;
}

export interface SimMessage {
  readonly type: 'message';
  readonly channel: string;
  readonly ts: string;
  /** The author: a person, or the bot user. */
  readonly user: string;
  readonly bot_id?: string;
  readonly app_id?: string;
  text: string;
  blocks?: unknown[];
  metadata?: SimMetadata;
  readonly thread_ts?: string;
  edited?: { readonly user: string; readonly ts: string };
  /** Set on a slash command echoed in the channel (`/asm vm list`). */
  readonly subtype?: string;
}

export interface SimEphemeral {
  readonly channel: string;
  readonly ts: string;
  /** Who sees it. */
  readonly user: string;
  readonly text: string;
  readonly blocks?: unknown[];
  readonly thread_ts?: string;
}

/** A `response_url` handed out with a slash command or a click. */
export interface SimResponseUrl {
  readonly id: string;
  readonly kind: 'commands' | 'actions';
  readonly channel: string;
  readonly user: string;
  /** The message the click came from (actions only). */
  readonly messageTs?: string;
  readonly createdAt: number;
  uses: number;
}

/** What changed, for listeners (a browser page, a test waiting for a post). */
export type SimChange =
  | { readonly type: 'message'; readonly message: SimMessage }
  | { readonly type: 'message_changed'; readonly message: SimMessage }
  | { readonly type: 'message_deleted'; readonly channel: string; readonly ts: string }
  | { readonly type: 'ephemeral'; readonly ephemeral: SimEphemeral };
