import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { FALLBACK_SHELL, renderInvitePage } from './invite-page.html.js';
import {
  avatarHue,
  avatarHueClass,
  cardEtag,
  cardText,
  escapeHtml,
  type InviteUnfurl,
  inviteMetadata,
  memberCountLabel,
  NEUTRAL_DESCRIPTION,
  NEUTRAL_TITLE,
  shortenText,
  visiblePreviewFacts,
} from './invite-unfurl.rules.js';

const urls = { pageUrl: 'https://hearth.example/invite/abc', imageUrl: 'https://hearth.example/invite/abc/card.png?v=1' };
const runners: InviteUnfurl = {
  groupName: 'Morning Runners',
  inviterName: 'Dana',
  description: 'We run at dawn.',
  memberCount: 8,
  visibility: 'public',
  avatarVersion: null,
};

describe('invite unfurl rules', () => {
  test('descriptions are shortened to one line at a word boundary, with an ellipsis', () => {
    assert.equal(shortenText('Short and sweet.'), 'Short and sweet.');
    assert.equal(shortenText('Line one\n\nline  two'), 'Line one line two');
    const long = 'word '.repeat(100);
    const short = shortenText(long);
    assert.ok([...short].length <= 200, `${short.length}`);
    assert.ok(short.endsWith('word…'), short);
    // One long word is cut mid-word rather than dropped.
    assert.equal(shortenText('x'.repeat(300), 10), `${'x'.repeat(9)}…`);
    // Characters outside the BMP count once and are never split in half.
    assert.equal(shortenText('🏃'.repeat(20), 5), '🏃🏃🏃🏃…');
  });

  test('member counts read naturally and round above a thousand', () => {
    assert.equal(memberCountLabel(0), '0 members');
    assert.equal(memberCountLabel(1), '1 member');
    assert.equal(memberCountLabel(999), '999 members');
    assert.equal(memberCountLabel(1234), '1.2K members');
    assert.equal(memberCountLabel(12_987), '12K members');
  });

  test("a private group's owner may hide the count and description; a public group always shows them", () => {
    const group = {
      name: 'G',
      description: 'D',
      memberCount: 3,
      previewShowsMemberCount: false,
      previewShowsDescription: false,
    };
    assert.deepEqual(visiblePreviewFacts({ ...group, visibility: 'private' }), { description: null, memberCount: null });
    assert.deepEqual(visiblePreviewFacts({ ...group, visibility: 'public' }), { description: 'D', memberCount: 3 });
    assert.deepEqual(
      visiblePreviewFacts({ ...group, visibility: 'private', previewShowsDescription: true, previewShowsMemberCount: true }),
      { description: 'D', memberCount: 3 },
    );
  });

  test('metadata names the inviter and group; without a description it says who invited you and what is shown', () => {
    const metadata = inviteMetadata(runners, urls);
    assert.equal(metadata.title, 'Dana invited you to join Morning Runners · Hearth');
    assert.equal(metadata.description, 'We run at dawn.');
    assert.equal(metadata.url, urls.pageUrl);
    assert.equal(metadata.imageUrl, urls.imageUrl);
    assert.equal(
      inviteMetadata({ ...runners, description: '' }, urls).description,
      'Dana invited you to join Morning Runners on Hearth. Public group · 8 members.',
    );
    assert.equal(
      inviteMetadata({ ...runners, description: null, memberCount: null, visibility: 'private' }, urls).description,
      'Dana invited you to join Morning Runners on Hearth. Private group.',
    );
  });

  test('a code that does not work gets neutral metadata and a neutral card that name nobody', () => {
    const metadata = inviteMetadata(null, urls);
    assert.equal(metadata.title, NEUTRAL_TITLE);
    assert.equal(metadata.description, NEUTRAL_DESCRIPTION);
    const text = cardText(null);
    assert.equal(text.groupName, NEUTRAL_TITLE);
    assert.equal(text.invitedBy, null);
    assert.equal(text.memberCount, null);
    assert.equal(cardEtag(null), cardEtag(null));
  });

  test('the card shows the group, who invited, the shown count and the site; long names are shortened', () => {
    assert.deepEqual(cardText(runners), {
      groupName: 'Morning Runners',
      initials: 'MR',
      hue: avatarHue('Morning Runners'),
      invitedBy: 'Dana invited you',
      memberCount: '8 members',
      siteName: 'Hearth',
    });
    assert.equal(cardText({ ...runners, memberCount: null }).memberCount, null);
    assert.ok([...cardText({ ...runners, groupName: 'W'.repeat(200) }).groupName].length <= 80);
  });

  test("the card's ETag changes with the name, picture, inviter or shown count, and not with the description", () => {
    const base = cardEtag(runners);
    assert.equal(cardEtag({ ...runners, description: 'Something else' }), base);
    assert.equal(cardEtag({ ...runners, memberCount: 8 }), base);
    for (const changed of [
      { groupName: 'Evening Runners' },
      { avatarVersion: 2 },
      { inviterName: 'Sam' },
      { memberCount: 9 },
      { memberCount: null },
    ]) {
      assert.notEqual(cardEtag({ ...runners, ...changed }), base, JSON.stringify(changed));
    }
    // Above a thousand, a join that does not change the drawn "1.2K" keeps the cached card.
    assert.equal(cardEtag({ ...runners, memberCount: 1201 }), cardEtag({ ...runners, memberCount: 1234 }));
  });

  test('the colour of initials matches the web app and snaps to one of 24 classes', () => {
    assert.equal(avatarHue('AB'), (65 + 66) % 360);
    assert.match(avatarHueClass('Morning Runners'), /^hue-(\d|1\d|2[0-3])$/);
  });

  test('HTML escaping covers element text and both attribute quotes', () => {
    assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('invite page HTML', () => {
  test('metadata replaces the title and the card comes before the app root, with no inline script or style', () => {
    const html = renderInvitePage(FALLBACK_SHELL, {
      metadata: inviteMetadata(runners, urls),
      unfurl: runners,
      pictureUrl: null,
    });
    assert.equal(html.match(/<title>/g)?.length, 1);
    assert.match(html, /<title>Dana invited you to join Morning Runners · Hearth<\/title>/);
    assert.match(html, /<meta property="og:image" content="https:\/\/hearth.example\/invite\/abc\/card.png\?v=1" \/>/);
    assert.ok(html.indexOf('id="server-invite-card"') < html.indexOf('<div id="root"></div>'));
    assert.equal(/style=|<style|<script(?! type="module")/.test(html), false);
  });

  test('text that looks like HTML stays text, and $ patterns in names are kept as typed', () => {
    const html = renderInvitePage(FALLBACK_SHELL, {
      metadata: inviteMetadata({ ...runners, groupName: "$& $' <b>" }, urls),
      unfurl: { ...runners, groupName: "$& $' <b>" },
      pictureUrl: '/invite/abc/picture.png?v=2',
    });
    assert.match(html, /<h1 class="ssr-invite-name">\$&amp; \$&#39; &lt;b&gt;<\/h1>/);
    assert.match(html, /<img class="ssr-invite-picture" src="\/invite\/abc\/picture.png\?v=2" alt="" /);
  });

  test('the neutral page names no group', () => {
    const html = renderInvitePage(FALLBACK_SHELL, { metadata: inviteMetadata(null, urls), unfurl: null, pictureUrl: null });
    assert.match(html, /<title>Hearth invitation<\/title>/);
    assert.match(html, /Opening your invitation…/);
  });
});
