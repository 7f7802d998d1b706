import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { avatarUrlOf, canAskAgainAt, firstFreeSlug, initialsOf, isSameGroupName, slugBaseForGroupName } from './groups.rules.js';

describe('group rules', () => {
  test('a declined requester may ask again the given number of days after the decision, or never', () => {
    const declinedAt = new Date('2026-01-31T10:00:00Z');
    assert.equal(canAskAgainAt(declinedAt, 30)?.toISOString(), '2026-03-02T10:00:00.000Z');
    assert.equal(canAskAgainAt(declinedAt, 1)?.toISOString(), '2026-02-01T10:00:00.000Z');
    assert.equal(canAskAgainAt(declinedAt, null), null);
  });

  test('the picture URL changes with every version, and there is none without a picture', () => {
    const id = '6f1c1d8e-0a5b-4c1e-9a43-1f2d3c4b5a69';
    assert.equal(avatarUrlOf({ id, avatarVersion: 3, avatarUrl: null }), `/api/groups/${id}/avatar/3?size=128`);
    assert.notEqual(
      avatarUrlOf({ id, avatarVersion: 4, avatarUrl: null }),
      avatarUrlOf({ id, avatarVersion: 3, avatarUrl: null }),
    );
    assert.equal(avatarUrlOf({ id, avatarVersion: null, avatarUrl: null }), null);
  });

  test('initials take the first letters of the first two words', () => {
    assert.equal(initialsOf('morning runners club'), 'MR');
    assert.equal(initialsOf('  Solo  '), 'S');
  });

  test('a slug is the readable name: ASCII words joined by hyphens, accents dropped', () => {
    assert.equal(slugBaseForGroupName('Morning Runners!'), 'morning-runners');
    assert.equal(slugBaseForGroupName('  Café   Club '), 'cafe-club');
    assert.equal(slugBaseForGroupName('Book Club 2'), 'book-club-2');
    assert.equal(slugBaseForGroupName('日本 🏃'), 'group', 'a name with no ASCII letters still gets an address');
    assert.equal(slugBaseForGroupName('x'.repeat(60)).length, 48);
    assert.equal(slugBaseForGroupName(`${'a'.repeat(47)} b`), 'a'.repeat(47), 'no trailing hyphen after the cut');
    assert.equal(
      slugBaseForGroupName('6F1C1D8E-0A5B-4C1E-9A43-1F2D3C4B5A69'),
      'group-6f1c1d8e-0a5b-4c1e-9a43-1f2d3c4b5a69',
      'a uuid-shaped slug would be read as an id',
    );
  });

  test('a taken slug gets the smallest free number from 2 up', () => {
    assert.equal(firstFreeSlug('book-club', []), 'book-club');
    assert.equal(firstFreeSlug('book-club', ['book-club']), 'book-club-2');
    assert.equal(firstFreeSlug('book-club', ['book-club', 'book-club-2', 'book-club-3']), 'book-club-4');
    assert.equal(firstFreeSlug('book-club', ['book-club', 'book-club-3']), 'book-club-2', 'a freed number is reused');
    assert.equal(firstFreeSlug('book-club', ['book-club-2']), 'book-club', 'the plain slug first when it is free');
  });

  test('group names are the same regardless of case and Unicode normal form, but not of spelling', () => {
    assert.equal(isSameGroupName('Book Club', 'book club'), true);
    assert.equal(isSameGroupName('CAFÉ CLUB', 'Cafe\u0301 club'), true);
    assert.equal(isSameGroupName('Book Club', 'Book-Club'), false);
    assert.equal(isSameGroupName('Book Club', 'Book Clubs'), false);
  });
});
