import { ConfigError, loadConfig } from '../src/config.js';

describe('loadConfig', () => {
  test('when nothing is set, then the bot runs locally on port 3978 with ./data', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3978);
    expect(config.dataDir).toMatch(/data$/);
    expect(config.auth.appId).toBe('');
  });

  test('when an app id and tenant are set, then they are used for authentication', () => {
    const config = loadConfig({ MicrosoftAppId: 'abc', MicrosoftAppPassword: 'secret', MicrosoftAppTenantId: 't', MicrosoftAppType: 'SingleTenant' });
    expect(config.auth).toEqual({ appId: 'abc', appPassword: 'secret', tenantId: 't', appType: 'SingleTenant' });
  });

  test.each([
    [{ PORT: '-1' }, 'PORT'],
    [{ MicrosoftAppType: 'Other' }, 'MicrosoftAppType'],
    [{ WELCOME_BACK_AFTER_HOURS: '0' }, 'WELCOME_BACK_AFTER_HOURS'],
  ])('when %o, then a ConfigError names %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`${name}=`));
  });
});
