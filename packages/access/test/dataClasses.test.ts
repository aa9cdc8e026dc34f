import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { dataClassesOf, shieldRules } from '../src';

describe('data classes from the SDL', () => {
  it('refuse a field that carries no class, naming it', () => {
    const planted = parse(`
      type Query { a: Int @tag(name: "public") b: Int }
      type Thing { id: ID! @tag(name: "public") note: String }
    `);
    expect(() => dataClassesOf(planted)).toThrow(/Query\.b, Thing\.note/);
    expect(() => shieldRules(planted)).toThrow(/without a data class/);
  });

  it('read every class written, and leave mutations and @external fields to their own rules', () => {
    const classes = dataClassesOf(
      parse(`
        type Query { a: Int @tag(name: "public") b: Int @tag(name: "internal") }
        type Person { name: String @tag(name: "personal") file: String @tag(name: "case") x: Int @external }
        type Mutation { doIt: Int }
      `),
    );
    expect(Object.fromEntries(classes.get('Query') ?? [])).toEqual({ a: 'public', b: 'internal' });
    expect(Object.fromEntries(classes.get('Person') ?? [])).toEqual({
      name: 'personal',
      file: 'case',
    });
    expect(classes.has('Mutation')).toBe(false);
  });

  it('refuse a field with two classes', () => {
    expect(() =>
      dataClassesOf(parse('type Query { a: Int @tag(name: "public") @tag(name: "case") }')),
    ).toThrow(/more than one data class/);
  });
});
