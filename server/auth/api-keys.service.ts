import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { AuditAction } from '../audit/audit-action';
import type { AuditService } from '../audit/audit.service';
import type { Database } from '../db/database';
import { unauthenticated } from '../errors/errors';
import { byIdOrNotFound } from '../graphql/reads';
import type { Logger } from '../logging/logger';
import { API_KEY_SECRET_PREFIX } from '../identity/api-key-scope';
import { ApiKeyRecord } from './api-key.entity';
import type { ApiKey, CreateApiKeyInput, CreatedApiKey } from './api-key.types';
import { type SharedBudgets, budget, consumeOrRefuse } from '../rate-limits/budgets';
import { Role, type Viewer } from '../identity/viewer';

// A backend may call this often; past it, RATE_LIMITED with the wait (shared by every instance with REDIS_URL).
const REQUESTS_PER_KEY_PER_MINUTE = 6000;
// `lastUsedAt` is written at most this often per key, not on every request.
const LAST_USED_RESOLUTION_MS = 60_000;
const SHOWN_PREFIX_LENGTH = 12;

const hashOf = (secret: string) => createHash('sha256').update(secret).digest('hex');

const apiKeyOf = (record: ApiKeyRecord): ApiKey => ({
  id: record.id,
  name: record.name,
  prefix: record.prefix,
  scopes: record.scopes,
  createdAt: record.createdAt,
  lastUsedAt: record.lastUsedAt,
  revokedAt: record.revokedAt,
});

/** API keys for the platform's backend: scoped, hashed, shown once, revocable, rate-limited, audited. */
export class ApiKeys {
  private readonly requests: RateLimiterAbstract;

  constructor(
    private readonly database: Database,
    private readonly audit: AuditService,
    private readonly logger: Logger,
    shared?: SharedBudgets,
  ) {
    this.requests = budget('api-key-requests', REQUESTS_PER_KEY_PER_MINUTE, 60, shared);
  }

  async list(): Promise<ApiKey[]> {
    const records = await this.database.manager.find(ApiKeyRecord, { order: { createdAt: 'DESC', id: 'DESC' } });
    return records.map(apiKeyOf);
  }

  async create(input: CreateApiKeyInput, admin: Viewer): Promise<CreatedApiKey> {
    const secret = `${API_KEY_SECRET_PREFIX}${randomBytes(32).toString('base64url')}`;
    const record = await this.database.transaction(async ({ manager }) => {
      const created = manager.create(ApiKeyRecord, {
        id: randomUUID(),
        name: input.name,
        prefix: secret.slice(0, SHOWN_PREFIX_LENGTH),
        secretHash: hashOf(secret),
        scopes: [...input.scopes].sort(),
        createdByUserId: admin.userId,
        lastUsedAt: null,
        revokedAt: null,
      });
      await manager.insert(ApiKeyRecord, created);
      await this.audit.recordAct(manager, admin, AuditAction.API_KEY_CREATED, ['ApiKey', created.id], { name: created.name, scopes: created.scopes.join(' ') });
      return manager.findOneByOrFail(ApiKeyRecord, { id: created.id });
    });
    return { apiKey: apiKeyOf(record), secret };
  }

  async revoke(id: string, admin: Viewer): Promise<ApiKey> {
    const record = await this.database.transaction(async ({ manager }) => {
      const found = await byIdOrNotFound(manager, ApiKeyRecord, 'API key', id);
      if (found.revokedAt) return found;
      found.revokedAt = new Date();
      await manager.save(found);
      await this.audit.recordAct(manager, admin, AuditAction.API_KEY_REVOKED, ['ApiKey', found.id], { name: found.name });
      return found;
    });
    return apiKeyOf(record);
  }

  /** The viewer an API key's secret proves, within its rate; read from its row on every request. */
  async viewerFor(secret: string): Promise<Viewer> {
    const record = await this.database.manager.findOneBy(ApiKeyRecord, { secretHash: hashOf(secret) });
    if (!record || record.revokedAt) throw unauthenticated('This API key is not valid or was revoked.');
    await consumeOrRefuse(this.requests, record.id, 'Too many requests with this API key');
    this.noteUse(record);
    return { userId: record.id, role: Role.API_KEY, twoFactorVerified: false, writerId: null, apiKeyScopes: record.scopes };
  }

  private noteUse(record: ApiKeyRecord): void {
    const now = new Date();
    if (record.lastUsedAt && now.getTime() - record.lastUsedAt.getTime() < LAST_USED_RESOLUTION_MS) return;
    this.database
      .transaction(({ manager }) => manager.update(ApiKeyRecord, { id: record.id }, { lastUsedAt: now }))
      .catch((error: unknown) => this.logger.warn({ err: error, apiKeyId: record.id }, 'could not note an API key’s use'));
  }
}
