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
    expect(config.auth).toEqual({ appId: 'abc', appPassword: 'secret', tenantId: 't', appType: 'SingleTenant', allowedServiceUrls: [] });
  });

  test('when ALLOWED_SERVICE_URLS names two URLs, then both are allowed service URLs', () => {
    const config = loadConfig({ ALLOWED_SERVICE_URLS: 'https://bridge.example.org/bf, http://10.0.0.5:3980' });
    expect(config.auth.allowedServiceUrls).toEqual(['https://bridge.example.org/bf', 'http://10.0.0.5:3980']);
  });

  test('when nothing about privacy is set, then counsellors read only after a yes and the organisation is not named', () => {
    const config = loadConfig({});
    expect(config.transcriptConsent).toBe('ask');
    expect(config.organisation).toEqual({ name: '', contact: '', dpo: '' });
  });

  test('when the organisation and transcript consent are set, then the privacy page gets them', () => {
    const config = loadConfig({ TRANSCRIPT_CONSENT: 'off', ORGANISATION_NAME: ' CLB Gent ', ORGANISATION_CONTACT: 'info@clb.example', DPO_CONTACT: 'dpo@clb.example' });
    expect(config.transcriptConsent).toBe('off');
    expect(config.organisation).toEqual({ name: 'CLB Gent', contact: 'info@clb.example', dpo: 'dpo@clb.example' });
  });

  test.each([
    [{ TRANSCRIPT_CONSENT: 'yes' }, 'TRANSCRIPT_CONSENT'],
    [{ PORT: '-1' }, 'PORT'],
    [{ MicrosoftAppType: 'Other' }, 'MicrosoftAppType'],
    [{ WELCOME_BACK_AFTER_HOURS: '0' }, 'WELCOME_BACK_AFTER_HOURS'],
    [{ ALLOWED_SERVICE_URLS: 'https://ok.example,ftp://files.example' }, 'ALLOWED_SERVICE_URLS'],
    [{ ALLOWED_SERVICE_URLS: 'not a url' }, 'ALLOWED_SERVICE_URLS'],
  ])('when %o, then a ConfigError names %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`${name}=`));
  });

  describe('push reminders (VAPID)', () => {
    const keys = {
      VAPID_PUBLIC_KEY: 'BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM',
      VAPID_PRIVATE_KEY: 'tUxbf-Vf6OoxW0qn5u2ZVzqJnmWJgrBwPOaLCwhaxvs',
      VAPID_SUBJECT: 'mailto:privacy@example.org',
    };

    test('when no VAPID keys are set, then push is not configured at all', () => {
      expect(loadConfig({}).push).toBeUndefined();
    });

    test('when all three are set, then push reminders use them', () => {
      expect(loadConfig(keys).push).toEqual({ publicKey: keys.VAPID_PUBLIC_KEY, privateKey: keys.VAPID_PRIVATE_KEY, subject: keys.VAPID_SUBJECT });
    });

    test('when only some are set, or the subject is no contact, then the configuration names the problem', () => {
      expect(() => loadConfig({ VAPID_PUBLIC_KEY: keys.VAPID_PUBLIC_KEY })).toThrow(/set all three for push reminders, or none/);
      expect(() => loadConfig({ ...keys, VAPID_SUBJECT: 'privacy@example.org' })).toThrow(/VAPID_SUBJECT=.*mailto: or https: contact/);
    });
  });
});
