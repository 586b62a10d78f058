/** Just enough reading of a Bicep file for the tests: parameters and a flat object variable. */

export interface BicepParam {
  name: string;
  type: string;
  secure: boolean;
  /** The default value's source text, when there is one. */
  defaultValue?: string;
  allowed: string[];
}

/** Every `param name type [= default]` with the decorators written above it. */
export function bicepParams(source: string): Map<string, BicepParam> {
  const params = new Map<string, BicepParam>();
  const lines = source.split('\n');
  let decorators: string[] = [];
  let allowed: string[] | undefined;
  for (const line of lines.map((text) => text.trim())) {
    if (allowed !== undefined) {
      if (line === '])') {
        decorators.push(`@allowed(${allowed.join(',')})`);
        allowed = undefined;
      } else {
        allowed.push(unquote(line));
      }
      continue;
    }
    if (line === '@allowed([') {
      allowed = [];
      continue;
    }
    if (line.startsWith('@')) {
      decorators.push(line);
      continue;
    }
    const match = /^param\s+(\w+)\s+(\w+)(?:\s*=\s*(.+))?$/.exec(line);
    if (match?.[1] !== undefined && match[2] !== undefined) {
      const allowedDecorator = decorators.find((decorator) => decorator.startsWith('@allowed('));
      params.set(match[1], {
        name: match[1],
        type: match[2],
        secure: decorators.includes('@secure()'),
        ...(match[3] === undefined ? {} : { defaultValue: match[3].trim() }),
        allowed: allowedDecorator === undefined ? [] : allowedDecorator.slice('@allowed('.length, -1).split(','),
      });
    }
    if (line !== '') decorators = [];
  }
  return params;
}

/** The `key: value` lines of `var <name> = { ... }`, one property per line. */
export function bicepObjectVar(source: string, name: string): Map<string, string> {
  const lines = source.split('\n');
  const start = lines.findIndex((line) => line.trim() === `var ${name} = {`);
  if (start < 0) throw new Error(`no "var ${name} = {" block`);
  const entries = new Map<string, string>();
  for (const line of lines.slice(start + 1)) {
    const text = line.trim();
    if (text === '}') return entries;
    if (text === '' || text.startsWith('//')) continue;
    const match = /^'?([A-Za-z_][\w-]*)'?\s*:\s*(.+)$/.exec(text);
    if (match?.[1] === undefined || match[2] === undefined) throw new Error(`cannot read "${text}" in var ${name}`);
    if (entries.has(match[1])) throw new Error(`${match[1]} is set twice in var ${name}`);
    entries.set(match[1], match[2].trim());
  }
  throw new Error(`var ${name} is not closed`);
}

/** A single-quoted Bicep string literal without interpolation, as its value. */
export function stringLiteral(expression: string): string | undefined {
  const match = /^'((?:[^'\\$]|\\.|\$(?!\{))*)'$/.exec(expression);
  return match?.[1]?.replace(/\\(.)/g, '$1');
}

function unquote(text: string): string {
  return stringLiteral(text) ?? text;
}
