/**
 * A delivery the gateway will not store: a bad signature or a body that is not an event.
 * `status` and `expose` are what the app's JSON error handler reads, so the sender gets a 400
 * with this message in the shape every other route answers with.
 */
export class WebhookRefusal extends Error {
  readonly status = 400;
  readonly expose = true;
}
