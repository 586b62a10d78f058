import * as client from 'openid-client';
import type { OidcFlow } from './sessions.js';
import { isRole, type ConsoleUser } from './users.js';

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Where the provider sends the browser back: `<PUBLIC_URL>/console/oidc/callback`. */
  redirectUri: string;
}

export class OidcError extends Error {}

/**
 * Sign-in through an OpenID Connect provider (Microsoft Entra ID and others): authorization code
 * with PKCE. The role comes from the ID token's `roles` claim (Entra "app roles"): `admin` or
 * `counsellor`; someone with neither is refused.
 */
export class OidcSignIn {
  private configuration: Promise<client.Configuration> | undefined;

  constructor(private readonly settings: OidcSettings) {}

  /** The provider's sign-in URL and what the callback must check. */
  async start(): Promise<{ url: URL; flow: OidcFlow }> {
    const config = await this.discover();
    const flow: OidcFlow = { state: client.randomState(), nonce: client.randomNonce(), codeVerifier: client.randomPKCECodeVerifier() };
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: this.settings.redirectUri,
      scope: 'openid profile email',
      state: flow.state,
      nonce: flow.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(flow.codeVerifier),
      code_challenge_method: 'S256',
    });
    return { url, flow };
  }

  /** Exchanges the code the provider sent back and reads who signed in. */
  async finish(callbackUrl: URL, flow: OidcFlow): Promise<ConsoleUser> {
    const config = await this.discover();
    const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: flow.codeVerifier,
      expectedState: flow.state,
      expectedNonce: flow.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw new OidcError('the provider sent no ID token');
    const name = [claims['preferred_username'], claims['email'], claims.sub].find((value) => typeof value === 'string' && value !== '');
    const roles = Array.isArray(claims['roles']) ? claims['roles'].filter((role): role is string => typeof role === 'string') : [];
    const role = roles.includes('admin') ? 'admin' : roles.find(isRole);
    if (typeof name !== 'string' || role === undefined) throw new OidcError('the ID token names no console role (admin or counsellor)');
    return { name, role };
  }

  private discover(): Promise<client.Configuration> {
    const issuer = new URL(this.settings.issuer);
    const loopback = issuer.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname);
    this.configuration ??= client
      .discovery(issuer, this.settings.clientId, this.settings.clientSecret, undefined, loopback ? { execute: [client.allowInsecureRequests] } : {})
      .catch((error: unknown) => {
        this.configuration = undefined;
        throw error;
      });
    return this.configuration;
  }
}
