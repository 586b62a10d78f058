import { randomBytes } from 'node:crypto';
import { SignJWT, jwtVerify } from 'jose';

/** Who a token lets in: one conversation, one user. */
export interface TokenGrant {
  conversationId: string;
  userId: string;
}

export interface IssuedToken extends TokenGrant {
  token: string;
  /** Seconds until the token expires, as Direct Line reports it. */
  expiresIn: number;
}

/** Why a token was refused. */
export class TokenError extends Error {
  constructor(readonly code: 'TokenExpired' | 'InvalidToken') {
    super(code === 'TokenExpired' ? 'token expired' : 'invalid token');
    this.name = 'TokenError';
  }
}

const ISSUER = 'perspectiefbot';
const AUDIENCE = 'directline';

/**
 * Short-lived Direct Line tokens (JWT, HS256) for the self-hosted web channel. A token is bound to
 * one conversation and one user; refreshing issues a new one with the same binding.
 */
export class DirectLineTokens {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    private readonly lifetimeSeconds = 30 * 60,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  /** A random signing secret, for when none is configured (tokens then end on restart). */
  static randomSecret(): string {
    return randomBytes(32).toString('base64url');
  }

  async issue(grant: TokenGrant): Promise<IssuedToken> {
    const token = await new SignJWT({ conv: grant.conversationId, user: grant.userId })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${this.lifetimeSeconds}s`)
      .sign(this.key);
    return { ...grant, token, expiresIn: this.lifetimeSeconds };
  }

  /** The grant of a valid token; throws TokenError for an expired, forged or malformed one. */
  async verify(token: string): Promise<TokenGrant> {
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
      if (typeof payload.conv !== 'string' || typeof payload.user !== 'string') throw new TokenError('InvalidToken');
      return { conversationId: payload.conv, userId: payload.user };
    } catch (error) {
      if (error instanceof TokenError) throw error;
      throw new TokenError((error as { code?: unknown }).code === 'ERR_JWT_EXPIRED' ? 'TokenExpired' : 'InvalidToken');
    }
  }
}
