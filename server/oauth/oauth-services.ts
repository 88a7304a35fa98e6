import type Stripe from 'stripe';
import type { AuditService } from '../audit/audit.service';
import type { SessionService } from '../auth/session.service';
import type { Database } from '../db/database';
import type { Logger } from '../logging/logger';
import type { GatewayPubSub } from '../pubsub/pubsub';
import type { WriterService } from '../writers/writer.service';
import { OAuthCallbackService } from './oauth-callback.service';
import { OAuthConnections } from './oauth-connections';
import { OAuthDisconnectService } from './oauth-disconnect.service';
import { OAuthLinkService } from './oauth-link.service';
import { OAuthPlatform, type OAuthPlatformOptions } from './oauth-platform';
import { OAuthStates } from './oauth-states';

export interface OAuthServices {
  platform: OAuthPlatform;
  links: OAuthLinkService;
  callback: OAuthCallbackService;
  disconnection: OAuthDisconnectService;
}

export interface OAuthDependencies {
  database: Database;
  stripe: Stripe;
  sessions: SessionService;
  writers: WriterService;
  audit: AuditService;
  pubSub: GatewayPubSub;
  logger: Logger;
  options: OAuthPlatformOptions;
}

/** Connecting existing Stripe accounts through OAuth: built once, by the composition root. */
export function createOAuthServices(dependencies: OAuthDependencies): OAuthServices {
  const { database, stripe, writers, audit, pubSub, logger } = dependencies;
  const platform = new OAuthPlatform(stripe, dependencies.options);
  const states = new OAuthStates(database, dependencies.sessions);
  const connections = new OAuthConnections(database, writers, audit, pubSub);
  return {
    platform,
    links: new OAuthLinkService(writers, states, platform),
    callback: new OAuthCallbackService(stripe, states, connections, writers, platform, logger),
    disconnection: new OAuthDisconnectService(database, stripe, writers, audit, pubSub, platform),
  };
}
