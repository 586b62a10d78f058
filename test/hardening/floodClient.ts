/**
 * A sign-in flood, run as a process of its own so that it does not share the test's event loop:
 * `node --import tsx floodClient.ts <baseUrl> <anonymousGets> <attackers>`. Anonymous visitors
 * GET /console/sign-in (each gets a new session) while attackers, each from a loopback address of
 * its own, post wrong passwords. Prints `visitors done` when the GETs are done, then,
 * when the last attempt is answered, a JSON summary of the status codes.
 */
import { Agent, request } from 'node:http';

const [baseUrl = '', gets = '10050', attackers = '8'] = process.argv.slice(2);
const statuses: Record<string, number> = {};

interface Reply {
  status: number;
  body: string;
  cookie: string;
}

function send(path: string, options: { agent: Agent; method?: string; cookie?: string; form?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      new URL(path, baseUrl),
      {
        agent: options.agent,
        method: options.method ?? 'GET',
        headers: {
          ...(options.cookie ? { cookie: options.cookie } : {}),
          ...(options.form !== undefined ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => {
          const key = `${options.method ?? 'GET'} ${res.statusCode}`;
          statuses[key] = (statuses[key] ?? 0) + 1;
          const cookie = (res.headers['set-cookie'] ?? []).find((c) => c.startsWith('console_session='))?.split(';')[0] ?? '';
          resolve({ status: res.statusCode ?? 0, body, cookie });
        });
      },
    );
    req.on('error', reject);
    req.end(options.form);
  });
}

let remaining = Number(gets);
let done = false;

async function anonymousVisitor(agent: Agent): Promise<void> {
  while (remaining > 0) {
    remaining -= 1;
    await send('/console/sign-in', { agent });
  }
}

async function attacker(agent: Agent, index: number): Promise<void> {
  while (!done) {
    const page = await send('/console/sign-in', { agent });
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? '';
    const form = new URLSearchParams({ _csrf: csrf, name: index % 2 === 0 ? 'an.peeters' : `naam-${index}`, password: 'fout wachtwoord' }).toString();
    await send('/console/sign-in', { agent, method: 'POST', cookie: page.cookie, form });
  }
}

const visitors = new Agent({ keepAlive: true, maxSockets: 4 });
const attackerAgents = Array.from({ length: Number(attackers) }, (_, i) => new Agent({ keepAlive: true, localAddress: `127.0.0.${10 + i}` }));
const attacking = attackerAgents.map((agent, i) => attacker(agent, i));
await Promise.all(Array.from({ length: 4 }, () => anonymousVisitor(visitors)));
done = true;
process.stdout.write('visitors done\n');
await Promise.all(attacking);
for (const agent of [visitors, ...attackerAgents]) agent.destroy();
process.stdout.write(`${JSON.stringify(statuses)}\n`);
