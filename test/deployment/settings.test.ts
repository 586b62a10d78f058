import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../../src/config.js';
import { projectRoot } from '../../src/paths.js';
import { bicepObjectVar, bicepParams, stringLiteral, type BicepParam } from './bicep.js';
import { settingNames } from './configSettings.js';

const azureDir = join(projectRoot, 'deployment', 'azure');
const mainBicep = readFileSync(join(azureDir, 'main.bicep'), 'utf8');
const botBicep = readFileSync(join(azureDir, 'modules', 'botService.bicep'), 'utf8');
const params = bicepParams(mainBicep);
const botSettings = bicepObjectVar(mainBicep, 'botSettings');
const names = settingNames();

/** What a cloud deployment with STORAGE=blob and Bot Framework authentication cannot do without. */
const REQUIRED_IN_AZURE = [
  'PORT',
  'DATA_DIR',
  'MicrosoftAppId',
  'MicrosoftAppPassword',
  'MicrosoftAppTenantId',
  'MicrosoftAppType',
  'STORAGE',
  'AZURE_STORAGE_CONNECTION_STRING',
  'AZURE_STATE_CONTAINER',
  'AZURE_TRANSCRIPTS_CONTAINER',
  'PUBLIC_URL',
];

/** Settings deliberately left unset in Azure, each with its reason. */
const LEFT_TO_DEFAULTS_IN_AZURE = new Set<string>([
  'FOLLOW_UP_AFTER_MINUTES', // a shortcut for tests and demonstrations; FOLLOW_UP_AFTER_DAYS applies
  'ALLOWED_SERVICE_URLS', // read only without an app id; Azure runs with Bot Framework authentication
]);

const HOW_TO_FIX =
  'add it to `var botSettings` in deployment/azure/main.bicep (with a parameter if it differs per ' +
  'deployment, @secure() for a secret) and to deployment/env.example, or, if Azure should leave it unset, ' +
  'to LEFT_TO_DEFAULTS_IN_AZURE in test/deployment/settings.test.ts with the reason';

/** The value a Bicep expression has when it is a literal, a parameter's literal default or string(param). */
function resolve(expression: string): string | undefined {
  const literal = stringLiteral(expression);
  if (literal !== undefined) return literal;
  const param = paramOf(expression);
  if (param?.defaultValue === undefined) return undefined;
  return stringLiteral(param.defaultValue) ?? (/^\d+$/.test(param.defaultValue) ? param.defaultValue : undefined);
}

function paramOf(expression: string): BicepParam | undefined {
  const name = /^(?:string\()?(\w+)\)?$/.exec(expression)?.[1];
  return name === undefined ? undefined : params.get(name);
}

/** The environment App Service gives the container, with stand-ins for values only Azure knows. */
function azureEnvironment(): Record<string, string> {
  return Object.fromEntries(
    [...botSettings].map(([name, expression]) => [
      name,
      resolve(expression) ?? (/URL|ISSUER/.test(name) ? 'https://app.example.azurewebsites.net' : 'known-in-azure'),
    ]),
  );
}

describe('Azure settings (deployment/azure/main.bicep) against src/config.ts', () => {
  test('when src/config.ts is read, then its settings are found', () => {
    expect(names).toEqual(expect.arrayContaining(['PORT', 'MicrosoftAppId', 'STORAGE']));
  });

  test('when the bot runs in Azure with blob storage and authentication, then every setting it requires is set under the same name', () => {
    expect(names).toEqual(expect.arrayContaining([...REQUIRED_IN_AZURE, ...LEFT_TO_DEFAULTS_IN_AZURE]));
    expect(REQUIRED_IN_AZURE.filter((name) => !botSettings.has(name))).toEqual([]);
  });

  test('when main.bicep sets a bot setting, then src/config.ts reads a setting of that name', () => {
    expect([...botSettings.keys()].filter((name) => !names.includes(name))).toEqual([]);
  });

  test('when src/config.ts reads a setting, then main.bicep sets it too', () => {
    const missing = names.filter((name) => !botSettings.has(name) && !LEFT_TO_DEFAULTS_IN_AZURE.has(name));
    if (missing.length > 0) throw new Error(`not set in main.bicep: ${missing.join(', ')}; ${HOW_TO_FIX}`);
  });

  test('when loadConfig gets the settings main.bicep sets, then it accepts them with blob storage and authentication', () => {
    const env = azureEnvironment();
    expect(env.STORAGE).toBe('blob');
    const config = loadConfig(env);
    expect(config.storage).toEqual({
      kind: 'blob',
      connectionString: 'known-in-azure',
      stateContainer: env.AZURE_STATE_CONTAINER,
      transcriptsContainer: env.AZURE_TRANSCRIPTS_CONTAINER,
    });
    expect(config.auth.appId).not.toBe('');
    expect(config.auth.appType).toBe('SingleTenant');
  });

  test('when a setting comes from a parameter with allowed values, then loadConfig accepts each of them', () => {
    const env = azureEnvironment();
    for (const [name, expression] of botSettings) {
      for (const value of paramOf(expression)?.allowed ?? []) {
        expect(() => loadConfig({ ...env, [name]: value })).not.toThrow();
      }
    }
  });

  test('when a parameter sets a setting that has a default, then both defaults agree', () => {
    const defaults = loadConfig({});
    expect(loadConfig({ STORAGE: 'blob', AZURE_STORAGE_CONNECTION_STRING: 'x' }).storage).toMatchObject({
      stateContainer: stringLiteral(params.get('stateContainerName')?.defaultValue ?? ''),
      transcriptsContainer: stringLiteral(params.get('transcriptsContainerName')?.defaultValue ?? ''),
    });
    expect(String(defaults.retentionDays)).toBe(params.get('retentionDays')?.defaultValue);
    expect(defaults.logLevel).toBe(stringLiteral(params.get('logLevel')?.defaultValue ?? ''));
    expect(defaults.webChat.directLineUrl).toBe(stringLiteral(params.get('directLineUrl')?.defaultValue ?? ''));
    expect(String(defaults.followUpAfterMs / 86_400_000)).toBe(params.get('followUpAfterDays')?.defaultValue);
  });

  test('when a setting holds a secret, then it comes from a @secure() parameter or from the storage account keys', () => {
    for (const [name, expression] of botSettings) {
      const param = paramOf(expression);
      if (/PASSWORD|SECRET/.test(name)) expect({ name, secure: param?.secure }).toEqual({ name, secure: true });
      if (name === 'AZURE_STORAGE_CONNECTION_STRING') expect(mainBicep).toMatch(new RegExp(`var ${expression} = .*listKeys\\(\\)`));
    }
  });

  test('when the templates are read, then they create the bot with the Teams and Direct Line channels and both blob containers', () => {
    expect(botBicep).toMatch(/'Microsoft\.BotService\/botServices@[\d-]+'/);
    expect(botBicep).toMatch(/channelName: 'MsTeamsChannel'/);
    expect(botBicep).toMatch(/channelName: 'DirectLineChannel'/);
    expect(mainBicep).toMatch(/module bot 'modules\/botService\.bicep'/);
    expect(mainBicep).toMatch(/endpoint: '\$\{botUrl\}\/api\/messages'/);
    expect(botSettings.get('AZURE_STATE_CONTAINER')).toBe('stateContainer.name');
    expect(botSettings.get('AZURE_TRANSCRIPTS_CONTAINER')).toBe('transcriptsContainer.name');
    expect(mainBicep.match(/'Microsoft\.Storage\/storageAccounts\/blobServices\/containers@[\d-]+'/g)).toHaveLength(2);
    expect(mainBicep).toMatch(/healthCheckPath: '\/healthz'/);
  });
});

describe('deployment/azure/main.parameters.example.json', () => {
  const example = JSON.parse(readFileSync(join(azureDir, 'main.parameters.example.json'), 'utf8')) as {
    parameters: Record<string, { value?: unknown }>;
  };

  test('when it names a parameter, then main.bicep declares it', () => {
    expect(Object.keys(example.parameters).filter((name) => !params.has(name))).toEqual([]);
  });

  test('when main.bicep needs a parameter without a default, then the example sets it unless it is a secret', () => {
    const needed = [...params.values()].filter((param) => param.defaultValue === undefined && !param.secure);
    expect(needed.map((param) => param.name).filter((name) => !(name in example.parameters))).toEqual([]);
  });

  test('when a parameter is a secret, then the example leaves it out', () => {
    const secrets = [...params.values()].filter((param) => param.secure).map((param) => param.name);
    expect(secrets.filter((name) => name in example.parameters)).toEqual([]);
  });
});

describe('deployment/env.example', () => {
  const listed = readFileSync(join(projectRoot, 'deployment', 'env.example'), 'utf8')
    .split('\n')
    .map((line) => /^(?:#\s*)?([A-Za-z_]\w*)=/.exec(line)?.[1])
    .filter((name): name is string => name !== undefined);

  test('when src/config.ts reads a setting, then env.example lists it', () => {
    expect(names.filter((name) => !listed.includes(name))).toEqual([]);
  });

  test('when env.example lists a setting, then src/config.ts reads it', () => {
    expect(listed.filter((name) => !names.includes(name))).toEqual([]);
  });
});
