import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import { Test } from '@nestjs/testing';
import { Field, GraphQLSchemaBuilderModule, GraphQLSchemaFactory, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { graphql, type GraphQLObjectType } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { withPlainFields } from './plain-fields.js';

@ObjectType()
class Card {
  @Field() title!: string;
  @Field({ nullable: true, defaultValue: '（无）' }) note?: string;
  @Field({ name: 'heading', nullable: true }) internalTitle?: string;
}

@Resolver(() => Card)
class CardResolver {
  @Query(() => [Card])
  cards(): Card[] {
    return [{ title: '甲', internalTitle: '甲方' }, { title: '乙', note: '备注', internalTitle: '乙方' }];
  }
}

describe('withPlainFields', () => {
  it('drops only the resolvers that read a property of the same name, and answers stay the same under graphql-js and graphql-jit', async () => {
    const moduleRef = await Test.createTestingModule({ imports: [GraphQLSchemaBuilderModule] }).compile();
    const schema = withPlainFields(await moduleRef.get(GraphQLSchemaFactory).create([CardResolver]));
    const fields = (schema.getType('Card') as GraphQLObjectType).getFields();
    expect(fields.title!.resolve).toBeUndefined();
    // A default value and a renamed property still need Nest's resolver.
    expect(fields.note!.resolve).toBeDefined();
    expect(fields.heading!.resolve).toBeDefined();

    const query = '{ cards { title note heading } }';
    const expected = { cards: [{ title: '甲', note: '（无）', heading: '甲方' }, { title: '乙', note: '备注', heading: '乙方' }] };
    // The schema factory builds types only; the root field answers as the resolver above would.
    (schema.getQueryType()!.getFields().cards!).resolve = () => new CardResolver().cards();
    const rootValue = undefined;
    expect((await graphql({ schema, source: query, rootValue })).data).toEqual(expected);
    const { parse } = await import('graphql');
    const compiled = compileQuery(schema, parse(query));
    if (!isCompiledQuery(compiled)) throw new Error('did not compile');
    expect((await compiled.query(rootValue, {}, {})).data).toEqual(expected);
  });
});
