import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { projectRoot } from '../../src/paths.js';

export const configFile = join(projectRoot, 'src', 'config.ts');

/**
 * The names of every setting src/config.ts reads: the keys of the object literal passed to
 * `z.object(...)` in the initializer of `envSchema` (also through `.extend({...})`), read from the
 * source's syntax tree so that settings added later are found without a list kept elsewhere.
 */
export function settingNames(file: string = configFile): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const names: string[] = [];
  let found = false;
  const collect = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && isSchemaCall(node.expression)) {
      for (const argument of node.arguments) {
        if (!ts.isObjectLiteralExpression(argument)) continue;
        for (const property of argument.properties) {
          const name = property.name === undefined ? undefined : propertyName(property.name);
          if (name === undefined) throw new Error(`${file}: a setting without a plain name in envSchema`);
          names.push(name);
        }
      }
    }
    ts.forEachChild(node, collect);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === 'envSchema') {
      found = true;
      if (node.initializer !== undefined) collect(node.initializer);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (!found || names.length === 0) throw new Error(`${file}: no settings found in envSchema`);
  return [...new Set(names)];
}

function isSchemaCall(callee: ts.Expression): boolean {
  return ts.isPropertyAccessExpression(callee) && ['object', 'extend', 'strictObject', 'looseObject'].includes(callee.name.text);
}

function propertyName(name: ts.PropertyName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name)) return name.text;
  return undefined;
}
