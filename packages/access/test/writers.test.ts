import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { shieldRules, writersOf } from '../src';

describe('writers from the SDL', () => {
  it('refuse to build a schema with a mutation no writer tag names', () => {
    const planted = parse(`
      type Query { a: Int @tag(name: "public") }
      type Mutation {
        ruled(x: Int): Int @tag(name: "writer:DONRE") @tag(name: "writer:OPERATOR")
        unruled(x: Int): Int
      }
    `);
    expect(() => writersOf(planted)).toThrow(/without a writer.*Mutation\.unruled/);
    expect(() => shieldRules(planted)).toThrow(/Mutation\.unruled/);
  });

  it('refuse a writer tag naming a role the registry does not know', () => {
    expect(() => writersOf(parse('type Mutation { m: Int @tag(name: "writer:MAYOR") }'))).toThrow(
      /Mutation\.m: MAYOR/,
    );
  });

  it('know the subgraph’s own agency role, and only the roles given', () => {
    const typeDefs = parse('type Mutation { m: Int @tag(name: "writer:DOC") }');
    expect(() => writersOf(typeDefs)).toThrow(/Mutation\.m: DOC/);
    expect(Object.fromEntries(writersOf(typeDefs, ['DOC']))).toEqual({ m: ['DOC'] });
  });

  it('read each mutation’s roles and give it one rule', () => {
    const typeDefs = parse(`
      type Query { a: Int @tag(name: "public") }
      type Mutation {
        m: Int @tag(name: "writer:DONRE") @tag(name: "writer:OPERATOR")
        n: Int @tag(name: "writer:POLICE")
      }
    `);
    expect(Object.fromEntries(writersOf(typeDefs))).toEqual({
      m: ['DONRE', 'OPERATOR'],
      n: ['POLICE'],
    });
    expect(Object.keys(shieldRules(typeDefs).Mutation ?? {})).toEqual(['m', 'n']);
  });
});
