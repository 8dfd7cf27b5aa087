// A bare Bolt app's imports: the reference for what the Slack function may cost to load.
import '@slack/bolt';
