import { resolve } from 'node:path';
import { z } from 'zod';

/** Where state, transcripts and records are kept: embedded files (lowdb) or Azure Blob Storage. */
export const STORAGE_KINDS = ['lowdb', 'blob'] as const;
export type StorageKind = (typeof STORAGE_KINDS)[number];

/**
 * Whether counsellors may read conversations: `ask` (the bot asks the young person; without a yes
 * nothing is kept for counsellors) or `off` (never asked, never kept). Never a yes by default.
 */
export const TRANSCRIPT_CONSENT_MODES = ['ask', 'off'] as const;
export type TranscriptConsent = (typeof TRANSCRIPT_CONSENT_MODES)[number];

/** The only place that reads process.env: every setting, validated with a clear error per bad value. */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MicrosoftAppId: z.string().default(''),
  MicrosoftAppPassword: z.string().default(''),
  MicrosoftAppTenantId: z.string().default(''),
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
  /**
   * Without an app id (no Bot Framework authentication) replies go only to loopback service URLs
   * (the Emulator, tests) and to these, comma-separated http(s) URLs (a URL allows its paths too).
   */
  ALLOWED_SERVICE_URLS: z
    .string()
    .default('')
    .transform((value) => value.split(',').map((url) => url.trim()).filter((url) => url !== ''))
    .pipe(z.array(z.url({ protocol: /^https?$/, error: 'comma-separated http(s) URLs' }))),
  /** How long a conversation may be quiet before the bot welcomes the young person back. */
  WELCOME_BACK_AFTER_HOURS: z.coerce.number().positive().default(6),
  /** Where state and transcripts live: embedded files (lowdb) or Azure Blob Storage. */
  STORAGE: z.enum(STORAGE_KINDS).default('lowdb'),
  AZURE_STORAGE_CONNECTION_STRING: z.string().default(''),
  AZURE_STATE_CONTAINER: z.string().regex(/^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$/, 'a container name: 3-63 lower-case letters, digits or hyphens').default('bot-state'),
  AZURE_TRANSCRIPTS_CONTAINER: z.string().regex(/^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$/, 'a container name: 3-63 lower-case letters, digits or hyphens').default('bot-transcripts'),
  /** Transcripts and call-back requests are deleted after this many days. */
  RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  /** Whether a counsellor may read a conversation after the young person's yes (ask), or never (off). */
  TRANSCRIPT_CONSENT: z.enum(TRANSCRIPT_CONSENT_MODES).default('ask'),
  /** Who runs this instance, as the privacy page names them, e.g. "CLB Gent". */
  ORGANISATION_NAME: z.string().max(120).default(''),
  /** How young people reach that organisation: an e-mail address, phone number or web address. */
  ORGANISATION_CONTACT: z.string().max(200).default(''),
  /** How to reach the organisation's data-protection officer (DPO). */
  DPO_CONTACT: z.string().max(200).default(''),
  /** Signs console session cookies; generated at start-up when empty (sessions then end on restart). */
  CONSOLE_SESSION_SECRET: z.string().default(''),
  /** OpenID Connect sign-in for the console (e.g. Microsoft Entra ID); local accounts when empty. */
  OIDC_ISSUER: z.url().or(z.literal('')).default(''),
  OIDC_CLIENT_ID: z.string().default(''),
  OIDC_CLIENT_SECRET: z.string().default(''),
  /** The public base URL of this server (for OIDC redirects and secure cookies), e.g. https://bot.example.org. */
  PUBLIC_URL: z.url().or(z.literal('')).default(''),
  /** Signs the self-hosted Direct Line tokens of the web widget; generated at start-up when empty. */
  DIRECTLINE_TOKEN_SECRET: z.string().default(''),
  /** An Azure Bot Service Direct Line secret: when set, the page uses Azure's Direct Line instead. */
  DIRECTLINE_SECRET: z.string().default(''),
  /** Origins allowed to embed the web widget, comma-separated ("*" for any). */
  ALLOWED_EMBED_ORIGINS: z.string().default('*'),
  /** Azure's Direct Line base URL, e.g. the European one: https://europe.directline.botframework.com/v3/directline. */
  DIRECTLINE_URL: z.url().default('https://directline.botframework.com/v3/directline'),
  /** Days after the wrap-up at which an agreed follow-up check-in is sent (web widget and Teams). */
  FOLLOW_UP_AFTER_DAYS: z.coerce.number().int().min(1).max(60).default(7),
  /**
   * Web Push for the follow-up day on the website (VAPID, e.g. from `npx web-push generate-vapid-keys`):
   * the public and private key, and a contact for the push services (mailto: or https:). All three,
   * or none: without them the page offers no push at all.
   */
  VAPID_PUBLIC_KEY: z.string().regex(/^[A-Za-z0-9_-]{80,90}$/, 'a URL-safe base64 P-256 public key').optional(),
  VAPID_PRIVATE_KEY: z.string().regex(/^[A-Za-z0-9_-]{40,45}$/, 'a URL-safe base64 P-256 private key').optional(),
  VAPID_SUBJECT: z.string().regex(/^(mailto:|https:\/\/)\S+$/, 'a mailto: or https: contact').optional(),
  /** Overrides FOLLOW_UP_AFTER_DAYS in minutes (fractions allowed), for tests and demonstrations. */
  FOLLOW_UP_AFTER_MINUTES: z.coerce.number().positive().optional(),
});

export interface BotAuthConfig {
  appId: string;
  appPassword: string;
  tenantId: string;
  appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  /** Service URLs replies may go to besides loopback when there is no app id. */
  allowedServiceUrls: string[];
}

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  logLevel: z.output<typeof envSchema>['LOG_LEVEL'];
  auth: BotAuthConfig;
  welcomeBackAfterMs: number;
  storage:
    | { kind: Extract<StorageKind, 'lowdb'> }
    | { kind: Extract<StorageKind, 'blob'>; connectionString: string; stateContainer: string; transcriptsContainer: string };
  retentionDays: number;
  transcriptConsent: TranscriptConsent;
  /** Who runs this instance; empty strings when not configured (the privacy page says so). */
  organisation: { name: string; contact: string; dpo: string };
  console: {
    sessionSecret: string;
    oidc?: { issuer: string; clientId: string; clientSecret: string };
  };
  publicUrl: string;
  webChat: {
    tokenSecret: string;
    directLineSecret: string;
    allowedOrigins: string[];
    /** Azure's Direct Line base URL, used when directLineSecret is set. */
    directLineUrl: string;
  };
  /** How long after the wrap-up an agreed follow-up check-in is sent. */
  followUpAfterMs: number;
  /** Web Push (VAPID) for the follow-up day on the website; absent when not configured. */
  push?: { publicKey: string; privateKey: string; subject: string };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the configuration from an environment (process.env by default). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(withoutEmpty(env));
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? '');
        return `${name}=${JSON.stringify(env[name] ?? '')}: ${issue.message}`;
      }),
    );
  }
  const e = parsed.data;
  const problems = [
    e.STORAGE === 'blob' && e.AZURE_STORAGE_CONNECTION_STRING === ''
      ? 'AZURE_STORAGE_CONNECTION_STRING="": required when STORAGE=blob'
      : undefined,
    e.OIDC_ISSUER !== '' && (e.OIDC_CLIENT_ID === '' || e.PUBLIC_URL === '')
      ? 'OIDC_CLIENT_ID / PUBLIC_URL: required when OIDC_ISSUER is set'
      : undefined,
    [e.VAPID_PUBLIC_KEY, e.VAPID_PRIVATE_KEY, e.VAPID_SUBJECT].filter((v) => v !== undefined).length % 3 !== 0
      ? 'VAPID_PUBLIC_KEY / VAPID_PRIVATE_KEY / VAPID_SUBJECT: set all three for push reminders, or none'
      : undefined,
  ].filter((problem): problem is string => problem !== undefined);
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    logLevel: e.LOG_LEVEL,
    auth: {
      appId: e.MicrosoftAppId,
      appPassword: e.MicrosoftAppPassword,
      tenantId: e.MicrosoftAppTenantId,
      appType: e.MicrosoftAppType,
      allowedServiceUrls: e.ALLOWED_SERVICE_URLS,
    },
    welcomeBackAfterMs: e.WELCOME_BACK_AFTER_HOURS * 3_600_000,
    storage:
      e.STORAGE === 'blob'
        ? {
            kind: 'blob',
            connectionString: e.AZURE_STORAGE_CONNECTION_STRING,
            stateContainer: e.AZURE_STATE_CONTAINER,
            transcriptsContainer: e.AZURE_TRANSCRIPTS_CONTAINER,
          }
        : { kind: 'lowdb' },
    retentionDays: e.RETENTION_DAYS,
    transcriptConsent: e.TRANSCRIPT_CONSENT,
    organisation: { name: e.ORGANISATION_NAME.trim(), contact: e.ORGANISATION_CONTACT.trim(), dpo: e.DPO_CONTACT.trim() },
    console: {
      sessionSecret: e.CONSOLE_SESSION_SECRET,
      ...(e.OIDC_ISSUER !== ''
        ? { oidc: { issuer: e.OIDC_ISSUER, clientId: e.OIDC_CLIENT_ID, clientSecret: e.OIDC_CLIENT_SECRET } }
        : {}),
    },
    publicUrl: e.PUBLIC_URL,
    webChat: {
      tokenSecret: e.DIRECTLINE_TOKEN_SECRET,
      directLineSecret: e.DIRECTLINE_SECRET,
      allowedOrigins: e.ALLOWED_EMBED_ORIGINS.split(',').map((origin) => origin.trim()).filter((origin) => origin !== ''),
      directLineUrl: e.DIRECTLINE_URL.replace(/\/$/, ''),
    },
    followUpAfterMs: e.FOLLOW_UP_AFTER_MINUTES !== undefined ? e.FOLLOW_UP_AFTER_MINUTES * 60_000 : e.FOLLOW_UP_AFTER_DAYS * 86_400_000,
    ...(e.VAPID_PUBLIC_KEY && e.VAPID_PRIVATE_KEY && e.VAPID_SUBJECT
      ? { push: { publicKey: e.VAPID_PUBLIC_KEY, privateKey: e.VAPID_PRIVATE_KEY, subject: e.VAPID_SUBJECT } }
      : {}),
  };
}

/** Treats empty variables as unset, so `PORT=` falls back to the default. */
function withoutEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''),
  );
}
